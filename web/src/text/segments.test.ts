import { describe, expect, it } from 'vitest';
import { segmentText } from './segments';

describe('segmentText', () => {
  it('returns one plain run for unmarked text', () => {
    expect(segmentText('乌镇')).toEqual([{ text: '乌镇', start: 0, end: 2, featureId: null, damaged: null, highlighted: false }]);
  });

  it('marks a mention and keeps the text around it', () => {
    const runs = segmentText('位于乌镇之光旁', { mentions: [{ start: 2, end: 6, featureId: 'wuzhen-light' }] });
    expect(runs.map((r) => r.text)).toEqual(['位于', '乌镇之光', '旁']);
    expect(runs[1].featureId).toBe('wuzhen-light');
    expect(runs.map((r) => r.text).join('')).toBe('位于乌镇之光旁');
  });

  it('splits overlapping marks into runs carrying both', () => {
    const runs = segmentText('abcdef', {
      mentions: [{ start: 1, end: 4, featureId: 'x' }],
      damaged: [{ start: 3, end: 5 }],
      highlights: [{ start: 1, end: 4 }],
    });
    expect(runs.map((r) => [r.text, r.featureId, !!r.damaged, r.highlighted])).toEqual([
      ['a', null, false, false],
      ['bc', 'x', false, true],
      ['d', 'x', true, true],
      ['e', null, true, false],
      ['f', null, false, false],
    ]);
  });

  it('clamps ranges that run past the text', () => {
    expect(segmentText('ab', { damaged: [{ start: 1, end: 9 }] }).map((r) => r.text)).toEqual(['a', 'b']);
  });

  it('handles empty text', () => {
    expect(segmentText('')).toEqual([]);
  });
});
