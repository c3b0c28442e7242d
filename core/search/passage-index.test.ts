import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../corpus/corpus-paths';
import { ingestCorpus } from '../corpus/ingest-corpus';
import { loadGazetteer } from '../gazetteer/load-gazetteer';
import { inputsFromEnv } from '../atlas-inputs';
import { traditionalVariants } from '../text/script-convert';
import { bigramsOf, buildPassageIndex } from './passage-index';
import { searchPassages, type QueryTerm } from './passage-search';
import { passageScan } from './test/scan-passages';

// The real corpus, and queries drawn from it: its passages' words, its places' names, and
// strings of its own characters that occur nowhere whole (the partial-match rule).
const { documents } = ingestCorpus(defaultCorpusDir());
const names = loadGazetteer(inputsFromEnv().placesDir).flatMap((r) => [r.properties.name_zh, ...r.properties.aliases]);
const texts = documents.flatMap((d) => d.passages.map((p) => p.text));
const characters = [...new Set(texts.join('').replace(/\s/g, ''))];
const index = buildPassageIndex(documents);
const scan = passageScan(documents);

const fragment = fc
  .tuple(fc.integer({ min: 0, max: texts.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 12 }))
  .map(([which, at, length]) => {
    const text = texts[which];
    const start = at % Math.max(1, text.length - length);
    return text.slice(start, start + length).trim() || text[0];
  });
const alternative = fc.oneof(
  fragment,
  fragment.map((f) => traditionalVariants(f)[0] ?? f),
  fc.constantFrom(...names),
  fc.array(fc.constantFrom(...characters), { minLength: 1, maxLength: 8 }).map((cs) => cs.join('')),
  fc.constantFrom('wicc', '5g', 'a', 'ai', '互联网产业园建设', '乌镇 峰会', ' '),
);
const distinctTerms = fc.array(fc.array(alternative, { minLength: 1, maxLength: 2 }).map((alternatives): QueryTerm => ({ alternatives })), { minLength: 1, maxLength: 3 });
// a query may repeat a term (的 的 的): matched once, counted each time
const terms = fc.oneof(distinctTerms, distinctTerms.map((ts) => [...ts, ts[0], ts[ts.length - 1]]));

describe('the passage index', () => {
  it('holds every passage under each of its bigrams and characters', () => {
    const missing: string[] = [];
    index.passages.forEach(({ comparable }, position) => {
      for (const bigram of bigramsOf(comparable)) if (!index.postings.positionsOf(bigram)?.includes(position)) missing.push(`${position}:${bigram}`);
      for (const character of comparable.replace(/\s/g, '')) if (!index.characters.positionsOf(character)?.includes(position)) missing.push(`${position}:${character}`);
    });
    expect(missing).toEqual([]);
    expect(index.characters.get('镇')!.length).toBeGreaterThan(10);
    expect(index.characters.has(' ')).toBe(false);
  });

  it('finds, over the real corpus, exactly the hits of a scan of every passage, in the same order, page by page', () => {
    let answered = 0;
    fc.assert(
      fc.property(terms, fc.constantFrom(1, 3, 20, Infinity), (query, limit) => {
        const scanned = scan(query).slice(0, limit);
        expect(searchPassages(index, query, limit)).toEqual(scanned);
        if (scanned.length > 0) answered += 1;
      }),
      { seed: 18, numRuns: 500 },
    );
    // many generated queries find something, so the comparison is about hits, not empty lists
    expect(answered).toBeGreaterThan(150);
  });
});
