import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';
import { testUploadsDir } from './support/test-database.ts';

const mainFile = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-startup-'));
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** Runs the real entry point until it exits or prints `until`, then stops it. */
function runServer(env: Record<string, string>, until?: RegExp) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [mainFile], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (until?.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

// Each test starts the real process (migrations, argon2, seeding): seconds, not milliseconds.
describe('starting the server', { timeout: 30_000 }, () => {
  it('refuses to start in production without the settings it needs, naming them', async () => {
    const { code, output } = await runServer({ NODE_ENV: 'production' });
    expect(code).toBe(1);
    expect(output).toContain('PUBLIC_URL');
    expect(output).toContain('SMTP_URL');
    expect(output).toContain('SERVER_SECRET');
  });

  it('in production migrates but never seeds demo accounts', async () => {
    const file = path.join(workDir, 'production.sqlite');
    const { output } = await runServer(
      {
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://galleria.example.se',
        SMTP_URL: 'smtp://127.0.0.1:2525',
        SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
        DATABASE_URL: `sqlite:${file}`,
        UPLOADS_DIR: path.join(workDir, 'uploads'),
        PORT: '0',
      },
      /listening/,
    );
    expect(output).toContain('listening');
    const db = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    try {
      expect(await db('users').count({ count: '*' })).toEqual([{ count: 0 }]);
      expect(await db('regions').count({ count: '*' })).toEqual([{ count: 0 }]);
    } finally {
      await db.destroy();
    }
  });

  // Express 5 hands the listen error to the callback that logs "listening": the process went
  // on running its jobs without its port, and another server answered in its place.
  it('exits 1 naming the port when another process holds it, and never says it listens', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const address = holder.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const { code, output } = await runServer({
        DATABASE_URL: `sqlite:${path.join(workDir, 'busy-port.sqlite')}`,
        UPLOADS_DIR: testUploadsDir,
        PORT: String(port),
      });
      expect(code).toBe(1);
      expect(output).toContain(`cannot listen on port ${port}`);
      expect(output).toContain('EADDRINUSE');
      expect(output).not.toContain('listening on');
    } finally {
      holder.close();
    }
  });

  it('in development seeds the demo region once, and a restart keeps what changed', async () => {
    const file = path.join(workDir, 'demo.sqlite');
    const env = {
      DATABASE_URL: `sqlite:${file}`,
      // Where the test template's seed stored the demo pictures: found there, not drawn again.
      UPLOADS_DIR: testUploadsDir,
      PORT: '0',
    };
    expect((await runServer(env, /listening/)).output).toContain('seeded the demo region');
    const db = knex({ client: 'sqlite3', connection: { filename: file }, useNullAsDefault: true });
    try {
      await db('municipalities').where({ slug: 'arjeplog' }).update({ name: 'Arjeplog kommun' });
      const restart = await runServer(env, /listening/);
      expect(restart.output).not.toContain('seeded the demo region');
      expect(await db('municipalities').count({ count: '*' })).toEqual([{ count: 14 }]);
      expect((await db('municipalities').where({ slug: 'arjeplog' }).first()).name).toBe(
        'Arjeplog kommun',
      );
    } finally {
      await db.destroy();
    }
  });
});
