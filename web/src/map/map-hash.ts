/**
 * The map's view in the address bar, `map=ZOOM/LAT/LON[/BEARING[/PITCH]]` (MapLibre's own
 * format, so links made before stay good). The atlas writes it itself rather than through
 * MapLibre's `hash` option, so that a shared view wins over a place's own framing and Back
 * moves the map on every screen (issue 16).
 */

export interface MapView {
  zoom: number;
  center: [number, number];
  bearing: number;
  pitch: number;
}

const KEY = 'map';

function parts(hash: string): string[] {
  return hash.replace(/^#/, '').split('&').filter((p) => p.length > 0);
}

export function parseMapView(hash: string): MapView | null {
  const part = parts(hash).find((p) => p.startsWith(`${KEY}=`));
  if (!part) return null;
  const values = decodeURIComponent(part.slice(KEY.length + 1)).split('/').map(Number);
  const [zoom, lat, lon, bearing = 0, pitch = 0] = values;
  if (values.length < 3 || values.length > 5 || values.some((v) => !Number.isFinite(v))) return null;
  if (zoom < 0 || zoom > 24 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom, center: [lon, lat], bearing, pitch };
}

/** Decimals that keep a position within a pixel at the zoom (as MapLibre rounds it). */
function decimals(zoom: number): number {
  return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

export function formatMapView(view: MapView): string {
  const d = decimals(view.zoom);
  const round = (v: number, n: number) => String(Math.round(v * 10 ** n) / 10 ** n);
  const out = [round(view.zoom, 2), round(view.center[1], d), round(view.center[0], d)];
  const bearing = Math.round(view.bearing * 10) / 10;
  const pitch = Math.round(view.pitch);
  if (bearing || pitch) out.push(String(bearing));
  if (pitch) out.push(String(pitch));
  return out.join('/');
}

/** The hash with `map=` set to the view, in its place (first if it was not there), every other key kept. */
export function withMapView(hash: string, view: MapView): string {
  const value = `${KEY}=${formatMapView(view)}`;
  const rest = parts(hash);
  const at = rest.findIndex((p) => p.startsWith(`${KEY}=`));
  if (at >= 0) rest[at] = value;
  else rest.unshift(value);
  return `#${rest.join('&')}`;
}

/** Two views are the same on screen when they round to the same link. */
export function sameView(a: MapView, b: MapView): boolean {
  return formatMapView(a) === formatMapView(b);
}
