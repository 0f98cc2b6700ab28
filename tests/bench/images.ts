// `npm run bench:images [-- --baseline=<git ref>] [-- --http-only]`: uploads per second
// through our image pipeline (and through the HTTP logo endpoint) against raw sharp doing the
// same resizes and encodes on the same inputs, and peak RSS while hostile files are refused.
// Prints JSON, then one line per share of raw sharp. Target: ≥ 80 % (issue 15). With a
// baseline, that commit's server is started too and measured in the same rounds, so a
// before/after pair shares the machine's load (decision 0054). `--http-only` skips the
// in-process and hostile-file parts.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { type ImageProfileName, imageProfiles } from '../../shared/src/image-profiles.ts';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import { heightFor, planRenditions } from '../../server/src/integrations/image-plan.ts';
import { createImagePipeline } from '../../server/src/integrations/images.ts';
import { repositoryRoot } from '../e2e/support/paths.ts';
import { startTestServer } from '../e2e/support/test-server.ts';
import { hostileUploads } from '../fixtures/hostile-images.ts';
import { checkOutBaseline } from './storefront-baseline.ts';
import { processCpuMs } from './machine-cpu.ts';

const callers = 4; // concurrent uploaders, the same for every contender
const rounds = 6; // alternating rounds per comparison; medians are reported
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'e-galleria-bench-images-'));
const baselineRef = process.argv.find((arg) => arg.startsWith('--baseline='))?.split('=')[1];
const isHttpOnly = process.argv.includes('--http-only');

/** Phone-like photos: 4000 × 3000, textured enough that JPEG does real work (~2–4 MB). */
async function makePhotos(count: number): Promise<Buffer[]> {
  const photos: Buffer[] = [];
  // One at a time, so generating them does not inflate the RSS measured later.
  for (let index = 0; index < count; index += 1) photos.push(await makePhoto(index));
  return photos;
}

async function makePhoto(index: number): Promise<Buffer> {
  return sharp({
    create: {
      width: 4000,
      height: 3000,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 110 + index * 5, sigma: 50 },
    },
  })
    .blur(1.2)
    .jpeg({ quality: 88 })
    .toBuffer();
}

/** The same work the pipeline does, in plain sharp: decode once, then resize and encode. */
async function rawSharp(input: Buffer, profileName: ImageProfileName) {
  const profile = imageProfiles[profileName];
  const metadata = await sharp(input).metadata();
  const plan = planRenditions(profile, metadata.autoOrient);
  const master = await sharp(input)
    .autoOrient()
    .resize(plan.master.width, plan.master.height, { fit: 'cover' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = {
    width: master.info.width,
    height: master.info.height,
    channels: master.info.channels,
  };
  const ratio = raw.width / raw.height;
  await Promise.all(
    plan.widths.flatMap((width) =>
      profile.formats.map((format) => {
        let image = sharp(master.data, { raw });
        if (width !== raw.width)
          image = image.resize(width, heightFor(width, ratio), { fit: 'fill' });
        if (format === 'webp') return image.webp({ quality: 80 }).toBuffer();
        if (format === 'png') return image.png({ compressionLevel: 6 }).toBuffer();
        return image.flatten({ background: '#ffffff' }).jpeg({ quality: 80 }).toBuffer();
      }),
    ),
  );
}

/** Runs `job` over the inputs with `callers` concurrent callers; returns jobs per second. */
async function throughput(inputs: Buffer[], job: (input: Buffer) => Promise<unknown>) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++];
        if (input) await job(input);
      }
    }),
  );
  return inputs.length / ((performance.now() - started) / 1000);
}

/**
 * Runs the contenders round by round, each round in another order (rotated, and reversed
 * every other round), and reports medians of throughput and of each round's ratio to
 * `baseline`: a neighbour's load that changes during the run then hits every side of a
 * ratio alike. `onRound` is told each contender's time, for CPU bookkeeping.
 */
async function compare(
  contenders: Record<string, (input: Buffer) => Promise<unknown>>,
  inputs: Buffer[],
  onRun: (name: string, run: () => Promise<number>) => Promise<number> = (_name, run) => run(),
) {
  const names = Object.keys(contenders);
  const rates: Record<string, number[]> = {};
  const ratios: Record<string, number[]> = {};
  for (let round = 0; round < rounds; round += 1) {
    const rotated = names.map((_, index) => names[(index + round) % names.length] ?? '');
    const order = round % 2 ? rotated.reverse() : rotated;
    const measured: Record<string, number> = {};
    for (const name of order) {
      const job = contenders[name];
      if (job) measured[name] = await onRun(name, () => throughput(inputs, job));
    }
    for (const name of names) {
      (rates[name] ??= []).push(measured[name] ?? 0);
      (ratios[name] ??= []).push((measured[name] ?? 0) / (measured.baseline ?? 1));
    }
  }
  return Object.fromEntries(
    names.map((name) => [
      name,
      { perSecond: median(rates[name] ?? []), ratio: median(ratios[name] ?? []) },
    ]),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const round2 = (value: number) => Math.round(value * 100) / 100;
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The multipart body a browser's form would send, made once per file outside the timing. */
async function multipartOf(input: Buffer) {
  const form = new FormData();
  form.append('image', new Blob([new Uint8Array(input)], { type: 'image/jpeg' }), 'logo.jpg');
  const encoded = new Response(form);
  return {
    type: encoded.headers.get('content-type') ?? '',
    body: new Uint8Array(await encoded.arrayBuffer()),
  };
}

/**
 * The real server (main.ts, demo seed) of `root` in a child process, logged in as a logo's
 * admin. Bodies are encoded once per file: a browser's work of building the form is not the
 * server's, and on a 2-core machine the bench's own CPU would otherwise come off the server's.
 */
async function startServer(root = repositoryRoot) {
  const server = await startTestServer({ LOG_LEVEL: 'error' }, root);
  const origin = { origin: server.baseUrl };
  const login = await fetch(`${server.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...origin },
    body: JSON.stringify({ email: 'kommun@arjeplog.example.se', password: 'galleria-demo' }),
  });
  if (!login.ok) throw new Error(`login answered ${login.status}`);
  const cookie = login.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ');
  const bodies = new Map<Buffer, Awaited<ReturnType<typeof multipartOf>>>();
  async function uploadLogo(input: Buffer) {
    let multipart = bodies.get(input);
    if (!multipart) {
      multipart = await multipartOf(input);
      bodies.set(input, multipart);
    }
    const response = await fetch(`${server.baseUrl}/api/v1/admin/municipalities/arjeplog/logo`, {
      method: 'POST',
      headers: { cookie, 'content-type': multipart.type, ...origin },
      body: multipart.body,
    });
    await response.arrayBuffer();
    return response.status;
  }
  return { uploadLogo, pid: server.pid, close: server.stop };
}

/** RSS and its high-water mark of a child process (a server), from Linux's /proc. */
async function childMemory(pid: number): Promise<{ rssMb: number; peakRssMb: number }> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  return {
    rssMb: Math.round(Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024),
    peakRssMb: Math.round(Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024),
  };
}

/** CPU milliseconds (user + system, every thread) a process has used, from Linux's /proc. */
function cpuMsOf(pid: number): Promise<number> {
  return Promise.resolve(processCpuMs(pid) ?? 0);
}

/** Samples RSS every few milliseconds while `work` runs. */
async function peakRss(work: () => Promise<unknown>) {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().rss);
}

const pipeline = createImagePipeline({
  storage: createLocalFileStorage(path.join(workDir, 'files')),
});
const photos = await makePhotos(8);
const results: Record<string, unknown> = {
  machine: {
    cpus: os.availableParallelism(),
    loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
    sharp: sharp.versions.sharp,
    vips: sharp.versions.vips,
  },
  input: {
    photos: photos.length,
    pixels: '4000x3000',
    averageBytes: Math.round(photos.reduce((sum, photo) => sum + photo.length, 0) / photos.length),
    callers,
  },
};
const shares: string[] = [];
const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

const server = await startServer();
if (!isHttpOnly) {
  const corpus = await hostileUploads();
  const hostileRounds = 50;
  const rssBefore = process.memoryUsage().rss;
  const refusals: Record<string, number> = {};
  const hostileStarted = performance.now();
  const rssPeakPipeline = await peakRss(async () => {
    for (let index = 0; index < hostileRounds; index += 1)
      for (const file of corpus)
        await pipeline.store(file.bytes, 'product').then(
          () => (refusals.accepted = (refusals.accepted ?? 0) + 1),
          (error: unknown) => {
            const code = (error as { code?: string }).code ?? 'unexpected';
            refusals[code] = (refusals[code] ?? 0) + 1;
          },
        );
  });
  const hostileMs = performance.now() - hostileStarted;
  const serverBefore = await childMemory(server.pid);
  for (let index = 0; index < 5; index += 1)
    for (const file of corpus) {
      const status = await server.uploadLogo(file.bytes);
      refusals[`http ${status}`] = (refusals[`http ${status}`] ?? 0) + 1;
    }
  const serverAfter = await childMemory(server.pid);
  results.hostile = {
    files: hostileRounds * corpus.length,
    refusals,
    meanRefusalMs: round2(hostileMs / (hostileRounds * corpus.length)),
    rssBeforeMb: megabytes(rssBefore),
    rssPeakPipelineMb: megabytes(rssPeakPipeline),
    rssGrowthPipelineMb: megabytes(rssPeakPipeline - rssBefore),
    serverRssBeforeMb: serverBefore.rssMb,
    serverPeakRssMb: serverAfter.peakRssMb,
    serverRssAfterMb: serverAfter.rssMb,
  };
  // Measured first, before the throughput rounds have grown the heap and malloc's arenas.
  results.rssPeakWhileProcessingPhotosMb = megabytes(
    await peakRss(() => throughput(photos, (input) => pipeline.store(input, 'product'))),
  );

  for (const profile of ['product', 'cover', 'logo'] as const) {
    const measured = await compare(
      {
        baseline: (input) => rawSharp(input, profile),
        ours: (input) => pipeline.store(input, profile),
      },
      photos,
    );
    results[profile] = {
      rawSharpPerSecond: round2(measured.baseline?.perSecond ?? 0),
      pipelinePerSecond: round2(measured.ours?.perSecond ?? 0),
      ratio: round2(measured.ours?.ratio ?? 0),
    };
    shares.push(`pipeline alone, ${profile}: ${percent(measured.ours?.ratio ?? 0)} of raw sharp`);
  }
}

const baseline = baselineRef
  ? checkOutBaseline(repositoryRoot, baselineRef, { buildClient: false })
  : null;
const baselineServer = baseline ? await startServer(baseline.root) : null;
const servers = { ours: server, ...(baselineServer ? { baseline: baselineServer } : {}) };
const uploadThrough =
  (target: { uploadLogo: (input: Buffer) => Promise<number> }) => async (input: Buffer) => {
    const status = await target.uploadLogo(input);
    if (status !== 200) throw new Error(`upload answered ${status}`);
  };
// CPU time per image of each contender: unlike uploads per second it hardly moves with the
// machine's other load, and it says what the HTTP path costs besides the resizing.
const cpuMs: Record<string, number> = {};
const serverPids: Record<string, number | undefined> = {
  ours: server.pid,
  before: baselineServer?.pid,
};
/** Raw sharp runs in this process, the uploads in the servers. */
async function cpuMsNow(name: string) {
  const pid = serverPids[name];
  if (pid) return cpuMsOf(pid);
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}
const images: Record<string, number> = {};
const http = await compare(
  {
    baseline: (input) => rawSharp(input, 'logo'),
    ours: uploadThrough(server),
    ...(baselineServer ? { before: uploadThrough(baselineServer) } : {}),
  },
  photos,
  async (name, run) => {
    const cpuBefore = await cpuMsNow(name);
    const rate = await run();
    cpuMs[name] = (cpuMs[name] ?? 0) + (await cpuMsNow(name)) - cpuBefore;
    images[name] = (images[name] ?? 0) + photos.length;
    return rate;
  },
);
/** Mean ms of sequential uploads of one file: what an upload costs besides the pipeline. */
async function meanUploadMs(
  target: { uploadLogo: (input: Buffer) => Promise<number> },
  input: Buffer,
  count = 20,
) {
  await target.uploadLogo(input);
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await target.uploadLogo(input);
  return round2((performance.now() - started) / count);
}
const tinyLogo = await sharp({
  create: { width: 64, height: 64, channels: 3, background: '#1d4f91' },
})
  .png()
  .toBuffer();
const threeMegabytes = Buffer.concat([Buffer.from('<html>'), Buffer.alloc(3_000_000)]);
for (const [name, target] of Object.entries(servers)) {
  const label = name === 'ours' ? 'this checkout' : `baseline ${baselineRef}`;
  const key = name === 'ours' ? 'ours' : 'before';
  const ratio = http[key]?.ratio ?? 0;
  results[name === 'ours' ? 'httpLogoEndpoint' : 'httpLogoEndpointBaseline'] = {
    server: label,
    rawSharpPerSecond: round2(http.baseline?.perSecond ?? 0),
    httpPerSecond: round2(http[key]?.perSecond ?? 0),
    ratio: round2(ratio),
    rawSharpCpuMsPerImage: round2((cpuMs.baseline ?? 0) / (images.baseline ?? 1)),
    serverCpuMsPerUpload: round2((cpuMs[key] ?? 0) / (images[key] ?? 1)),
    // The fixed cost of a request (session, authorization, SQL, a 64 px image) and of moving
    // 3 MB of multipart over loopback (a non-image of that size, refused after parsing).
    tinyLogoUploadMs: await meanUploadMs(target, tinyLogo),
    threeMegabyteRefusalMs: await meanUploadMs(target, threeMegabytes),
  };
  shares.push(`HTTP logo upload, ${label}: ${percent(ratio)} of raw sharp (target ≥ 80 %)`);
}

await server.close();
await baselineServer?.close();
baseline?.remove();
await fs.rm(workDir, { recursive: true, force: true });
results.loadAverageAfter = os.loadavg().map((load) => Math.round(load * 10) / 10);
console.log(JSON.stringify(results, null, 2));
console.log(`\n${shares.join('\n')}`);
