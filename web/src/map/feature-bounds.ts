/** The [west, south, east, north] box of a feature's geometry, for fitting the view to it. */
import type { Geometry } from 'geojson';
import type { AtlasFeature } from '../../../types/atlas';

export type Bounds = [number, number, number, number];

export function featureBounds(feature: Pick<AtlasFeature, 'geometry'>): Bounds {
  const box: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  visit(feature.geometry, (lon, lat) => {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  });
  return box;
}

function visit(geometry: Geometry, at: (lon: number, lat: number) => void): void {
  if (geometry.type === 'GeometryCollection') {
    for (const part of geometry.geometries) visit(part, at);
    return;
  }
  const walk = (coords: unknown): void => {
    if (typeof (coords as number[])[0] === 'number') at((coords as number[])[0], (coords as number[])[1]);
    else for (const inner of coords as unknown[]) walk(inner);
  };
  walk(geometry.coordinates);
}
