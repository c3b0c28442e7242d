/**
 * The web app's only door to the API. Every call takes an AbortSignal so a superseded request
 * (a search typed on, a feature clicked away) is cancelled, not raced.
 */
import type {
  AtlasDocument,
  AtlasFeature,
  AtlasFeatureCollection,
  ClaimMeasure,
  Discrepancy,
  DocumentMeta,
  FeatureWithPassages,
  LayerDescriptor,
  Passage,
  ServedClaim,
} from '../../../types/atlas';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
  ) {
    super(detail);
    this.name = 'ApiError';
  }
}

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = (await response.json()) as { detail?: string };
      if (problem.detail) detail = problem.detail;
    } catch {
      // not a problem+json body: keep the status line
    }
    throw new ApiError(response.status, url, detail);
  }
  return (await response.json()) as T;
}

export interface SearchPassage extends Passage {
  snippet: { text: string; start: number; end: number; truncatedStart: boolean; truncatedEnd: boolean };
  documentTitle: string | null;
}

export interface SearchResponse {
  query: string;
  features: AtlasFeature[];
  passages: SearchPassage[];
}

export const api = {
  layers: (signal?: AbortSignal) => getJson<LayerDescriptor[]>('/api/layers', signal),
  layer: (id: string, signal?: AbortSignal) => getJson<AtlasFeatureCollection>(`/api/layers/${encodeURIComponent(id)}`, signal),
  feature: (id: string, signal?: AbortSignal) => getJson<FeatureWithPassages>(`/api/features/${encodeURIComponent(id)}`, signal),
  documents: (signal?: AbortSignal) => getJson<DocumentMeta[]>('/api/documents', signal),
  document: (id: string, signal?: AbortSignal) => getJson<AtlasDocument>(`/api/documents/${encodeURIComponent(id)}`, signal),
  search: (q: string, limit: number, signal?: AbortSignal) =>
    getJson<SearchResponse>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`, signal),
  /** a place's figures and dates, by document date (issue 10) */
  claims: (featureId: string, signal?: AbortSignal) =>
    getJson<ServedClaim[]>(`/api/features/${encodeURIComponent(featureId)}/claims`, signal),
  /** every claim, or those of one measure (for the facts layer) */
  allClaims: (measure?: ClaimMeasure, signal?: AbortSignal) =>
    getJson<ServedClaim[]>(`/api/claims${measure ? `?measure=${encodeURIComponent(measure)}` : ''}`, signal),
  /** where documents differ, for every place or for one */
  discrepancies: (featureId?: string, signal?: AbortSignal) =>
    getJson<Discrepancy[]>(`/api/discrepancies${featureId ? `?feature=${encodeURIComponent(featureId)}` : ''}`, signal),
};
