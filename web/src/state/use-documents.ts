/** The document list (titles, dates) for panels that name their sources; fetched again when `version` changes (a document added or removed). */
import { useEffect, useState } from 'react';
import type { DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';

export function useDocuments(version = 0): DocumentMeta[] {
  const [documents, setDocuments] = useState<DocumentMeta[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    (version === 0 ? api.documents(abort.signal) : api.fresh.documents(abort.signal)).then(setDocuments, () => undefined);
    return () => abort.abort();
  }, [version]);
  return documents;
}
