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
});
