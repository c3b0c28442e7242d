import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature } from '../../types/atlas';
import { documentOf, passage, record } from '../testing/fixtures';
import { testStore } from '../testing/test-store';
import { createSearchIndex, splitTerms } from './search-index';

const features = [record('wuzhen-light', '乌镇之光', ['乌镇之光超算中心'], 'Wuzhen Light supercomputing centre'), record('wuzhen-lab', '乌镇实验室')].map(
  (r) => ({ ...r, properties: { ...r.properties, passageIds: [] } }) as AtlasFeature,
);
const docs = [
  documentOf([
    passage('doc-test-p000', '乌镇之光超算中心已经建成。'),
    passage('doc-test-p001', '乌镇实验室落户乌镇，乌镇实验室是重点平台。'),
    passage('doc-test-p002', '烏鎮之光位於桐鄉。'),
    passage('doc-test-p003', '建设互联网产业园，推进互联网新兴产业园区建设。'),
    passage('doc-test-p004', '乌镇加快互联网产业园建设。'),
  ]),
];
const index = createSearchIndex(features, docs);
const passageIds = (q: string) => index.search(q, 10).passages.map((h) => h.passage.id);

describe('search index', () => {
  it('ranks an exact name first', () => {
    expect(index.search('乌镇实验室', 10).features[0].feature.id).toBe('wuzhen-lab');
  });

  it('matches Traditional and Simplified interchangeably, both ways', () => {
    expect(index.search('烏鎮之光', 10).features[0].feature.id).toBe('wuzhen-light');
    expect(passageIds('乌镇之光')).toContain('doc-test-p002');
  });

  it('finds places by English name, case-insensitively', () => {
    expect(index.search('SUPERCOMPUTING', 10).features.map((h) => h.feature.id)).toEqual(['wuzhen-light']);
  });

  it('finds places by toneless pinyin, with or without spaces, and says so', () => {
    for (const q of ['wuzhenzhiguang', 'wu zhen zhi guang', 'Wūzhèn zhīguāng']) {
      const [hit] = index.search(q, 10).features;
      expect(hit, q).toMatchObject({ feature: { id: 'wuzhen-light' }, matchedBy: 'pinyin', matchedName: '乌镇之光' });
    }
    expect(index.search('wuzhen', 10).features.map((h) => h.feature.id).sort()).toEqual(['wuzhen-lab', 'wuzhen-light']);
  });

  it('searches passages for the Chinese a pinyin query spells', () => {
    expect(passageIds('wuzhen shiyanshi')).toEqual(['doc-test-p001']);
  });

  it('requires every space-separated term', () => {
    expect(passageIds('乌镇 重点')).toEqual(['doc-test-p001']);
  });

  it('ranks the exact phrase first, then passages holding its bigrams apart', () => {
    expect(passageIds('互联网产业园建设')).toEqual(['doc-test-p004', 'doc-test-p003']);
    const [exact, apart] = index.search('互联网产业园建设', 10).passages;
    expect(exact.passage.text.slice(exact.start, exact.end)).toBe('互联网产业园建设');
    expect(apart.matches.map((m) => apart.passage.text.slice(m.start, m.end))).toEqual(['建设互联网产业园', '互联网', '产业园', '建设']);
  });

  it('returns the match range and every matched range in the passage', () => {
    const hit = index.search('实验室', 10).passages[0];
    expect(hit.passage.text.slice(hit.start, hit.end)).toBe('实验室');
    expect(hit.matches).toHaveLength(2);
  });

  it('returns nothing for blank queries and honours the limit', () => {
    expect(index.search('   ', 10)).toEqual({ features: [], passages: [] });
    expect(index.search('，。！', 10)).toEqual({ features: [], passages: [] });
    expect(index.search('乌镇', 1).passages).toHaveLength(1);
  });

  it('splits terms on spaces, punctuation and symbols, keeping +', () => {
    expect(splitTerms(' 乌镇，实验室 ')).toEqual(['乌镇', '实验室']);
    expect(splitTerms('华为5G+ (創新)')).toEqual(['华为5g+', '创新']);
  });
});

describe('hostile queries', () => {
  const store = testStore();
  const hostile = ['.*', '(((', '[a-z]+', '\\', '$^|?', '😀🙃'.repeat(50), '\ud800', 'a\udc00b', '乌\ud83d', '镇'.repeat(200), 'a '.repeat(100), '乌镇'.repeat(100), '\u0000\u0001', '%E0%A4%A', 'wu'.repeat(100)];

  // Their speed is measured in scripts/bench/search-bench.ts, not here.
  it.each(hostile.map((q) => [JSON.stringify(q).slice(0, 40), q]))('answers %s without throwing', (_label, q) => {
    const result = store.search.search(q, 100);
    expect(Array.isArray(result.features) && Array.isArray(result.passages)).toBe(true);
  });

  it('never throws on any string up to 200 characters, and every range lies in its passage', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (q) => {
        const { passages } = store.search.search(q, 20);
        for (const hit of passages) {
          expect(hit.start).toBeGreaterThanOrEqual(0);
          expect(hit.end).toBeLessThanOrEqual(hit.passage.text.length);
          for (const m of hit.matches) expect(m.end).toBeLessThanOrEqual(hit.passage.text.length);
        }
      }),
      { numRuns: 150, seed: 6 },
    );
  });
});

describe('search over the real corpus', () => {
  const store = testStore();
  const search = (q: string) => store.search.search(q, 20);

  it('finds 乌镇-named places for `wuzhen` and `wu zhen`', () => {
    for (const q of ['wuzhen', 'wu zhen']) {
      const { features, passages } = search(q);
      expect(features.length, q).toBeGreaterThan(10);
      for (const hit of features.slice(0, 10)) {
        const names = [hit.feature.properties.name_zh, ...hit.feature.properties.aliases].join(' ');
        expect(names, hit.feature.id).toContain('乌镇');
      }
      expect(passages.length).toBeGreaterThan(10);
      for (const hit of passages) expect(hit.passage.text.slice(hit.start, hit.end)).toMatch(/^(乌镇|烏鎮)$/);
    }
  });

  it('finds Tongxiang for `tongxiang`, and wuzhen-light for `wuzhenzhiguang` and `烏鎮之光`', () => {
    expect(search('tongxiang').features[0].feature.id).toBe('tongxiang');
    expect(search('wuzhenzhiguang').features[0].feature.id).toBe('wuzhen-light');
    expect(search('烏鎮之光').features[0].feature.id).toBe('wuzhen-light');
    expect(search('烏鎮之光').passages.map((h) => h.passage.id)).toEqual(expect.arrayContaining(['doc-001-p013', 'doc-003-p039']));
  });

  it('ranks the park first for 互联网产业园, and its exact phrase first in passages', () => {
    const { features, passages } = search('互联网产业园');
    expect(features[0].feature.id).toBe('world-internet-industrial-park');
    expect(features.slice(0, 2).map((h) => h.feature.properties.layer)).toEqual(['parks', 'parks']);
    expect(passages[0].passage.id).toBe('doc-000-p000');
  });

  it('ranks passages holding every bigram of 互联网产业园建设 after those holding it whole', () => {
    const { passages } = search('互联网产业园建设');
    const whole = passages.filter((h) => h.passage.text.includes('互联网产业园建设'));
    expect(whole.length).toBeGreaterThan(0);
    expect(passages.slice(0, whole.length)).toEqual(whole);
    expect(passages.length).toBeGreaterThan(whole.length);
  });

  it('ranks exact English names first and finds places by English keywords (issue 16)', () => {
    expect(search('Jiaxing–Huzhou').features[0].feature.id).toBe('jiahu-cooperation-zone');
    expect(search('supercomputer').features[0].feature.id).toBe('wuzhen-light');
    expect(search('convention centre').features.slice(0, 2).map((h) => h.feature.id).sort()).toEqual(['internet-business-convention-centre', 'wic-venue']);
    expect(search('lake').features.map((h) => h.feature.id)).toContain('xianghu-lake');
  });

  it('finds places by English name and pinyin of Traditional-script places', () => {
    expect(search('grand canal').features[0].feature.id).toBe('grand-canal');
    expect(search('xizha').features[0].feature.id).toBe('xizha-scenic-area');
    expect(search('xiaoshan airport').features[0].feature.id).toBe('xiaoshan-airport');
  });
});
