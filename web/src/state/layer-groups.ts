/** Layers grouped by theme, in catalogue order, for the layer panel. */
import type { LayerDescriptor } from '../../../types/atlas';

export interface LayerGroup {
  id: string;
  title_zh: string;
  title_en: string;
}
export type LayerCatalogGroups = LayerGroup[];

export function groupLayers(descriptors: LayerDescriptor[], groups: LayerCatalogGroups): Array<LayerGroup & { layers: LayerDescriptor[] }> {
  const known = groups.map((group) => ({ ...group, layers: descriptors.filter((d) => d.group === group.id) }));
  const other = descriptors.filter((d) => !groups.some((g) => g.id === d.group));
  const all = other.length ? [...known, { id: 'other', title_zh: '其他', title_en: 'Other', layers: other }] : known;
  return all.filter((group) => group.layers.length > 0);
}

/** Layers shown when the link names none: everything but the administrative context. */
export function defaultVisibleLayers(descriptors: LayerDescriptor[]): string[] {
  return descriptors.filter((d) => d.id !== 'admin').map((d) => d.id);
}
