import http from 'node:http';
import type net from 'node:net';

export type RoundRobinProxy = {
  url: string;
  /** The app servers it sends to, in turn; settable after start (they need its address). */
  setTargets: (urls: readonly string[]) => void;
  close: () => Promise<void>;
};

/** Which target answered (its index in `setTargets`), so tests can tell instances apart. */
export const answeredByHeader = 'x-cluster-instance';

/** How long a target that refused a connection is passed over. */
const restAfterRefusalMs = 1_000;

/**
 * A small load balancer, as nginx or a cloud balancer would stand in front of the app servers:
 * each request goes to the next target in turn, with X-Forwarded-For set (the apps run with
 * TRUST_PROXY=1). A target that refuses the connection (a stopped process) is passed over
 * and the request is tried on the next one: it never reached an app, so that is safe. A
 * request that reached an app which then died gets 502, like nginx's default for a POST.
 */
export async function startRoundRobinProxy(): Promise<RoundRobinProxy> {
  let targets: { url: URL; restingUntil: number }[] = [];
  let next = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 128 });
  const sockets = new Set<net.Socket>();

  function pick(tried: ReadonlySet<number>): number | null {
    const now = Date.now();
    for (let step = 0; step < targets.length; step += 1) {
      const index = (next + step) % targets.length;
      const target = targets[index];
      if (!tried.has(index) && target && target.restingUntil <= now) {
        next = index + 1;
        return index;
      }
    }
    // All resting: try whichever was not tried yet rather than refuse.
    for (let index = 0; index < targets.length; index += 1) if (!tried.has(index)) return index;
    return null;
  }

  function forward(
    request: http.IncomingMessage,
    body: Buffer,
    response: http.ServerResponse,
    tried: Set<number>,
  ) {
    const index = pick(tried);
    const target = index === null ? undefined : targets[index];
    if (index === null || !target) {
      response.writeHead(502, { 'content-type': 'text/plain' }).end('no app server answers');
      return;
    }
    tried.add(index);
    const forwardedFor = [request.headers['x-forwarded-for'], request.socket.remoteAddress]
      .filter(Boolean)
      .join(', ');
    const upstream = http.request(
      {
        agent,
        host: target.url.hostname,
        port: target.url.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, 'x-forwarded-for': forwardedFor },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, {
          ...answer.headers,
          [answeredByHeader]: String(index),
        });
        answer.pipe(response);
        answer.on('error', () => response.destroy());
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') {
        target.restingUntil = Date.now() + restAfterRefusalMs;
        forward(request, body, response, tried);
        return;
      }
      if (response.headersSent) response.destroy();
      else response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error.code));
    });
    upstream.end(body);
  }

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => forward(request, Buffer.concat(chunks), response, new Set()));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setTargets(urls) {
      targets = urls.map((url) => ({ url: new URL(url), restingUntil: 0 }));
      next = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
