import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../../types/atlas';
import { documentOf, passage, record } from '../testing/fixtures';
import { createSearchIndex, splitTerms } from './search-index';

const features = [record('wuzhen-light', '乌镇之光', ['乌镇之光超算中心'], 'Wuzhen Light supercomputing centre'), record('wuzhen-lab', '乌镇实验室')].map(
  (r) => ({ ...r, properties: { ...r.properties, passageIds: [] } }) as AtlasFeature,
);
const docs = [
  documentOf([
    passage('doc-test-p000', '乌镇之光超算中心已经建成。'),
    passage('doc-test-p001', '乌镇实验室落户乌镇，乌镇实验室是重点平台。'),
    passage('doc-test-p002', '烏鎮之光位於桐鄉。'),
  ]),
];
const index = createSearchIndex(features, docs);

describe('search index', () => {
  it('ranks an exact name first', () => {
    expect(index.search('乌镇实验室', 10).features[0].feature.id).toBe('wuzhen-lab');
  });

  it('matches Traditional and Simplified interchangeably, both ways', () => {
    expect(index.search('烏鎮之光', 10).features[0].feature.id).toBe('wuzhen-light');
    const passages = index.search('乌镇之光', 10).passages.map((h) => h.passage.id);
    expect(passages).toContain('doc-test-p002');
  });

  it('finds places by English name, case-insensitively', () => {
    expect(index.search('SUPERCOMPUTING', 10).features.map((h) => h.feature.id)).toEqual(['wuzhen-light']);
  });

  it('requires every space-separated term', () => {
    const ids = index.search('乌镇 重点', 10).passages.map((h) => h.passage.id);
    expect(ids).toEqual(['doc-test-p001']);
  });

  it('returns the match range in the passage', () => {
    const hit = index.search('实验室', 10).passages[0];
    expect(hit.passage.text.slice(hit.start, hit.end)).toBe('实验室');
  });

  it('returns nothing for blank queries and honours the limit', () => {
    expect(index.search('   ', 10)).toEqual({ features: [], passages: [] });
    expect(index.search('乌镇', 1).passages).toHaveLength(1);
  });

  it('splits terms on spaces and Chinese punctuation', () => {
    expect(splitTerms(' 乌镇，实验室 ')).toEqual(['乌镇', '实验室']);
  });
});
