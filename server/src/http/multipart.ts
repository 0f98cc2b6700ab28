import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../errors.ts';

/**
 * Runs a multer middleware on the request and settles when the body is read. Multer's own
 * limits arrive as `MulterError`s (413 and friends, server/src/http/problem.ts). Every other
 * error while reading comes from the body itself — busboy's "Unexpected end of form",
 * "Malformed part header", a missing boundary, a client that stopped sending — and is the
 * sender's fault: `validation_failed` (400), never a 500 (issue 12). Memory storage, the
 * only storage we use, cannot fail on its own.
 */
export async function readMultipart(
  readParts: RequestHandler,
  request: Request,
  response: Response,
): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    void readParts(request, response, (error: unknown) => {
      if (!error) resolve();
      else if (error instanceof Error && error.name === 'MulterError') reject(error);
      else
        reject(
          new AppError('validation_failed', 'The multipart body is malformed or incomplete.', {
            fieldErrors: [
              { field: 'body', code: 'malformed_multipart', message: 'Send the file again.' },
            ],
          }),
        );
    });
  });
}
