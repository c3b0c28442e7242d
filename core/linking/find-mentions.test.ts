import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../types/atlas';
import { record } from '../testing/fixtures';
import { findMentions, isQualified } from './find-mentions';
import { buildNameIndex } from './name-index';

const withContext = (r: GazetteerRecord, contextAliases: string[]): GazetteerRecord => ({ ...r, properties: { ...r.properties, contextAliases } });

const index = buildNameIndex([
  record('wuzhen', '乌镇'),
  record('wuzhen-lab', '乌镇实验室'),
  record('wuzhen-light', '乌镇之光', ['之光超算']),
  record('jiaxing', '嘉兴市', ['嘉兴']),
  record('hangzhou', '杭州市', ['杭州']),
  record('qianjiang', '钱江新城'),
  record('park', '世界互联网产业园'),
  withContext(record('zone', '嘉湖一体化合作先行区'), ['先行区']),
]);

const linked = (text: string, named?: Set<string>) => findMentions(text, index, named).map((m) => [text.slice(m.start, m.end), m.featureId]);

describe('findMentions: every occurrence, longest first', () => {
  it('takes the longest name at a position (乌镇实验室 over 乌镇)', () => {
    expect(findMentions('在乌镇实验室', index)).toEqual([{ start: 1, end: 6, featureId: 'wuzhen-lab' }]);
  });

  it('finds every occurrence, with ranges into the original text', () => {
    expect(linked('乌镇之光位于乌镇，乌镇之光')).toEqual([
      ['乌镇之光', 'wuzhen-light'],
      ['乌镇', 'wuzhen'],
      ['乌镇之光', 'wuzhen-light'],
    ]);
  });

  it('finds Simplified names in Traditional text at the same offsets', () => {
    const text = '位於烏鎮實驗室旁';
    const [mention] = findMentions(text, index);
    expect(text.slice(mention.start, mention.end)).toBe('烏鎮實驗室');
    expect(mention.featureId).toBe('wuzhen-lab');
  });

  it('uses aliases, and finds nothing in text naming no place', () => {
    expect(linked('之光超算')).toEqual([['之光超算', 'wuzhen-light']]);
    expect(findMentions('数字经济', index)).toEqual([]);
    expect(findMentions('', index)).toEqual([]);
  });
});

describe('findMentions: no place inside an event name (issue 16)', () => {
  it('links neither the town nor a venue in the name of the summit or a festival', () => {
    expect(linked('世界互联网大会·乌镇峰会在乌镇举行')).toEqual([['乌镇', 'wuzhen']]);
    expect(linked('烏鎮峰會永久舉辦地')).toEqual([]);
    expect(linked('乌镇国际戏剧节举办地')).toEqual([]);
  });

  it('still links the place where an event is held', () => {
    expect(linked('乌镇举办大会')).toEqual([['乌镇', 'wuzhen']]);
    expect(linked('在杭州召开的峰会')).toEqual([['杭州', 'hangzhou']]);
  });
});

describe('findMentions: no name inside a longer place-like term', () => {
  it('refuses a bare name that a few characters turn into another place (嘉兴南站, 嘉兴科技城)', () => {
    expect(linked('到达嘉兴南站')).toEqual([]);
    expect(linked('位于嘉兴科技城的企业')).toEqual([]);
    expect(linked('乌镇站上了新起点')).toEqual([['乌镇', 'wuzhen']]);
  });

  it('keeps a name followed by another place, a town, or a long description', () => {
    expect(linked('杭州钱江新城')).toEqual([
      ['杭州', 'hangzhou'],
      ['钱江新城', 'qianjiang'],
    ]);
    expect(linked('作为首批授牌的嘉兴市级高能级产业园')).toEqual([['嘉兴市', 'jiaxing']]);
  });

  it('refuses a known name at the start of a longer unknown place (issue 18: 乌镇云舟宾客中心)', () => {
    expect(findMentions('乌镇云舟宾客中心位于乌镇', index)).toEqual([{ start: 10, end: 12, featureId: 'wuzhen' }]);
  });

  it('keeps a quoted name before a head word: “乌镇之光”超算中心', () => {
    expect(linked('“乌镇之光”超算中心建成运行')).toEqual([['乌镇之光', 'wuzhen-light']]);
  });
});

describe('findMentions: context aliases', () => {
  it('links a short form only after the full name in the same document', () => {
    expect(linked('打造嘉湖一体化合作先行区。产业园作为先行区的重要组成部分，托举先行区成为引力场')).toEqual([
      ['嘉湖一体化合作先行区', 'zone'],
      ['先行区', 'zone'],
      ['先行区', 'zone'],
    ]);
    expect(linked('托举先行区成为引力场')).toEqual([]);
    expect(linked('托举先行区成为引力场', new Set(['zone']))).toEqual([['先行区', 'zone']]);
    expect(linked('先行区。嘉湖一体化合作先行区')).toEqual([['嘉湖一体化合作先行区', 'zone']]);
  });

  it('does not link a short form after a qualifier', () => {
    const named = new Set(['zone']);
    expect(linked('全国数字治理先行区', named)).toEqual([]);
    expect(linked('海宁市是世界级家纺产业集群先行区', named)).toEqual([]);
    expect(isQualified('数字治理先行区', 4)).toBe(true);
    expect(isQualified('作为先行区', 2)).toBe(false);
    expect(isQualified('先行区', 0)).toBe(false);
    expect(isQualified('“先行区', 1)).toBe(false);
  });

  it('does not link a short form that is the start of a longer term (产业园 in 产业园区)', () => {
    const park = buildNameIndex([withContext(record('park', '世界互联网产业园'), ['产业园'])]);
    const text = '世界互联网产业园建设。产业园区管委会下设办公室，对产业园的建设';
    expect(findMentions(text, park).map((m) => text.slice(m.start, m.end))).toEqual(['世界互联网产业园', '产业园']);
    expect(findMentions(text, park).at(-1)!.start).toBe(text.lastIndexOf('产业园'));
  });
});
