import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeText,
  makeBlankPdf,
  makeScanLikePdf,
  makeWrappedDocx,
  makeWrappedPdf,
  makeZipBomb,
  PNG_BYTES,
  readPlan,
} from '../../../core/formats/test/fixtures';
import { ENGINES } from '../../../core/db/testing/test-databases';
import type { AtlasDocument } from '../../../types/atlas';
import { openWriteApp, type WriteApp } from '../../test/support/write-app';

/** An uploaded planning note: a place the atlas does not know (located in 乌镇), a known park with a 31 km² figure. */
const NOTE = [
  '乌镇云舟宾客中心建成开放',
  '',
  '乌镇云舟宾客中心位于乌镇，紧邻京杭大运河，是游客进入景区的第一站。',
  '',
  '世界互联网产业园规划面积31平方公里，园区企业超过三百家。',
  '',
].join('\n');

/** A second document naming the same new place: accepting the proposal must link it here too. */
const SECOND = ['云舟游记', '', '从乌镇云舟宾客中心出发，沿河步行即到西栅。', ''].join('\n');

describe.each(ENGINES)('adding documents (%s)', (engine) => {
  let w: WriteApp;
  beforeAll(async () => {
    w = await openWriteApp(engine);
  }, 60_000);
  afterAll(() => w?.close());

  const auth = () => ({ Authorization: `Bearer ${w.token}` });
  const upload = (bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}) => {
    const req = request(w.app).post('/api/documents').set(auth());
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', Buffer.from(bytes), fileName);
  };
  const storedCount = async () => Number((await w.storage.db.query<{ n: number }>('SELECT count(*)::int AS n FROM documents'))[0].n);
  const waitDone = async (id: string) => {
    for (let i = 0; i < 200; i += 1) {
      const res = await request(w.app).get(`/api/documents/${id}`).expect(200);
      if (res.body.status !== 'processing') return res.body as AtlasDocument & { status: string; error: Record<string, unknown> | null };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${id} still processing`);
  };
  const uploadReady = async (bytes: Uint8Array, fileName: string, fields: Record<string, string> = {}) => {
    const res = await upload(bytes, fileName, fields);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.headers.location).toBe(`/api/documents/${res.body.id}`);
    expect(res.body).toEqual({ id: expect.stringMatching(/^doc-\d{3,}$/), status: 'processing' });
    const document = await waitDone(res.body.id);
    expect(document.status, JSON.stringify(document.error)).toBe('ready');
    return document;
  };
  const allText = (document: AtlasDocument) => document.passages.map((p) => p.text).join('\n');

  it('refuses an upload without an editor (401) and stores nothing', async () => {
    const res = await request(w.app).post('/api/documents').attach('file', Buffer.from(NOTE), 'note.txt');
    expect(res.status).toBe(401);
    expect(await storedCount()).toBe(0);
  });

  describe('every format, read end to end', () => {
    const plan = readPlan();
    const paragraph = plan.sections[0].paragraphs[0];

    it('a GB 18030 text', async () => {
      const document = await uploadReady(encodeText(`${plan.title}\n\n${paragraph}\n`, 'gb18030'), 'plan-gb.txt');
      expect(document.title).toBe(plan.title);
      expect(document.passages.map((p) => p.text)).toContain(paragraph);
      expect(document.id).toMatch(/^doc-(00[5-9]|0[1-9]\d)$/);
    });

    it('a Big5 text, in Traditional script', async () => {
      const document = await uploadReady(encodeText('烏鎮會展中心\n\n烏鎮位於浙江省桐鄉市北端，京杭大運河在鎮區西側流過。\n', 'big5'), 'wuzhen-big5.txt');
      expect(document.script).toBe('Hant');
      expect(allText(document)).toContain('京杭大運河在鎮區西側流過');
      // linked with the same rules as the corpus, through the search form
      expect(document.passages.flatMap((p) => p.mentions.map((m) => m.featureId))).toContain('grand-canal');
    });

    it('an HTML page: its script and markup never reach the text', async () => {
      const html = `<!doctype html><html><head><meta charset="utf-8"><title>t</title><script>document.write("不该出现的脚本文字")</script><style>p{color:red}</style></head>
        <body><h1>${plan.title}</h1><p onclick="alert(1)">${paragraph}</p><script>alert("又一段脚本")</script></body></html>`;
      const document = await uploadReady(new TextEncoder().encode(html), 'page.html');
      const text = allText(document);
      expect(text).toContain(paragraph);
      for (const leak of ['不该出现', '又一段脚本', '<', '>', 'alert', 'color:red', 'onclick']) expect(text).not.toContain(leak);
    });

    it('a Markdown file', async () => {
      const document = await uploadReady(new TextEncoder().encode(`# ${plan.title}\n\n${paragraph}\n`), 'plan.md');
      expect(document.passages.map((p) => p.text)).toContain(paragraph);
    });

    it('a hard-wrapped Word file: every line its own paragraph, joined again', async () => {
      const document = await uploadReady(await makeWrappedDocx(plan, { width: 30, indent: true }), 'plan.docx');
      expect(document.title).toBe(plan.title);
      expect(document.passages.map((p) => p.text)).toContain(paragraph);
    }, 30_000);

    it('a hard-wrapped PDF with a text layer', async () => {
      const document = await uploadReady(await makeWrappedPdf(plan), 'plan.pdf');
      expect(document.passages.map((p) => p.text)).toContain(paragraph);
    }, 30_000);
  });

  describe('bad input: a clear problem, nothing stored', () => {
    const refused = async (res: request.Response, status: number, type: string) => {
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe(`/problems/${type}`);
      expect(res.body.detail).toEqual(expect.any(String));
    };

    it('a file over 20 MB (413)', async () => {
      const before = await storedCount();
      const res = await upload(new Uint8Array(20 * 1024 * 1024 + 10).fill(0x41), 'big.txt');
      await refused(res, 413, 'file-too-large');
      expect(await storedCount()).toBe(before);
    }, 30_000);

    it('an unsupported type (415)', async () => {
      const before = await storedCount();
      await refused(await upload(PNG_BYTES, 'photo.png'), 415, 'unsupported-format');
      // the name lies, the bytes tell
      await refused(await upload(PNG_BYTES, 'notes.txt'), 415, 'unsupported-format');
      expect(await storedCount()).toBe(before);
    });

    it('a .docx zip bomb (413), a PDF of thousands of pages (422), a scan (422)', async () => {
      const before = await storedCount();
      await refused(await upload(await makeZipBomb(50), 'bomb.docx'), 413, 'archive-too-large');
      await refused(await upload(await makeBlankPdf(3000), 'huge.pdf'), 422, 'too-many-pages');
      await refused(await upload(await makeScanLikePdf(2), 'scan.pdf'), 422, 'no-text-layer');
      expect(await storedCount()).toBe(before);
    }, 60_000);

    it('the same bytes twice (409, naming the existing document)', async () => {
      const bytes = new TextEncoder().encode(`${NOTE}\n重复上传的检验。\n`);
      const first = await uploadReady(bytes, 'once.txt');
      const before = await storedCount();
      const again = await upload(bytes, 'renamed.txt');
      await refused(again, 409, 'duplicate-document');
      expect(again.body.existingId).toBe(first.id);
      expect(again.body.detail).toContain(first.id);
      expect(await storedCount()).toBe(before);
      await request(w.app).delete(`/api/documents/${first.id}`).set(auth()).expect(204);
    });

    it('a form without a file, or not multipart (400, 415)', async () => {
      const before = await storedCount();
      await refused(await request(w.app).post('/api/documents').set(auth()).field('title', 'x'), 400, 'missing-file');
      await refused(await request(w.app).post('/api/documents').set(auth()).send({ file: 'x' }), 415, 'unsupported-media-type');
      expect(await storedCount()).toBe(before);
    });

    it('a failure in the middle of processing leaves the document failed, with the reason, and no passages', async () => {
      const res = await upload(new TextEncoder().encode('---\n\n***\n\n---\n'), 'only-breaks.txt');
      expect(res.status).toBe(202);
      const document = await waitDone(res.body.id);
      expect(document.status).toBe('failed');
      expect(document.error).toMatchObject({ status: 422, type: '/problems/no-passages', detail: expect.any(String) });
      expect(document.passages).toEqual([]);
      const store = w.live.current();
      expect(store.documentById.has(res.body.id)).toBe(false);
      expect([...store.passageById.keys()].filter((id) => id.startsWith(`${res.body.id}-`))).toEqual([]);
      const search = await request(w.app).get('/api/documents').expect(200);
      expect(search.body.find((d: { id: string }) => d.id === res.body.id)).toMatchObject({ status: 'failed' });
    });

    it('never uses the uploaded file name as a path', async () => {
      const document = await uploadReady(new TextEncoder().encode('路径检验\n\n这段文字只为检验文件名。\n'), '../../../etc/passwd.txt');
      expect(document.sourceFile).toMatch(/^\d{3,}_upload\.txt$/);
      // the multipart reader keeps the last segment only; it is shown, never opened
      expect((document as unknown as { upload: { fileName: string } }).upload.fileName).toBe('passwd.txt');
    });
  });

  it('upload → ready → proposals → accept → linked everywhere → delete; the place stays with a history entry', async () => {
    const note = await uploadReady(new TextEncoder().encode(NOTE), 'note.txt', { authors: '张三, 李四', publisher: '桐乡日报' });
    const second = await uploadReady(new TextEncoder().encode(SECOND), 'second.txt');
    expect(note.authors).toEqual(['张三', '李四']);
    expect(note.publisher).toBe('桐乡日报');
    // 乌镇 inside the unknown 乌镇云舟宾客中心 is not linked
    const named = note.passages[1];
    expect(named.mentions.map((m) => named.text.slice(m.start, m.end))).toEqual(['乌镇', '京杭大运河']);
    expect(named.mentions[0].start).toBe(named.text.indexOf('位于乌镇') + 2);

    // the 31 km² figure is a claim of the park the text names, beside the older documents' claims
    const claims = await request(w.app).get('/api/features/world-internet-industrial-park/claims').expect(200);
    const area = JSON.stringify(claims.body);
    expect(area).toContain(note.id);
    const mine = (Array.isArray(claims.body) ? claims.body : claims.body.claims) as { documentId: string; value: string | number; unit: string }[];
    expect(mine.some((c) => c.documentId === note.id && Number(c.value) === 31 && /km/.test(c.unit))).toBe(true);

    const proposals = await request(w.app).get('/api/proposals').query({ documentId: note.id }).expect(200);
    const proposal = proposals.body.find((p: { name: string }) => p.name === '乌镇云舟宾客中心');
    expect(proposal).toMatchObject({ id: expect.stringMatching(/^prop-/), passageIds: expect.arrayContaining([named.id]) });
    expect(proposal.suggestion).toMatchObject({ geometry: { type: 'Point' }, precision: 'indicative', basis: expect.stringContaining('乌镇') });
    for (const p of proposals.body) expect(Object.keys(p).sort()).toEqual(['id', 'name', 'passageIds', 'suggestion']);

    const accepted = await request(w.app)
      .post(`/api/proposals/${proposal.id}/accept`)
      .set(auth())
      .send({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [120.4862, 30.7448] },
        properties: { layer: 'venues', category: 'visitor centre', status: 'existing', precision: 'approximate', name_en: 'Wuzhen Yunzhou Visitor Centre' },
      });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const placeId = accepted.body.id as string;
    expect(accepted.headers.location).toBe(`/api/features/${placeId}`);
    expect(accepted.body.properties.name_zh).toBe('乌镇云舟宾客中心');
    // linked to every passage that names it, across documents
    expect(accepted.body.properties.passageIds).toEqual(expect.arrayContaining([named.id, second.passages[1].id]));
    const search = await request(w.app).get('/api/search').query({ q: '云舟宾客中心' }).expect(200);
    expect(JSON.stringify(search.body)).toContain(placeId);
    const venues = await request(w.app).get('/api/layers/venues').expect(200);
    expect(venues.body.features.map((f: { id: string }) => f.id)).toContain(placeId);
    const reread = (await request(w.app).get(`/api/documents/${second.id}`).expect(200)).body as AtlasDocument;
    expect(reread.passages[1].mentions.map((m) => m.featureId)).toContain(placeId);
    const after = await request(w.app).get('/api/proposals').query({ documentId: note.id }).expect(200);
    expect(after.body.map((p: { name: string }) => p.name)).not.toContain('乌镇云舟宾客中心');
    await request(w.app).post(`/api/proposals/${proposal.id}/accept`).set(auth()).send({}).expect(409);

    // the second document goes: the place is still cited by the first, no history entry yet
    await request(w.app).delete(`/api/documents/${second.id}`).set(auth()).expect(204);
    await request(w.app).get(`/api/documents/${second.id}`).expect(404);
    // then the first: its passages, mentions and claims go; the place it alone cited stays
    await request(w.app).delete(`/api/documents/${note.id}`).set(auth()).expect(204);
    await request(w.app).get(`/api/documents/${note.id}`).expect(404);
    const store = w.live.current();
    expect([...store.passageById.keys()].filter((id) => id.startsWith(`${note.id}-`))).toEqual([]);
    expect(store.claims.claims.filter((c: { documentId: string }) => c.documentId === note.id)).toEqual([]);
    const kept = await request(w.app).get(`/api/features/${placeId}`).expect(200);
    expect(kept.body.properties.passageIds).toEqual([]);
    const history = (await request(w.app).get(`/api/features/${placeId}/history`).expect(200)).body as { action: string; reason: string; before: unknown }[];
    expect(history[0]).toMatchObject({ action: 'removeDocument', before: { documentId: note.id, passageIds: expect.arrayContaining([named.id]) } });
    expect(history.filter((h) => h.action === 'removeDocument')).toHaveLength(1);
    // ids are never reused
    const next = await uploadReady(new TextEncoder().encode(`${NOTE}\n再次上传。\n`), 'note-again.txt');
    expect(Number(next.id.slice(4))).toBeGreaterThan(Number(second.id.slice(4)));
  }, 60_000);

  it('rejects a proposal: the name is not proposed again', async () => {
    const document = await uploadReady(new TextEncoder().encode('凤鸣湖科创中心启用\n\n凤鸣湖科创中心位于乌镇，今年启用。\n'), 'reject.txt');
    const proposals = (await request(w.app).get('/api/proposals').query({ documentId: document.id }).expect(200)).body as { id: string; name: string }[];
    expect(proposals.length).toBeGreaterThan(0);
    const [first] = proposals;
    await request(w.app).post(`/api/proposals/${first.id}/reject`).expect(401);
    await request(w.app).post(`/api/proposals/${first.id}/reject`).set(auth()).expect(204);
    const again = (await request(w.app).get('/api/proposals').query({ documentId: document.id }).expect(200)).body as { id: string; name: string }[];
    expect(again.map((p) => p.name)).not.toContain(first.name);
    await request(w.app).post(`/api/proposals/${first.id}/reject`).set(auth()).expect(409);
    await request(w.app).post('/api/proposals/prop-000000000000/reject').set(auth()).expect(404);
    await request(w.app).get('/api/proposals').query({ documentId: 'doc-999' }).expect(404);
    await request(w.app).get('/api/proposals').expect(400);
  });

  it('edits metadata (with history), and refuses to edit or remove a seed', async () => {
    const document = await uploadReady(new TextEncoder().encode('元数据检验\n\n这是一段正文。\n'), 'meta.txt');
    expect(document.date).toBeNull();
    const patched = await request(w.app).patch(`/api/documents/${document.id}`).set(auth()).send({ title: '新标题', authors: '王五、赵六', date: '2024-05' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({ title: '新标题', authors: ['王五', '赵六'], date: '2024-05', status: 'ready' });
    expect((await request(w.app).get('/api/documents').expect(200)).body.find((d: { id: string }) => d.id === document.id)).toMatchObject({ title: '新标题' });
    const bad = await request(w.app).patch(`/api/documents/${document.id}`).set(auth()).send({ date: 'last spring', passages: [] });
    expect(bad.status).toBe(400);
    expect((await request(w.app).patch(`/api/documents/${document.id}`).set(auth()).send({ date: 'May 2024' })).status).toBe(400);
    const history = (await request(w.app).get(`/api/documents/${document.id}/history`).expect(200)).body as { action: string }[];
    expect(history.map((h) => h.action)).toEqual(['updateMeta', 'ready', 'upload']);
    expect((await request(w.app).patch('/api/documents/doc-000').set(auth()).send({ title: 'x' })).status).toBe(409);
    expect((await request(w.app).delete('/api/documents/doc-000').set(auth())).status).toBe(409);
    expect((await request(w.app).delete('/api/documents/doc-987').set(auth())).status).toBe(404);
    const seed = await request(w.app).get('/api/documents/doc-000').expect(200);
    expect(seed.body.status).toBe('ready');
  });
});
