import { correction, generate } from 'lean-qr';

/** The dark modules of a QR code for `text`, as one SVG path (drawn here, not injected as HTML). */
export function qrPath(text: string): { size: number; d: string } {
  const code = generate(text, { minCorrectionLevel: correction.M });
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) {
      if (code.get(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }
  }
  return { size: code.size + 8, d };
}

/** A QR code drawn on the device as SVG, with a quiet zone, black on white in every theme. */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, d } = qrPath(text);
  return (
    <svg class="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={d} fill="#000000" />
    </svg>
  );
}
