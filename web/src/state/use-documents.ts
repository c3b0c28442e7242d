/** The document list (titles, dates), fetched once for panels that name their sources. */
import type { DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';

const NONE: DocumentMeta[] = [];

export function useDocuments(): DocumentMeta[] {
  // without the list, panels fall back to document ids; the layers' banner reports an API that is away
  return useApiResource((signal) => api.documents(signal), []).data ?? NONE;
}
