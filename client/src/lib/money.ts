/** Prices travel as integer öre; only the view turns them into kronor (HOUSE-STYLE). */
const kronor = new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' });

export function formatOre(ore: number): string {
  return kronor.format(ore / 100);
}

/** Kronor as a person types them (`12`, `12,50`, `12.5`, `1 299`) → öre, or null if not a price. */
export function parseKronorToOre(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '').replace(/(kr|sek)$/i, '');
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Öre → the text an input shows for editing: `1250` → `12,50`, `1200` → `12`. */
export function oreToKronorText(ore: number): string {
  const whole = Math.floor(ore / 100);
  const fraction = ore % 100;
  return fraction === 0 ? String(whole) : `${whole},${String(fraction).padStart(2, '0')}`;
}
