import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Request, RequestHandler, Response } from 'express';
import type { S3Config } from '../config.ts';
import { notFound } from '../errors.ts';
import { setStoredFileHeaders, storedFileCacheControl } from '../http/stored-files.ts';
import { contentTypeOf, type FileStorage, isStorableName } from './file-storage.ts';

/** Deletes in flight at once when orphan removal hands over thousands of names. */
const deleteConcurrency = 8;
/** How long a browser keeps /files/<name> → S3_PUBLIC_URL/<name>: the setting may change. */
const redirectMaxAgeSeconds = 24 * 60 * 60;

/**
 * Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, R2, …) that every instance shares
 * (decision 0047). Objects carry their Content-Type and immutable Cache-Control, so a bucket
 * or CDN at S3_PUBLIC_URL serves them as /files would. Without a public URL, /files/<name>
 * streams the object from the bucket.
 */
export function createS3FileStorage(config: S3Config): FileStorage {
  const client = new S3Client({
    region: config.region,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
    forcePathStyle: config.forcePathStyle,
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
    // Only the checksums S3 requires: S3-compatible servers do not all take the newer
    // CRC32 headers the SDK would send by default.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
  });
  const Bucket = config.bucket;
  const publicUrl = config.publicUrl;

  async function write(name: string, bytes: Buffer): Promise<void> {
    if (!isStorableName(name)) throw new Error(`Not a storable file name: ${name}`);
    // A PUT is atomic: a reader sees the old object or the whole new one.
    await client.send(
      new PutObjectCommand({
        Bucket,
        Key: name,
        Body: bytes,
        ContentType: contentTypeOf(name),
        CacheControl: storedFileCacheControl,
      }),
    );
  }

  async function isStored(name: string): Promise<boolean> {
    if (!isStorableName(name)) return false;
    try {
      await client.send(new HeadObjectCommand({ Bucket, Key: name }));
      return true;
    } catch (error) {
      // A 403 (credentials without s3:ListBucket answer so for a missing key) is not
      // "missing": it is a setting to fix, so it is thrown.
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async function hasAll(names: readonly string[]): Promise<boolean> {
    return (await Promise.all(names.map(isStored))).every(Boolean);
  }

  async function readIfSmall(name: string, maxBytes: number): Promise<Buffer | null> {
    if (!isStorableName(name)) return null;
    let object;
    try {
      object = await client.send(new GetObjectCommand({ Bucket, Key: name }));
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
    const body = object.Body;
    if (!body) return null;
    if (object.ContentLength === undefined || object.ContentLength > maxBytes) {
      // Not read: the rest of a large object is not fetched.
      (body as Readable).destroy();
      return null;
    }
    return Buffer.from(await body.transformToByteArray());
  }

  // One DeleteObject per name, not DeleteObjects: the batch call needs a Content-MD5 that
  // several S3-compatible servers insist on and the SDK no longer sends. Deleting a key that
  // is not there succeeds.
  async function remove(names: readonly string[]): Promise<void> {
    for (const name of names)
      if (!isStorableName(name)) throw new Error(`Not a stored file name: ${name}`);
    let next = 0;
    const worker = async () => {
      while (next < names.length) {
        const Key = names[next++];
        if (Key !== undefined) await client.send(new DeleteObjectCommand({ Bucket, Key }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(deleteConcurrency, names.length) }, worker));
  }

  const urlOf = (name: string) => (publicUrl ? `${publicUrl}/${name}` : `/files/${name}`);

  const serve: RequestHandler = async (request, response, next) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      // As express.static answers the local store's /files.
      response.status(405).setHeader('Allow', 'GET, HEAD').setHeader('Content-Length', '0');
      response.end();
      return;
    }
    const name = request.path.slice(1);
    if (!isStorableName(name)) {
      next(notFound('The file'));
      return;
    }
    if (publicUrl) {
      // Addresses handed out before S3_PUBLIC_URL was set keep working.
      response.setHeader('Cache-Control', `public, max-age=${redirectMaxAgeSeconds}`);
      response.redirect(302, urlOf(name));
      return;
    }
    try {
      await sendObject(request, response, name);
    } catch (error) {
      if (response.headersSent) {
        // The bucket or the browser broke off mid-file: nothing more can be said.
        response.destroy();
      } else if (statusOf(error) === 304) {
        setStoredFileHeaders(response);
        response.setHeader('Cache-Control', storedFileCacheControl);
        response.status(304).end();
      } else if (statusOf(error) === 404) {
        next(notFound('The file'));
      } else {
        next(error);
      }
    }
  };

  async function sendObject(request: Request, response: Response, name: string) {
    const conditions = {
      IfNoneMatch: request.get('If-None-Match'),
      IfModifiedSince: parseHttpDate(request.get('If-Modified-Since')),
    };
    const object =
      request.method === 'HEAD'
        ? await client.send(new HeadObjectCommand({ Bucket, Key: name, ...conditions }))
        : await client.send(new GetObjectCommand({ Bucket, Key: name, ...conditions }));
    setStoredFileHeaders(response);
    response.setHeader('Cache-Control', storedFileCacheControl);
    response.setHeader('Content-Type', contentTypeOf(name));
    if (object.ContentLength !== undefined)
      response.setHeader('Content-Length', String(object.ContentLength));
    if (object.ETag) response.setHeader('ETag', object.ETag);
    if (object.LastModified) response.setHeader('Last-Modified', object.LastModified.toUTCString());
    const body = 'Body' in object ? (object.Body as Readable | undefined) : undefined;
    if (!body) {
      response.end();
      return;
    }
    await pipeline(body, response);
  }

  return {
    write,
    hasAll,
    readIfSmall,
    remove,
    urlOf,
    serve,
    imageOrigin: publicUrl ? new URL(publicUrl).origin : null,
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

function parseHttpDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
