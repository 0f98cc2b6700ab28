import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../e2e/support/test-server.ts';

// Requests Node's HTTP parser refuses never reach Express: the real process answers them
// as problem+json itself (server/src/http/client-errors.ts), not with Node's empty body.

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 30_000);
afterAll(() => server.stop());

/** Sends raw bytes on a new connection and reads the whole answer until the server ends it. */
async function rawAnswer(bytes: string): Promise<{ head: string; body: string }> {
  const socket = net.connect(Number(new URL(server.baseUrl).port), '127.0.0.1');
  const text = await new Promise<string>((resolve, reject) => {
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
    socket.on('end', () => resolve(received));
    socket.on('error', reject);
    socket.write(bytes);
  });
  const [head = '', body = ''] = text.split('\r\n\r\n');
  return { head, body };
}

describe('requests Node refuses before the app', () => {
  it('answers a URL over 16 kB with 431 and a problem naming what is too long', async () => {
    const { head, body } = await rawAnswer(
      `GET /api/v1/products?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
    );
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/\r\nContent-Type: application\/problem\+json\r\n/i);
    expect(JSON.parse(body)).toEqual({
      type: 'about:blank#payload_too_large',
      title: 'The request is too large.',
      status: 431,
      code: 'payload_too_large',
      detail: 'The address or the headers of the request are longer than 16 kB.',
    });
  });

  it('answers bytes that are not HTTP with 400 validation_failed, and goes on serving', async () => {
    const { head, body } = await rawAnswer('HELLO THERE\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(body)).toMatchObject({ status: 400, code: 'validation_failed' });
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
