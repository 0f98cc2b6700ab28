import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const bucket = {
  S3_BUCKET: 'galleria-files',
  S3_REGION: 'eu-north-1',
  S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
  S3_SECRET_ACCESS_KEY: 'secret-example',
};
const production = {
  NODE_ENV: 'production',
  PUBLIC_URL: 'https://galleria.example.se',
  SMTP_URL: 'smtp://mail.example.se:587',
  SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
};

describe('object storage settings (S3_*)', () => {
  it('keeps files in UPLOADS_DIR when no S3 setting is given', () => {
    expect(loadConfig({}).s3).toBeNull();
    expect(loadConfig({ S3_FORCE_PATH_STYLE: '1' }).s3).toBeNull();
  });

  it('turns the bucket on with bucket, region and keys; endpoint, public URL and path style are optional', () => {
    expect(loadConfig(bucket).s3).toEqual({
      endpoint: null,
      region: 'eu-north-1',
      bucket: 'galleria-files',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example',
      publicUrl: null,
      forcePathStyle: false,
    });
    expect(
      loadConfig({
        ...bucket,
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_PUBLIC_URL: 'https://bilder.example.se/galleria/',
        S3_FORCE_PATH_STYLE: '1',
      }).s3,
    ).toMatchObject({
      endpoint: 'http://127.0.0.1:9000',
      publicUrl: 'https://bilder.example.se/galleria',
      forcePathStyle: true,
    });
  });

  it('names every missing setting when only some are given', () => {
    expect(() => loadConfig({ S3_BUCKET: 'galleria-files' })).toThrow(
      /S3_REGION.*\n.*S3_ACCESS_KEY_ID.*\n.*S3_SECRET_ACCESS_KEY/s,
    );
    expect(() => loadConfig({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/S3_BUCKET/);
  });

  it('refuses a malformed bucket name, endpoint, path style or public URL', () => {
    expect(() => loadConfig({ ...bucket, S3_BUCKET: 'Galleria_Files' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ ...bucket, S3_ENDPOINT: 'ftp://files.example.se' })).toThrow(
      /S3_ENDPOINT/,
    );
    expect(() => loadConfig({ ...bucket, S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE/,
    );
    expect(() => loadConfig({ ...bucket, S3_PUBLIC_URL: 'bilder' })).toThrow(/S3_PUBLIC_URL/);
  });

  it('asks for an https public URL in production, where the pages are https', () => {
    expect(() =>
      loadConfig({ ...production, ...bucket, S3_PUBLIC_URL: 'http://bilder.example.se' }),
    ).toThrow(/S3_PUBLIC_URL/);
    expect(
      loadConfig({ ...production, ...bucket, S3_PUBLIC_URL: 'https://bilder.example.se' }).s3
        ?.publicUrl,
    ).toBe('https://bilder.example.se');
  });
});
