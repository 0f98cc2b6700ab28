// Invented pictures for the demo shops, drawn as SVG at seed time (docs/decisions/0028): a
// round logo with the shop's trade and a cover with a northern landscape. Shapes only, no
// text, so nothing depends on the fonts of the machine that draws them.

/** A small deterministic random sequence, so a shop's drawing is the same at every seed. */
export function seededRandom(seedText: string): () => number {
  let state = 2166136261;
  for (const character of seedText) state = Math.imul(state ^ character.charCodeAt(0), 16777619);
  return () => {
    state = Math.imul(state ^ (state >>> 15), 2246822507) ^ Math.imul(state, 3266489909);
    return ((state >>> 0) % 10_000) / 10_000;
  };
}

const round = (value: number) => Math.round(value * 10) / 10;

export function svgDocument(width: number, height: number, viewBox: string, body: string) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${viewBox}" preserveAspectRatio="none">${body}</svg>`;
}

/** White pictograms of a trade in a 100 × 100 box; BADGE is replaced by the badge's colour. */
const tradeIcons: Record<string, string> = {
  // A shopping basket.
  livsmedel: `<path d="M22 44h56l-8 34H30z"/><path d="M34 44q16-30 32 0" fill="none" stroke="#fff" stroke-width="6"/><path d="M40 52v18M50 52v18M60 52v18" stroke="BADGE" stroke-width="4"/>`,
  // A hammer.
  'jarn-och-bygg': `<rect x="46" y="34" width="9" height="48" rx="3"/><path d="M28 22h40q6 0 6 6v6H28q-6 0-6-6t6-6z"/>`,
  // A fish.
  'fisk-och-vilt': `<path d="M18 50q24-24 52 0q-28 24-52 0z"/><path d="M68 50l16-14v28z"/><circle cx="32" cy="47" r="3" fill="BADGE" stroke="none"/>`,
  // A loaf with cuts.
  bageri: `<path d="M20 62q0-28 30-28t30 28q0 8-8 8H28q-8 0-8-8z"/><path d="M36 44l8 10M48 40l8 12M60 44l8 10" stroke="BADGE" stroke-width="4"/>`,
  // Scissors.
  'halsa-och-skonhet': `<circle cx="34" cy="68" r="10" fill="none" stroke="#fff" stroke-width="6"/><circle cx="66" cy="68" r="10" fill="none" stroke="#fff" stroke-width="6"/><path d="M40 60l28-40M60 60L32 20" stroke-width="7"/>`,
  // A shirt.
  'tvatt-och-stad': `<path d="M36 24l-18 12 8 14 8-4v32h32V46l8 4 8-14-18-12q-6 8-14 8t-14-8z"/>`,
  // A knife.
  hantverk: `<path d="M22 64l44-38q10 4 6 14L34 74z"/><rect x="14" y="64" width="26" height="12" rx="5" transform="rotate(-40 27 70)"/>`,
  // A fell with a tent.
  'klader-och-friluft': `<path d="M14 78l28-44 14 20 10-12 20 36z"/><path d="M52 78l12-20 12 20z" fill="BADGE" stroke="none"/>`,
};

/** A round badge in the shop's colour with its trade; transparent around it (logos are PNG). */
export function drawShopLogo(trade: string, color: string): string {
  const icon = tradeIcons[trade] ?? tradeIcons.livsmedel ?? '';
  return svgDocument(
    256,
    256,
    '0 0 100 100',
    `<circle cx="50" cy="50" r="48" fill="${color}"/>` +
      `<circle cx="50" cy="50" r="42" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="1.5"/>` +
      `<g transform="translate(20 20) scale(0.6)" fill="#fff" stroke="#fff" stroke-linecap="round" stroke-linejoin="round">${icon.replaceAll('BADGE', color)}</g>`,
  );
}

type Scene = {
  sky: [string, string];
  far: string;
  near: string;
  ground: string;
  tree: string;
  light: string;
  hasAurora?: boolean;
  hasSnow?: boolean;
  hasLake?: boolean;
};

/** Times of day and year in the north; each shop gets one by its position in the list. */
export const scenes: Scene[] = [
  {
    sky: ['#8ec5e8', '#e6f3fb'],
    far: '#9bb3c9',
    near: '#5f7d96',
    ground: '#5d8a4e',
    tree: '#2f5a3a',
    light: '#fff3b0',
    hasLake: true,
  },
  {
    sky: ['#f6b48f', '#fde6c8'],
    far: '#c99aa5',
    near: '#8a6a86',
    ground: '#7b8c5a',
    tree: '#3d4f3a',
    light: '#fff0d0',
    hasLake: true,
  },
  {
    sky: ['#b9d4ea', '#f2f7fb'],
    far: '#c8d6e4',
    near: '#8fa6bd',
    ground: '#f4f7fa',
    tree: '#3f5b55',
    light: '#ffffff',
    hasSnow: true,
  },
  {
    sky: ['#0f1d3a', '#29416b'],
    far: '#34496e',
    near: '#22324f',
    ground: '#dfe8f2',
    tree: '#1c2b33',
    light: '#f4f1d6',
    hasAurora: true,
    hasSnow: true,
  },
  {
    sky: ['#f3c969', '#fbeac0'],
    far: '#c7a77a',
    near: '#9a7a58',
    ground: '#b9893f',
    tree: '#8c3f22',
    light: '#fff8dc',
    hasLake: true,
  },
];

function spruce(x: number, baseY: number, height: number, color: string): string {
  const half = height * 0.28;
  const tiers = [0, 0.3, 0.55].map((offset, index) => {
    const top = baseY - height + offset * height;
    const width = half * (0.6 + index * 0.25);
    const bottom = top + height * 0.5;
    return `M${round(x)} ${round(top)}L${round(x - width)} ${round(bottom)}H${round(x + width)}z`;
  });
  return `<path d="${tiers.join('')}" fill="${color}"/>`;
}

function ridge(random: () => number, baseY: number, amplitude: number, peaks: number): string {
  const step = 1200 / peaks;
  const points = [`M0 400L0 ${round(baseY)}`];
  for (let peak = 0; peak <= peaks; peak += 1) {
    const x = peak * step;
    points.push(`L${round(x + step * 0.5)} ${round(baseY - amplitude * (0.5 + random() / 2))}`);
    points.push(`L${round(x + step)} ${round(baseY - amplitude * random() * 0.3)}`);
  }
  return `${points.join('')}L1200 400z`;
}

/** A red cottage with white corners: the village shop of the picture. */
function cottage(x: number, baseY: number): string {
  return (
    `<rect x="${x}" y="${baseY - 60}" width="110" height="60" fill="#9e2a22"/>` +
    `<path d="M${x - 10} ${baseY - 58}L${x + 55} ${baseY - 100}L${x + 120} ${baseY - 58}z" fill="#3b3330"/>` +
    `<rect x="${x + 16}" y="${baseY - 44}" width="20" height="18" fill="#fff6cf" stroke="#fff" stroke-width="3"/>` +
    `<rect x="${x + 70}" y="${baseY - 44}" width="22" height="44" fill="#5a2a1e" stroke="#fff" stroke-width="3"/>` +
    `<path d="M${x} ${baseY - 60}v60M${x + 110} ${baseY - 60}v60" stroke="#fff" stroke-width="4"/>`
  );
}

/** A 3 : 1 landscape of fells, lake or snow, spruces and a red cottage. */
export function drawShopCover(seedText: string, scene: Scene): string {
  const random = seededRandom(seedText);
  const parts: string[] = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${scene.sky[0]}"/><stop offset="1" stop-color="${scene.sky[1]}"/></linearGradient></defs>`,
    `<rect width="1200" height="400" fill="url(#sky)"/>`,
    `<circle cx="${round(180 + random() * 800)}" cy="${round(70 + random() * 50)}" r="38" fill="${scene.light}" fill-opacity="0.9"/>`,
  ];
  if (scene.hasAurora)
    parts.push(
      `<path d="M0 120Q300 20 600 110T1200 70V140Q900 100 600 170T0 170z" fill="#5be3a4" fill-opacity="0.35"/>`,
      `<path d="M100 90Q400 0 700 80T1200 40V80Q900 60 700 120T100 130z" fill="#8df5c9" fill-opacity="0.25"/>`,
    );
  parts.push(`<path d="${ridge(random, 230, 120, 4)}" fill="${scene.far}"/>`);
  parts.push(`<path d="${ridge(random, 280, 90, 6)}" fill="${scene.near}"/>`);
  if (scene.hasSnow)
    parts.push(`<path d="${ridge(random, 300, 10, 8)}" fill="#ffffff" fill-opacity="0.6"/>`);
  parts.push(`<rect y="300" width="1200" height="100" fill="${scene.ground}"/>`);
  if (scene.hasLake) {
    parts.push(`<path d="M0 330Q600 310 1200 335V372Q600 352 0 372z" fill="#6fa8cf"/>`);
    parts.push(
      `<path d="M120 345h180M520 340h240M880 350h160" stroke="#fff" stroke-opacity="0.6" stroke-width="4"/>`,
    );
  }
  const cottageX = round(700 + random() * 300);
  for (let index = 0; index < 14; index += 1) {
    const x = 30 + index * 85 + random() * 40;
    if (Math.abs(x - cottageX - 55) < 90) continue;
    parts.push(spruce(x, 310 + random() * 25, 60 + random() * 70, scene.tree));
  }
  parts.push(cottage(cottageX, 318));
  return svgDocument(1280, 427, '0 0 1200 400', parts.join(''));
}
