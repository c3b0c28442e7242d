import { describe, expect, it } from 'vitest';
import type { ClassifiedLine } from './classify-lines';
import { joinHardWraps } from './join-hard-wraps';
import { RepairTally } from './repair-report';

function line(lineNo: number, text: string, joinsPrevious: boolean, gapBefore = '\n\n'): ClassifiedLine {
  return {
    lineNo,
    text,
    gapBefore,
    blankLinesBefore: 1,
    afterPageBreak: false,
    trailingSpace: false,
    headingLevel: null,
    kind: 'paragraph',
    rule: joinsPrevious ? 'continuation' : 'body',
    joinsPrevious,
  };
}

describe('joinHardWraps', () => {
  it('joins wrapped lines without inserting anything between Chinese characters (doc 002)', () => {
    const tally = new RepairTally();
    const blocks = joinHardWraps(
      [
        line(98, '以习近平总书记为核心的党中央对乌镇的建设和发展高度重视，总书记不仅多次亲临乌镇，为乌镇发展指明方向，更把世', false, '\n'),
        line(100, '界互联网大会这个国家级外交平台交给了乌镇。', true),
        line(102, '（三）自身发展相对滞后', false),
      ],
      '\n\n',
      tally,
    );
    expect(blocks.map((block) => [block.text, block.lineNos])).toEqual([
      ['以习近平总书记为核心的党中央对乌镇的建设和发展高度重视，总书记不仅多次亲临乌镇，为乌镇发展指明方向，更把世界互联网大会这个国家级外交平台交给了乌镇。', [98, 100]],
      ['（三）自身发展相对滞后', [102]],
    ]);
    const repairs = tally.repairs();
    expect(repairs['join-hard-wraps']).toMatchObject({ count: 1, removedText: '\n\n', inserted: 0 });
    expect(repairs['separate-passages']).toMatchObject({ count: 3, removedText: '\n\n\n\n\n' });
  });

  it('puts a space back between two Latin words cut at a wrap', () => {
    const tally = new RepairTally();
    const [block] = joinHardWraps([line(1, 'World Internet', false, ''), line(2, 'Conference。', true, '\n')], '', tally);
    expect(block?.text).toBe('World Internet Conference。');
    expect(tally.repairs()['join-hard-wraps']).toMatchObject({ removedText: '\n', insertedText: ' ' });
  });

  it('joins a digit to a Chinese measure word with nothing between (在 2⏎小时)', () => {
    const [block] = joinHardWraps([line(1, '车程均在 2', false, ''), line(2, '小时以内。', true, '\n\n')], '', new RepairTally());
    expect(block?.text).toBe('车程均在 2小时以内。');
  });

  it('makes no block from no lines, but still accounts for the blank lines', () => {
    const tally = new RepairTally();
    expect(joinHardWraps([], '\n\n', tally)).toEqual([]);
    expect(tally.repairs()['separate-passages'].removed).toBe(2);
  });
});
