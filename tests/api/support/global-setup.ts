import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate, newTestRunId, type TestRun } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    testRun: TestRun;
  }
}

export default async function setup(project: TestProject) {
  const run: TestRun = {
    id: newTestRunId(),
    sqliteTemplate: path.join(
      os.tmpdir(),
      `e-galleria-api-template-${randomBytes(6).toString('hex')}.sqlite`,
    ),
  };
  project.provide('testRun', run);
  // The project's `env` reaches the test workers, not this process: read it from the config.
  const kind = project.config.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  return buildTemplate(kind, run);
}
