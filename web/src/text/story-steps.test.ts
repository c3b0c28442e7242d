import { describe, expect, it } from 'vitest';
import { storySteps } from './story-steps';

describe('storySteps', () => {
  it('walks places in reading order, once per passage, in order of first mention', () => {
    const steps = storySteps([
      { id: 'p0', mentions: [{ start: 9, end: 11, featureId: 'b' }, { start: 0, end: 2, featureId: 'a' }, { start: 20, end: 22, featureId: 'a' }] },
      { id: 'p1', mentions: [] },
      { id: 'p2', mentions: [{ start: 3, end: 5, featureId: 'a' }] },
    ]);
    expect(steps.map((s) => `${s.passageId}:${s.featureId}`)).toEqual(['p0:a', 'p0:b', 'p2:a']);
    expect(steps[0]).toMatchObject({ start: 0, end: 2 });
  });

  it('skips a place named again right after itself, across passages (issue 16: doc-002 began 乌镇, 桐乡, 乌镇, 乌镇, 乌镇 …)', () => {
    const mention = (featureId: string, start = 0) => ({ start, end: start + 2, featureId });
    const steps = storySteps([
      { id: 'p0', mentions: [mention('wuzhen'), mention('tongxiang', 5)] },
      { id: 'p1', mentions: [mention('tongxiang'), mention('wuzhen', 5)] },
      { id: 'p2', mentions: [mention('wuzhen')] },
      { id: 'p3', mentions: [mention('wuzhen'), mention('xizha', 5), mention('wuzhen', 9)] },
    ]);
    expect(steps.map((s) => `${s.passageId}:${s.featureId}`)).toEqual(['p0:wuzhen', 'p0:tongxiang', 'p1:wuzhen', 'p3:xizha']);
  });

  it('has no stops for a document without places', () => {
    expect(storySteps([{ id: 'p0', mentions: [] }])).toEqual([]);
  });
});
