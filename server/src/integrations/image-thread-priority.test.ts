import fs from 'node:fs';
import { getPriority } from 'node:os';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createImageThreadPriority } from './image-thread-priority.ts';

/** The threads of this process by name, with their nice values (Linux's /proc). */
function threadsNamed(prefix: string): { id: number; niceness: number }[] {
  return fs
    .readdirSync('/proc/self/task')
    .filter((id) => fs.readFileSync(`/proc/self/task/${id}/comm`, 'utf8').startsWith(prefix))
    .map((id) => ({ id: Number(id), niceness: getPriority(Number(id)) }));
}

describe('the priority of image threads', () => {
  it("lowers libvips' worker threads and leaves the event loop's thread alone", async () => {
    const mainBefore = getPriority(process.pid);
    await sharp({ create: { width: 400, height: 300, channels: 3, background: '#808080' } })
      .resize(100)
      .webp()
      .toBuffer();
    // Above the pipeline's own 10, which other test files in this worker may have set.
    createImageThreadPriority(12).lower();

    const imageThreads = threadsNamed('libvips worker');
    expect(imageThreads.length).toBeGreaterThan(0);
    for (const thread of imageThreads) expect(thread.niceness).toBeGreaterThanOrEqual(12);
    expect(getPriority(process.pid)).toBe(mainBefore);
    for (const thread of threadsNamed('libuv-worker')) expect(thread.niceness).toBeLessThan(12);
  });
});
