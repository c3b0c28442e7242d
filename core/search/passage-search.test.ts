import { describe, expect, it } from 'vitest';
import { documentOf, passage } from '../testing/fixtures';
import { bigramsOf, buildPassageIndex } from './passage-index';
import { mergeRanges, searchPassages } from './passage-search';

const index = buildPassageIndex([
  documentOf([
    passage('doc-test-p000', '世界互联网产业园建设'),
    passage('doc-test-p001', '加快互联网发展，建设新材料产业园'),
    passage('doc-test-p002', '互联网大会在乌镇举办'),
    { ...passage('doc-test-p003', '互联网产业园'), kind: 'title' },
  ]),
]);
const ids = (...alternatives: string[][]) => searchPassages(index, alternatives.map((a) => ({ alternatives: a }))).map((h) => h.passage.id);

describe('buildPassageIndex', () => {
  it('indexes every bigram of each passage, with postings and IDF', () => {
    expect(bigramsOf('乌镇 峰会')).toEqual(['乌镇', '峰会']);
    expect(index.postings.get('联网')).toEqual([0, 1, 2, 3]);
    expect(index.idf('乌镇')).toBeGreaterThan(index.idf('联网'));
    expect(index.idf('无此')).toBe(0);
  });
});

describe('searchPassages', () => {
  it('puts exact phrases first, then passages holding enough of the bigrams', () => {
    expect(ids(['互联网产业园建设'])).toEqual(['doc-test-p000', 'doc-test-p003', 'doc-test-p001']);
    expect(ids(['互联网产业园'])).toEqual(['doc-test-p003', 'doc-test-p000', 'doc-test-p001']);
  });

  it('requires every term, any of its alternatives', () => {
    expect(ids(['互联网'], ['乌镇'])).toEqual(['doc-test-p002']);
    expect(ids(['互联网'], ['北京', '乌镇'])).toEqual(['doc-test-p002']);
    expect(ids(['互联网'], ['北京'])).toEqual([]);
  });

  it('matches Latin text and single characters only whole', () => {
    expect(ids(['镇'])).toEqual(['doc-test-p002']);
    expect(ids(['wicc'])).toEqual([]);
  });

  it('merges touching and overlapping ranges', () => {
    expect(mergeRanges([{ start: 4, end: 6 }, { start: 0, end: 2 }, { start: 1, end: 3 }, { start: 6, end: 7 }])).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
  });
});
