/**
 * Which places a planner sees: chosen layers, narrowed by lifecycle status, position precision
 * and the documents that cite them. One definition for the browser (the map, the counts, the
 * keyboard list, the export link) and the server (GET /api/export), so they cannot disagree:
 * `matches` tests a feature, `toExpression` is the same test as a MapLibre filter over a place's
 * map properties (types/map-properties.ts; GeoJSON and vector tiles alike), `toQuery` the same
 * test as /api/export's query.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { AtlasFeature, Precision, Status } from './atlas';
import { docsNeedle } from './map-properties';
import { isPassageOf } from './passage-id';

export interface FeatureFilterSpec {
  /** null: every layer */
  layers?: string[] | null;
  /** null: any status */
  statuses?: Status[] | null;
  precisions?: Precision[] | null;
  /** keep places cited by a passage of at least one of these documents; null: any */
  documents?: string[] | null;
}

export class FeatureFilter {
  readonly layers: string[] | null;
  readonly statuses: Status[] | null;
  readonly precisions: Precision[] | null;
  readonly documents: string[] | null;

  constructor(spec: FeatureFilterSpec = {}) {
    this.layers = spec.layers ?? null;
    this.statuses = spec.statuses ?? null;
    this.precisions = spec.precisions ?? null;
    this.documents = spec.documents ?? null;
  }

  /** True when something is narrowed (layers aside: the map shows and hides those itself). */
  isFiltering(): boolean {
    return Boolean(this.statuses || this.precisions || this.documents);
  }

  matches(feature: AtlasFeature): boolean {
    const p = feature.properties;
    if (this.layers && !this.layers.includes(p.layer)) return false;
    if (this.statuses && !this.statuses.includes(p.status)) return false;
    if (this.precisions && !this.precisions.includes(p.precision)) return false;
    const documents = this.documents;
    if (documents && !p.passageIds.some((id) => documents.some((doc) => isPassageOf(id, doc)))) return false;
    return true;
  }

  /** The same test over map properties, for every map layer; null when nothing is filtered. */
  toExpression(): FilterSpecification | null {
    const parts: ExpressionSpecification[] = [];
    if (this.layers) parts.push(['in', ['get', 'layer'], ['literal', this.layers]]);
    if (this.statuses) parts.push(['in', ['get', 'status'], ['literal', this.statuses]]);
    if (this.precisions) parts.push(['in', ['get', 'precision'], ['literal', this.precisions]]);
    if (this.documents) {
      const tests: ExpressionSpecification[] = this.documents.map((doc) => ['in', docsNeedle(doc), ['get', 'docs']]);
      parts.push(tests.length === 1 ? tests[0] : ['any', ...tests]);
    }
    return parts.length === 0 ? null : parts.length === 1 ? parts[0] : ['all', ...parts];
  }

  /** /api/export's query for the same places (`layers`, `status`, `precision`, `document`). */
  toQuery(): URLSearchParams {
    const params = new URLSearchParams();
    if (this.layers) params.set('layers', this.layers.join(','));
    if (this.statuses) params.set('status', this.statuses.join(','));
    if (this.precisions) params.set('precision', this.precisions.join(','));
    if (this.documents) params.set('document', this.documents.join(','));
    return params;
  }

  /** The same filter with other layers (the map's visible ones, say). */
  withLayers(layers: string[] | null): FeatureFilter {
    return new FeatureFilter({ ...this, layers });
  }
}
