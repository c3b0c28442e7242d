/**
 * A feature's whole geometry as OGC Well-Known Text, for the CSV export: QGIS's delimited-text
 * reader takes a WKT column as the layer geometry, so lines and polygons leave as drawn, not as
 * one lon/lat pair. Written by @terraformer/wkt, not by hand.
 */
import { geojsonToWKT } from '@terraformer/wkt';
import type { Geometry } from 'geojson';

export function geometryToWkt(geometry: Geometry): string {
  return geojsonToWKT(geometry);
}
