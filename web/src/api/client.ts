/**
 * The web app's only door to the API. Every call takes an AbortSignal so a superseded request
 * (a search typed on, a feature clicked away) is cancelled, not raced.
 */
import type { SearchResponse } from '../../../types/search-response';
import type {
  AtlasDocument,
  AtlasFeatureCollection,
  ClaimMeasure,
  Discrepancy,
  DocumentMeta,
  FeatureWithPassages,
  LayerDescriptor,
  ServedClaim,
} from '../../../types/atlas';
import type { BasemapInfo } from '../../../types/basemap';

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

/**
 * Answers requested before React mounts (prefetchLayers, from main.tsx), each handed to the first
 * caller of the same URL: the layer data is then on its way while MapLibre and React are parsed.
 */
const early = new Map<string, Promise<unknown>>();

function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const pending = early.get(url);
  if (pending) {
    early.delete(url);
    return pending as Promise<T>;
  }
  return fetchJson<T>(url, signal);
}

function remember(url: string, answer: Promise<unknown>): Promise<unknown> {
  // a prefetch nobody takes (the page closed) must not surface as an unhandled rejection
  answer.catch(() => undefined);
  early.set(url, answer);
  return answer;
}

const layerUrl = (id: string) => `/api/layers/${encodeURIComponent(id)}`;

/** Starts the requests the map needs first: the layer list, then every layer drawn from GeoJSON. */
export function prefetchLayers(): void {
  const list = fetchJson<LayerDescriptor[]>('/api/layers');
  remember('/api/layers', list);
  list.then(
    (descriptors) => {
      for (const d of descriptors) if (d.delivery !== 'vector') remember(layerUrl(d.id), fetchJson(layerUrl(d.id)));
    },
    () => undefined,
  );
}

async function fetchJson<T>(url: string, signal?: AbortSignal, cache: RequestCache = 'default'): Promise<T> {
  const response = await fetch(url, { signal, cache, headers: { Accept: 'application/json' } });
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

export type { SearchPassage, SearchResponse } from '../../../types/search-response';

export const api = {
  layers: (signal?: AbortSignal) => getJson<LayerDescriptor[]>('/api/layers', signal),
  /** the basemap archive in use and how to set up its source (issue 19) */
  basemap: (signal?: AbortSignal) => getJson<BasemapInfo>('/api/basemap', signal),
  layer: (id: string, signal?: AbortSignal) => getJson<AtlasFeatureCollection>(layerUrl(id), signal),
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
  /** past any prefetch and revalidated: the state after a write */
  fresh: {
    documents: (signal?: AbortSignal) => fetchJson<DocumentMeta[]>('/api/documents', signal, 'no-cache'),
  },
  /** where documents differ, for every place or for one */
  discrepancies: (featureId?: string, signal?: AbortSignal) =>
    getJson<Discrepancy[]>(`/api/discrepancies${featureId ? `?feature=${encodeURIComponent(featureId)}` : ''}`, signal),
};
