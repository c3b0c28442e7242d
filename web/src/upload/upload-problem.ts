/**
 * What went wrong with an upload, in the planner's words: an HTTP answer (status and its
 * problem+json body) becomes one kind of trouble with what the message needs (the limit, the
 * existing document to open instead). The messages themselves are in upload-strings.ts.
 */

export type UploadTroubleKind =
  | 'too-large' // 413: over the size limit, or a Word file that expands too far
  | 'unsupported' // 415: not a format the atlas reads
  | 'duplicate' // 409: these bytes are already a document
  | 'unreadable' // 422: a scanned PDF without text, too many pages, text that will not decode
  | 'signed-out' // 401
  | 'forbidden' // 403: signed in without the editor role, or the session's CSRF token is stale
  | 'failed' // processing ended `failed`
  | 'network' // no answer at all
  | 'other';

export interface UploadTrouble {
  kind: UploadTroubleKind;
  status: number;
  /** the server's own sentence (English), shown under ours */
  detail: string | null;
  /** 409: the document that already holds these bytes */
  existingId: string | null;
}

/** The problem members a server may use to name the existing document, first match wins. */
const EXISTING_ID_MEMBERS = ['existingId', 'existingDocumentId', 'documentId', 'id'] as const;
const DOCUMENT_ID = /\b(doc-[a-z0-9][a-z0-9-]*)/;

export function uploadTrouble(status: number, problem: unknown): UploadTrouble {
  const body = problem && typeof problem === 'object' ? (problem as Record<string, unknown>) : {};
  const detail = typeof body.detail === 'string' ? body.detail : null;
  const kind = KIND_BY_STATUS[status] ?? (status === 0 ? 'network' : 'other');
  let existingId: string | null = null;
  if (kind === 'duplicate') {
    for (const member of EXISTING_ID_MEMBERS) {
      const value = body[member];
      if (typeof value === 'string' && value) {
        existingId = value;
        break;
      }
    }
    existingId ??= DOCUMENT_ID.exec(detail ?? '')?.[1] ?? null;
  }
  return { kind, status, detail, existingId };
}

/** A document whose processing ended `failed`, with the problem object in `error`. */
export function processingTrouble(error: unknown): UploadTrouble {
  const body = error && typeof error === 'object' ? (error as Record<string, unknown>) : {};
  const status = typeof body.status === 'number' ? body.status : 422;
  return { kind: 'failed', status, detail: typeof body.detail === 'string' ? body.detail : null, existingId: null };
}

const KIND_BY_STATUS: Record<number, UploadTroubleKind> = {
  401: 'signed-out',
  403: 'forbidden',
  409: 'duplicate',
  413: 'too-large',
  415: 'unsupported',
  422: 'unreadable',
};

/** The contract's limit (20 MiB), checked before a byte is sent: the answer would be 413 anyway. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The extensions the server reads; the file picker offers these. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'] as const;

/** Trouble known before uploading (size, extension), or null. */
export function troubleBeforeUpload(file: { name: string; size: number }): UploadTrouble | null {
  if (file.size > MAX_UPLOAD_BYTES) return { kind: 'too-large', status: 413, detail: null, existingId: null };
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot).toLowerCase();
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) return { kind: 'unsupported', status: 415, detail: null, existingId: null };
  return null;
}
