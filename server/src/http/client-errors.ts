import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { rawProblemResponse } from './problem.ts';

/**
 * Requests Node's HTTP parser refuses before Express sees them are answered as problem+json
 * like every other refusal, instead of Node's bare 400 or 431 with an empty body: a URL or
 * headers over Node's 16 kB (`HPE_HEADER_OVERFLOW`), or bytes that are not HTTP.
 */
export function answerClientErrors(server: http.Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // A peer that is gone, or a request timed out while half-sent: nothing to answer.
    if (error.code === 'ECONNRESET' || error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
      socket.destroy();
      return;
    }
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    socket.end(
      error.code === 'HPE_HEADER_OVERFLOW'
        ? rawProblemResponse(
            'payload_too_large',
            431,
            'The address or the headers of the request are longer than 16 kB.',
          )
        : rawProblemResponse('validation_failed', 400, 'The request is not valid HTTP.'),
    );
  });
}
