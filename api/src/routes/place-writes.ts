/**
 * Writing places (CONTRACT.md "Places"): POST /api/features (create), PATCH /api/features/{id}
 * (JSON Merge Patch, If-Match), DELETE /api/features/{id} (retire, If-Match),
 * POST /api/features/{id}/revert {version} (If-Match), GET /api/features/{id}/history.
 * The atlas in memory is rebuilt before the answer, so the next read shows the change.
 */
import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { StoredPlace } from '../../../core/db/place-commands';
import type { Editor } from '../../../types/accounts';
import type { AtlasFeature } from '../../../types/atlas';
import { ProblemError } from '../http/problem';
import type { WriteRoute } from '../http/read-only';
import { idParam } from '../http/validate';
import { expectedVersion, featureEtag, jsonBody, reasonOf, storageProblem } from '../http/write-request';
import type { LiveAtlas } from '../../../core/store/live-atlas';
import type { WriteDeps } from './write-deps';

export const WRITE_BODY_LIMIT = '2mb';

export const writeJson = express.json({
  limit: WRITE_BODY_LIMIT,
  // RFC 7396 allows any JSON value as a patch; what is not a valid feature is refused with reasons
  strict: false,
  type: ['application/json', 'application/merge-patch+json', 'application/geo+json', 'application/*+json'],
});

/** Declared so the method guard and the small body limit let them through (http/read-only.ts). */
export const PLACE_WRITE_ROUTES: WriteRoute[] = [
  { path: '/api/features', methods: ['POST'] },
  { path: '/api/features/:id', methods: ['PATCH', 'DELETE'] },
  { path: '/api/features/:id/revert', methods: ['POST'] },
];

export function setupPlaceWrites(app: Express, deps: WriteDeps): void {
  const { live } = deps;
  const editor = editorOnly(deps);

  app.post(
    '/api/features',
    editor,
    writeJson,
    command(async (req, res) => {
      const stored = await deps.storage.createPlace(authorOf(req, res), jsonBody(req));
      await refresh(live, deps.storage);
      res.status(201).location(`/api/features/${encodeURIComponent(stored.feature.id)}`);
      sendFeature(res, live, stored);
    }),
  );

  app.patch(
    '/api/features/:featureId',
    editor,
    writeJson,
    command(async (req, res) => {
      const id = idParam(req, 'featureId');
      const version = expectedVersion(req, live.current().featureVersions?.get(id));
      const stored = await deps.storage.patchPlace(authorOf(req, res), id, jsonBody(req), version);
      await refresh(live, deps.storage);
      sendFeature(res, live, stored);
    }),
  );

  app.delete(
    '/api/features/:featureId',
    editor,
    command(async (req, res) => {
      const id = idParam(req, 'featureId');
      const version = expectedVersion(req, live.current().featureVersions?.get(id));
      await deps.storage.retirePlace(authorOf(req, res), id, version);
      await refresh(live, deps.storage);
      res.status(204).end();
    }),
  );

  app.post(
    '/api/features/:featureId/revert',
    editor,
    writeJson,
    command(async (req, res) => {
      const id = idParam(req, 'featureId');
      const body = jsonBody(req) as { version?: unknown } | null;
      const toVersion = body?.version;
      if (typeof toVersion !== 'number' || !Number.isSafeInteger(toVersion) || toVersion < 1) {
        throw new ProblemError(400, 'Send {"version": N}, a version from GET /api/features/{id}/history.', 'bad-revert');
      }
      // a retired place is not in the atlas: its version comes from the history the client read
      const current = live.current().featureVersions?.get(id) ?? (await deps.storage.readPlace(id))?.version;
      const stored = await deps.storage.revertPlace(authorOf(req, res), id, toVersion, expectedVersion(req, current));
      await refresh(live, deps.storage);
      sendFeature(res, live, stored);
    }),
  );

  app.get(
    '/api/features/:featureId/history',
    command(async (req, res) => {
      const id = idParam(req, 'featureId');
      const history = await deps.storage.readHistory(id);
      if (!history) throw new ProblemError(404, `No place has ever had the id "${id}".`, 'unknown-feature', { kind: 'feature', id });
      res.setHeader('Cache-Control', 'no-cache');
      res.json(history);
    }),
  );
}

/** 401/403 (and the CSRF check of a cookie-borne write) before anything else is read. */
export function editorOnly(deps: WriteDeps): RequestHandler {
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

function sendFeature(res: Response, live: LiveAtlas, stored: StoredPlace): void {
  const served: AtlasFeature = live.current().featureById.get(stored.feature.id) ?? {
    ...stored.feature,
    properties: { ...stored.feature.properties, passageIds: [] },
  };
  res.setHeader('ETag', featureEtag(stored.version, live.revision));
  res.setHeader('Cache-Control', 'no-cache');
  res.json(served);
}
