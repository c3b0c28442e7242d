import type { Express } from 'express';
import { prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { perSnapshot, type AtlasSource } from '../../../core/store/atlas-source';
import { documentMeta } from '../../../core/store/atlas-store';

export function setupDocuments(app: Express, source: AtlasSource): void {
  const prepared = perSnapshot(source, (store) => ({
    list: prepareJson(store.documents.map(documentMeta)),
    bodies: new Map<string, PreparedBody>(store.documents.map((d) => [d.id, prepareJson(d)])),
  }));

  app.get('/api/documents', (req, res) => sendPrepared(req, res, prepared().list));
  app.get('/api/documents/:documentId', (req, res) => {
    const id = idParam(req, 'documentId');
    const body = prepared().bodies.get(id);
    if (!body) throw new NotFoundError('document', id);
    sendPrepared(req, res, body);
  });
}
