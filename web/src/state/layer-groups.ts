/** Layers grouped by theme for the layer panel, from the descriptors alone (GET /api/layers). */
import type { LayerDescriptor } from '../../../types/atlas';

export interface LayerGroup {
  id: string;
  title_zh: string;
  title_en: string;
}

/**
 * Groups in the order their first layer appears, layers in catalogue order: the catalogue
 * lists layers group by group (core/store/layer-catalog.ts), so this is its legend order.
 */
export function groupLayers(descriptors: LayerDescriptor[]): Array<LayerGroup & { layers: LayerDescriptor[] }> {
  const groups = new Map<string, LayerGroup & { layers: LayerDescriptor[] }>();
  for (const descriptor of descriptors) {
    let group = groups.get(descriptor.group);
    if (!group) {
      group = { id: descriptor.group, title_zh: descriptor.group_title_zh, title_en: descriptor.group_title_en, layers: [] };
      groups.set(descriptor.group, group);
    }
    group.layers.push(descriptor);
  }
  return [...groups.values()];
}

/** Layers shown when the link names none: everything but the administrative context. */
export function defaultVisibleLayers(descriptors: LayerDescriptor[]): string[] {
  return descriptors.filter((d) => d.id !== 'admin').map((d) => d.id);
}
