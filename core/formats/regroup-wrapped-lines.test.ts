import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCuratedDocuments } from '../corpus/curated-documents';
import { ingestDocument } from '../corpus/ingest-document';
import { defaultCorpusDir } from '../corpus/corpus-paths';
import { isHardWrapped, regroupWrappedLines } from './regroup-wrapped-lines';
import { renderSourceText } from './render-source-text';
import type { TextBlock } from './text-block';
import { readPlan, wrapColumns } from './test/fixtures';

const lone = (text: string, extra: Partial<TextBlock['lines'][number]> = {}): TextBlock => ({ kind: 'paragraph', lines: [{ text, ...extra }] });
const joined = (blocks: readonly TextBlock[]) => blocks.map((block) => block.lines.map((line) => line.text).join(''));

describe('regroupWrappedLines', () => {
  const plan = readPlan();
  const paragraphs = plan.sections.flatMap((section) => section.paragraphs);

  it('gathers lines wrapped at a fixed width back into their paragraphs', () => {
    const lines = paragraphs.flatMap((paragraph) => wrapColumns(paragraph, 60).map((text) => lone(text)));
    const regrouped = regroupWrappedLines(lines);
    expect(regrouped.hardWrapped).toBe(true);
    expect(joined(regrouped.blocks)).toEqual(paragraphs);
  });

  it('ends a paragraph at an indent even where its last line is full, and joins a full line ending in 。', () => {
    // at 52 columns with a 4-column indent, one line inside a paragraph ends exactly in 。
    const wrapped = paragraphs.map((paragraph) => wrapColumns(paragraph, 52, 4));
    expect(wrapped.some((lines) => lines.slice(0, -1).some((line) => line.endsWith('。')))).toBe(true);
    const lines = wrapped.flatMap((each) => each.map((text, i) => lone(text, i === 0 ? { indentColumns: 4, indented: true } : {})));
    expect(joined(regroupWrappedLines(lines).blocks)).toEqual(paragraphs);
  });

  it('joins a short line the wrap broke before a number too long for the room left, and ends one the next word would have fitted', () => {
    // 30 columns: ,区域…指数达到 fills 25, and 101.89 (6 columns) did not fit after it
    const paragraph = '桐乡市大力实施传统制造业数字化,区域两化融合发展指数达到101.89,稳居全省一类地区。';
    const lines = wrapColumns(paragraph, 30);
    expect(lines[1]).toBe(',区域两化融合发展指数达到');
    const next = '依托良好的产业数字化基础,桐乡市在全省数字化改革工作中入选多个省级试点,成效明显。';
    const blocks = [...lines, ...wrapColumns(next, 30)].map((text) => lone(text));
    expect(joined(regroupWrappedLines(blocks).blocks)).toEqual([paragraph, next]);
  });

  it('keeps headings apart and leaves multi-line blocks alone', () => {
    const blocks: TextBlock[] = [
      { kind: 'heading', level: 1, lines: [{ text: plan.title }] },
      ...wrapColumns(paragraphs[0] as string, 50).map((text) => lone(text)),
      { kind: 'paragraph', lines: [{ text: '第一行' }, { text: '第二行' }] },
      ...wrapColumns(paragraphs[1] as string, 50).map((text) => lone(text)),
    ];
    const { blocks: regrouped } = regroupWrappedLines(blocks);
    expect(regrouped.map((block) => [block.kind, block.lines.length])).toEqual([
      ['heading', 1],
      ['paragraph', wrapColumns(paragraphs[0] as string, 50).length],
      ['paragraph', 2],
      ['paragraph', wrapColumns(paragraphs[1] as string, 50).length],
    ]);
  });

  it('leaves a document of whole paragraphs as it is', () => {
    const blocks = [lone(plan.title), ...paragraphs.map((paragraph) => lone(paragraph))];
    expect(isHardWrapped(blocks)).toBe(false);
    expect(regroupWrappedLines(blocks)).toEqual({ blocks, hardWrapped: false });
  });

  it('judges a list of short items, and too few lines, as not wrapped', () => {
    expect(isHardWrapped(['一、总体要求', '二、空间布局', '三、产业发展', '四、生态保护', '五、保障措施'].map((text) => lone(text)))).toBe(false);
    expect(isHardWrapped(wrapColumns(paragraphs[0] as string, 60).slice(0, 2).map((text) => lone(text)))).toBe(false);
  });

  it('uses measured fill (PDF) where the format gives it', () => {
    const blocks = [lone('乌镇位于浙江省桐乡市北端，地处', { fill: 1 }), lone('两省三市交界处。', { fill: 0.5 }), lone('京杭大运河穿镇而过，', { fill: 0.98 }), lone('历史悠久。', { fill: 0.3 })];
    expect(joined(regroupWrappedLines(blocks).blocks)).toEqual(['乌镇位于浙江省桐乡市北端，地处两省三市交界处。', '京杭大运河穿镇而过，历史悠久。']);
  });

  it('regroups corpus doc 002, line by line as a Word export would give it, into the passages its text gives', () => {
    // doc 002 is hard-wrapped at 110 columns and marks paragraph ends with a trailing space; the
    // export loses that mark, so the regrouping has to find every paragraph end from the layout alone
    const file = '002_d4b335c064cf9ccf.txt';
    const raw = readFileSync(`${defaultCorpusDir({})}/${file}`, 'utf8');
    const curated = loadCuratedDocuments()[file] ?? {};
    const blocks = raw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((text) => lone(text));
    const regrouped = regroupWrappedLines(blocks);
    expect(regrouped.hardWrapped).toBe(true);
    const passages = (text: string) => ingestDocument(file, text, curated).document.passages.map(({ kind, text: t }) => ({ kind, text: t }));
    expect(passages(renderSourceText(regrouped.blocks, { markParagraphEnds: true }))).toEqual(passages(raw));
  });
});
