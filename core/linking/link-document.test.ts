import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../types/atlas';
import { inputsFromEnv } from '../atlas-inputs';
import { defaultCorpusDir } from '../corpus/corpus-paths';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { findDocumentMentions, linkDocument } from './link-document';
import { linkMentions } from './link-mentions';
import { loadMentionOverrides } from './mention-overrides';
import { buildNameIndex, nameIndexOf } from './name-index';

const inputs = inputsFromEnv({});
const { documents } = ingestCorpus(defaultCorpusDir({}));
const records = loadGazetteer(inputs.placesDir);
const overrides = loadMentionOverrides(inputs.mentionOverridesFile);

/** The corpus linked from nothing: fresh copies of the documents, a fresh name index, nothing remembered. */
function linkedAfresh(recordsNow: GazetteerRecord[]) {
  const index = buildNameIndex(recordsNow);
  return structuredClone(documents).map((d) => findDocumentMentions(d, index));
}

describe('incremental linking', () => {
  it('links a document added to a linked corpus alone, and the result equals linking everything afresh', () => {
    const before = linkMentions(documents.slice(0, 4), records, overrides.filter((o) => !o.passageId.startsWith('doc-004')));
    const after = linkMentions(documents, records, overrides);
    // the four documents no override touches are the very objects linked before: not linked again
    const untouched = after.documents.slice(0, 4).filter((document) => !overrides.some((o) => o.passageId.startsWith(`${document.id}-`)));
    expect(untouched.length).toBeGreaterThan(0);
    for (const document of untouched) expect(document).toBe(before.documents.find((d) => d.id === document.id));
    expect(after.documents.map((d) => d.passages.map((p) => p.mentions))).toEqual(linkMentions(structuredClone(documents), records, overrides).documents.map((d) => d.passages.map((p) => p.mentions)));
    expect(documents.map((d) => linkDocument(d, nameIndexOf(records)))).toEqual(linkedAfresh(records));
  });

  it('keeps every link when the gazetteer changes but not its names, and links again when a name is added', () => {
    const index = nameIndexOf(records);
    const linked = documents.map((d) => linkDocument(d, index));
    const moved = records.map((r) => ({ ...r, geometry: { type: 'Point' as const, coordinates: [120.5, 30.7] } }));
    expect(nameIndexOf(moved)).toBe(index);
    expect(documents.map((d) => linkDocument(d, nameIndexOf(moved)))).toEqual(linked);

    // a place the gazetteer lacked, named in every seed document: all of them are linked again
    const added: GazetteerRecord = { ...records[0], id: 'test-tongxiang-economy', properties: { ...records[0].properties, name_zh: '数字经济', aliases: [], contextAliases: [] } };
    const withNew = [...records, added];
    const relinked = documents.map((d) => linkDocument(d, nameIndexOf(withNew)));
    expect(relinked).toEqual(linkedAfresh(withNew));
    const naming = relinked.filter((d) => d.passages.some((p) => p.mentions.some((m) => m.featureId === added.id)));
    expect(naming.length).toBeGreaterThanOrEqual(3);
  });

  it('re-links only what a change of names touches, and equals linking afresh after each change', () => {
    const withName = (id: string, change: (p: GazetteerRecord['properties']) => Partial<GazetteerRecord['properties']>) => (r: GazetteerRecord) =>
      r.id === id ? { ...r, properties: { ...r.properties, ...change(r.properties) } } : r;
    const place = (id: string, name_zh: string): GazetteerRecord => ({ ...records[0], id, properties: { ...records[0].properties, name_zh, aliases: [], contextAliases: [] } });
    const steps: Array<[string, (rs: GazetteerRecord[]) => GazetteerRecord[]]> = [
      ['a place added', (rs) => [...rs, place('test-economy', '数字经济')]],
      ['a longer place added over a known one (乌镇 in 乌镇镇区…)', (rs) => [...rs, place('test-wuzhen-core', '乌镇镇区')]],
      ['a name retired that a quoted name completes (“乌镇之光”超算中心)', (rs) => rs.filter((r) => r.id !== 'wuzhen-light')],
      ['a name only the quoted text spells, given to the town (“乌镇之光”超算中心)', (rs) => rs.map(withName('wuzhen-town', (p) => ({ aliases: [...p.aliases, '乌镇之光超算中心'] })))],
      ['an alias added', (rs) => rs.map(withName('tongxiang', (p) => ({ aliases: [...p.aliases, '桐乡'] })))],
      ['the full name of a place with a context alias changed', (rs) => rs.map(withName('jiahu-cooperation-zone', () => ({ name_zh: '嘉湖合作区' })))],
      ['and changed back', (rs) => rs.map(withName('jiahu-cooperation-zone', () => ({ name_zh: '嘉湖一体化合作先行区' })))],
      // 产业园 links in later passages only because an earlier one named the park in full
      ['a park no longer named in full, its context alias kept', (rs) => rs.map(withName('world-internet-industrial-park', () => ({ name_zh: '世界互联网产业园区甲', aliases: [] })))],
      ['its name back', (rs) => rs.map(withName('world-internet-industrial-park', () => ({ name_zh: '世界互联网产业园' })))],
      ['a context alias dropped', (rs) => rs.map(withName('jiahu-cooperation-zone', () => ({ contextAliases: [] })))],
      ['a context alias restored', (rs) => rs.map(withName('jiahu-cooperation-zone', () => ({ contextAliases: ['先行区'] })))],
      ['the place that makes a context alias link retired', (rs) => rs.filter((r) => r.id !== 'jiahu-cooperation-zone')],
      ['a name given to another place', (rs) => rs.map(withName('test-economy', () => ({ name_zh: '乌镇' })))],
    ];
    let current = records;
    let linked = documents.map((d) => linkDocument(d, nameIndexOf(current)));
    for (const [what, change] of steps) {
      current = change(current);
      const next = documents.map((d) => linkDocument(d, nameIndexOf(current)));
      expect(next, what).toEqual(linkedAfresh(current));
      // a passage that holds none of the changed names is the object it was
      const kept = next.flatMap((d, i) => d.passages.filter((p, j) => p === linked[i].passages[j]));
      expect(kept.length, what).toBeGreaterThan(0);
      linked = next;
    }
  });
});
