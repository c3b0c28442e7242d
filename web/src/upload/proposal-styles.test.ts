import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { PROPOSAL_SOURCE, proposalLayers } from './proposal-styles';

describe('the proposals overlay style', () => {
  it('is a valid MapLibre style over one GeoJSON source', () => {
    const style = { version: 8 as const, sources: { [PROPOSAL_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } } }, layers: proposalLayers() };
    expect(validateStyleMin(style)).toEqual([]);
    expect(new Set(proposalLayers().map((l) => l.id)).size).toBe(proposalLayers().length);
  });
});
