/**
 * A seeded mix of what the atlas is asked for in use: the layer list and layers (gzip),
 * features, searches, documents and tile ranges, in the proportions of a planner's session.
 */
import path from 'node:path';
import type { AtlasStore } from '../../../core/store/atlas-store';
import type { CannonRequest } from './autocannon';
import { pick, seededRandom } from '../../../core/testing/seeded-random';
import { archiveRanges, sampleRanges } from './tile-ranges';

export const MIX = {
  /** share of each kind of request, summing to 1 */
  tiles: 0.5,
  layers: 0.15,
  features: 0.15,
  search: 0.1,
  documents: 0.1,
};

export async function mixedRequests(store: AtlasStore, tilesDir: string, count: number, seed: number): Promise<CannonRequest[]> {
  const random = seededRandom(seed);
  const { ranges } = await archiveRanges(path.join(tilesDir, 'basemap.pmtiles'));
  const tileRanges = sampleRanges(ranges, count, seed);
  const gzip = { 'accept-encoding': 'gzip' };
  const queries = store.features.flatMap((f) => [f.properties.name_zh, f.properties.name_en]).concat(['乌镇', '桐乡 高铁', '烏鎮', 'canal']);
  const out: CannonRequest[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < MIX.tiles) {
      const range = tileRanges[i];
      out.push({ path: '/tiles/basemap.pmtiles', headers: { range: `bytes=${range.start}-${range.end}` } });
    } else if (r < MIX.tiles + MIX.layers) {
      out.push({ path: random() < 0.2 ? '/api/layers' : `/api/layers/${pick(random, store.layers).id}`, headers: gzip });
    } else if (r < MIX.tiles + MIX.layers + MIX.features) {
      out.push({ path: `/api/features/${pick(random, store.features).id}`, headers: gzip });
    } else if (r < MIX.tiles + MIX.layers + MIX.features + MIX.search) {
      out.push({ path: `/api/search?q=${encodeURIComponent(pick(random, queries))}&limit=20` });
    } else {
      out.push({ path: random() < 0.3 ? '/api/documents' : `/api/documents/${pick(random, store.documents).id}`, headers: gzip });
    }
  }
  return out;
}
