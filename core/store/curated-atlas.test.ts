/**
 * The live atlas after a write reuses what the write did not change (links, claims, search
 * postings, layer bodies). Whatever it reuses, it must show exactly what a build from nothing
 * shows: after an upload, an accepted proposal, edits (a name, a geometry), a rejected link, a
 * retired place and a removed document, the rebuilt atlas equals one built afresh by a second
 * builder (its own corpus ingestion, caches and objects) from the same database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AtlasFeature, GazetteerRecord, Passage } from '../../types/atlas';
import { inputsFromEnv } from '../atlas-inputs';
import { ENGINES, openTestStorage } from '../db/testing/test-databases';
import { proposePlaces } from '../linking/propose-places';
import type { AtlasStore } from './atlas-store';
import { curatedAtlasBuilder, openCuratedAtlas } from './curated-atlas';
import type { LiveAtlas } from './live-atlas';
import { processDocument } from './process-document';

const editor = { by: 'editor-a', reason: 'incremental rebuild test' };
const inputs = inputsFromEnv({});

/** A planning note: an unknown place in 乌镇, a known park with a figure and a date, a town and its city. */
const NOTE = [
  '乌镇云舟宾客中心建成开放',
  '',
  '2023年5月，乌镇云舟宾客中心在乌镇建成开放，紧邻京杭大运河，是游客进入景区的第一站。',
  '',
  '世界互联网产业园规划面积31平方公里，园区企业超过三百家。产业园2022年实现产值120亿元。',
  '',
  '桐乡市全市地区生产总值达到1200亿元，乌镇接待游客超过900万人次，西面与秀洲相望。',
  '',
].join('\n');
const SECOND = ['云舟游记', '', '从乌镇云舟宾客中心出发，沿河步行即到西栅。', ''].join('\n');

/** Queries whose answers a write can change: the new place, the renamed one, plain text. */
const QUERIES = ['云舟宾客中心', '乌镇', '秀洲', 'wuzhen', '产业园 面积', '世界互联网产业园', '游客'];

describe.each(ENGINES)('the live atlas after each write equals a fresh build (%s)', (engine) => {
  let storage: Awaited<ReturnType<typeof openTestStorage>>;
  let live: LiveAtlas;
  beforeAll(async () => {
    storage = await openTestStorage(engine);
    live = await openCuratedAtlas(storage, inputs);
  }, 120_000);
  afterAll(() => storage?.dispose());

  /** The current atlas against one built from nothing from the same database state. */
  async function expectSameAsFresh(step: string): Promise<void> {
    await live.refresh();
    const now = live.current();
    const fresh = await curatedAtlasBuilder(storage, inputs).build();
    expect(now.revision, step).toBe(fresh.revision);
    expect(now.features, step).toEqual(fresh.features);
    expect(now.documents, step).toEqual(fresh.documents);
    expect([...now.passageById.keys()], step).toEqual([...fresh.passageById.keys()]);
    expect(now.claims.claims, step).toEqual(fresh.claims.claims);
    expect(now.claims.discrepancies, step).toEqual(fresh.claims.discrepancies);
    expect([...now.claims.byFeature], step).toEqual([...fresh.claims.byFeature]);
    expect(now.layers, step).toEqual(fresh.layers);
    expect([...now.layerCollections], step).toEqual([...fresh.layerCollections]);
    for (const query of QUERIES) {
      expect(now.search.search(query, 20), `${step}: search ${query}`).toEqual(fresh.search.search(query, 20));
      expect(now.claims.search(query, 20), `${step}: claims ${query}`).toEqual(fresh.claims.search(query, 20));
    }
  }

  /** Passages of the seed documents the write left as they were: the rebuild kept their objects. */
  function keptPassages(before: AtlasStore, after: AtlasStore): Passage[] {
    return before.documents.filter((d) => !before.uploads?.has(d.id)).flatMap((d) => d.passages.filter((p) => after.passageById.get(p.id) === p));
  }

  async function upload(text: string, fileName: string) {
    const stored = await storage.createDocument(editor, {
      bytes: new TextEncoder().encode(text),
      fileName,
      format: 'text',
      encoding: 'utf-8',
      sourceText: text,
      warnings: [],
      meta: {},
      minNumber: live.documents!.nextDocumentNumber,
    });
    return (await processDocument(storage, live, stored.id))!;
  }

  async function patch(id: string, change: (feature: GazetteerRecord) => unknown): Promise<void> {
    const place = (await storage.readPlace(id))!;
    await storage.patchPlace(editor, id, change(place.feature), place.version);
  }

  let noteId = '';
  let secondId = '';
  let placeId = '';

  it('after two uploads', async () => {
    noteId = (await upload(NOTE, 'note.txt')).id;
    secondId = (await upload(SECOND, 'second.txt')).id;
    expect(live.current().documentById.has(noteId)).toBe(true);
    await expectSameAsFresh('uploads');
  }, 120_000);

  it('after a proposal is accepted: linked in both documents, the rest kept', async () => {
    const before = live.current();
    const note = before.documentById.get(noteId)!;
    const proposal = proposePlaces(note, before.features as unknown as GazetteerRecord[]).find((p) => p.name === '乌镇云舟宾客中心')!;
    expect(proposal).toBeDefined();
    const place = await storage.acceptProposal(editor, { proposalId: proposal.id, documentId: noteId, key: proposal.key, name: proposal.name }, {
      type: 'Feature',
      id: 'yunzhou-visitor-centre',
      geometry: { type: 'Point', coordinates: [120.4862, 30.7448] },
      properties: {
        name_zh: '乌镇云舟宾客中心',
        name_en: 'Wuzhen Yunzhou Visitor Centre',
        aliases: [],
        layer: 'venues',
        category: 'visitor centre',
        status: 'existing',
        precision: 'approximate',
        geometrySource: 'placed by an editor from a proposal',
      },
    });
    placeId = place.feature.id;
    await expectSameAsFresh('accept');
    const after = live.current();
    const cited = after.featureById.get(placeId)!.properties.passageIds;
    expect(cited.some((id) => id.startsWith(`${noteId}-`)) && cited.some((id) => id.startsWith(`${secondId}-`))).toBe(true);
    // the seeds never name the new place: their passages, and the claims drawn from them, are kept
    const kept = keptPassages(before, after);
    expect(kept.length).toBeGreaterThan(before.passageById.size / 2);
    const seedClaim = before.claims.claims.find((c) => !before.uploads?.has(c.documentId))!;
    expect(after.claims.claims).toContain(seedClaim);
    // so are the layers the place did not join
    expect(after.layerCollections.get('parks')).toBe(before.layerCollections.get('parks'));
    expect(after.layerCollections.get('venues')).not.toBe(before.layerCollections.get('venues'));
  }, 120_000);

  it('after an alias is added: every passage naming it is linked', async () => {
    const before = live.current();
    // 与秀洲相望 in the note: the district by its short name
    await patch('xiuzhou-district', (f) => ({ properties: { aliases: [...f.properties.aliases, '秀洲'] } }));
    await expectSameAsFresh('alias');
    const after = live.current();
    const mentionsOf = (store: AtlasStore) => store.documents.flatMap((d) => d.passages.flatMap((p) => p.mentions.filter((m) => m.featureId === 'xiuzhou-district')));
    expect(mentionsOf(after).length).toBeGreaterThan(mentionsOf(before).length);
    expect(keptPassages(before, after).length).toBeGreaterThan(0);
  }, 120_000);

  it('after a town is moved out of its city: claims are attached by the new geometry', async () => {
    await patch('wuzhen-town', (f) => ({ geometry: { ...f.geometry, coordinates: [120.9, 30.2] } }));
    await expectSameAsFresh('geometry');
  }, 120_000);

  it('after a document is given a title: the discrepancies it is part of name it (its claims are unchanged)', async () => {
    const before = live.current();
    await storage.patchDocumentMeta(editor, noteId, { title: '云舟宾客中心开放纪要' });
    await expectSameAsFresh('document title');
    const store = live.current();
    expect(store.claims.claims.find((c) => c.documentId === noteId)).toBe(before.claims.claims.find((c) => c.documentId === noteId));
    expect(JSON.stringify(store.claims.discrepancies)).toContain('云舟宾客中心开放纪要');
  }, 120_000);

  it('after a document is given a date: its claims are dated', async () => {
    await storage.patchDocumentMeta(editor, noteId, { date: '2023-06-01' });
    await expectSameAsFresh('document date');
    expect(live.current().claims.claims.filter((c) => c.documentId === noteId).every((c) => c.documentDate === '2023-06-01')).toBe(true);
  }, 120_000);

  it('after a place with a discrepancy is renamed', async () => {
    const [discrepancy] = live.current().claims.discrepancies;
    expect(discrepancy).toBeDefined();
    await patch(discrepancy.featureId, () => ({ properties: { name_en: 'Renamed for the test' } }));
    await expectSameAsFresh('rename');
    expect(live.current().claims.discrepancies.find((d) => d.id === discrepancy.id)?.name_en).toBe('Renamed for the test');
  }, 120_000);

  it('after an automatic link is rejected', async () => {
    const store = live.current();
    const passage = store.documentById.get(noteId)!.passages.find((p) => p.mentions.some((m) => m.featureId === 'wuzhen-town'))!;
    const mention = passage.mentions.find((m) => m.featureId === 'wuzhen-town')!;
    await storage.rejectMention(editor, { passageId: passage.id, start: mention.start, end: mention.end, featureId: mention.featureId, text: passage.text.slice(mention.start, mention.end) });
    await expectSameAsFresh('reject');
    const after = live.current().passageById.get(passage.id)!;
    expect(after.mentions.filter((m) => m.start === mention.start && m.featureId === 'wuzhen-town')).toEqual([]);
  }, 120_000);

  it('after a place is retired', async () => {
    const place = (await storage.readPlace(placeId))!;
    await storage.retirePlace(editor, placeId, place.version);
    await expectSameAsFresh('retire');
    expect(live.current().featureById.has(placeId)).toBe(false);
  }, 120_000);

  it('after a document is removed', async () => {
    const store = live.current();
    const orphaned = store.features
      .filter((f: AtlasFeature) => f.properties.passageIds.length > 0 && f.properties.passageIds.every((p) => p.startsWith(`${noteId}-`)))
      .map((f) => ({ featureId: f.id, passageIds: f.properties.passageIds }));
    await storage.removeDocument(editor, noteId, orphaned);
    await expectSameAsFresh('remove');
    expect(live.current().documentById.has(noteId)).toBe(false);
    expect(live.current().claims.claims.some((c) => c.documentId === noteId)).toBe(false);
  }, 120_000);
});
