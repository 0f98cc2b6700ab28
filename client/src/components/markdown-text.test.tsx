import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownText } from './markdown-text.tsx';

const render = (text: string) => renderToStaticMarkup(<MarkdownText text={text} />);

describe('MarkdownText', () => {
  it('renders emphasis, lists and links as elements', () => {
    const html = render('**Färsk** fisk\n\n- röding\n- sik\n\n[Hemsida](https://example.se)');
    expect(html).toContain('<strong>Färsk</strong>');
    expect(html).toContain('<li>röding</li>');
    expect(html).toContain('<a href="https://example.se">Hemsida</a>');
  });

  it('never lets a script or an event handler from a shop through', () => {
    const html = render(
      'Hej <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<a href="#" onclick="alert(3)">x</a>',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/onerror|onclick/);
  });

  it('drops javascript: links', () => {
    const html = render('[klicka](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
  });

  it('moves a shop’s headings below the page’s own', () => {
    expect(render('# Välkommen')).toBe('<div class="markdown-text"><h3>Välkommen</h3></div>');
  });
});
