/**
 * Whether opening a place moves the map (issue 16): a place already on screen never makes the
 * view jump or zoom out; one hidden under the panel is panned into the clear, at the same zoom;
 * only a place off screen is flown to. Pure: screen boxes in, a decision out.
 */

export interface ScreenBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export type Framing = { kind: 'stay' } | { kind: 'pan'; by: [number, number] } | { kind: 'fit' };

function intersection(a: ScreenBox, b: ScreenBox): ScreenBox | null {
  const box = { minX: Math.max(a.minX, b.minX), minY: Math.max(a.minY, b.minY), maxX: Math.min(a.maxX, b.maxX), maxY: Math.min(a.maxY, b.maxY) };
  return box.minX <= box.maxX && box.minY <= box.maxY ? box : null;
}

/**
 * @param place the place's bounds on screen (CSS pixels of the map canvas)
 * @param size the map canvas
 * @param padding what panels cover of the canvas
 */
export function framePlace(place: ScreenBox, size: { width: number; height: number }, padding: Padding): Framing {
  const view = { minX: 0, minY: 0, maxX: size.width, maxY: size.height };
  const clear = { minX: padding.left, minY: padding.top, maxX: size.width - padding.right, maxY: size.height - padding.bottom };
  if (clear.minX >= clear.maxX || clear.minY >= clear.maxY) return intersection(place, view) ? { kind: 'stay' } : { kind: 'fit' };
  if (intersection(place, clear)) return { kind: 'stay' };
  const seen = intersection(place, view);
  if (!seen) return { kind: 'fit' };
  // bring the part in view to the middle of the clear area; panBy moves the centre by this
  const by: [number, number] = [(seen.minX + seen.maxX) / 2 - (clear.minX + clear.maxX) / 2, (seen.minY + seen.maxY) / 2 - (clear.minY + clear.maxY) / 2];
  return { kind: 'pan', by };
}
