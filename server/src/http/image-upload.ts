import type { Request, Response } from 'express';
import multer from 'multer';
import { AppError } from '../errors.ts';
import { readMultipart } from './multipart.ts';
import { createSpreadMemoryStorage } from './upload-storage.ts';

/** The largest upload any image route reads; a phone's photo is 2–5 MB. */
export const maxImageUploadBytes = 5 * 1024 * 1024;

// Bounded before anything is buffered: one file, 5 MB, no other parts worth reading. Memory
// is right at this size: the pipeline needs the bytes whole, and disk would only add a copy.
const readImagePart = multer({
  storage: createSpreadMemoryStorage(maxImageUploadBytes),
  limits: { fileSize: maxImageUploadBytes, files: 1, fields: 5, parts: 6 },
}).single('image');

/**
 * Reads the multipart field `image` of an upload route and returns its bytes. Call it after
 * checking who may upload, so strangers cannot make us buffer. Too large → `payload_too_large`
 * (413, from multer's limit); no file, or a body malformed or cut short →
 * `validation_failed` (400). What the bytes are is the image pipeline's business, never the
 * part's file name or Content-Type.
 */
export async function receiveImageUpload(request: Request, response: Response): Promise<Buffer> {
  await readMultipart(readImagePart, request, response);
  if (!request.file)
    throw new AppError('validation_failed', 'Attach the image as the multipart field "image".', {
      fieldErrors: [{ field: 'image', code: 'required', message: 'Attach an image.' }],
    });
  return request.file.buffer;
}
