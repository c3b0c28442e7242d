import { describe, expect, it } from 'vitest';
import type { LayerDescriptor } from '../../../types/atlas';
import { defaultVisibleLayers, groupLayers } from './layer-groups';

const layer = (id: string, group: string): LayerDescriptor =>
  ({ id, group, title_zh: id, title_en: id, geometryType: 'Point', featureCount: 1 }) as LayerDescriptor;

describe('layer groups', () => {
  const groups = [
    { id: 'transport', title_zh: '交通', title_en: 'Transport' },
    { id: 'zones', title_zh: '区域', title_en: 'Zones' },
  ];

  it('keeps catalogue order and drops empty groups', () => {
    const grouped = groupLayers([layer('rail', 'transport'), layer('airports', 'transport')], groups);
    expect(grouped.map((g) => g.id)).toEqual(['transport']);
    expect(grouped[0].layers.map((l) => l.id)).toEqual(['rail', 'airports']);
  });

  it('puts layers of unknown groups under "other" rather than losing them', () => {
    expect(groupLayers([layer('x', 'mystery')], groups).map((g) => g.id)).toEqual(['other']);
  });

  it('shows everything but admin by default', () => {
    expect(defaultVisibleLayers([layer('parks', 'd'), layer('admin', 'c')])).toEqual(['parks']);
  });
});
