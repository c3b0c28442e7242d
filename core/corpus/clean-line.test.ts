import { describe, expect, it } from 'vitest';
import { cleanLine } from './clean-line';
import { RepairTally } from './repair-report';

function line(text: string) {
  return { lineNo: 1, text, gapBefore: '', blankLinesBefore: 0 };
}

describe('cleanLine', () => {
  it('applies the line repairs in order and records each', () => {
    const tally = new RepairTally();
    const clean = cleanLine(line('### 3. 建设面积 1200m<sup>2</sup> 的全球路演中心 '), tally);
    expect(clean).toMatchObject({ text: '3. 建设面积 1200m² 的全球路演中心', headingLevel: 3, trailingSpace: true });
    const repairs = tally.repairs();
    expect(repairs['strip-heading-marks'].removedText).toBe('### ');
    expect(repairs['strip-sup-tags'].insertedText).toBe('²');
    expect(repairs['trim-whitespace'].removedText).toBe(' ');
  });

  it('strips pinyin before collapsing doubling, so annotations cannot hide a run', () => {
    const clean = cleanLine(line('桐鄉(xiāng)市經(jīng)信局'), new RepairTally());
    expect(clean.text).toBe('桐鄉市經信局');
  });

  it('keeps an ordinary line as it is', () => {
    const tally = new RepairTally();
    expect(cleanLine(line('烏鎮,剛好符合這些條件。'), tally)).toMatchObject({
      text: '烏鎮,剛好符合這些條件。',
      headingLevel: null,
      trailingSpace: false,
      afterPageBreak: false,
    });
    expect(Object.values(tally.repairs()).every((repair) => repair.count === 0)).toBe(true);
  });
});
