import { create } from 'qrcode';

/**
 * A QR code drawn as SVG in the page, from `text` (an otpauth URI): made here, in the browser, so
 * that the secret goes to no QR service. Dark modules are one path; a quiet zone of 4 modules.
 */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  let d = '';
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (modules.get(y, x)) d += `M${x + 4},${y + 4}h1v1h-1z`;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${n + 8} ${n + 8}`}
      shapeRendering="crispEdges"
      data-testid="qr-code"
    >
      <rect width={n + 8} height={n + 8} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
