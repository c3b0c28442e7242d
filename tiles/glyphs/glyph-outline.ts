/** Flattens an outline path (M/L/Q/C/Z commands, as opentype.js gives them) into closed polylines. */
import type { Contours, Point } from './glyph-sdf';

export type PathCommand =
  | { type: 'M' | 'L'; x: number; y: number }
  | { type: 'Q'; x1: number; y1: number; x: number; y: number }
  | { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
  | { type: 'Z' };

/** Curves become this many straight pieces: at 24 px a piece is well under a pixel. */
const STEPS = 8;

export function flattenPath(commands: readonly PathCommand[]): Contours {
  const contours: Contours = [];
  let current: Point[] = [];
  let at: Point = [0, 0];
  const close = () => {
    if (current.length > 2) {
      const [fx, fy] = current[0];
      const [lx, ly] = current[current.length - 1];
      if (fx === lx && fy === ly) current.pop();
      contours.push(current);
    }
    current = [];
  };
  for (const c of commands) {
    switch (c.type) {
      case 'M':
        close();
        at = [c.x, c.y];
        current.push(at);
        break;
      case 'L':
        at = [c.x, c.y];
        current.push(at);
        break;
      case 'Q':
        for (let i = 1; i <= STEPS; i++) {
          const t = i / STEPS;
          const u = 1 - t;
          current.push([u * u * at[0] + 2 * u * t * c.x1 + t * t * c.x, u * u * at[1] + 2 * u * t * c.y1 + t * t * c.y]);
        }
        at = [c.x, c.y];
        break;
      case 'C':
        for (let i = 1; i <= STEPS; i++) {
          const t = i / STEPS;
          const u = 1 - t;
          current.push([
            u * u * u * at[0] + 3 * u * u * t * c.x1 + 3 * u * t * t * c.x2 + t * t * t * c.x,
            u * u * u * at[1] + 3 * u * u * t * c.y1 + 3 * u * t * t * c.y2 + t * t * t * c.y,
          ]);
        }
        at = [c.x, c.y];
        break;
      case 'Z':
        close();
        break;
    }
  }
  close();
  return contours;
}
