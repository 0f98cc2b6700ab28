/**
 * The one script a rendered page with a main picture asks for at first (decision 0051,
 * addendum "held scripts"). On a phone line the picture and the app's ≈ 140 kB of scripts
 * would share the same slow bandwidth, so the picture a resident is waiting for would take
 * as long as all of them. The server puts the app's script tags in a `<template>` (inert: not
 * fetched, not run) and this puts them in the page once the picture has loaded or failed, or
 * after a few seconds at most. The page is readable and its links work before; the app takes
 * over a moment later. On a fast line the picture is there at once and nothing waits.
 */

/** Never keep the app waiting longer than this for a picture that does not come. */
const longestWaitMs = 3000;

const held = document.getElementById('held-scripts');
const picture = document.querySelector<HTMLImageElement>('img[fetchpriority="high"]');
let released = false;

function releaseScripts(): void {
  if (released || !(held instanceof HTMLTemplateElement)) return;
  released = true;
  // Nodes adopted from a template run and fetch like tags the parser met (a script that
  // never started in the template starts when it joins the document).
  for (const node of Array.from(held.content.children))
    document.body.append(document.importNode(node, true));
  held.remove();
}

if (!picture || picture.complete) releaseScripts();
else {
  picture.addEventListener('load', releaseScripts, { once: true });
  picture.addEventListener('error', releaseScripts, { once: true });
  setTimeout(releaseScripts, longestWaitMs);
}
