import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { loadMentionOverrides } from '../linking/mention-overrides';
import { DEFAULT_SEED, type StorageEvent } from './atlas-storage';
import { migrate } from './migrate';
import { BAD_PATCHES, CLOCKWISE_ZONE, newLab } from './testing/place-fixtures';
import { ENGINES, openTestStorage } from './testing/test-databases';
import { ConflictError, NotFoundError, PreconditionFailedError, ValidationError } from './storage-errors';

const editor = { by: 'editor-a', reason: 'checked on site' };

describe.each(ENGINES)('atlas storage on %s', (engine) => {
  let storage: Awaited<ReturnType<typeof openTestStorage>>;
  const events: StorageEvent[] = [];
  beforeAll(async () => {
    storage = await openTestStorage(engine);
    await storage.subscribe((event) => events.push(event));
  });
  afterAll(() => storage?.dispose());

  async function historyLength(id: string): Promise<number> {
    return (await storage.readHistory(id))?.length ?? 0;
  }

  /** The next change notice this process hears (its own writes come back through the database too). */
  async function nextEvent(after: number): Promise<StorageEvent> {
    await expect.poll(() => events.length, { timeout: 5000 }).toBeGreaterThan(after);
    return events[after];
  }

  it('starts from the committed files: every gazetteer record at version 1, the overrides as decisions', async () => {
    const records = loadGazetteer(DEFAULT_SEED.placesDir);
    const overrides = loadMentionOverrides(DEFAULT_SEED.mentionOverridesFile);
    const state = await storage.loadCuratedState();
    expect(state.records).toEqual(records);
    expect([...state.versions.values()].every((v) => v === 1)).toBe(true);
    expect(state.mentionDecisions.added).toHaveLength(overrides.filter((o) => o.action === 'add').length);
    expect(state.mentionDecisions.rejected.map((d) => [d.passageId, d.start, d.end, d.text, d.featureId])).toEqual(
      overrides.filter((o) => o.action === 'suppress').map((o) => [o.passageId, o.start, o.end, o.text, o.featureId]),
    );
    const history = (await storage.readHistory('wuzhen-light'))!;
    expect(history.filter((h) => h.action === 'seed')).toEqual([expect.objectContaining({ action: 'seed', by: 'seed', version: 1, before: null, after: records.find((r) => r.id === 'wuzhen-light') })]);
  });

  it('applies each migration once, even when asked again', async () => {
    expect(await migrate(storage.db)).toEqual([]);
    const rows = await storage.db.query<{ name: string }>('SELECT name FROM schema_migrations');
    expect(rows.map((r) => r.name)).toContain('0001-initial.sql');
  });

  it('creates a place with its history, and never reuses an id', async () => {
    const before = events.length;
    const created = await storage.createPlace(editor, newLab());
    expect(created.version).toBe(1);
    expect(created.feature.properties.sources).toEqual([{ source: 'editor editor-a', note: 'checked on site' }]);
    expect(created.feature.properties).not.toHaveProperty('passageIds');
    expect(await nextEvent(before)).toMatchObject({ kind: 'place', featureId: 'test-lab', version: 1 });
    const [entry] = (await storage.readHistory('test-lab'))!;
    expect(entry).toMatchObject({ action: 'create', by: 'editor-a', reason: 'checked on site', before: null, after: created.feature, version: 1 });
    await expect(storage.createPlace(editor, newLab('test-lab', '另一个实验室'))).rejects.toBeInstanceOf(ConflictError);
    await expect(storage.createPlace(editor, newLab('test-lab-2', '乌镇之光超算中心'))).rejects.toBeInstanceOf(ValidationError);
  });

  it('patches with a JSON Merge Patch at the expected version, and refuses a stale one', async () => {
    const patched = await storage.patchPlace(editor, 'wuzhen-light', { properties: { status: 'under_construction', notes: null } }, 1);
    expect(patched.version).toBe(2);
    expect(patched.feature.properties.status).toBe('under_construction');
    expect(patched.feature.properties).not.toHaveProperty('notes');
    // the Chinese notes translated the removed ones: they go too (the history keeps them)
    expect(patched.feature.properties).not.toHaveProperty('notes_zh');
    const [latest] = (await storage.readHistory('wuzhen-light'))!;
    expect(latest).toMatchObject({ action: 'update', version: 2, before: { properties: { status: 'existing' } }, after: patched.feature });

    const stale = storage.patchPlace(editor, 'wuzhen-light', { properties: { status: 'planned' } }, 1);
    await expect(stale).rejects.toBeInstanceOf(PreconditionFailedError);
    await expect(stale).rejects.toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    expect((await storage.readPlace('wuzhen-light'))!.feature.properties.status).toBe('under_construction');
  });

  it('drops a translation whose text changed without it, and keeps one changed with it or left alone', async () => {
    const place = (await storage.readPlace('global-roadshow-centre'))!;
    const { notes_zh: oldNotesZh, geometrySource_zh: oldSourceZh } = place.feature.properties as { notes_zh: string; geometrySource_zh: string };
    expect(oldNotesZh).toBeTruthy();
    const notesOnly = await storage.patchPlace(editor, 'global-roadshow-centre', { properties: { notes: 'Re-checked on site.' } }, place.version);
    expect(notesOnly.feature.properties).not.toHaveProperty('notes_zh');
    expect(notesOnly.feature.properties).toHaveProperty('geometrySource_zh', oldSourceZh);
    const [latest] = (await storage.readHistory('global-roadshow-centre'))!;
    expect(latest.before).toMatchObject({ properties: { notes_zh: oldNotesZh } });
    const both = await storage.patchPlace(editor, 'global-roadshow-centre', { properties: { geometrySource: 'Moved by hand.', geometrySource_zh: '人工移动。' } }, notesOnly.version);
    expect(both.feature.properties).toMatchObject({ geometrySource: 'Moved by hand.', geometrySource_zh: '人工移动。' });
    const same = await storage.patchPlace(editor, 'global-roadshow-centre', { properties: { geometrySource: 'Moved by hand.', status: 'planned' } }, both.version);
    expect(same.feature.properties).toHaveProperty('geometrySource_zh', '人工移动。');
  });

  it.each(BAD_PATCHES)('refuses %s and writes nothing', async (_why, patch) => {
    const place = (await storage.readPlace('wuzhen-light'))!;
    const entries = await historyLength('wuzhen-light');
    await expect(storage.patchPlace(editor, 'wuzhen-light', patch, place.version)).rejects.toBeInstanceOf(ValidationError);
    expect(await storage.readPlace('wuzhen-light')).toEqual(place);
    expect(await historyLength('wuzhen-light')).toBe(entries);
  });

  it('refuses a zone whose outline runs clockwise', async () => {
    const zone = (await storage.readPlace('xiangjiadang-area'))!;
    const error = await storage.patchPlace(editor, 'xiangjiadang-area', { geometry: CLOCKWISE_ZONE }, zone.version).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.join()).toMatch(/clockwise/);
  });

  it('retires a place, keeps its history readable, and reverts it to an earlier version', async () => {
    const place = (await storage.readPlace('test-lab'))!;
    await storage.patchPlace(editor, 'test-lab', { properties: { status: 'existing' } }, place.version);
    const retired = await storage.retirePlace({ by: 'editor-b', reason: 'a duplicate' }, 'test-lab', place.version + 1);
    expect(retired).toMatchObject({ retired: true, version: place.version + 2 });
    expect((await storage.loadCuratedState()).records.map((r) => r.id)).not.toContain('test-lab');
    await expect(storage.patchPlace(editor, 'test-lab', { properties: { status: 'planned' } }, retired.version)).rejects.toBeInstanceOf(NotFoundError);
    expect((await storage.readHistory('test-lab'))!.map((h) => h.action)).toEqual(['retire', 'update', 'create']);

    const reverted = await storage.revertPlace({ by: 'editor-a', reason: null }, 'test-lab', 1, retired.version);
    expect(reverted).toMatchObject({ retired: false, version: retired.version + 1 });
    expect(reverted.feature.properties.status).toBe('planned');
    const [entry] = (await storage.readHistory('test-lab'))!;
    expect(entry).toMatchObject({ action: 'revert', reason: 'back to version 1', before: null, version: reverted.version });
    expect((await storage.loadCuratedState()).versions.get('test-lab')).toBe(reverted.version);
    await expect(storage.revertPlace(editor, 'test-lab', 99)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('lets exactly one of 20 concurrent patches on one version win; the others are stale', async () => {
    const place = (await storage.readPlace('test-lab'))!;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => storage.patchPlace({ by: `editor-${i}` }, 'test-lab', { properties: { category: `lab ${i}` } }, place.version)),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const stale = results.filter((r) => r.status === 'rejected' && r.reason instanceof PreconditionFailedError);
    expect(won).toHaveLength(1);
    expect(stale).toHaveLength(19);
    const after = (await storage.readPlace('test-lab'))!;
    expect(after.version).toBe(place.version + 1);
    expect((await storage.readHistory('test-lab'))!.filter((h) => h.version === after.version)).toHaveLength(1);
  });

  it('keeps mention decisions: add, reject, remove, each in the place history', async () => {
    const target = { passageId: 'doc-000-p001', start: 0, end: 2, featureId: 'wuzhen-light', text: '乌镇' };
    const added = await storage.addMention(editor, target);
    expect(added.id).toBe('e.doc-000-p001.0.2.wuzhen-light');
    await expect(storage.addMention(editor, target)).rejects.toBeInstanceOf(ConflictError);
    await expect(storage.addMention(editor, { ...target, featureId: 'no-such-place' })).rejects.toBeInstanceOf(ValidationError);
    await expect(storage.addMention(editor, { ...target, end: 5 })).rejects.toBeInstanceOf(ValidationError);
    const rejected = await storage.rejectMention(editor, { ...target, passageId: 'doc-000-p002' });
    let decisions = (await storage.loadCuratedState()).mentionDecisions;
    expect(decisions.added.map((d) => d.id)).toContain(added.id);
    expect(decisions.rejected.map((d) => d.id)).toContain(rejected.id);

    await storage.removeMention(editor, added.id);
    decisions = (await storage.loadCuratedState()).mentionDecisions;
    expect(decisions.added.map((d) => d.id)).not.toContain(added.id);
    await expect(storage.removeMention(editor, added.id)).rejects.toBeInstanceOf(NotFoundError);
    const actions = (await storage.readHistory('wuzhen-light'))!.map((h) => h.action);
    expect(actions.slice(0, 3)).toEqual(['removeMention', 'rejectMention', 'addMention']);
  });

  it('keeps history append-only', async () => {
    await expect(storage.db.query("UPDATE history SET reason = 'rewritten'")).rejects.toThrow(/append-only/);
    await expect(storage.db.query('DELETE FROM history')).rejects.toThrow(/append-only/);
  });

  it('sends one notice per committed write, none for a refused one, with a rising revision', async () => {
    const before = events.length;
    const place = (await storage.readPlace('wuzhen-light'))!;
    await storage.patchPlace(editor, 'wuzhen-light', { properties: { status: 'planned' } }, place.version + 5).catch(() => {});
    await storage.patchPlace(editor, 'wuzhen-light', { properties: { status: 'existing' } }, place.version);
    const notice = await nextEvent(before);
    expect(notice).toMatchObject({ kind: 'place', featureId: 'wuzhen-light', version: place.version + 1 });
    const state = await storage.loadCuratedState();
    expect(state.revision).toBe((notice as { revision: number }).revision);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events.length).toBe(before + 1);
    // the revision a route waits for: its own write's, which a refused write does not move
    expect(storage.committedRevision).toBe(state.revision);
  });
});

describe('seed sources', () => {
  it('names the committed files', () => {
    expect(fs.existsSync(DEFAULT_SEED.placesDir)).toBe(true);
    expect(fs.existsSync(DEFAULT_SEED.mentionOverridesFile)).toBe(true);
  });
});
