import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** The part of s3rver (which ships no types) that this file uses. */
type S3rver = {
  run: () => Promise<AddressInfo>;
  close: () => Promise<void>;
};
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rver;
const S3rver = createRequire(import.meta.url)('s3rver') as S3rverConstructor;

export type S3Server = {
  /** `http://127.0.0.1:<port>`: the S3 endpoint. */
  endpoint: string;
  bucket: string;
  /** The settings that point the app at this server's bucket (config.ts, S3_*). */
  env: Record<string, string>;
  /** Where the bucket's objects are fetched over plain HTTP, as a bucket website or CDN would. */
  publicUrl: string;
  close: () => Promise<void>;
};

/**
 * A real S3 protocol server (s3rver: objects kept in a temporary folder) on a free loopback
 * port, with one bucket. The AWS SDK talks to it as to any S3-compatible store; it checks
 * request signatures against its fixed credentials S3RVER/S3RVER.
 */
export async function startS3Server(bucket = 'galleria-files'): Promise<S3Server> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    publicUrl: `${endpoint}/${bucket}`,
    env: {
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      S3_FORCE_PATH_STYLE: '1',
    },
    async close() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
