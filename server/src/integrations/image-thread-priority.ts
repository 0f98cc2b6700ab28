import fs from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** libvips' threads (sharp names them so) do the decoding and encoding. */
const imageThreadName = 'libvips worker';

/**
 * Lowers the scheduling priority of libvips' worker threads to `niceness` (Linux), so that
 * when images and requests want the same cores the kernel runs the requests first: the event
 * loop and libuv's pool (SQLite statements, file writes, password hashes) keep their nice 0,
 * and images take whatever CPU they leave. That is what lets images use every core (decision
 * 0054) where decision 0023 kept one core idle for the event loop.
 *
 * Nearly all of sharp's CPU time is spent in these threads, not in the libuv thread that
 * waits for them (measured per thread from /proc/self/task/<id>/stat). They are created on
 * first use and then reused, so `lower()` after each image is enough; a thread created during
 * an image runs at the normal priority until then. Elsewhere than Linux (no /proc) it does
 * nothing. Reading /proc is a few dozen tiny in-memory reads, synchronous on purpose: the
 * asynchronous ones would queue on the very pool this protects.
 */
export function createImageThreadPriority(niceness: number) {
  let isSupported = true;

  function lower(): void {
    if (!isSupported) return;
    let threads: string[];
    try {
      threads = fs.readdirSync('/proc/self/task');
    } catch {
      isSupported = false;
      return;
    }
    for (const thread of threads) {
      const id = Number(thread);
      try {
        if (!fs.readFileSync(`/proc/self/task/${thread}/comm`, 'utf8').startsWith(imageThreadName))
          continue;
        // Raising niceness needs no privilege; lowering it back would, so it is never tried.
        if (getPriority(id) < niceness) setPriority(id, niceness);
      } catch {
        // The thread ended between the listing and now: nothing to lower.
      }
    }
  }

  return { lower };
}
