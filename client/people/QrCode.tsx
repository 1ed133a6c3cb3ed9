import { useMemo } from 'react';
import { create } from 'qrcode';
import { qrPath } from './qrPath';

/** White border around the code, in modules: scanners need a quiet zone of four. */
const QUIET_ZONE = 4;

/**
 * A QR code for a link, drawn as SVG in the page (no image request, sharp at any size). It is an
 * image with a name that says what it holds; the link itself is shown next to it as text.
 */
export function QrCode({
  value,
  label,
  size = 200,
}: {
  value: string;
  label: string;
  size?: number;
}) {
  const { path, modules } = useMemo(() => {
    const code = create(value, { errorCorrectionLevel: 'M' });
    const { size: count } = code.modules;
    return { path: qrPath(count, (row, col) => code.modules.get(row, col) === 1), modules: count };
  }, [value]);
  const box = modules + QUIET_ZONE * 2;
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shapeRendering="crispEdges"
      data-testid="invite-qr"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
