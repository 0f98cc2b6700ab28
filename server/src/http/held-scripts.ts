import fs from 'node:fs';
import path from 'node:path';

/** The build's name for client/src/server-rendering/release-held-scripts.ts. */
const releaserFile = /^release-held-scripts-[\w-]+\.js$/;

/**
 * The address of the small script that lets a rendered page's app scripts in once its main
 * picture has loaded (decision 0051), or null when the build has none (then the page asks for
 * the app's scripts at once, as before).
 */
export function findHeldScriptsReleaser(clientDir: string): string | null {
  const assets = path.join(clientDir, 'assets');
  if (!fs.existsSync(assets)) return null;
  const name = fs.readdirSync(assets).find((file) => releaserFile.test(file));
  return name ? `/assets/${name}` : null;
}

/**
 * Where a rendered page's app scripts go: at the end of the body, or, when the page has a
 * main picture (the render said so, as for its preload header) and the build a releaser,
 * inert in a template that the releaser empties into the page after the picture, so the two
 * do not share a phone line's bandwidth.
 */
export function placeAppScripts(
  scripts: readonly string[],
  hasMainPicture: boolean,
  releaser: string | null,
): string {
  if (!releaser || !hasMainPicture) return scripts.join('');
  return `<template id="held-scripts">${scripts.join('')}</template><script type="module" crossorigin src="${releaser}"></script>`;
}
