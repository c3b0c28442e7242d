/** The document list (titles, dates) for panels that name their sources; fetched again when `version` changes (a document added or removed). */
import type { DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';

const NONE: DocumentMeta[] = [];

export function useDocuments(version = 0): DocumentMeta[] {
  // without the list, panels fall back to document ids; the layers' banner reports an API that is away
  return useApiResource((signal) => (version === 0 ? api.documents(signal) : api.fresh.documents(signal)), [version]).data ?? NONE;
}
