import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlasStorage, type AtlasStorage } from './atlas-storage';
import { createDocument, type NewDocument, type ProcessingOutcome } from './document-commands';
import { interruptedProblem, PROCESSING_DEFAULTS } from './document-processing';
import { ENGINES, createTestDatabase, openTestStorage, type TestDatabase } from './testing/test-databases';

const editor = { by: 'editor-a', reason: 'processing test' };
let uploads = 0;

/** A new upload's text, as the upload route stores it (distinct bytes each time). */
function upload(text = '乌镇纪要\n\n乌镇位于桐乡市北端。\n'): NewDocument {
  uploads += 1;
  return { bytes: new TextEncoder().encode(`${uploads}:${text}`), fileName: `note-${uploads}.txt`, format: 'txt', encoding: 'utf-8', sourceText: text, warnings: [], meta: {}, minNumber: 5 };
}

describe.each(ENGINES)('processing uploaded documents once (%s)', (engine) => {
  let storage: Awaited<ReturnType<typeof openTestStorage>>;
  beforeAll(async () => {
    storage = await openTestStorage(engine);
  }, 120_000);
  afterAll(() => storage?.dispose());

  const actions = async (id: string) => (await storage.readDocumentHistory(id)).map((h) => h.action).reverse();

  it('processes a document from its stored text once: a second call finds it finished and does not run the work', async () => {
    const stored = await storage.createDocument(editor, upload('乌镇纪要\n\n京杭大运河流经乌镇。\n'));
    const seen: string[] = [];
    const work = (_stored: unknown, text: string): ProcessingOutcome => {
      seen.push(text);
      return { status: 'ready' };
    };
    expect(await storage.processDocument(stored.id, work)).toMatchObject({ id: stored.id, status: 'ready', version: 2 });
    expect(await storage.processDocument(stored.id, work)).toBeNull();
    expect(seen).toEqual(['乌镇纪要\n\n京杭大运河流经乌镇。\n']);
    expect(await actions(stored.id)).toEqual(['upload', 'ready']);
  });

  it('commits a failure with its problem, and skips a document removed meanwhile', async () => {
    const failing = await storage.createDocument(editor, upload());
    const problem = { type: '/problems/no-passages', title: 'Unprocessable Content', status: 422, detail: 'nothing to read' };
    expect(await storage.processDocument(failing.id, () => ({ status: 'failed', error: problem }))).toMatchObject({ status: 'failed', error: problem });

    const removed = await storage.createDocument(editor, upload());
    await storage.removeDocument(editor, removed.id, []);
    expect(await storage.processDocument(removed.id, () => ({ status: 'ready' }))).toBeNull();
  });

  it("resumes only what no process owes: this process's own uploads are not resumed until it has processed them", async () => {
    const own = await storage.createDocument(editor, upload());
    // stored by a process that stopped before processing it (the command without this storage's bookkeeping)
    const left = await createDocument(storage.db, editor, upload());
    const toResume = await storage.documentsToResume();
    expect(toResume).toContain(left.id);
    expect(toResume).not.toContain(own.id);
    expect(await storage.resumeDocument(left.id, 'test')).toBe('resume');
    expect(await storage.processDocument(left.id, () => ({ status: 'ready' }))).toMatchObject({ status: 'ready' });
    expect(await actions(left.id)).toEqual(['upload', 'resume', 'ready']);
    expect((await storage.readDocumentHistory(left.id)).find((h) => h.action === 'resume')).toMatchObject({ by: 'atlas', reason: expect.stringContaining('by test'), after: { attempt: 2 } });
    // finished documents are not resumed
    expect(await storage.resumeDocument(left.id, 'test')).toBe('skip');
    await storage.processDocument(own.id, () => ({ status: 'ready' }));
    expect(await storage.documentsToResume()).not.toContain(own.id);
  });

  it('fails a document interrupted too often instead of trying again, saying why', async () => {
    const poison = await createDocument(storage.db, editor, upload());
    for (let i = 0; i < PROCESSING_DEFAULTS.maxResumes; i++) expect(await storage.resumeDocument(poison.id, 'test')).toBe('resume');
    expect(await storage.resumeDocument(poison.id, 'test')).toBe('failed');
    expect(await storage.readDocument(poison.id)).toMatchObject({ status: 'failed', error: interruptedProblem(PROCESSING_DEFAULTS.maxResumes + 1) });
    expect(await actions(poison.id)).toEqual(['upload', 'resume', 'resume', 'resume', 'failed']);
    expect(await storage.documentsToResume()).not.toContain(poison.id);
  });
});

describe.skipIf(!ENGINES.includes('postgres'))('two processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: AtlasStorage;
  let b: AtlasStorage;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await openAtlasStorage({ database: database.config });
    b = await openAtlasStorage({ database: database.config });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await database?.dispose();
  });

  it('one holds a document while it works: the other skips it, and takes it over once the holder is gone without finishing', async () => {
    const left = await createDocument(a.db, editor, upload());
    const number = Number(left.id.slice(4));
    // A's worker holds the document's lock in an open transaction (as while it reads a long text)
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const worker = a.db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', [PROCESSING_DEFAULTS.lockSpace, number]);
      holding();
      await new Promise<void>((resolve) => (release = resolve));
      // the worker dies before committing an outcome
      throw new Error('killed');
    });
    await held;
    expect(await b.documentsToResume()).toContain(left.id);
    expect(await b.resumeDocument(left.id, 'b')).toBe('skip');
    let ran = 0;
    expect(await b.processDocument(left.id, () => (ran++, { status: 'ready' }))).toBeNull();
    expect(ran).toBe(0);
    release();
    await expect(worker).rejects.toThrow('killed');
    // its lock went with its transaction: B takes the document over
    expect(await b.resumeDocument(left.id, 'b')).toBe('resume');
    expect(await b.processDocument(left.id, () => (ran++, { status: 'ready' }))).toMatchObject({ status: 'ready' });
    expect(ran).toBe(1);
  });

  it('two processes resuming the same documents at once: each is processed exactly once', async () => {
    const left = await Promise.all([1, 2, 3, 4].map(() => createDocument(a.db, editor, upload())));
    const runs = new Map<string, number>();
    const work = (stored: { id: string }): ProcessingOutcome => {
      runs.set(stored.id, (runs.get(stored.id) ?? 0) + 1);
      return { status: 'ready' };
    };
    const resumeAll = async (storage: AtlasStorage, by: string) => {
      for (const id of await storage.documentsToResume()) if ((await storage.resumeDocument(id, by)) === 'resume') await storage.processDocument(id, work);
    };
    await Promise.all([resumeAll(a, 'a'), resumeAll(b, 'b')]);
    for (const { id } of left) {
      expect(runs.get(id), id).toBe(1);
      const history = await a.readDocumentHistory(id);
      expect(history.filter((h) => h.action === 'ready')).toHaveLength(1);
      expect((await a.readDocument(id))!.status).toBe('ready');
    }
  });
});
