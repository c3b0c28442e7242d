import type { IRouter } from 'express';
import { prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { documentMeta, type AtlasStore } from '../store/atlas-store';

export function setupDocuments(app: IRouter, store: AtlasStore): void {
  const list = prepareJson(store.documents.map(documentMeta));
  const bodies = new Map<string, PreparedBody>(store.documents.map((d) => [d.id, prepareJson(d)]));

  app.get('/api/documents', (req, res) => sendPrepared(req, res, list));
  app.get('/api/documents/:documentId', (req, res) => {
    const id = idParam(req, 'documentId');
    const body = bodies.get(id);
    if (!body) throw new NotFoundError('document', id);
    sendPrepared(req, res, body);
  });
}
