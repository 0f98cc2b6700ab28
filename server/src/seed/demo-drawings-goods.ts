import { svgDocument } from './demo-drawings-shops.ts';

// Invented pictures of the demo goods and services, drawn as SVG at seed time
// (docs/decisions/0028): one object on a soft background in a 200 × 200 box, shapes only.

/** What a demo product's picture shows. */
export type Motif =
  | 'sandwich'
  | 'milk'
  | 'butter'
  | 'eggs'
  | 'sausage'
  | 'berries'
  | 'icecream'
  | 'coffee'
  | 'crispbread'
  | 'screws'
  | 'shovel'
  | 'headlamp'
  | 'bottle'
  | 'char'
  | 'whitefish'
  | 'meat'
  | 'flatbread'
  | 'buns'
  | 'loaf'
  | 'wreath'
  | 'scissors'
  | 'washer';

const crust = '#b8742f';
const dough = '#e9c27d';

const motifs: Record<Motif, { background: string; body: string }> = {
  sandwich: {
    background: '#fbe9d6',
    body:
      `<path d="M34 120q-4-40 30-44h72q34 4 30 44l-6 24H40z" fill="${dough}"/>` +
      `<path d="M38 112q12-10 22 0t22 0 22 0 22 0 22 0 14 0" fill="none" stroke="#5fa34a" stroke-width="10" stroke-linecap="round"/>` +
      `<circle cx="76" cy="98" r="16" fill="#fff"/><circle cx="76" cy="98" r="7" fill="#f2b52c"/>` +
      `<circle cx="122" cy="96" r="16" fill="#fff"/><circle cx="122" cy="96" r="7" fill="#f2b52c"/>` +
      `<path d="M86 84q10-16 22-2M100 104q12-14 22 0M60 104q8-12 18-2M128 82q10-12 20 2" fill="none" stroke="#f08a7e" stroke-width="7" stroke-linecap="round"/>` +
      `<path d="M98 70l4-8M106 70l8-6M92 72l-6-6" stroke="#3f7d3a" stroke-width="2.5" stroke-linecap="round"/>`,
  },
  milk: {
    background: '#e4f0fa',
    body:
      `<path d="M130 70l18-12v90l-18 12z" fill="#c9d6e2"/>` +
      `<path d="M70 70l30-26 30 26z" fill="#edf2f6"/><path d="M100 44l30 26 18-12-30-24z" fill="#d5dfe8"/>` +
      `<rect x="70" y="70" width="60" height="92" fill="#ffffff"/>` +
      `<rect x="70" y="104" width="60" height="30" fill="#2f7fc1"/>` +
      `<path d="M100 110q-8 10-8 15a8 8 0 0 0 16 0q0-5-8-15z" fill="#fff"/>`,
  },
  butter: {
    background: '#fdf3cf',
    body:
      `<path d="M48 112l24-18h84l-24 18z" fill="#f7e08c"/><path d="M132 112l24-18v34l-24 18z" fill="#e2c35c"/>` +
      `<rect x="48" y="112" width="84" height="34" fill="#f4d35e"/>` +
      `<rect x="48" y="122" width="84" height="12" fill="#2f6db3"/><circle cx="90" cy="128" r="4" fill="#fff"/>`,
  },
  eggs: {
    background: '#f3ede4',
    body:
      `<ellipse cx="70" cy="104" rx="17" ry="22" fill="#f3e3cf"/><ellipse cx="100" cy="100" rx="17" ry="22" fill="#e9d2b6"/><ellipse cx="130" cy="104" rx="17" ry="22" fill="#f3e3cf"/>` +
      `<path d="M40 112h120l-10 38H50z" fill="#b9ada0"/><path d="M52 124q8 10 16 0t16 0 16 0 16 0 16 0 16 0" fill="none" stroke="#a09384" stroke-width="4"/>`,
  },
  sausage: {
    background: '#fbe4df',
    body:
      `<path d="M52 132a48 44 0 1 1 96 0" fill="none" stroke="#b9533e" stroke-width="28" stroke-linecap="round"/>` +
      `<path d="M60 120a40 36 0 0 1 78-6" fill="none" stroke="#d9785f" stroke-width="6" stroke-linecap="round"/>` +
      `<rect x="44" y="140" width="16" height="8" rx="3" fill="#d8c9a8"/><rect x="140" y="140" width="16" height="8" rx="3" fill="#d8c9a8"/>`,
  },
  berries: {
    background: '#e5e9f7',
    body:
      [
        [70, 96],
        [86, 88],
        [102, 92],
        [118, 88],
        [132, 96],
        [78, 108],
        [94, 104],
        [110, 104],
        [126, 108],
        [100, 80],
      ]
        .map(
          ([x, y]) =>
            `<circle cx="${x}" cy="${y}" r="9" fill="#3b4a8c"/><circle cx="${(x ?? 0) - 3}" cy="${(y ?? 0) - 3}" r="2.2" fill="#8d9ad0"/>`,
        )
        .join('') + `<path d="M44 108h112q-6 44-56 44t-56-44z" fill="#f2f2f2"/>`,
  },
  icecream: {
    background: '#fdf6e3',
    body:
      `<path d="M56 88h88l-10 66H66z" fill="#fffaf0"/><rect x="50" y="76" width="100" height="14" rx="4" fill="#c9a24a"/>` +
      `<rect x="62" y="108" width="76" height="26" fill="#c9a24a"/>` +
      `<g fill="#fffaf0"><circle cx="100" cy="114" r="5"/><circle cx="92" cy="124" r="5"/><circle cx="108" cy="124" r="5"/></g><circle cx="100" cy="121" r="3" fill="#f2c14e"/>`,
  },
  coffee: {
    background: '#efe4da',
    body:
      `<path d="M62 70l8-10h60l8 10v86H62z" fill="#5b3a29"/><path d="M62 70h76" stroke="#3d271b" stroke-width="4"/>` +
      `<circle cx="100" cy="112" r="22" fill="#e8d9c4"/>` +
      `<ellipse cx="100" cy="112" rx="10" ry="14" fill="#6f4630" transform="rotate(25 100 112)"/><path d="M96 100q8 12 0 24" fill="none" stroke="#e8d9c4" stroke-width="2.5"/>`,
  },
  crispbread: {
    background: '#f6ecd9',
    body:
      `<circle cx="100" cy="108" r="56" fill="#c9955a"/><circle cx="100" cy="108" r="12" fill="#f6ecd9"/>` +
      Array.from({ length: 24 }, (_, index) => {
        const angle = (index / 24) * Math.PI * 2;
        const radius = index % 2 === 0 ? 38 : 26;
        return `<circle cx="${(100 + Math.cos(angle) * radius).toFixed(1)}" cy="${(108 + Math.sin(angle) * radius).toFixed(1)}" r="2.6" fill="#8e5f2e"/>`;
      }).join(''),
  },
  screws: {
    background: '#e8ecef',
    body:
      `<rect x="48" y="88" width="104" height="66" rx="4" fill="#d38b2f"/><rect x="62" y="102" width="76" height="30" fill="#f6e7cf"/>` +
      [74, 100, 126]
        .map(
          (x) =>
            `<path d="M${x} 108v20" stroke="#8a949c" stroke-width="5"/><rect x="${x - 7}" y="104" width="14" height="5" rx="2" fill="#6c757d"/>`,
        )
        .join(''),
  },
  shovel: {
    background: '#e3eef6',
    body:
      `<path d="M98 40h6v84h-6z" fill="#c48a4a"/><path d="M88 30a13 13 0 0 1 26 0v8H88z" fill="none" stroke="#2b2b2b" stroke-width="6"/>` +
      `<path d="M64 120h74l8 42H56z" fill="#2e6fb7"/><path d="M64 120h74" stroke="#1f4f86" stroke-width="4"/>`,
  },
  headlamp: {
    background: '#e9e6f2',
    body:
      `<ellipse cx="100" cy="110" rx="58" ry="30" fill="none" stroke="#3b3b45" stroke-width="10"/>` +
      `<rect x="78" y="66" width="44" height="36" rx="8" fill="#f28c28"/><circle cx="100" cy="84" r="11" fill="#fff7c2"/>` +
      `<path d="M100 44v-14M126 52l10-10M74 52l-10-10" stroke="#f2c14e" stroke-width="4" stroke-linecap="round"/>`,
  },
  bottle: {
    background: '#e7f2ea',
    body:
      `<rect x="88" y="40" width="24" height="16" rx="3" fill="#c0392b"/>` +
      `<path d="M90 56h20v14l14 14v72H76V84l14-14z" fill="#e4eef5" stroke="#b7c7d4" stroke-width="2"/>` +
      `<rect x="80" y="100" width="40" height="34" fill="#2d8a57"/><path d="M100 106q-8 10-6 16a6 6 0 0 0 12 0q2-6-6-16z" fill="#f2c14e"/>`,
  },
  char: {
    background: '#e2eef3',
    body:
      `<path d="M36 104q40-40 100-6q-60 36-100 6z" fill="#8a7f72"/><path d="M44 110q40 22 86-8q-40 30-86 8z" fill="#e07b4a"/>` +
      `<path d="M134 98l28-20v44z" fill="#7a6f63"/><circle cx="56" cy="100" r="4" fill="#1f2a30"/>` +
      `<g fill="#f3e6c8"><circle cx="82" cy="94" r="2.5"/><circle cx="98" cy="98" r="2.5"/><circle cx="112" cy="92" r="2.5"/></g>`,
  },
  whitefish: {
    background: '#e6eef4',
    body:
      `<path d="M40 110q44-34 96-4q-52 30-96 4z" fill="#c3ccd3"/><path d="M48 114q44 16 84-4" fill="none" stroke="#9aa6af" stroke-width="3"/>` +
      `<path d="M134 108l26-18v38z" fill="#a9b4bc"/><circle cx="58" cy="106" r="4" fill="#1f2a30"/>` +
      `<path d="M40 150h120" stroke="#7ea38a" stroke-width="6" stroke-linecap="round"/><path d="M70 150q4-10 10 0M110 150q4-10 10 0" fill="none" stroke="#5b8a63" stroke-width="3"/>`,
  },
  meat: {
    background: '#f4e6e2',
    body:
      `<rect x="42" y="96" width="116" height="56" rx="10" fill="#3d3d44"/>` +
      `<path d="M56 128q10-22 30-10t30-6 28 12q-6 18-44 18t-44-14z" fill="#8e2f2a"/>` +
      `<path d="M68 122q10-8 20 0M98 116q12-6 22 2M122 124q8-4 14 2" fill="none" stroke="#c9574f" stroke-width="4" stroke-linecap="round"/>`,
  },
  flatbread: {
    background: '#f7eedb',
    body:
      [148, 136, 124, 112]
        .map(
          (y, index) =>
            `<ellipse cx="100" cy="${y}" rx="${64 - index * 2}" ry="14" fill="${index % 2 === 0 ? dough : '#e2b466'}"/>`,
        )
        .join('') +
      `<g fill="${crust}"><circle cx="78" cy="110" r="2.5"/><circle cx="96" cy="114" r="2.5"/><circle cx="116" cy="108" r="2.5"/><circle cx="132" cy="114" r="2.5"/></g>`,
  },
  buns: {
    background: '#f8ecdc',
    body: [
      [70, 116],
      [130, 116],
      [100, 92],
    ]
      .map(
        ([x, y]) =>
          `<circle cx="${x}" cy="${y}" r="27" fill="${crust}"/>` +
          `<path d="M${x} ${y}m-4 0a4 4 0 1 1 8 0a10 10 0 1 1-18 0a16 16 0 1 1 30 0" fill="none" stroke="#7a4420" stroke-width="3.5"/>` +
          `<g fill="#fff"><circle cx="${(x ?? 0) - 10}" cy="${(y ?? 0) - 12}" r="2"/><circle cx="${(x ?? 0) + 8}" cy="${(y ?? 0) - 14}" r="2"/><circle cx="${(x ?? 0) + 12}" cy="${(y ?? 0) + 6}" r="2"/></g>`,
      )
      .join(''),
  },
  loaf: {
    background: '#f3e9dc',
    body:
      `<ellipse cx="100" cy="112" rx="64" ry="38" fill="#8c5a2b"/>` +
      `<path d="M66 94l18 24M92 86l18 28M118 88l16 24" stroke="#d9b27a" stroke-width="6" stroke-linecap="round"/>` +
      `<g fill="#f5efe6" fill-opacity="0.8"><circle cx="80" cy="96" r="1.8"/><circle cx="124" cy="100" r="1.8"/><circle cx="104" cy="126" r="1.8"/></g>`,
  },
  wreath: {
    background: '#f6efe2',
    body:
      Array.from({ length: 12 }, (_, index) => {
        const angle = (index / 12) * Math.PI * 2;
        return `<circle cx="${(100 + Math.cos(angle) * 40).toFixed(1)}" cy="${(108 + Math.sin(angle) * 34).toFixed(1)}" r="17" fill="${index % 2 === 0 ? crust : '#c98a45'}"/>`;
      }).join('') +
      Array.from({ length: 18 }, (_, index) => {
        const angle = (index / 18) * Math.PI * 2 + 0.2;
        return `<circle cx="${(100 + Math.cos(angle) * 42).toFixed(1)}" cy="${(106 + Math.sin(angle) * 34).toFixed(1)}" r="2.4" fill="#fff"/>`;
      }).join(''),
  },
  scissors: {
    background: '#f1e6f4',
    body:
      `<path d="M70 142L128 50M130 142L72 50" stroke="#9aa4ad" stroke-width="9" stroke-linecap="round"/>` +
      `<circle cx="68" cy="146" r="16" fill="none" stroke="#7a3e8e" stroke-width="8"/><circle cx="132" cy="146" r="16" fill="none" stroke="#7a3e8e" stroke-width="8"/>` +
      `<circle cx="100" cy="96" r="4" fill="#5b646c"/>`,
  },
  washer: {
    background: '#e2f0f3',
    body:
      `<rect x="54" y="48" width="92" height="112" rx="8" fill="#f7f9fa" stroke="#c7d2d8" stroke-width="3"/>` +
      `<path d="M54 70h92" stroke="#c7d2d8" stroke-width="3"/><circle cx="70" cy="59" r="4" fill="#2a7f8f"/><rect x="110" y="56" width="26" height="6" rx="3" fill="#c7d2d8"/>` +
      `<circle cx="100" cy="114" r="32" fill="#c7d2d8"/><circle cx="100" cy="114" r="25" fill="#7cc3d6"/><path d="M76 120q12-10 24 0t24 0v4a24 24 0 0 1-48 0z" fill="#4aa3bd"/>`,
  },
};

/** The picture of one motif as a 640 × 640 SVG document (product photos are square). */
export function drawProduct(motif: Motif): string {
  const { background, body } = motifs[motif];
  return svgDocument(
    640,
    640,
    '0 0 200 200',
    `<rect width="200" height="200" fill="${background}"/>` +
      `<ellipse cx="100" cy="166" rx="66" ry="8" fill="#000" fill-opacity="0.08"/>${body}`,
  );
}

export const allMotifs = Object.keys(motifs) as Motif[];
