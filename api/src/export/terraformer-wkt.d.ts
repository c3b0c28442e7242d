// @terraformer/wkt ships no types; these are the two functions we use.
declare module '@terraformer/wkt' {
  import type { Geometry } from 'geojson';
  export function geojsonToWKT(geometry: Geometry): string;
  export function wktToGeoJSON(wkt: string): Geometry;
}
