/**
 * Cuts the basemap's layers into Mapbox Vector Tiles, band by band: one geojson-vt index per
 * layer and band, every tile of the band's box at each of its zooms, empty tiles left out
 * (a missing tile draws as plain land, the background colour).
 */
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import GeoJSONVT from 'geojson-vt';
import type { FeatureCollection } from 'geojson';
import { ARCHIVE, type Band } from './basemap-config';
import { tileRange, type Box } from './geometry/box';
import type { TileInput } from '../pmtiles/pmtiles-writer';

export type BandLayers = Record<string, FeatureCollection>;

type VtTile = NonNullable<ReturnType<GeoJSONVT['getTile']>>;

/** Layers whose features carry `min_zoom` are thinned: a feature enters tiles from that zoom on. */
function visibleAt(tile: VtTile, z: number): VtTile {
  const features = tile.features.filter((f) => {
    const minZoom = f.tags?.min_zoom;
    return typeof minZoom !== 'number' || minZoom <= z;
  });
  return { ...tile, features };
}

/** Every non-empty tile of `box` at the band's zooms (of `only`'s part of it when given). */
export function* bandTiles(band: Pick<Band, 'minZoom' | 'maxZoom'>, box: Box, layers: BandLayers, only?: Box): Generator<TileInput> {
  const indexes = Object.entries(layers).map(
    ([name, data]) =>
      [
        name,
        new GeoJSONVT(data, {
          maxZoom: band.maxZoom,
          indexMaxZoom: Math.min(band.maxZoom, band.minZoom + 2),
          extent: ARCHIVE.extent,
          buffer: ARCHIVE.buffer,
          tolerance: 3,
        }),
      ] as const,
  );
  for (let z = band.minZoom; z <= band.maxZoom; z++) {
    const r = tileRange(box, z);
    const wanted = only ? tileRange(only, z) : r;
    for (let x = Math.max(r.minX, wanted.minX); x <= Math.min(r.maxX, wanted.maxX); x++) {
      for (let y = Math.max(r.minY, wanted.minY); y <= Math.min(r.maxY, wanted.maxY); y++) {
        const tileLayers: Record<string, VtTile> = {};
        for (const [name, index] of indexes) {
          const tile = index.getTile(z, x, y);
          if (!tile) continue;
          const shown = visibleAt(tile, z);
          if (shown.features.length > 0) tileLayers[name] = shown;
        }
        if (Object.keys(tileLayers).length === 0) continue;
        yield { z, x, y, data: fromGeojsonVt(tileLayers as never, { version: 2, extent: ARCHIVE.extent }) };
      }
    }
  }
}
