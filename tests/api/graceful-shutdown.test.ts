import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/support/test-server.ts';

/** Reads one HTTP answer off a raw socket until the server ends it. */
function answerOf(socket: net.Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

// The real process: SIGTERM while a request is in hand on a keep-alive connection, as on a
// load balancer's pooled connection. Before, it was answered "keep-alive" and the connection
// was cut later, between two requests: the client's next request was lost to a reset.
describe('stopping the server with SIGTERM', { timeout: 40_000 }, () => {
  let server: TestServer | undefined;
  afterAll(async () => server?.stop());

  it('answers the request in hand with Connection: close, takes no new connection and exits 0', async () => {
    server = await startTestServer();
    const { port, origin } = new URL(server.baseUrl);
    const body = JSON.stringify({ email: 'boende@arjeplog.example.se', password: 'not-it' });
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const answer = answerOf(socket);
    // The headers and half the body: the server has the request in hand, and waits.
    socket.write(
      `POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\n` +
        `Connection: keep-alive\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exit = server.signal('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    socket.write(body.slice(10));

    const text = await answer;
    expect(text).toMatch(/^HTTP\/1\.1 401 /);
    expect(text).toMatch(/\r\nConnection: close\r\n/i);
    expect(await exit).toBe(0);
    const refused = await new Promise<string>((resolve) => {
      const late = net.connect(Number(port), '127.0.0.1');
      late.once('connect', () => resolve('connected'));
      late.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
