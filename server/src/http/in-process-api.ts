import http from 'node:http';
import { duplexPair } from 'node:stream';
import type { InProcessApiFetch } from './rendered-pages.ts';

/**
 * The API as a function for the server's own render of storefront pages (decision 0051):
 * each request is written as HTTP/1.1 into one end of an in-memory stream pair whose other
 * end is handed to an unlistened `http.Server` over `handler` as a connection (Node lets any
 * duplex stand in for a socket there). No port and no network: the same routers, public read
 * cache and error answers as a browser gets, for the cost of writing and parsing the
 * request. Reads only, uncompressed.
 */
export function createInProcessApi(handler: http.RequestListener): InProcessApiFetch {
  const server = http.createServer(handler);
  return (path, init) => {
    const { method, headers, signal } = init;
    if (method !== 'GET') return Promise.reject(new Error(`Renders only read (${method} ${path})`));
    return new Promise<Response>((resolve, reject) => {
      const [browserEnd, serverEnd] = duplexPair();
      server.emit('connection', serverEnd);
      const request = http.request(
        {
          path,
          method,
          headers: { ...headers, host: 'localhost', 'accept-encoding': 'identity' },
          createConnection: () => browserEnd,
          ...(signal ? { signal } : {}),
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            browserEnd.destroy();
            const status = response.statusCode ?? 500;
            // A 204 or 304 has no body, and a Response refuses one for them.
            const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(
              new Response(body, {
                status,
                headers: headersOf(response),
              }),
            );
          });
        },
      );
      request.on('error', (error) => {
        browserEnd.destroy();
        reject(error);
      });
      request.end();
    });
  };
}

function headersOf(response: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}
