/**
 * Malformed input of the kinds an outside probe sends (issue 12): NUL bytes, cursors that
 * are not ours, JSON that is broken or of the wrong types, numbers no column holds, and
 * multipart bodies that end early or are broken inside. Shared by the fuzz test of every
 * route and the tests of each kind.
 */

export const cursorOf = (value: unknown) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors of the right shape with keys no column holds, and cursors of the wrong shape. */
export const badCursors: Record<string, string> = {
  'a fractional key': cursorOf(['newest', 1.5, 'x']),
  'a key beyond 64 bits': cursorOf(['created', 1e20, '0190a7c4-0000-7000-8000-000000000000']),
  'a key of 1e308': cursorOf(['updated', 1e308, 'x']),
  'a key of -1e308': cursorOf(['price_asc', -1e308, 'x']),
  'a relevance key of 1e308': cursorOf(['relevance', 1e308, 'x']),
  'a string key': cursorOf(['created', '1', 'x']),
  'an object': cursorOf({ sort: 'created', key: 1, id: 'x' }),
  'four elements': cursorOf(['created', 1, 'x', 'y']),
  'not base64 JSON': '!!not-a-cursor!!',
  'a NUL id': cursorOf(['created', 1, '\u0000']),
};

/** Query strings that no listing or form should answer with a 5xx (cursors: above). */
export const badQueries: string[] = [
  'q=a%00b&status=%00&sort=%00',
  'limit=1e308&from=99999999999999999999&to=-1e308&page=NaN',
  'limit=-1&status[]=placed&status[]=x&q[a]=b&sort[]=newest',
  'dryRun=%00&day=2026-02-30&date=%00',
];

/** JSON bodies that are broken, or valid JSON of shapes no route takes. */
export const badJsonBodies: { name: string; text: string }[] = [
  { name: 'broken JSON', text: '{"name": "a", ' },
  { name: 'a NUL string', text: '{"name": "a\\u0000b", "email": "x\\u0000@example.se"}' },
  { name: 'an array', text: '[1, "x", null]' },
  { name: 'a bare string', text: '"\\u0000"' },
  {
    name: 'huge and wrong-typed numbers',
    text: JSON.stringify({
      quantity: 1e308,
      priceOre: -1e308,
      stock: 1e20,
      holdDays: 0.5,
      latitude: 1e308,
      name: 12,
      email: ['x@example.se'],
      status: { a: 1 },
    }),
  },
  { name: 'deep nesting', text: `${'['.repeat(2000)}${']'.repeat(2000)}` },
];

const boundary = 'fuzzboundary7MA4YWxkTrZu0gW';

/** Multipart bodies that never end well: for every route that could read one. */
export const badMultipartBodies: { name: string; contentType: string; body: Buffer }[] = [
  {
    name: 'no closing boundary',
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="a.jpg"\r\n` +
        `Content-Type: image/jpeg\r\n\r\n\xff\xd8\xff\xe0 truncated`,
      'latin1',
    ),
  },
  {
    name: 'a broken part header',
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.from(
      `--${boundary}\r\nContent-Disposition form-data name image\r\n\x00\x01\r\n\r\nxx\r\n--${boundary}--\r\n`,
      'latin1',
    ),
  },
  {
    name: 'no boundary at all',
    contentType: 'multipart/form-data',
    body: Buffer.from('--x\r\n\r\n'),
  },
  {
    name: 'a part with a NUL file name and field',
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\na\x00b\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a\x00.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\nsku,title\r\na\x00,b\r\n--${boundary}--\r\n`,
      'latin1',
    ),
  },
];
