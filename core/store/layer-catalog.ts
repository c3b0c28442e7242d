/**
 * The layer catalogue (geodata/layers.json): titles, groups and order of the thematic layers.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { LAYER_IDS } from '../../types/atlas';

const LayerEntry = z.object({
  id: z.enum(LAYER_IDS),
  title_zh: z.string().min(1),
  title_en: z.string().min(1),
  group: z.string().min(1),
  geometryType: z.enum(['Point', 'LineString', 'Polygon']),
});

const Catalog = z.object({
  layers: z.array(LayerEntry),
  groups: z.array(z.object({ id: z.string(), title_zh: z.string(), title_en: z.string() })),
});

export type LayerCatalog = z.infer<typeof Catalog>;
export type LayerEntry = z.infer<typeof LayerEntry>;

export class LayerCatalogError extends Error {
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'LayerCatalogError';
  }
}

export function loadLayerCatalog(file: string): LayerCatalog {
  const parsed = Catalog.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) throw new LayerCatalogError(file, parsed.error.message);
  const groups = new Set(parsed.data.groups.map((g) => g.id));
  for (const layer of parsed.data.layers) {
    if (!groups.has(layer.group)) throw new LayerCatalogError(file, `layer ${layer.id} names unknown group ${layer.group}`);
  }
  return parsed.data;
}
