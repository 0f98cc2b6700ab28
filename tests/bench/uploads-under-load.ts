// `npm run bench:uploads`: how fast /api/health and an API read answer while 20 phone photos
// of about 4.6 MB are uploaded at once, beside the same probes on an idle server (issue 12,
// item 9). The real server (main.ts, demo seed, SQLite) runs in a child process; the uploads
// are sent from a worker thread, so sending 90 MB never delays the probes' own clock.
// Prints JSON: latency percentiles per phase, and what the uploads were answered. With
// `-- --baseline=<git ref>` that commit's server is measured too, alternating with this one
// for BENCH_ROUNDS rounds (2 by default), so both see the machine's load alike.
import os from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { repositoryRoot } from '../e2e/support/paths.ts';
import { startTestServer } from '../e2e/support/test-server.ts';
import { checkOutBaseline } from './storefront-baseline.ts';

type Upload = { url: string; cookie: string; photo: number };
type UploadPlan = { baseUrl: string; uploads: Upload[] };
/** What the worker says: `ready` with the photos' sizes, then `done` with every answer. */
type WorkerMessage = {
  kind: 'ready' | 'done';
  megabytes?: number[];
  outcomes?: { status: number; ms: number }[];
};

const parallelUploads = 20;
const idleMs = 4_000;
const probeGapMs = 10;

/** Phone-like photos: 4000 × 3000, textured so that JPEG holds about 4.6 MB. */
function makePhoto(index: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 105 + index * 5, sigma: 40 },
    },
  })
    .blur(0.8)
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The worker: makes the photos, says ready, and on `go` sends every upload at once. */
async function runUploads(plan: UploadPlan) {
  const photos = await Promise.all([0, 1, 2, 3].map(makePhoto));
  parentPort?.postMessage({ kind: 'ready', megabytes: photos.map((photo) => photo.length / 1e6) });
  await new Promise((resolve) => parentPort?.once('message', resolve));
  const started = performance.now();
  const outcomes = await Promise.all(
    plan.uploads.map(async (upload) => {
      const form = new FormData();
      const photo = photos[upload.photo % photos.length] ?? Buffer.alloc(0);
      form.append('image', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'foto.jpg');
      const response = await fetch(upload.url, {
        method: 'POST',
        headers: { cookie: upload.cookie, origin: plan.baseUrl },
        body: form,
      });
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    }),
  );
  parentPort?.postMessage({ kind: 'done', outcomes });
}

async function login(baseUrl: string, email: string) {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({ email, password: 'galleria-demo' }),
  });
  if (!response.ok) throw new Error(`login as ${email}: ${response.status}`);
  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const me = (await (await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie } })).json()) as {
    roles: { role: string; scope: { id: string; slug: string | null } }[];
  };
  return { cookie, roles: me.roles };
}

/** Where 20 uploads go: product photos of two shops, and two municipalities' logos. */
async function planUploads(baseUrl: string): Promise<Upload[]> {
  const targets: { url: string; cookie: string }[] = [];
  for (const email of ['butik@arjeplog.example.se', 'bageri@arjeplog.example.se']) {
    const { cookie, roles } = await login(baseUrl, email);
    const shopId = roles.find((role) => role.role === 'shop_owner')?.scope.id ?? '';
    const products = (await (
      await fetch(`${baseUrl}/api/v1/shops/${shopId}/products?limit=5`, { headers: { cookie } })
    ).json()) as { items: { id: string }[] };
    for (const product of products.items)
      targets.push({
        url: `${baseUrl}/api/v1/shops/${shopId}/products/${product.id}/images`,
        cookie,
      });
  }
  for (const [email, slug] of [
    ['kommun@arjeplog.example.se', 'arjeplog'],
    ['kommun@gallivare.example.se', 'gallivare'],
  ] as const) {
    const { cookie } = await login(baseUrl, email);
    targets.push({ url: `${baseUrl}/api/v1/admin/municipalities/${slug}/logo`, cookie });
  }
  return Array.from({ length: parallelUploads }, (_, index) => {
    const target = targets[index % targets.length] ?? { url: '', cookie: '' };
    return { ...target, photo: index };
  });
}

/** Sequential probes of `path` with a short gap until `isDone()`; their latencies in ms. */
async function probe(url: string, isDone: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!isDone()) {
    const started = performance.now();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, probeGapMs));
  }
  return latencies;
}

function summary(latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0) * 10) /
    10;
  return { probes: sorted.length, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99), maxMs: at(1) };
}

async function measure(baseUrl: string, isDone: () => boolean) {
  const [health, read] = await Promise.all([
    probe(`${baseUrl}/api/health`, isDone),
    probe(`${baseUrl}/api/v1/municipalities/arjeplog/shops`, isDone),
  ]);
  return { health: summary(health), apiRead: summary(read) };
}

async function main() {
  const baselineRef = process.argv.find((arg) => arg.startsWith('--baseline='))?.split('=')[1];
  if (!baselineRef) {
    console.log(JSON.stringify(await measureServer(repositoryRoot), null, 2));
    return;
  }
  const baseline = checkOutBaseline(repositoryRoot, baselineRef, { buildClient: false });
  try {
    const runs: Record<string, unknown>[] = [];
    for (let round = 0; round < Number(process.env.BENCH_ROUNDS ?? 2); round += 1) {
      const order = [
        { server: 'this checkout', root: repositoryRoot },
        { server: `baseline ${baselineRef}`, root: baseline.root },
      ];
      if (round % 2) order.reverse();
      for (const { server, root } of order) runs.push({ server, ...(await measureServer(root)) });
    }
    console.log(JSON.stringify(runs, null, 2));
  } finally {
    baseline.remove();
  }
}

async function measureServer(root: string) {
  // SERVER_NODE_OPTIONS='--cpu-prof --cpu-prof-dir=…' profiles the server under the load.
  const server = await startTestServer(
    { LOG_LEVEL: 'error', NODE_OPTIONS: process.env.SERVER_NODE_OPTIONS ?? '' },
    root,
  );
  try {
    const plan: UploadPlan = {
      baseUrl: server.baseUrl,
      uploads: await planUploads(server.baseUrl),
    };
    const worker = new Worker(new URL(import.meta.url), { workerData: plan });
    const next = () =>
      new Promise<WorkerMessage>((resolve) =>
        worker.once('message', (message: WorkerMessage) => resolve(message)),
      );
    const ready = await next();
    // Warm up (connections, JIT, the SQLite statement cache), then the idle baseline.
    const warmUntil = performance.now() + 1_000;
    await measure(server.baseUrl, () => performance.now() > warmUntil);
    const idleUntil = performance.now() + idleMs;
    const idle = await measure(server.baseUrl, () => performance.now() > idleUntil);
    let isUploading = true;
    const finished = next().then((message) => {
      isUploading = false;
      return message;
    });
    worker.postMessage('go');
    const underLoad = await measure(server.baseUrl, () => !isUploading);
    const { outcomes = [] } = await finished;
    await worker.terminate();
    const statuses: Record<string, number> = {};
    for (const outcome of outcomes) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
    return {
      // Other work on the machine shows in both phases; it is named beside them.
      loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
      cpus: os.availableParallelism(),
      uploads: {
        parallel: outcomes.length,
        photoMegabytes: ready.megabytes?.map((megabytes) => Math.round(megabytes * 100) / 100),
        statuses,
        lastAnsweredAfterMs: Math.round(Math.max(...outcomes.map((outcome) => outcome.ms))),
      },
      idle,
      underLoad,
    };
  } finally {
    await server.stop();
  }
}

if (isMainThread) await main();
else await runUploads(workerData as UploadPlan);
