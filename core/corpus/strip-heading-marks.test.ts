import { describe, expect, it } from 'vitest';
import { stripHeadingMarks } from './strip-heading-marks';

describe('stripHeadingMarks', () => {
  it('removes the mark and reports the level (doc 000)', () => {
    expect(stripHeadingMarks('# 加快推进世界互联网产业园建设对策建议')).toEqual({
      text: '加快推进世界互联网产业园建设对策建议',
      count: 1,
      removed: '# ',
      inserted: '',
      level: 1,
    });
    expect(stripHeadingMarks('##### 1. 强化人才队伍建设。')).toMatchObject({ text: '1. 强化人才队伍建设。', level: 5 });
  });

  it('leaves lines that only contain a # alone', () => {
    for (const line of ['#标签', '第#3号', '#', '####### 七级', '']) {
      expect(stripHeadingMarks(line)).toEqual({ text: line, count: 0, removed: '', inserted: '', level: null });
    }
  });
});
