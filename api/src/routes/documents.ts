/**
 * GET /api/documents and GET /api/documents/{id}: every document with its `status` (`ready` for
 * the corpus folder's and for processed uploads; `processing` or `failed`, with its problem in
 * `error`, for uploads not in the atlas), answered from the current atlas snapshot.
 */
import type { Express } from 'express';
import { prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { perSnapshot, type AtlasSource } from '../../../core/store/atlas-source';
import { documentMeta } from '../../../core/store/atlas-store';
import { documentBody } from './document-writes';

export function setupDocuments(app: Express, source: AtlasSource): void {
  const prepared = perSnapshot(source, (store) => {
    const bodies = new Map<string, PreparedBody>();
    const list: unknown[] = [];
    for (const document of store.documents) {
      const body = documentBody(document, store.uploads?.get(document.id), document.id) as Record<string, unknown>;
      bodies.set(document.id, prepareJson(body));
      const { passages: _passages, ...meta } = body;
      list.push({ ...documentMeta(document), ...meta });
    }
    // uploads the atlas does not hold (yet): processing, or failed
    for (const stored of store.uploads?.values() ?? []) {
      if (bodies.has(stored.id)) continue;
      const body = documentBody(undefined, stored, stored.id) as Record<string, unknown>;
      bodies.set(stored.id, prepareJson(body));
      const { passages: _passages, ...meta } = body;
      list.push(meta);
    }
    return { list: prepareJson(list), bodies };
  });

  app.get('/api/documents', (req, res) => sendPrepared(req, res, prepared().list));
  app.get('/api/documents/:documentId', (req, res) => {
    const id = idParam(req, 'documentId');
    const body = prepared().bodies.get(id);
    if (!body) throw new NotFoundError('document', id);
    sendPrepared(req, res, body);
  });
}
