import Markdown from 'react-markdown';

/**
 * Text a shop wrote, rendered from Markdown. react-markdown builds React elements from the
 * syntax tree and never injects HTML: raw HTML in the text shows as text, and unsafe link
 * protocols (javascript:) are dropped by its default URL transform. Headings start at h3 so a
 * shop's "# Title" cannot compete with the page's own h1 and h2.
 */
export function MarkdownText({ text, lang }: { text: string; lang?: string | undefined }) {
  return (
    <div className="markdown-text" lang={lang}>
      <Markdown
        skipHtml
        components={{
          h1: 'h3',
          h2: 'h4',
          h3: 'h5',
          h4: 'h6',
          img: () => null,
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
