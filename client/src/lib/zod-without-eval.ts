import { config } from 'zod/v4/core';

/**
 * `zod` as the browser gets it (client/vite.config.ts points the bare `zod` here). Shared
 * modules build their schemas when they load; zod then probes `new Function('')` to decide
 * whether to compile fast parsers, and our Content-Security-Policy (no 'unsafe-eval') reports
 * the probe as a violation even though zod catches the refusal. Jitless mode skips the probe
 * and the compiling; the browser parses little, so speed does not suffer. ES modules run what
 * they import first, so this runs before any schema is built.
 */
config({ jitless: true });

export * from 'zod/v4';
export { default } from 'zod/v4';
