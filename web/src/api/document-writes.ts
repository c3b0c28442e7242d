/**
 * The calls of "Add document": upload (XMLHttpRequest, for its upload progress events), the
 * document's processing status, its metadata, removal, its repair report and its proposals.
 * Writes ride on the session cookie and carry the session's CSRF token.
 */
import type { AtlasDocument } from '../../../types/atlas';
import type { RepairReport } from '../../../types/repair-report';
import type { Proposal } from '../upload/proposal-feature';
import { uploadTrouble, type UploadTrouble } from '../upload/upload-problem';

export type ProcessingStatus = 'processing' | 'ready' | 'failed';

/** GET /api/documents/{id} of an uploaded document: passages arrive once it is ready. */
export interface UploadedDocument extends Partial<AtlasDocument> {
  id: string;
  status?: ProcessingStatus;
  /** a problem object when `failed` */
  error?: { status?: number; title?: string; detail?: string } | null;
}

export interface DocumentMetadata {
  title: string | null;
  authors: string[];
  publisher: string | null;
  date: string | null;
}

/** A refused write, with its problem in the planner's terms. */
export class WriteRefused extends Error {
  constructor(readonly trouble: UploadTrouble) {
    super(trouble.detail ?? `HTTP ${trouble.status}`);
    this.name = 'WriteRefused';
  }
}

async function refusal(response: Response): Promise<WriteRefused> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // not a problem+json body
  }
  return new WriteRefused(uploadTrouble(response.status, body));
}

async function send<T>(method: string, url: string, csrf: Record<string, string>, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', ...csrf };
  const init: RequestInit = { method, headers, credentials: 'same-origin', signal };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (!response.ok) throw await refusal(response);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

const documentUrl = (id: string) => `/api/documents/${encodeURIComponent(id)}`;
const proposalUrl = (id: string, action: 'accept' | 'reject') => `/api/proposals/${encodeURIComponent(id)}/${action}`;

export interface UploadHandle {
  /** the new document's id and status (202) */
  done: Promise<{ id: string; status: ProcessingStatus }>;
  abort(): void;
}

/** Sends the file as multipart/form-data; `onProgress` gets the fraction of bytes sent. */
export function uploadDocument(
  file: File,
  metadata: Partial<Record<'title' | 'authors' | 'publisher' | 'date', string>>,
  csrf: Record<string, string>,
  onProgress: (fraction: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [key, value] of Object.entries(metadata)) if (value && value.trim()) form.append(key, value.trim());
  const done = new Promise<{ id: string; status: ProcessingStatus }>((resolve, reject) => {
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // keep null: the status decides
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof (body as { id?: unknown }).id === 'string') {
        onProgress(1);
        resolve(body as { id: string; status: ProcessingStatus });
      } else reject(new WriteRefused(uploadTrouble(xhr.status, body)));
    });
    xhr.addEventListener('error', () => reject(new WriteRefused(uploadTrouble(0, null))));
    xhr.addEventListener('abort', () => reject(new DOMException('upload cancelled', 'AbortError')));
  });
  xhr.open('POST', '/api/documents');
  xhr.setRequestHeader('Accept', 'application/json');
  for (const [key, value] of Object.entries(csrf)) xhr.setRequestHeader(key, value);
  xhr.send(form);
  return { done, abort: () => xhr.abort() };
}

export const documentWrites = {
  /** no cache: a poll must see the status change */
  status: async (id: string, signal?: AbortSignal): Promise<UploadedDocument> => {
    const response = await fetch(documentUrl(id), { signal, cache: 'no-store', headers: { Accept: 'application/json' } });
    if (!response.ok) throw await refusal(response);
    return (await response.json()) as UploadedDocument;
  },
  updateMetadata: (id: string, patch: Partial<DocumentMetadata>, csrf: Record<string, string>) => send<UploadedDocument>('PATCH', documentUrl(id), csrf, patch),
  remove: (id: string, csrf: Record<string, string>) => send<void>('DELETE', documentUrl(id), csrf),
  /** the ingestion's account of what it repaired (per kind, before and after) */
  report: (id: string, signal?: AbortSignal) => send<RepairReport>('GET', `${documentUrl(id)}/report`, {}, undefined, signal),
  proposals: (documentId: string, signal?: AbortSignal) =>
    send<Proposal[]>('GET', `/api/proposals?documentId=${encodeURIComponent(documentId)}`, {}, undefined, signal),
  accept: (proposalId: string, feature: GeoJSON.Feature, csrf: Record<string, string>) => send<GeoJSON.Feature>('POST', proposalUrl(proposalId, 'accept'), csrf, feature),
  reject: (proposalId: string, csrf: Record<string, string>) => send<void>('POST', proposalUrl(proposalId, 'reject'), csrf),
};
