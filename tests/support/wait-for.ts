/**
 * Polls `condition` until it holds; throws, naming `what`, after `timeoutMs`. For what a test
 * cannot await directly: a job on another runner, a notice on another connection, a mail
 * from another process.
 */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  timeoutMs = 5_000,
  what = 'the condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
