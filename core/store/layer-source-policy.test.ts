import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYER_SOURCE_THRESHOLD, LayerSizeError, layerSourceKind } from './layer-source-policy';

const { maxGeoJsonFeatures, maxGeoJsonBytes } = LAYER_SOURCE_THRESHOLD;

describe('layerSourceKind', () => {
  it.each([
    [{ featureCount: 0, bytes: 0 }, 'geojson'],
    [{ featureCount: 107, bytes: 430_000 }, 'geojson'],
    [{ featureCount: maxGeoJsonFeatures, bytes: maxGeoJsonBytes }, 'geojson'],
    [{ featureCount: maxGeoJsonFeatures + 1, bytes: 1000 }, 'vector'],
    [{ featureCount: 12, bytes: maxGeoJsonBytes + 1 }, 'vector'],
    [{ featureCount: 100_000, bytes: 20_000_000 }, 'vector'],
  ] as const)('%o → %s', (size, kind) => {
    expect(layerSourceKind(size)).toBe(kind);
  });

  it('never goes back to GeoJSON as a layer grows', () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.nat(5_000_000), fc.nat(1000), fc.nat(100_000), (features, bytes, moreFeatures, moreBytes) => {
        if (layerSourceKind({ featureCount: features, bytes }) === 'vector') {
          expect(layerSourceKind({ featureCount: features + moreFeatures, bytes: bytes + moreBytes })).toBe('vector');
        }
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it.each([
    ['featureCount', { featureCount: -1, bytes: 0 }],
    ['featureCount', { featureCount: Number.NaN, bytes: 0 }],
    ['bytes', { featureCount: 1, bytes: 1.5 }],
    ['bytes', { featureCount: 1, bytes: Infinity }],
  ] as const)('refuses a bad %s', (field, size) => {
    expect(() => layerSourceKind(size)).toThrow(LayerSizeError);
    expect(() => layerSourceKind(size)).toThrow(field);
  });
});
