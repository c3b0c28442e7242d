import { describe, expect, it } from 'vitest';
import { inputsFromEnv } from '../atlas-inputs';
import { loadClaimCorrections } from '../claims/apply-corrections';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { loadMentionOverrides } from '../linking/mention-overrides';
import { buildAtlas, type AtlasStore } from './atlas-store';
import { loadLayerCatalog } from './layer-catalog';

const inputs = inputsFromEnv({});
const catalog = loadLayerCatalog(inputs.layersFile);
const { documents } = ingestCorpus(inputs.corpusDir, { curatedFile: inputs.documentsFile });
const records = loadGazetteer(inputs.placesDir);
const options = { overrides: loadMentionOverrides(inputs.mentionOverridesFile), corrections: loadClaimCorrections(inputs.claimCorrectionsFile), threshold: inputs.layerThreshold };

/** What a snapshot says, as plain data: links, claims, discrepancies, and a few searches. */
function contentOf(store: AtlasStore) {
  return {
    passages: store.documents.map((d) => d.passages.map((p) => [p.id, p.mentions])),
    passageIds: store.features.map((f) => [f.id, f.properties.passageIds]),
    claims: store.claims.claims,
    discrepancies: store.claims.discrepancies,
    searches: ['乌镇', '互联网产业园建设', 'wuzhen', '烏鎮之光', '亿元'].map((q) => store.search.search(q, 20).passages.map((h) => [h.passage.id, h.score, h.matches])),
    claimSearch: store.claims.search('乌镇 亿元', 50).map((c) => c.id),
  };
}

describe('a snapshot built on a remembered one', () => {
  it('equals a snapshot built from nothing when a document is added', () => {
    // doc-000 … doc-003 linked, their claims drawn (the reviewed corrections of doc-004 wait for it)
    const ofDoc004 = (id: string | undefined) => id?.startsWith('doc-004-') ?? false;
    const withoutDoc004 = {
      ...options,
      overrides: options.overrides.filter((o) => !ofDoc004(o.passageId)),
      corrections: options.corrections.filter((c) => !ofDoc004('claim' in c ? c.claim : c.passageId)),
    };
    buildAtlas(catalog, documents.slice(0, 4), records, withoutDoc004);
    const added = buildAtlas(catalog, documents, records, options);
    const fresh = buildAtlas(catalog, structuredClone(documents), structuredClone(records), options);
    expect(contentOf(added)).toEqual(contentOf(fresh));
  });

  it('keeps each document it has seen, and attaches claims again when a place moves', () => {
    const first = buildAtlas(catalog, documents, records, options);
    const again = buildAtlas(catalog, documents, records, options);
    expect(again.documents.filter((d, i) => d === first.documents[i]).length).toBeGreaterThan(0);
    expect(contentOf(again)).toEqual(contentOf(first));

    // a town moved far away: claims that went to it as a place inside its city no longer may
    const moved = records.map((r) => (r.id === 'wuzhen-town' ? { ...r, geometry: { type: 'Point' as const, coordinates: [100, 20] } } : r));
    const afterMove = contentOf(buildAtlas(catalog, documents, moved, options));
    expect(afterMove.claims).not.toEqual(contentOf(first).claims);
    expect(afterMove).toEqual(contentOf(buildAtlas(catalog, structuredClone(documents), structuredClone(moved), options)));
  });
});
