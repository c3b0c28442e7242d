/**
 * GeoJSON or vector tiles for a layer. A GeoJSON source is parsed and copied to MapLibre's
 * worker on the main thread, in time that grows with its size; vector tiles arrive a tile at a
 * time and cost about the same whatever the layer holds. Measured by scripts/bench/scale-bench.ts
 * (docs/benchmarks.md, "GeoJSON or vector tiles"): up to here a layer hands over in ≈ 50 ms.
 * The server applies it (layer-delivery.ts) and says in each layer descriptor which to use.
 */

export interface LayerSourceThreshold {
  maxGeoJsonFeatures: number;
  maxGeoJsonBytes: number;
}

export const LAYER_SOURCE_THRESHOLD: LayerSourceThreshold = {
  /** features a GeoJSON source may hold: at 10,000 points parsing took 26–28 ms, then the copy to the worker */
  maxGeoJsonFeatures: 10_000,
  /** bytes of uncompressed GeoJSON: parse cost follows bytes (≈ 13 ms per MB), and polygons carry many per feature */
  maxGeoJsonBytes: 2_000_000,
};

export type LayerSourceKind = 'geojson' | 'vector';

export interface LayerSize {
  featureCount: number;
  /** the layer's GeoJSON, uncompressed */
  bytes: number;
}

export class LayerSizeError extends RangeError {
  constructor(
    readonly field: keyof LayerSize,
    readonly value: unknown,
  ) {
    super(`layer ${field} must be a whole number ≥ 0, not ${String(value)}`);
    this.name = 'LayerSizeError';
  }
}

/** 'vector' as soon as either measure passes its threshold; 'geojson' otherwise. */
export function layerSourceKind(size: LayerSize, threshold: LayerSourceThreshold = LAYER_SOURCE_THRESHOLD): LayerSourceKind {
  for (const field of ['featureCount', 'bytes'] as const) {
    const value = size[field];
    if (!Number.isSafeInteger(value) || value < 0) throw new LayerSizeError(field, value);
  }
  return size.featureCount > threshold.maxGeoJsonFeatures || size.bytes > threshold.maxGeoJsonBytes ? 'vector' : 'geojson';
}
