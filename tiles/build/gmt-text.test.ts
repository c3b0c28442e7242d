import { describe, expect, it } from 'vitest';
import { GmtTextError, parseGmtSegments, segmentLevel } from './gmt-text';

describe('GMT multi-segment text', () => {
  it('reads segments, skips empty ones and reads levels', () => {
    const text = [
      '> Shore Bin # 20638, Level 2',
      '> Shore Bin # 20638, Level 1',
      '120\t31.0292210269',
      '119.996948196\t31.0308384833',
      '> River Level 8',
      '120.5 30.7',
      '120.6 30.8',
      '',
    ].join('\n');
    const segs = parseGmtSegments(text);
    expect(segs).toEqual([
      { header: 'Shore Bin # 20638, Level 1', points: [[120, 31.0292210269], [119.996948196, 31.0308384833]] },
      { header: 'River Level 8', points: [[120.5, 30.7], [120.6, 30.8]] },
    ]);
    expect(segs.map((s) => segmentLevel(s.header))).toEqual([1, 8]);
    expect(segmentLevel('Zhejiang (China) Segment 0')).toBeNull();
  });

  it('names the line of a malformed point', () => {
    expect(() => parseGmtSegments('> x\n1 2\nnot a point')).toThrow(GmtTextError);
    expect(() => parseGmtSegments('1 2')).toThrow(/line 1/);
  });
});
