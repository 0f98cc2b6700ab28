import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildTemplate } from './test-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const sqliteTemplate = path.join(
    os.tmpdir(),
    `e-galleria-api-template-${randomBytes(6).toString('hex')}.sqlite`,
  );
  project.provide('sqliteTemplate', sqliteTemplate);
  // The project's `env` reaches the test workers, not this process: read it from the config.
  const kind = project.config.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
  return buildTemplate(kind, sqliteTemplate);
}
