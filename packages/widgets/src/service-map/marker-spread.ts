/**
 * Spreads map markers that would overlap on screen, so that a tap lands on the station the worker
 * aimed at. Points closer than `minDistance` pixels are pushed apart along the line between them
 * (co-located points in a small deterministic fan) until none overlap or `maxRounds` passes have run.
 * The map draws a short leg from each moved marker to its real place.
 *
 * Works in layer pixels, so the map recomputes it after each zoom. O(n²) per pass: the map shows a
 * page or a few pages of stations (tens), not thousands.
 */
export interface PixelPoint {
  x: number;
  y: number;
}

export function spreadPoints(points: readonly PixelPoint[], minDistance: number, maxRounds = 80): PixelPoint[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  const n = out.length;
  for (let round = 0; round < maxRounds; round++) {
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = out[i]!;
        const b = out[j]!;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= minDistance) continue;
        if (d < 1e-6) {
          // Same place: open a fan, each pair in its own direction.
          const angle = ((i * 7 + j * 3) % 16) * (Math.PI / 8);
          dx = Math.cos(angle);
          dy = Math.sin(angle);
          d = 1;
        }
        // Half the missing distance each, plus a hair so rounding never leaves them touching.
        const push = (minDistance - d) / 2 + 0.5;
        const ux = dx / d;
        const uy = dy / d;
        a.x -= ux * push;
        a.y -= uy * push;
        b.x += ux * push;
        b.y += uy * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}
