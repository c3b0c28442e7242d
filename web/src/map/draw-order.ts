/**
 * The order the atlas layers are drawn in, whatever order their data arrives in: areas under
 * lines under points, then catalogue order within a family; all under the highlight overlays.
 */
import type { GeometryFamily, LayerDescriptor, LayerId } from '../../../types/atlas';

const FAMILY_RANK: Record<GeometryFamily, number> = { Polygon: 0, LineString: 1, Point: 2 };

/** Lower is drawn first (further down). */
export function drawKey(descriptor: Pick<LayerDescriptor, 'id' | 'geometryType'>, catalogue: Array<Pick<LayerDescriptor, 'id'>>): number {
  return FAMILY_RANK[descriptor.geometryType] * 1000 + catalogue.findIndex((d) => d.id === descriptor.id);
}

/**
 * The style layer a newly added atlas layer's style layers go before: the first style layer of
 * the lowest atlas layer already on the map that is drawn above it, else `top` (the overlays).
 */
export function insertBefore(
  descriptor: Pick<LayerDescriptor, 'id' | 'geometryType'>,
  added: ReadonlyMap<LayerId, readonly string[]>,
  catalogue: Array<Pick<LayerDescriptor, 'id' | 'geometryType'>>,
  top: string,
): string {
  const key = drawKey(descriptor, catalogue);
  const above = [...added.keys()]
    .map((id) => ({ id, key: drawKey(catalogue.find((d) => d.id === id)!, catalogue) }))
    .filter((entry) => entry.key > key)
    .sort((a, b) => a.key - b.key)[0];
  return above ? added.get(above.id)![0] : top;
}
