import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPAIR_NAMES } from '../../../core/corpus/repair-report';
import { openWriteApp, type WriteApp } from '../../test/support/write-app';

const TEXT = ['乌镇新规划', '', '  乌镇位于桐乡市北端，是江南', '水乡古镇。乌镇云舟宾客中心', '位于乌镇。  ', ''].join('\n');

describe('GET /api/documents/{id}/report', () => {
  let w: WriteApp;
  let readyId: string;
  let processingId: string;
  beforeAll(async () => {
    w = await openWriteApp('pglite');
    const author = { by: 'li' };
    const minNumber = 900;
    const base = { format: 'txt', encoding: 'utf-8', warnings: [], meta: {}, minNumber };
    const ready = await w.storage.createDocument(author, { ...base, bytes: new TextEncoder().encode(TEXT), fileName: 'plan.txt', sourceText: TEXT });
    await w.storage.finishDocument(ready.id, { status: 'ready' });
    readyId = ready.id;
    const pending = await w.storage.createDocument(author, { ...base, bytes: new TextEncoder().encode('x'), fileName: 'x.txt', sourceText: '乌镇' });
    processingId = pending.id;
    await w.live.refresh();
  });
  afterAll(async () => w?.close());

  it('answers the repairs of a ready uploaded document: every repair named, the hard wrap joined', async () => {
    const response = await request(w.app).get(`/api/documents/${readyId}/report`).expect(200);
    expect(response.body.documentId).toBe(readyId);
    expect(Object.keys(response.body.repairs)).toEqual([...REPAIR_NAMES]);
    expect(response.body.repairs['join-hard-wraps'].count).toBeGreaterThan(0);
    expect(response.body.repairs['trim-whitespace'].removedText).toContain('  ');
    // the same answer the second time (kept, not re-ingested into something else)
    expect((await request(w.app).get(`/api/documents/${readyId}/report`).expect(200)).body).toEqual(response.body);
  });

  it('is in the OpenAPI document of a server with the database', async () => {
    const response = await request(w.app).get('/api/openapi.json').expect(200);
    expect(response.body.paths['/api/documents/{documentId}/report'].get.responses[200]).toBeDefined();
  });

  it('is a 404 problem for a document still processing, a seed, or no document', async () => {
    for (const id of [processingId, 'doc-000', 'doc-nothing']) {
      const response = await request(w.app).get(`/api/documents/${id}/report`).expect(404);
      expect(response.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});
