import { describe, expect, it } from 'vitest';
import { pageDataScript } from './page-data.ts';

describe('the router data block a rendered page carries', () => {
  it('cannot be ended or turned into a comment by text in the data', () => {
    const hostile = 'Bageriet</script><script>alert(1)</script><!-- \u2028';
    const script = pageDataScript({ loaderData: { shop: { name: hostile } }, settled: {} });
    const body = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'));
    expect(script.startsWith('<script type="application/json" id="rendered-page-data">')).toBe(
      true,
    );
    expect(body).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(body)).toEqual({ loaderData: { shop: { name: hostile } }, settled: {} });
  });
});
