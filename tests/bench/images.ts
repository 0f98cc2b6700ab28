// `npm run bench:images`: uploads per second through our image pipeline (and through the
// HTTP logo endpoint) against raw sharp doing the same resizes and encodes on the same
// inputs, and peak RSS while hostile files are refused. Prints JSON. Target: ≥ 80 %.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { type ImageProfileName, imageProfiles } from '../../shared/src/image-profiles.ts';
import { createLocalFileStorage } from '../../server/src/integrations/file-storage.ts';
import { heightFor, planRenditions } from '../../server/src/integrations/image-plan.ts';
import { createImagePipeline } from '../../server/src/integrations/images.ts';
import { startTestServer } from '../e2e/support/test-server.ts';
import { hostileUploads } from '../fixtures/hostile-images.ts';

const callers = 4; // concurrent uploaders, the same for every contender
const rounds = 6; // alternating rounds per comparison; medians are reported
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'e-galleria-bench-images-'));

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
 * Alternates the contenders round by round (swapping who goes first) and reports medians of
 * throughput and of each round's ratio: a neighbour's load that changes during the run then
 * hits both sides of a ratio alike.
 */
async function compare(
  contenders: {
    baseline: (input: Buffer) => Promise<unknown>;
    ours: (input: Buffer) => Promise<unknown>;
  },
  inputs: Buffer[],
) {
  const baseline: number[] = [];
  const ours: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    let baselineRate: number;
    let ourRate: number;
    if (round % 2 === 0) {
      baselineRate = await throughput(inputs, contenders.baseline);
      ourRate = await throughput(inputs, contenders.ours);
    } else {
      ourRate = await throughput(inputs, contenders.ours);
      baselineRate = await throughput(inputs, contenders.baseline);
    }
    baseline.push(baselineRate);
    ours.push(ourRate);
    ratios.push(ourRate / baselineRate);
  }
  return { baseline: median(baseline), ours: median(ours), ratio: median(ratios) };
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

/** The real server (main.ts, demo seed) in a child process, logged in as a logo's admin. */
async function startServer() {
  const server = await startTestServer();
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
  async function uploadLogo(input: Buffer) {
    const form = new FormData();
    form.append('image', new Blob([new Uint8Array(input)], { type: 'image/jpeg' }), 'logo.jpg');
    const response = await fetch(`${server.baseUrl}/api/v1/admin/municipalities/arjeplog/logo`, {
      method: 'POST',
      headers: { cookie, ...origin },
      body: form,
    });
    await response.arrayBuffer();
    return response.status;
  }
  return { uploadLogo, close: server.stop };
}

/** RSS and its high-water mark of our child processes (the server), from Linux's /proc. */
async function childMemory(): Promise<{ rssMb: number; peakRssMb: number }> {
  const memory = { rssMb: 0, peakRssMb: 0 };
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await fs.readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    if (Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]) !== process.pid) continue;
    memory.rssMb += Math.round(Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
    memory.peakRssMb += Math.round(Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0) / 1024);
  }
  return memory;
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

const server = await startServer();
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
const serverBefore = await childMemory();
for (let index = 0; index < 5; index += 1)
  for (const file of corpus) {
    const status = await server.uploadLogo(file.bytes);
    refusals[`http ${status}`] = (refusals[`http ${status}`] ?? 0) + 1;
  }
const serverAfter = await childMemory();
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
    rawSharpPerSecond: round2(measured.baseline),
    pipelinePerSecond: round2(measured.ours),
    ratio: round2(measured.ratio),
  };
}

const http = await compare(
  {
    baseline: (input) => rawSharp(input, 'logo'),
    ours: async (input) => {
      const status = await server.uploadLogo(input);
      if (status !== 200) throw new Error(`upload answered ${status}`);
    },
  },
  photos,
);
/** Mean ms of sequential uploads of one file: what an upload costs besides the pipeline. */
async function meanUploadMs(input: Buffer, count = 20) {
  await server.uploadLogo(input);
  const started = performance.now();
  for (let index = 0; index < count; index += 1) await server.uploadLogo(input);
  return round2((performance.now() - started) / count);
}
const tinyLogo = await sharp({
  create: { width: 64, height: 64, channels: 3, background: '#1d4f91' },
})
  .png()
  .toBuffer();
results.httpLogoEndpoint = {
  rawSharpPerSecond: round2(http.baseline),
  httpPerSecond: round2(http.ours),
  ratio: round2(http.ratio),
  // The fixed cost of a request (session, authorization, SQL, a 64 px image) and of moving
  // 3 MB of multipart over loopback (a non-image of that size, refused after parsing).
  tinyLogoUploadMs: await meanUploadMs(tinyLogo),
  threeMegabyteRefusalMs: await meanUploadMs(
    Buffer.concat([Buffer.from('<html>'), Buffer.alloc(3_000_000)]),
  ),
};

await server.close();
await fs.rm(workDir, { recursive: true, force: true });
console.log(JSON.stringify(results, null, 2));
