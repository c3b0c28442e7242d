import { describe, expect, it } from 'vitest';
import type { LayerDescriptor } from '../../../types/atlas';
import { defaultVisibleLayers, groupLayers } from './layer-groups';

const TITLES: Record<string, [string, string]> = { transport: ['交通', 'Transport'], zones: ['区域', 'Zones'] };

const layer = (id: string, group: string): LayerDescriptor =>
  ({ id, group, group_title_zh: TITLES[group]?.[0] ?? group, group_title_en: TITLES[group]?.[1] ?? group, title_zh: id, title_en: id, geometryType: 'Point', featureCount: 1 }) as LayerDescriptor;

describe('layer groups', () => {
  it('keeps catalogue order and names each group from its layers', () => {
    const grouped = groupLayers([layer('rail', 'transport'), layer('airports', 'transport'), layer('zones', 'zones')]);
    expect(grouped.map((g) => [g.id, g.title_zh, g.title_en])).toEqual([
      ['transport', '交通', 'Transport'],
      ['zones', '区域', 'Zones'],
    ]);
    expect(grouped[0].layers.map((l) => l.id)).toEqual(['rail', 'airports']);
  });

  it('shows no group without layers', () => {
    expect(groupLayers([])).toEqual([]);
  });

  it('shows everything but admin by default', () => {
    expect(defaultVisibleLayers([layer('parks', 'd'), layer('admin', 'c')])).toEqual(['parks']);
  });
});
