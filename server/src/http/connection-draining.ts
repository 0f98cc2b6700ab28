import type { Server, ServerResponse } from 'node:http';

/**
 * Lets a closing server send its keep-alive clients elsewhere. `server.close()` only closes a
 * keep-alive connection once it is idle; a busy one (a load balancer's pool, a client that
 * never pauses) kept being served, and was cut between two requests, so the client's next
 * request was lost to a reset. Once `drain()` is called every answer not yet begun, those in
 * hand included, says `Connection: close`: the client opens a new connection, to another
 * instance. (A request sent on a connection at the very moment it went idle can still meet
 * a reset: that race belongs to HTTP/1.1 keep-alive, and clients retry idempotent requests.)
 */
export function drainConnectionsOnClose(server: Server) {
  let isDraining = false;
  const inHand = new Set<ServerResponse>();
  server.prependListener('request', (_request, response: ServerResponse) => {
    if (isDraining) {
      response.setHeader('Connection', 'close');
      return;
    }
    inHand.add(response);
    response.once('close', () => inHand.delete(response));
  });
  return {
    drain() {
      isDraining = true;
      for (const response of inHand)
        if (!response.headersSent) response.setHeader('Connection', 'close');
    },
  };
}
