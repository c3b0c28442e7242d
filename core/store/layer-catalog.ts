/**
 * The layer catalogue (geodata/layers.json): titles, groups and order of the thematic layers.
 */
import { z } from 'zod';
import { LAYER_IDS } from '../../types/atlas';
import { DataFileError, displayPath, readDataFile, recordsIn } from '../data-file';

const LayerEntry = z.object({
  id: z.enum(LAYER_IDS),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  group: z.string().min(1),
  geometryType: z.enum(['Point', 'LineString', 'Polygon']),
});

const GroupEntry = z.object({ id: z.string().min(1), title_zh: z.string().min(1), title_en: z.string().min(1) });

const Catalog = z.object({
  layers: z.array(LayerEntry),
  groups: z.array(GroupEntry),
});

export type LayerCatalog = z.infer<typeof Catalog>;
export type LayerEntry = z.infer<typeof LayerEntry>;
export type LayerGroupEntry = z.infer<typeof GroupEntry>;

const FIX = 'correct the layer catalogue';

export function loadLayerCatalog(file: string): LayerCatalog {
  const catalog = readDataFile(file, Catalog, {
    setting: 'LAYERS_FILE',
    recordOf: recordsIn('layers', (entry, i) => `layer #${i + 1}${idOf(entry)}`),
    fix: FIX,
  });
  const groups = new Set(catalog.groups.map((g) => g.id));
  const seen = new Set<string>();
  for (const layer of catalog.layers) {
    if (!groups.has(layer.group)) {
      throw new DataFileError(displayPath(file), `layer "${layer.id}"`, `names the group "${layer.group}", which "groups" lacks`, 'add the group or correct the layer');
    }
    if (seen.has(layer.id)) throw new DataFileError(displayPath(file), `layer "${layer.id}"`, 'is listed twice', 'remove one of the entries');
    seen.add(layer.id);
  }
  // the legend lists groups in the order of "groups", each group's layers together: the layer
  // order alone then tells a client the grouping (GET /api/layers carries no separate group list)
  const order = catalog.groups.map((g) => g.id);
  catalog.layers.forEach((layer, i) => {
    const previous = catalog.layers[i - 1];
    if (previous && order.indexOf(layer.group) < order.indexOf(previous.group)) {
      throw new DataFileError(displayPath(file), `layer "${layer.id}"`, `in group "${layer.group}" follows a layer of the later group "${previous.group}"`, 'list the layers group by group, in the order of "groups"');
    }
  });
  return catalog;
}

function idOf(entry: unknown): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? ` ("${id}")` : '';
}
