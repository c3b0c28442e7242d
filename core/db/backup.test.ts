import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../api/src/config';
import { proposalId } from '../linking/propose-places';
import { openCuratedAtlas } from '../store/curated-atlas';
import type { AtlasStorage } from './atlas-storage';
import type { NewDocument } from './document-commands';
import { exportState } from './export-state';
import { importState } from './import-state';
import { ConflictError, ValidationError } from './storage-errors';
import { newLab } from './testing/place-fixtures';
import { ENGINES, openTestStorage } from './testing/test-databases';

const editor = { by: 'editor-a', reason: 'backup test' };

/** An uploaded planning note: a place the atlas does not know, the canal it does, a park's figure. */
const NOTE = ['乌镇云舟宾客中心建成开放', '', '乌镇云舟宾客中心位于乌镇，紧邻京杭大运河，是游客进入景区的第一站。', '', '世界互联网产业园规划面积31平方公里。', ''].join('\n');

function upload(name: string, text: string, meta: NewDocument['meta'] = {}): NewDocument {
  return { bytes: new TextEncoder().encode(`${name}\n${text}`), fileName: name, format: 'txt', encoding: 'utf-8', sourceText: text, warnings: ['a test warning'], meta, minNumber: 5 };
}

/** Uploaded documents in every state, one removed, and decisions on proposed names. */
async function addDocuments(storage: AtlasStorage): Promise<void> {
  const note = await storage.createDocument(editor, upload('云舟 note.txt', NOTE, { authors: ['张三', '李四'], publisher: '桐乡日报' }));
  await storage.finishDocument(note.id, { status: 'ready' });
  await storage.patchDocumentMeta(editor, note.id, { title: '云舟宾客中心开放', date: '2024-05' });
  const failed = await storage.createDocument(editor, upload('blank.txt', '\f\n\f\n'));
  await storage.finishDocument(failed.id, { status: 'failed', error: { type: '/problems/no-passages', title: 'Unprocessable Content', status: 422, detail: '没有段落' } });
  // stopped before it was processed (issue: resumed on the next start)
  await storage.createDocument(editor, upload('pending.txt', '待处理的文件\n\n乌镇位于桐乡市北端。\n'));
  const removed = await storage.createDocument(editor, upload('removed.txt', '删掉的文件\n\n乌镇。\n'));
  await storage.finishDocument(removed.id, { status: 'ready' });
  await storage.removeDocument(editor, removed.id, []);
  const key = '乌镇云舟宾客中心';
  await storage.acceptProposal(editor, { proposalId: proposalId(note.id, key), documentId: note.id, key, name: key }, newLab('yunzhou-centre', key));
  await storage.rejectProposal(editor, { proposalId: proposalId(note.id, '第一站'), documentId: note.id, key: '第一站', name: '第一站' }, false);
  await storage.rejectProposal({ by: 'editor-b' }, { proposalId: proposalId(note.id, '景区'), documentId: note.id, key: '景区', name: '景区' }, true);
}

/** What a planner sees of the uploaded documents in the atlas built from a database. */
async function uploadedInAtlas(storage: AtlasStorage) {
  const live = await openCuratedAtlas(storage, configFromEnv({}));
  const store = live.current();
  return store.documents
    .filter((d) => store.uploads?.has(d.id))
    .map((d) => ({ id: d.id, title: d.title, authors: d.authors, date: d.date, passages: d.passages.map((p) => ({ id: p.id, text: p.text, mentions: p.mentions.map((m) => m.featureId) })) }));
}

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of fs.readdirSync(at, { withFileTypes: true })) {
      const full = path.join(at, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(dir, full), fs.readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return files;
}

describe.each(ENGINES)('export and import (%s)', (engine) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-backup-'));
  let source: Awaited<ReturnType<typeof openTestStorage>>;
  beforeAll(async () => {
    source = await openTestStorage(engine);
    // a history with every kind of write
    await source.createPlace(editor, newLab('backup-lab', '备份实验室'));
    await source.patchPlace(editor, 'wuzhen-light', { properties: { status: 'planned', notes: '改了' } }, 1);
    await source.createPlace(editor, newLab('short-lived', '短命实验室'));
    await source.retirePlace(editor, 'short-lived', 1);
    await source.addMention(editor, { passageId: 'doc-000-p001', start: 0, end: 2, featureId: 'backup-lab', text: '乌镇' });
    await source.rejectMention(editor, { passageId: 'doc-000-p002', start: 0, end: 2, featureId: 'wuzhen', text: '乌镇' });
    await addDocuments(source);
  }, 120_000);
  afterAll(async () => {
    await source?.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('round-trips: export → import into a fresh database → export is byte-identical, versions kept', async () => {
    const first = path.join(root, 'first');
    const summary = await exportState(source.db, first);
    expect(summary.files).toContain('places/innovation.geojson');
    expect(summary).toMatchObject({ documents: 3, documentHistoryEntries: 9, proposalDecisions: 3 });
    // each document: its text exactly as stored, its record beside it; a removed one only in the history
    expect(fs.readFileSync(path.join(first, 'documents/doc-005.txt'), 'utf8')).toBe(NOTE);
    expect(JSON.parse(fs.readFileSync(path.join(first, 'documents/doc-005.json'), 'utf8'))).toMatchObject({
      id: 'doc-005',
      fileName: '云舟 note.txt',
      status: 'ready',
      meta: { title: '云舟宾客中心开放', authors: ['张三', '李四'], publisher: '桐乡日报', date: '2024-05' },
      warnings: ['a test warning'],
      version: 3,
      createdBy: 'editor-a',
    });
    expect(JSON.parse(fs.readFileSync(path.join(first, 'documents/doc-006.json'), 'utf8')).error).toMatchObject({ detail: '没有段落' });
    expect(fs.existsSync(path.join(first, 'documents/doc-008.txt'))).toBe(false);
    const documentHistory = fs.readFileSync(path.join(first, 'documents/history.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(documentHistory.filter((e) => e.documentId === 'doc-008').map((e) => e.action)).toEqual(['upload', 'ready', 'remove']);
    const proposals = JSON.parse(fs.readFileSync(path.join(first, 'proposal-decisions.json'), 'utf8'));
    expect(proposals.map((d: { kind: string; featureId: string | null; documentId: string | null }) => [d.kind, d.featureId, d.documentId])).toEqual([
      ['accept', 'yunzhou-centre', 'doc-005'],
      ['reject', null, 'doc-005'],
      ['reject', null, null],
    ]);
    const innovation = JSON.parse(fs.readFileSync(path.join(first, 'places/innovation.geojson'), 'utf8'));
    expect(innovation.features.map((f: { id: string }) => f.id)).toContain('backup-lab');
    expect(fs.readFileSync(path.join(first, 'places/innovation.geojson'), 'utf8')).toMatch(/"coordinates": \[120\.49, 30\.74\]/);

    const restored = await openTestStorage(engine, { seed: false });
    try {
      const imported = await importState(restored.db, first);
      expect(imported.changed).toEqual([]);
      expect(imported.retired).toBe(1);
      const second = path.join(root, 'second');
      await exportState(restored.db, second);
      expect(filesOf(second)).toEqual(filesOf(first));

      const [before, after] = [await source.loadCuratedState(), await restored.loadCuratedState()];
      expect(after.versions).toEqual(before.versions);
      expect(after.records).toEqual(before.records);
      expect(after.mentionDecisions).toEqual(before.mentionDecisions);
      // uploaded documents as they were: records, texts, history, and the decisions on proposed names
      expect(after.documents).toEqual(before.documents);
      expect(after.documents.map((d) => d.status)).toEqual(['ready', 'failed', 'processing']);
      const ids = before.documents.map((d) => d.id);
      expect(await restored.readDocumentTexts(ids)).toEqual(await source.readDocumentTexts(ids));
      for (const id of [...ids, 'doc-008']) expect(await restored.readDocumentHistory(id)).toEqual(await source.readDocumentHistory(id));
      expect(await restored.readProposalDecisions()).toEqual(await source.readProposalDecisions());
      expect(imported).toMatchObject({ documents: 3, proposalDecisions: 3, documentHistoryEntries: 9 });
      // the atlas built from the restored database shows the same documents, passage ids and links
      const shown = await uploadedInAtlas(restored);
      expect(shown).toEqual(await uploadedInAtlas(source));
      expect(shown.map((d) => d.id)).toEqual(['doc-005']);
      expect(shown[0]).toMatchObject({ title: '云舟宾客中心开放', authors: ['张三', '李四'], date: '2024-05' });
      expect(shown[0].passages.flatMap((p) => p.mentions)).toEqual(expect.arrayContaining(['yunzhou-centre', 'grand-canal']));
      // a removed document's number is not given again
      const next = await restored.createDocument(editor, upload('next.txt', '新文件\n\n乌镇。\n'));
      expect(next.id).toBe('doc-009');
      // the retired place comes back with its history, and new history continues after the restored
      const back = await restored.revertPlace(editor, 'short-lived', 1, 2);
      expect(back.version).toBe(3);
      expect((await restored.readHistory('short-lived'))!.map((h) => h.action)).toEqual(['revert', 'retire', 'create']);
      await expect(importState(restored.db, first)).rejects.toBeInstanceOf(ConflictError);
    } finally {
      await restored.dispose();
    }
  });

  it('takes a layer file edited by hand as a change with a new version, and refuses a bad one whole', async () => {
    const dir = path.join(root, 'edited');
    await exportState(source.db, dir);
    const file = path.join(dir, 'places/innovation.geojson');
    const collection = JSON.parse(fs.readFileSync(file, 'utf8'));
    collection.features.find((f: { id: string }) => f.id === 'backup-lab').properties.status = 'existing';
    fs.writeFileSync(file, JSON.stringify(collection));

    const restored = await openTestStorage(engine, { seed: false });
    try {
      const imported = await importState(restored.db, dir, 'curator');
      expect(imported.changed).toEqual(['backup-lab']);
      expect((await restored.readPlace('backup-lab'))!).toMatchObject({ version: 2, feature: { properties: { status: 'existing' } } });
      expect((await restored.readHistory('backup-lab'))![0]).toMatchObject({ action: 'import', by: 'curator', before: { properties: { status: 'planned' } } });
    } finally {
      await restored.dispose();
    }

    collection.features.find((f: { id: string }) => f.id === 'backup-lab').geometry.coordinates = [30.74, 120.49];
    fs.writeFileSync(file, JSON.stringify(collection));
    const empty = await openTestStorage(engine, { seed: false });
    try {
      await expect(importState(empty.db, dir)).rejects.toBeInstanceOf(ValidationError);
      expect(await empty.db.query('SELECT 1 FROM history')).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });

  it('drops a document removed since an earlier export into the same folder, and refuses a document folder that does not hold together', async () => {
    const dir = path.join(root, 'again');
    fs.mkdirSync(path.join(dir, 'documents'), { recursive: true });
    // left by an earlier export, removed from the database since: it must not come back on import
    fs.writeFileSync(path.join(dir, 'documents/doc-099.txt'), 'old\n');
    fs.writeFileSync(path.join(dir, 'documents/doc-099.json'), '{}\n');
    fs.writeFileSync(path.join(dir, 'documents/notes.md'), 'kept\n');
    await exportState(source.db, dir);
    expect(fs.readdirSync(path.join(dir, 'documents')).sort()).toEqual(['doc-005.json', 'doc-005.txt', 'doc-006.json', 'doc-006.txt', 'doc-007.json', 'doc-007.txt', 'history.jsonl', 'notes.md']);

    const empty = await openTestStorage(engine, { seed: false });
    try {
      fs.rmSync(path.join(dir, 'documents/doc-006.txt'));
      await expect(importState(empty.db, dir)).rejects.toThrow(/doc-006: the record has no text/);
      fs.writeFileSync(path.join(dir, 'documents/doc-006.txt'), 'again\n');
      const record = JSON.parse(fs.readFileSync(path.join(dir, 'documents/doc-006.json'), 'utf8'));
      fs.writeFileSync(path.join(dir, 'documents/doc-006.json'), JSON.stringify({ ...record, status: 'lost' }));
      await expect(importState(empty.db, dir)).rejects.toBeInstanceOf(ValidationError);
      fs.writeFileSync(path.join(dir, 'documents/doc-006.json'), JSON.stringify({ ...record, sha256: JSON.parse(fs.readFileSync(path.join(dir, 'documents/doc-005.json'), 'utf8')).sha256 }));
      await expect(importState(empty.db, dir)).rejects.toThrow(ValidationError);
      expect(await empty.db.query('SELECT 1 FROM history UNION ALL SELECT 1 FROM documents UNION ALL SELECT 1 FROM places')).toEqual([]);
    } finally {
      await empty.dispose();
    }
  });
});
