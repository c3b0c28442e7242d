/**
 * A scale bar for a printed or exported map, from the zoom and latitude the way MapLibre's own
 * scale control measures it (512-pixel world at zoom 0, Web Mercator).
 */

const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6378137;

/** Ground metres covered by one CSS pixel at `zoom` and `lat` (degrees). */
export function metresPerPixel(zoom: number, lat: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  metres: number;
  /** the bar's length in the same pixels as `maxWidthPx` */
  widthPx: number;
  label: string;
}

/** The longest round length (1, 2 or 5 × 10ⁿ m) whose bar fits in `maxWidthPx`. */
export function scaleBar(metresPerPx: number, maxWidthPx: number): ScaleBar {
  const maxMetres = metresPerPx * maxWidthPx;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * power <= maxMetres) ?? 1;
  const metres = step * power;
  return { metres, widthPx: metres / metresPerPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}
