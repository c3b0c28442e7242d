/**
 * Writing places (CONTRACT.md "Places"): POST /api/features (create), PATCH /api/features/{id}
 * (JSON Merge Patch, If-Match), DELETE /api/features/{id} (retire, If-Match),
 * POST /api/features/{id}/revert {version} (If-Match), GET /api/features/{id}/history.
 * The atlas in memory is rebuilt before the answer, so the next read shows the change.
 */
import type { Express } from 'express';
import { ProblemError } from '../http/problem';
import type { WriteRoute } from '../http/read-only';
import { idParam } from '../http/validate';
import { expectedVersion, jsonBody } from '../http/write-request';
import { authorOf, command, editorWrites, refresh, sendFeature } from './write-handlers';
import type { WriteDeps } from './write-deps';

/** Declared so the method guard and the small body limit let them through (http/read-only.ts). */
export const PLACE_WRITE_ROUTES: WriteRoute[] = [
  { path: '/api/features', methods: ['POST'] },
  { path: '/api/features/:id', methods: ['PATCH', 'DELETE'] },
  { path: '/api/features/:id/revert', methods: ['POST'] },
];

export function setupPlaceWrites(app: Express, deps: WriteDeps): void {
  const { live } = deps;
  const write = editorWrites(app, deps);

  write('post', '/api/features', async (req, res) => {
    const stored = await deps.storage.createPlace(authorOf(req, res), jsonBody(req));
    await refresh(live, deps.storage);
    res.status(201).location(`/api/features/${encodeURIComponent(stored.feature.id)}`);
    sendFeature(res, live, stored);
  });

  write('patch', '/api/features/:featureId', async (req, res) => {
    const id = idParam(req, 'featureId');
    const version = expectedVersion(req, live.current().featureVersions?.get(id));
    const stored = await deps.storage.patchPlace(authorOf(req, res), id, jsonBody(req), version);
    await refresh(live, deps.storage);
    sendFeature(res, live, stored);
  });

  write('delete', '/api/features/:featureId', async (req, res) => {
    const id = idParam(req, 'featureId');
    const version = expectedVersion(req, live.current().featureVersions?.get(id));
    await deps.storage.retirePlace(authorOf(req, res), id, version);
    await refresh(live, deps.storage);
    res.status(204).end();
  });

  write('post', '/api/features/:featureId/revert', async (req, res) => {
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
  });

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
