import { describe, expect, it } from 'vitest';
import { documentOf, passage, record } from '../testing/fixtures';
import { findMentions, linkMentions } from './link-mentions';
import { buildNameIndex } from './name-index';

const records = [record('wuzhen', '乌镇'), record('wuzhen-lab', '乌镇实验室'), record('wuzhen-light', '乌镇之光', ['之光超算'])];
const index = buildNameIndex(records);

describe('findMentions', () => {
  it('takes the longest name at a position (乌镇实验室 over 乌镇)', () => {
    expect(findMentions('在乌镇实验室', index)).toEqual([{ start: 1, end: 6, featureId: 'wuzhen-lab' }]);
  });

  it('finds every occurrence, with ranges into the original text', () => {
    const text = '乌镇之光位于乌镇';
    const found = findMentions(text, index);
    expect(found.map((m) => [text.slice(m.start, m.end), m.featureId])).toEqual([
      ['乌镇之光', 'wuzhen-light'],
      ['乌镇', 'wuzhen'],
    ]);
  });

  it('finds Simplified names in Traditional text at the same offsets', () => {
    const text = '位於烏鎮實驗室旁';
    const [mention] = findMentions(text, index);
    expect(text.slice(mention.start, mention.end)).toBe('烏鎮實驗室');
    expect(mention.featureId).toBe('wuzhen-lab');
  });

  it('uses aliases', () => {
    expect(findMentions('之光超算', index)[0].featureId).toBe('wuzhen-light');
  });

  it('finds nothing in text naming no place', () => {
    expect(findMentions('数字经济', index)).toEqual([]);
    expect(findMentions('', index)).toEqual([]);
  });
});

describe('linkMentions', () => {
  it("derives each feature's passageIds from its mentions, once per passage, in order", () => {
    const doc = documentOf([passage('doc-test-p000', '乌镇乌镇'), passage('doc-test-p001', '无'), passage('doc-test-p002', '乌镇之光')]);
    const { documents, passageIdsByFeature } = linkMentions([doc], records);
    expect(passageIdsByFeature.get('wuzhen')).toEqual(['doc-test-p000']);
    expect(passageIdsByFeature.get('wuzhen-light')).toEqual(['doc-test-p002']);
    expect(documents[0].passages[0].mentions).toHaveLength(2);
    expect(passageIdsByFeature.has('wuzhen-lab')).toBe(false);
  });
});
