/** The document list (titles, dates), fetched once for panels that name their sources. */
import { useEffect, useState } from 'react';
import type { DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';

export function useDocuments(): DocumentMeta[] {
  const [documents, setDocuments] = useState<DocumentMeta[]>([]);
  useEffect(() => {
    const abort = new AbortController();
    api.documents(abort.signal).then(setDocuments, () => undefined);
    return () => abort.abort();
  }, []);
  return documents;
}
