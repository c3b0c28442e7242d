/**
 * How every write route runs (places, links, documents, proposals): the editor check first (401,
 * 403, CSRF), then the JSON body, then the command with its author and reason; a storage refusal
 * becomes its problem+json, and the atlas is rebuilt before the answer, so the next read shows it.
 */
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { StoredPlace } from '../../../core/db/place-commands';
import type { LiveAtlas } from '../../../core/store/live-atlas';
import type { Editor } from '../../../types/accounts';
import type { AtlasFeature } from '../../../types/atlas';
import { featureEtag, reasonOf, storageProblem } from '../http/write-request';
import type { WriteDeps } from './write-deps';

export const WRITE_BODY_LIMIT = '2mb';

const writeJson = express.json({
  limit: WRITE_BODY_LIMIT,
  // RFC 7396 allows any JSON value as a patch; what is not a valid feature is refused with reasons
  strict: false,
  type: ['application/json', 'application/merge-patch+json', 'application/geo+json', 'application/*+json'],
});

/** 401/403 (and the CSRF check of a cookie-borne write) before anything else is read. */
function editorOnly(deps: WriteDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      await deps.auth.requireEditor(req, res, next);
    } catch (error) {
      // the account lookup needs the database too: down, it is a 503 like the write
      throw storageProblem(error, res);
    }
  };
}

export function authorOf(req: Request, res: Response): { by: string; reason: string | null } {
  return { by: (res.locals.editor as Editor).name, reason: reasonOf(req) };
}

/** Runs a write handler; a storage refusal becomes its problem+json. */
export function command(handler: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      throw storageProblem(error, res);
    }
  };
}

/**
 * Waits until the atlas shows every write this process committed (the revision of the last one, not
 * "a state read after now": a rebuild the write's own change notice started already shows it, and
 * waiting for a second would double the time to visible). The write is committed; a failed rebuild
 * must not turn it into an error (the next change retries).
 */
export async function refresh(live: LiveAtlas, storage: { committedRevision: number }): Promise<void> {
  await live.refresh(storage.committedRevision || undefined).catch((error) => console.error('[atlas] rebuilding after a write failed:', error));
}

export interface EditorWriteOptions {
  /** parse the body as JSON first (default: yes, but for DELETE); no for a body the handler reads itself */
  json?: boolean;
}

/**
 * Registers an editor's writes on `app`: `write(method, path, handler)` runs the editor check,
 * then (unless told otherwise) the JSON body parser, then the handler as a command.
 */
export function editorWrites(app: Express, deps: WriteDeps) {
  const editor = editorOnly(deps);
  return (method: 'post' | 'patch' | 'delete', path: string, handler: (req: Request, res: Response) => Promise<void>, options: EditorWriteOptions = {}): void => {
    const json = options.json ?? method !== 'delete';
    app[method](path, editor, ...(json ? [writeJson] : []), command(handler));
  };
}

/** A written place as GET /api/features/{id} serves it, with its ETag (no passages yet if the atlas lacks it). */
export function sendFeature(res: Response, live: LiveAtlas, stored: StoredPlace): void {
  const served: AtlasFeature = live.current().featureById.get(stored.feature.id) ?? {
    ...stored.feature,
    properties: { ...stored.feature.properties, passageIds: [] },
  };
  res.setHeader('ETag', featureEtag(stored.version, live.revision));
  res.setHeader('Cache-Control', 'no-cache');
  res.json(served);
}
