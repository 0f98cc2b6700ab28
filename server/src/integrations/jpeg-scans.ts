/**
 * How many scans (SOS segments) a JPEG holds, counting no further than `stopAfter`. Read from
 * the markers alone, before any decoder sees the file: a baseline JPEG has one scan and a
 * progressive one from a camera, phone or image editor about ten, while a legal progressive
 * file can hold thousands, each of which makes the decoder walk every block again — seconds
 * of CPU from a file of 200 kB (issue 12). Bytes that are not markers where markers belong
 * end the count: whether such a file decodes is the decoder's business.
 */
export function countJpegScans(bytes: Uint8Array, stopAfter: number): number {
  let scans = 0;
  let offset = 2; // after SOI
  while (offset + 1 < bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // a fill byte before the marker
      continue;
    }
    if (marker === 0xd9) break; // EOI
    // Markers without a length: RSTn and TEM.
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      offset += 2;
      continue;
    }
    if (offset + 3 >= bytes.length) break;
    const segmentEnd = offset + 2 + (((bytes[offset + 2] ?? 0) << 8) | (bytes[offset + 3] ?? 0));
    if (marker !== 0xda) {
      offset = segmentEnd;
      continue;
    }
    scans += 1;
    if (scans >= stopAfter) return scans;
    offset = endOfEntropyData(bytes, segmentEnd);
  }
  return scans;
}

/**
 * Where the entropy-coded data after a scan header ends: at the first 0xFF that starts a
 * marker, which is any but a stuffed 0xFF00 or a restart marker (those belong to the data).
 * `indexOf` finds each 0xFF natively; a photo has one in a few hundred bytes.
 */
function endOfEntropyData(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0xff, from); at !== -1; at = bytes.indexOf(0xff, at + 1)) {
    const next = bytes[at + 1];
    if (next === undefined) return bytes.length;
    if (next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) return at;
  }
  return bytes.length;
}
