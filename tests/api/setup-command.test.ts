import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtpSink } from '../support/smtp-sink.ts';

// The real processes, as an operator runs them: `npm start` (main.ts) in production mode on an
// empty SQLite database, and `npm run setup` (setup-cli.ts) beside it.
const mainFile = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
const setupFile = fileURLToPath(new URL('../../server/src/setup/setup-cli.ts', import.meta.url));
const publicUrl = 'https://galleria.example.se';
const adminEmail = 'forsta.admin@region.example.se';

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e-galleria-setup-'));
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let server: ChildProcess | undefined;
let baseUrl = '';
let env: Record<string, string> = {};

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Runs `file` to its end; its exit code and everything it printed. */
function run(file: string, args: string[]) {
  return new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [file, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

/** A request as the storefront sends it: same origin, the session cookie if there is one. */
function api(urlPath: string, options: { method?: string; body?: object; cookie?: string } = {}) {
  return fetch(`${baseUrl}${urlPath}`, {
    method: options.method ?? 'GET',
    headers: {
      Origin: publicUrl,
      ...(options.body ? { 'Content-Type': 'application/json' } : {}),
      ...(options.cookie ? { Cookie: options.cookie } : {}),
    },
    ...(options.body ? { body: JSON.stringify(options.body) } : {}),
  });
}

beforeAll(async () => {
  sink = await startSmtpSink();
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  env = {
    PATH: process.env.PATH ?? '',
    NODE_ENV: 'production',
    PUBLIC_URL: publicUrl,
    SMTP_URL: sink.url,
    SERVER_SECRET: 'a-production-secret-of-at-least-32-characters',
    DATABASE_URL: `sqlite:${path.join(workDir, 'galleria.sqlite')}`,
    UPLOADS_DIR: path.join(workDir, 'uploads'),
    PORT: String(port),
  };
  const started = spawn(process.execPath, [mainFile], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  server = started;
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening')) resolve();
    };
    started.stdout.on('data', collect);
    started.stderr.on('data', collect);
    started.on('exit', (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
}, 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const stopped = new Promise((resolve) => server?.on('exit', resolve));
    server.kill('SIGTERM');
    await stopped;
  }
  await sink.close();
  fs.rmSync(workDir, { recursive: true, force: true });
});

describe('a production installation from an empty database', { timeout: 60_000 }, () => {
  it('has no region until it is set up', async () => {
    const response = await api('/api/v1/municipalities');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { code: string }).code).toBe('not_found');
  });

  it('is set up by `npm run setup`, whose invitation lets the first region admin in', async () => {
    const setup = await run(setupFile, [
      '--region',
      'Norrbotten',
      '--admin-email',
      adminEmail,
      '--municipality',
      'Arjeplog',
      '--municipalities',
      'Jokkmokk,Övertorneå',
    ]);
    expect(setup.output).toContain('Region Norrbotten (norrbotten): created');
    expect(setup.output).toContain('Municipality Övertorneå (overtornea): created');
    expect(setup.output).toContain(`Invitation mailed to ${adminEmail}`);
    expect(setup.code).toBe(0);

    const municipalities = (await (await api('/api/v1/municipalities')).json()) as {
      items: { slug: string; name: string; status: string }[];
    };
    expect(municipalities.items).toEqual([
      { slug: 'arjeplog', name: 'Arjeplog', status: 'onboarding' },
      { slug: 'jokkmokk', name: 'Jokkmokk', status: 'onboarding' },
      { slug: 'overtornea', name: 'Övertorneå', status: 'onboarding' },
    ]);

    // The invitation went out through SMTP, as every other mail of the installation.
    const mail = sink.received.find((received) => received.to.includes(adminEmail));
    const link = mail?.body.match(/https:\/\/\S+/)?.[0] ?? '';
    expect(link.startsWith(`${publicUrl}/inbjudan/`)).toBe(true);
    const token = link.slice(`${publicUrl}/inbjudan/`.length);

    const preview = (await (await api(`/api/v1/invitations/${token}`)).json()) as {
      invitation: { role: string; scope: { type: string; slug: string }; hasAccount: boolean };
    };
    expect(preview.invitation).toMatchObject({
      role: 'region_admin',
      scope: { type: 'region', slug: 'norrbotten' },
      hasAccount: false,
    });
    const accepted = await api(`/api/v1/invitations/${token}/accept`, {
      method: 'POST',
      body: { name: 'Första Admin', password: 'ett långt lösenord för regionen' },
    });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { redirectTo: string }).redirectTo).toBe('/admin/region');

    const login = await api('/api/v1/auth/login', {
      method: 'POST',
      body: { email: adminEmail, password: 'ett långt lösenord för regionen' },
    });
    expect(login.status).toBe(200);
    const session = login.headers
      .getSetCookie()
      .find((cookie) => cookie.startsWith('__Host-galleria_session='))
      ?.split(';')[0];
    const me = (await (await api('/api/v1/me', { cookie: session ?? '' })).json()) as {
      roles: { role: string; scope: { type: string; slug: string } }[];
    };
    expect(me.roles).toEqual([
      {
        role: 'region_admin',
        scope: { type: 'region', id: expect.any(String), slug: 'norrbotten', name: 'Norrbotten' },
      },
    ]);
    // A region admin's first task: the region's municipalities, in their admin view.
    const admin = await api('/api/v1/admin/municipalities', { cookie: session ?? '' });
    expect(admin.status).toBe(200);
  });

  it('leaves what exists alone when run again, and refuses another region', async () => {
    const again = await run(setupFile, [
      '--region',
      'Norrbotten',
      '--admin-email',
      adminEmail,
      '--municipality',
      'Arjeplog',
    ]);
    expect(again.code).toBe(0);
    expect(again.output).toContain('Region Norrbotten (norrbotten): already there');
    expect(again.output).toContain('Municipality Arjeplog (arjeplog): already there');

    const other = await run(setupFile, ['--region', 'Västerbotten', '--admin-email', adminEmail]);
    expect(other.code).toBe(1);
    expect(other.output).toContain('This installation serves the region norrbotten.');

    const invalid = await run(setupFile, [
      '--region',
      'Norrbotten',
      '--admin-email',
      'ingen-adress',
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.output).toContain('--admin-email');
  });
});
