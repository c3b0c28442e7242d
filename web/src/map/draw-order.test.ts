import { describe, expect, it } from 'vitest';
import type { GeometryFamily, LayerId } from '../../../types/atlas';
import layersFile from '../../../geodata/layers.json';
import { drawKey, insertBefore } from './draw-order';

const catalogue = layersFile.layers.map((l) => ({ id: l.id as LayerId, geometryType: l.geometryType as GeometryFamily }));
const byId = (id: string) => catalogue.find((d) => d.id === id)!;

/** Adds layers in the given order as the map does, returning the final stack bottom to top. */
function stack(order: LayerId[]): string[] {
  const added = new Map<LayerId, string[]>();
  const styleLayers = ['hover-fill'];
  for (const id of order) {
    const before = insertBefore(byId(id), added, catalogue, 'hover-fill');
    const own = [`${id}-a`, `${id}-b`];
    styleLayers.splice(styleLayers.indexOf(before), 0, ...own);
    added.set(id, own);
  }
  return styleLayers;
}

describe('draw order', () => {
  it('puts areas under lines under points, then follows the catalogue', () => {
    const keys = catalogue.map((d) => drawKey(d, catalogue));
    const zones = drawKey(byId('zones'), catalogue);
    const rail = drawKey(byId('rail'), catalogue);
    const parks = drawKey(byId('parks'), catalogue);
    expect(zones).toBeLessThan(rail);
    expect(rail).toBeLessThan(parks);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives the same stack whatever order the layers arrive in', () => {
    const ids = catalogue.map((d) => d.id);
    const expected = [...ids].sort((a, b) => drawKey(byId(a), catalogue) - drawKey(byId(b), catalogue)).flatMap((id) => [`${id}-a`, `${id}-b`]);
    for (const order of [ids, [...ids].reverse(), ['towns', 'admin', 'rail', 'parks', 'zones', 'airports', 'roads', 'innovation', 'venues', 'stations', 'interchanges', 'waterways'] as LayerId[]]) {
      expect(stack(order)).toEqual([...expected, 'hover-fill']);
    }
  });
});
