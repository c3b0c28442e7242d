/**
 * Watches an uploaded document: polls GET /api/documents/{id} while it is `processing`, stops at
 * `ready` or `failed` (or when the id changes). A document without `status` (a seed) is ready.
 */
import { useCallback, useEffect, useState } from 'react';
import { documentWrites, WriteRefused, type UploadedDocument } from '../api/document-writes';
import { uploadTrouble, type UploadTrouble } from './upload-problem';

export const POLL_INTERVAL_MS = 400;

export interface DocumentWatch {
  document: UploadedDocument | null;
  trouble: UploadTrouble | null;
  /** fetches the document again (after its metadata changed) */
  reload: () => void;
}

export function useDocumentStatus(documentId: string | null): DocumentWatch {
  const [document, setDocument] = useState<UploadedDocument | null>(null);
  const [trouble, setTrouble] = useState<UploadTrouble | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!documentId) return;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    setTrouble(null);
    const poll = async () => {
      try {
        const next = await documentWrites.status(documentId, abort.signal);
        setDocument(next);
        if (next.status === 'processing') timer = setTimeout(poll, POLL_INTERVAL_MS);
      } catch (err) {
        if (abort.signal.aborted) return;
        setTrouble(err instanceof WriteRefused ? err.trouble : uploadTrouble(0, null));
      }
    };
    void poll();
    return () => {
      abort.abort();
      clearTimeout(timer);
    };
  }, [documentId, attempt]);

  useEffect(() => setDocument(null), [documentId]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { document: document?.id === documentId ? document : null, trouble, reload };
}
