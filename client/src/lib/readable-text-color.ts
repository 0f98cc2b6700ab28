/**
 * Black or white, whichever reads better on a municipality's chosen colour. Admins pick any
 * colour; WCAG 1.4.3 still wants 4.5:1, and one of the two always reaches it.
 */
export function readableTextColor(backgroundHex: string): '#000000' | '#ffffff' {
  const luminance = relativeLuminance(backgroundHex);
  const contrastWithWhite = 1.05 / (luminance + 0.05);
  const contrastWithBlack = (luminance + 0.05) / 0.05;
  return contrastWithBlack >= contrastWithWhite ? '#000000' : '#ffffff';
}

/** WCAG 2.1 relative luminance of `#rrggbb`; an unreadable value counts as mid grey. */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) return 0.2;
  const [red, green, blue] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (red ?? 0) + 0.7152 * (green ?? 0) + 0.0722 * (blue ?? 0);
}
