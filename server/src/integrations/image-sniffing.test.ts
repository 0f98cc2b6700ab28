import { describe, expect, it } from 'vitest';
import { sniffImageFormat } from './image-sniffing.ts';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(
    values.map((value) =>
      typeof value === 'string' ? Buffer.from(value, 'latin1') : Buffer.from([value]),
    ),
  );

describe('sniffing an image format from its first bytes', () => {
  it('knows JPEG, PNG, WebP and the HEIF family (AVIF, HEIC) by their signatures', () => {
    expect(sniffImageFormat(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImageFormat(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('png');
    expect(sniffImageFormat(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageFormat(bytes(0, 0, 0, 0x1c, 'ftypavif'))).toBe('heif');
    expect(sniffImageFormat(bytes(0, 0, 0, 0x18, 'ftypheic'))).toBe('heif');
  });

  it('knows nothing else, whatever the file claims to be', () => {
    for (const other of [
      '<svg xmlns="http://www.w3.org/2000/svg"/>',
      '<!doctype html>',
      '%PDF-1.7',
      'GIF89a',
      'II*\u0000',
      'RIFF\u0000\u0000\u0000\u0000WAVE',
      '\u0000\u0000\u0000\u0018ftypisom',
      '',
    ])
      expect(sniffImageFormat(Buffer.from(other, 'latin1'))).toBeNull();
  });
});
