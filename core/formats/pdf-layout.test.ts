import { describe, expect, it } from 'vitest';
import { layoutPages, runsToLines, type PdfLine, type PdfTextRun } from './pdf-layout';

const run = (str: string, x: number, y: number, extra: Partial<PdfTextRun> = {}): PdfTextRun => ({
  str,
  x,
  y,
  width: [...str].length * 10,
  size: 10,
  hasEOL: false,
  ...extra,
});

describe('runsToLines', () => {
  it('puts runs on one baseline into one line, spacing Latin words apart but not Chinese', () => {
    const lines = runsToLines([
      run('乌镇', 72, 700),
      run('峰会', 92, 700),
      run('World', 115, 700.5),
      run('Internet', 172, 700),
      run('', 0, 0, { hasEOL: true }),
      run('第二行', 72, 684),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['乌镇峰会 World Internet', '第二行']);
    expect(lines[0]).toMatchObject({ left: 72, right: 252, y: 700, size: 10 });
  });

  it('starts a new line after an end-of-line mark even on the same baseline, and drops blank runs', () => {
    expect(runsToLines([run('甲', 72, 700, { hasEOL: true }), run('乙', 82, 700), run('   ', 92, 700)]).map((line) => line.text)).toEqual(['甲', '乙']);
  });

  it('spaces runs far apart on one line, as table columns are', () => {
    expect(runsToLines([run('项目', 72, 700), run('面积', 300, 700)])[0]?.text).toBe('项目 面积');
  });
});

const line = (text: string, left: number, y: number, size = 10, right = left + [...text].length * size): PdfLine => ({ text, left, right, y, size });

describe('layoutPages', () => {
  it('measures fill against the body column, marks indents, gaps, page starts and larger type as headings', () => {
    const page1 = [
      line('乌镇规划', 72, 760, 16),
      line('乌镇位于浙江省桐乡市北端，地处江苏浙江两', 92, 730),
      line('省三市交界处，京杭大运河在镇区西侧流过。', 72, 714, 10, 282),
      line('镇区距上海约110公里。', 72, 698, 10, 190),
      line('新建的乌镇大道将串联高铁站与会展中心。', 72, 660),
    ];
    const page2 = [line('形成一轴两心的交通骨架，通苏嘉甬铁路在', 72, 760), line('镇南设站。', 72, 744)];
    const { blocks } = layoutPages([page1, page2]);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks[0]?.level).toBe(1);
    const [, first, second, third, fourth, fifth] = blocks.map((block) => block.lines[0]);
    expect(first).toMatchObject({ indented: true, spaced: true, pageStart: false });
    expect(second).toMatchObject({ indented: false, spaced: false });
    expect(second?.fill).toBeCloseTo(1, 1);
    expect(third?.fill).toBeLessThan(0.6);
    expect(fourth).toMatchObject({ indented: false, spaced: true });
    expect(fifth).toMatchObject({ pageStart: true });
  });

  it('drops running heads and page numbers, and says how many', () => {
    const pages = [1, 2, 3, 4].map((n) => [
      line('乌镇规划（征求意见稿）', 72, 800, 9),
      line(`第${n}页的正文内容，足够长的一行文字。`, 72, 700),
      line(`- ${n} -`, 280, 40, 9),
    ]);
    const { blocks, droppedLines } = layoutPages(pages);
    expect(droppedLines).toBe(8);
    expect(blocks.map((block) => block.lines[0]?.text)).toEqual([1, 2, 3, 4].map((n) => `第${n}页的正文内容，足够长的一行文字。`));
  });

  it('drops a bare page number even on a one-page document', () => {
    expect(layoutPages([[line('正文。', 72, 700), line('第 1 页，共 1 页', 250, 40)]]).blocks).toHaveLength(1);
  });
});
