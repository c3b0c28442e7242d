/**
 * The basemap in use, as `GET /api/basemap` answers and the web map sets up its source from it.
 * One definition for the server (api/src/tiles/basemap-choice.ts) and the browser
 * (web/src/map/basemap-style.ts).
 */

/** The archives the server looks for in its tiles folder, the first one present and readable wins. */
export const BASEMAP_ARCHIVES = ['basemap-osm', 'basemap'] as const;
export type BasemapArchive = (typeof BASEMAP_ARCHIVES)[number];

/** The committed archive (tiles/basemap.pmtiles), always there. */
export const COMMITTED_BASEMAP: BasemapArchive = 'basemap';

export interface BasemapInfo {
  /** which archive: `basemap-osm` (an OpenStreetMap extract) or `basemap` (the committed one) */
  archive: BasemapArchive;
  /** where it is served, relative to the origin: `/tiles/{archive}.pmtiles` */
  url: string;
  /** the zoom range of its tiles (from its header); the map overzooms beyond maxzoom */
  minzoom: number;
  maxzoom: number;
  /** west, south, east, north (from its header) */
  bounds: [number, number, number, number];
  /** plain text, from its metadata (e.g. "© OpenStreetMap") */
  attribution: string;
  /**
   * The last zoom with the archive's full detail: beyond it the map says that streets, land use
   * and villages are missing. Null when the archive is complete to its maxzoom and overzooms well
   * (an OpenStreetMap extract); declared by the archive itself (`detail_maxzoom` in its metadata).
   */
  detailMaxZoom: number | null;
  /** its vector layers (from its metadata): the style draws only these */
  layers: string[];
}
