import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { realClaims } from './test/real-claims';

const index = realClaims();
const sentences = index.claims.map((claim) => claim.sentence.text);

/** The claims search by its definition: the places' claims, then every claim whose sentence holds each term, in date order. */
function scanClaims(query: string, limit: number, featureIds: string[]): Claim[] {
  const terms = searchForm(query).split(/[\s,，、;；]+/u).filter(Boolean);
  const found = [...new Set([...featureIds.flatMap((id) => index.byFeature.get(id) ?? []), ...(terms.length > 0 ? index.claims.filter((c) => terms.every((t) => searchForm(c.sentence.text).includes(t))) : [])])];
  return found.slice(0, limit);
}

const fragment = fc
  .tuple(fc.integer({ min: 0, max: sentences.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 8 }))
  .map(([which, at, length]) => {
    const text = sentences[which];
    const start = at % Math.max(1, text.length - length);
    return text.slice(start, start + length);
  });
const query = fc.array(fc.oneof(fragment, fc.constantFrom('乌镇', '亿元', '2020', '，', ' ', 'zzz')), { minLength: 1, maxLength: 3 }).map((parts) => parts.join(' '));

describe('claims search', () => {
  it('finds, through the sentence postings, exactly the claims a scan of every sentence finds', () => {
    const featureIds = [...index.byFeature.keys()];
    let answered = 0;
    fc.assert(
      fc.property(query, fc.constantFrom(1, 5, 20, 1000), fc.subarray(featureIds, { maxLength: 2 }), (q, limit, ids) => {
        const expected = scanClaims(q, limit, ids);
        expect(index.search(q, limit, ids).map((c) => c.id)).toEqual(expected.map((c) => c.id));
        if (expected.length > 0) answered += 1;
      }),
      { seed: 18, numRuns: 300 },
    );
    expect(answered).toBeGreaterThan(150);
  });
});
