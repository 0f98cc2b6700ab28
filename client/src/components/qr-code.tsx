import { create } from 'qrcode';

/**
 * A QR code drawn as one SVG path from the library's module matrix: React builds the
 * elements, so no markup string is ever parsed (the CSP stays strict and nothing is injected),
 * and it prints sharp at any size.
 */
export function QrCode({
  text,
  label,
  className,
}: {
  text: string;
  label: string;
  className?: string;
}) {
  // Medium error correction survives a scuffed label and keeps the code small.
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const quietZone = 4;
  const size = modules.size + quietZone * 2;
  let path = '';
  for (let row = 0; row < modules.size; row += 1)
    for (let col = 0; col < modules.size; col += 1)
      if (modules.get(row, col)) path += `M${col + quietZone} ${row + quietZone}h1v1h-1z`;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      className={className}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
