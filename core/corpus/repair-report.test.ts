import { describe, expect, it } from 'vitest';
import { charsByKind, REPAIR_NAMES, RepairTally } from './repair-report';

describe('RepairTally', () => {
  it('lists every repair, zeros included', () => {
    const repairs = new RepairTally().repairs();
    expect(Object.keys(repairs)).toEqual([...REPAIR_NAMES]);
    expect(repairs['strip-pinyin']).toEqual({ count: 0, removed: 0, inserted: 0, removedText: '', insertedText: '' });
  });

  it('adds up what each repair removed and inserted', () => {
    const tally = new RepairTally();
    tally.record('strip-pinyin', '(xiāng)');
    tally.record('strip-pinyin', '(jīng)');
    expect(tally.apply('strip-sup-tags', { text: '1200m²', count: 1, removed: '<sup>2</sup>', inserted: '²' })).toBe('1200m²');
    const repairs = tally.repairs();
    expect(repairs['strip-pinyin']).toMatchObject({ count: 2, removed: 13, removedText: '(xiāng)(jīng)' });
    expect(repairs['strip-sup-tags']).toMatchObject({ count: 1, removed: 12, inserted: 1, insertedText: '²' });
  });

  it('ignores a repair that changed nothing', () => {
    const tally = new RepairTally();
    tally.record('trim-whitespace', '', '', 1);
    expect(tally.repairs()['trim-whitespace'].count).toBe(0);
  });
});

describe('charsByKind', () => {
  it('sums text length per passage kind', () => {
    const totals = charsByKind([
      { kind: 'paragraph', text: '乌镇' },
      { kind: 'caption', text: '杭州钱江新城' },
      { kind: 'paragraph', text: '。' },
    ]);
    expect(totals).toEqual({ title: 0, heading: 0, paragraph: 3, caption: 6, byline: 0, meta: 0 });
  });
});
