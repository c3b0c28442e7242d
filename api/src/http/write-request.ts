/**
 * What every write request must carry, checked the same way on each route: an editor (401
 * without credentials, 403 without the role), the version it saw (`If-Match`: 428 without it),
 * and an optional reason (`X-Atlas-Reason`, percent-encoded UTF-8). Storage refusals become
 * problem+json with their status: stale 412, invalid 400, unknown 404, clash 409, database down 503.
 */
import type { Request, Response } from 'express';
import {
  ConflictError,
  DuplicateDocumentError,
  NotFoundError as StorageNotFound,
  PreconditionFailedError,
  UnavailableError,
  ValidationError,
} from '../../../core/db/storage-errors';
import { ProblemError } from './problem';

export const REASON_HEADER = 'x-atlas-reason';
export const MAX_REASON_LENGTH = 2000;

/** The reason a write gives, decoded; null when none. */
export function reasonOf(req: Request): string | null {
  const header = req.headers[REASON_HEADER];
  if (header === undefined) return null;
  const raw = Array.isArray(header) ? header.join(',') : header;
  let reason: string;
  try {
    reason = decodeURIComponent(raw);
  } catch {
    throw new ProblemError(400, 'X-Atlas-Reason must be percent-encoded UTF-8 (encodeURIComponent).', 'bad-reason');
  }
  if (reason.length > MAX_REASON_LENGTH) throw new ProblemError(400, `X-Atlas-Reason is longer than ${MAX_REASON_LENGTH} characters.`, 'bad-reason');
  return reason.trim() || null;
}

/**
 * A feature's ETag: its version, and the atlas revision so a cached answer (with its passages)
 * is revalidated after any write. `If-Match` compares the version only.
 */
export function featureEtag(version: number, revision: number): string {
  return `"v${version}-r${revision}"`;
}

const ETAG_PATTERN = /^"v(\d{1,9})(?:-r\d{1,12})?"$/;

/**
 * The version the writer saw, from `If-Match`: 428 without the header; a tag that names no
 * version of ours, or a weak one, can never match (412). `*` means the current version.
 */
export function expectedVersion(req: Request, currentVersion: number | undefined): number {
  const header = req.headers['if-match'];
  if (header === undefined || header.trim() === '') {
    throw new ProblemError(428, 'Send If-Match with the ETag you last read (GET /api/features/{id}), so that no one else’s change is overwritten.', 'precondition-required');
  }
  const tags = header.split(',').map((tag) => tag.trim());
  if (tags.includes('*') && currentVersion !== undefined) return currentVersion;
  const versions = tags.map((tag) => ETAG_PATTERN.exec(tag)).filter((m) => m !== null).map((m) => Number(m[1]));
  if (versions.length === 0) throw new ProblemError(412, `If-Match names no version of this place (${header.slice(0, 60)}).`, 'precondition-failed', { currentVersion });
  return currentVersion !== undefined && versions.includes(currentVersion) ? currentVersion : versions[0];
}

/** Turns a storage refusal into the problem the client gets; anything else is rethrown as it is. */
export function storageProblem(error: unknown, res: Response): unknown {
  if (error instanceof PreconditionFailedError) {
    return new ProblemError(412, `The place changed since you read it: it is at version ${error.currentVersion}, you sent ${error.expectedVersion}. Read it again.`, 'precondition-failed', {
      currentVersion: error.currentVersion,
    });
  }
  if (error instanceof ValidationError) return new ProblemError(400, `${error.subject} is not valid: ${error.problems.join('; ')}`, 'invalid-write', { problems: error.problems });
  if (error instanceof StorageNotFound) return new ProblemError(404, `No ${error.kind} "${error.id.slice(0, 80)}".`, `unknown-${error.kind}`, { id: error.id.slice(0, 80) });
  if (error instanceof DuplicateDocumentError) {
    return new ProblemError(409, `This file was uploaded before: it is document ${error.existingId}.`, 'duplicate-document', { existingId: error.existingId }, {
      Location: `/api/documents/${error.existingId}`,
    });
  }
  if (error instanceof ConflictError) return new ProblemError(409, error.message, 'conflict');
  if (error instanceof UnavailableError) {
    res.setHeader('Retry-After', '5');
    return new ProblemError(503, 'The database is unavailable; nothing was written. Try again shortly.', 'database-unavailable');
  }
  return error;
}

/** The JSON body of a write, or 400/415 when there is none. */
export function jsonBody(req: Request): unknown {
  if (!req.is(['application/json', 'application/merge-patch+json', 'application/geo+json', 'application/*+json'])) {
    throw new ProblemError(415, 'Send the body as JSON (Content-Type: application/json, or application/merge-patch+json for PATCH).', 'unsupported-media-type');
  }
  return req.body;
}
