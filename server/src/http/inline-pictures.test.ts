import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalFileStorage } from '../integrations/file-storage.ts';
import {
  candidateForPhone,
  createInlinePictures,
  drawnWidthOnPhone,
  withInlineCandidate,
} from './inline-pictures.ts';

const cover = {
  type: 'image/webp',
  srcset: '/files/a-640.webp 640w, /files/a-1280.webp 1280w, /files/a-1920.webp 1920w',
  sizes: '(min-width: 60rem) 60rem, 100vw',
  url: '/files/a-640.jpg',
};

describe('the width a phone draws a picture at', () => {
  it('reads the storefront’s sizes: media conditions in rem or px, lengths in vw, rem or px', () => {
    expect(drawnWidthOnPhone('(min-width: 60rem) 60rem, 100vw')).toBe(412);
    expect(drawnWidthOnPhone('(min-width: 40rem) 16rem, 50vw')).toBe(206);
    expect(drawnWidthOnPhone('(max-width: 500px) 100vw, 20rem')).toBe(412);
    expect(drawnWidthOnPhone('(min-width: 400px) 10rem, 100vw')).toBe(160);
    expect(drawnWidthOnPhone('6rem')).toBe(96);
    expect(drawnWidthOnPhone('240px')).toBe(240);
  });

  it('gives up on what it does not read, so nothing is inlined on a guess', () => {
    expect(drawnWidthOnPhone('calc(100vw - 2rem)')).toBeNull();
    expect(drawnWidthOnPhone('(orientation: landscape) 50vw, 100vw')).toBeNull();
    expect(drawnWidthOnPhone('(min-width: 60rem) 60rem')).toBeNull();
    expect(drawnWidthOnPhone('')).toBeNull();
  });
});

describe('the srcset candidate a phone picks', () => {
  it('is the narrowest at least twice the drawn width, else the widest', () => {
    expect(candidateForPhone(cover.srcset, cover.sizes)).toEqual({
      url: '/files/a-1280.webp',
      width: 1280,
    });
    expect(candidateForPhone(cover.srcset, '6rem')).toEqual({
      url: '/files/a-640.webp',
      width: 640,
    });
    expect(candidateForPhone('/files/b-160.webp 160w, /files/b-320.webp 320w', '100vw')).toEqual({
      url: '/files/b-320.webp',
      width: 320,
    });
  });

  it('is none when a candidate has no width descriptor', () => {
    expect(candidateForPhone('/files/a.webp 2x', '100vw')).toBeNull();
    expect(candidateForPhone(cover.srcset, 'calc(50vw)')).toBeNull();
  });
});

describe('a main picture inside the rendered page', () => {
  const html = `<picture><source type="image/webp" srcSet="${cover.srcset}" sizes="${cover.sizes}"/><img src="/files/a-640.jpg" srcSet="/files/a-640.jpg 640w"/></picture>`;
  const candidate = {
    url: '/files/a-1280.webp',
    width: 1280,
    dataUri: 'data:image/webp;base64,QUJD',
  };

  it('replaces only the phone’s candidate in the <source>, and leaves the rest an address', () => {
    const inlined = withInlineCandidate(html, cover, candidate);
    expect(inlined).toContain(
      'srcSet="/files/a-640.webp 640w, data:image/webp;base64,QUJD 1280w, /files/a-1920.webp 1920w"',
    );
    expect(inlined).toContain('<img src="/files/a-640.jpg" srcSet="/files/a-640.jpg 640w"/>');
    expect(inlined).not.toContain('/files/a-1280.webp');
  });

  it('changes nothing when the page does not hold the srcset as React writes it', () => {
    expect(withInlineCandidate('<img src="x">', cover, candidate)).toBeNull();
  });
});

describe('reading the picture from the store', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-inline-'));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
  const storage = createLocalFileStorage(folder);
  const errors: unknown[] = [];

  it('inlines a small stored file as a data URI of its type, and a large or missing one not', async () => {
    await storage.write('a-1280.webp', Buffer.from('ABC'));
    await storage.write('b-1280.webp', Buffer.alloc(65));
    const pictures = createInlinePictures(storage, (error) => errors.push(error), 64);
    expect(await pictures.inlineCandidateOf(cover)).toEqual({
      url: '/files/a-1280.webp',
      width: 1280,
      dataUri: 'data:image/webp;base64,QUJD',
    });
    const large = { ...cover, srcset: cover.srcset.replaceAll('/a-', '/b-') };
    expect(await pictures.inlineCandidateOf(large)).toBeNull();
    const missing = { ...cover, srcset: cover.srcset.replaceAll('/a-', '/c-') };
    expect(await pictures.inlineCandidateOf(missing)).toBeNull();
    expect(errors).toEqual([]);
  });

  it('reads a name once and keeps it: the same name always means the same bytes', async () => {
    await storage.write('d-1280.webp', Buffer.from('first'));
    const pictures = createInlinePictures(storage, (error) => errors.push(error));
    const picture = { ...cover, srcset: '/files/d-1280.webp 1280w' };
    const first = await pictures.inlineCandidateOf(picture);
    fs.rmSync(path.join(folder, 'd-1280.webp'));
    expect(await pictures.inlineCandidateOf(picture)).toEqual(first);
  });

  it('never reads an address the store would not give for a name', async () => {
    const pictures = createInlinePictures(storage, (error) => errors.push(error));
    for (const url of ['https://elsewhere.example/a-1280.webp', '/files/../a-1280.webp'])
      expect(await pictures.inlineCandidateOf({ ...cover, srcset: `${url} 1280w` })).toBeNull();
  });
});
