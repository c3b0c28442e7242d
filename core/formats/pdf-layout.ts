/**
 * A PDF's positioned text → blocks. pdf.js gives text runs with coordinates; runs on one baseline
 * make a line; then, per document, the body text's size and column are measured, so each line
 * knows how much of the column it fills, whether it is indented, whether extra space stands above
 * it, and whether it is set larger than the body (a heading). Running heads and page numbers
 * (the same line at the top or bottom of most pages, digits aside) are dropped.
 * The hard-wrap repair (regroup-wrapped-lines.ts) then decides where paragraphs end.
 */
import { isWide, type TextBlock, type TextLine } from './text-block';

/** One text run as pdf.js reports it (getTextContent), reduced to what layout needs. */
export interface PdfTextRun {
  str: string;
  /** baseline start, PDF user space (y grows upwards) */
  x: number;
  y: number;
  width: number;
  /** font size */
  size: number;
  /** pdf.js saw the end of a line after this run */
  hasEOL: boolean;
}

export interface PdfLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export interface PdfLayout {
  blocks: TextBlock[];
  /** running heads, feet and page numbers that were dropped */
  droppedLines: number;
}

/** Thresholds, in units of the font size unless said otherwise. */
const LAYOUT = Object.freeze({
  /** runs whose baselines differ by less than this are on one line */
  sameLine: 0.5,
  /** a gap this wide between runs is a word space, where Latin letters meet */
  wordGap: 0.2,
  /** …and this wide, a space whatever the letters (table columns, spaced names) */
  wideGap: 1.0,
  /** a line starting this far right of the column is indented (Chinese indents 2 em) */
  indent: 0.8,
  /** more than this times the usual line pitch above a line sets it apart */
  spacedPitch: 1.6,
  /** lines set at least this much larger than the body are headings */
  headingSize: 1.2,
  /** a head or foot repeated on at least this share of pages (3 pages at least) is running */
  runningShare: 0.5,
});

const PAGE_NUMBER = /^(?:[-–—\s]*\d{1,4}[-–—\s]*|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/i;

export function runsToLines(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let line: PdfLine | null = null;
  let ended = true;
  for (const run of runs) {
    if (run.str === '') {
      if (run.hasEOL) ended = true;
      continue;
    }
    const size = run.size > 0 ? run.size : 10;
    if (line && !ended && Math.abs(run.y - line.y) < LAYOUT.sameLine * Math.max(size, line.size)) {
      const gap = run.x - line.right;
      const before = line.text.at(-1);
      const after = run.str[0];
      const latin = !isWide(before) || !isWide(after);
      const spaced = before === ' ' || after === ' ';
      if (!spaced && (gap > LAYOUT.wideGap * size || (latin && gap > LAYOUT.wordGap * size))) line.text += ' ';
      line.text += run.str;
      line.right = Math.max(line.right, run.x + run.width);
      line.size = Math.max(line.size, size);
    } else {
      line = { text: run.str, left: run.x, right: run.x + run.width, y: run.y, size };
      lines.push(line);
    }
    ended = run.hasEOL;
  }
  return lines
    .map((each) => ({ ...each, text: each.text.replace(/\s+/g, ' ').trim() }))
    .filter((each) => each.text !== '');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(p * sorted.length)))] ?? 0;
}

/** Running heads and feet: first/last lines that recur, digits aside, on most pages; and bare page numbers. */
function dropRunningLines(pages: readonly PdfLine[][]): { pages: PdfLine[][]; dropped: number } {
  const key = (line: PdfLine | undefined) => line?.text.replace(/\d+/g, '#').replace(/\s+/g, '') ?? '';
  const recurring = (pick: (page: PdfLine[]) => PdfLine | undefined) => {
    const counts = new Map<string, number>();
    for (const page of pages) {
      const k = key(pick(page));
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const min = Math.max(3, LAYOUT.runningShare * pages.length);
    return new Set([...counts].filter(([, count]) => count >= min).map(([k]) => k));
  };
  const heads = recurring((page) => page[0]);
  const feet = recurring((page) => page.at(-1));
  let dropped = 0;
  const kept = pages.map((page) =>
    page.filter((line, i) => {
      const edge = i === 0 ? heads : i === page.length - 1 ? feet : null;
      const running = edge !== null && (edge.has(key(line)) || PAGE_NUMBER.test(line.text));
      if (running) dropped += 1;
      return !running;
    }),
  );
  return { pages: kept, dropped };
}

export function layoutPages(pageLines: readonly PdfLine[][]): PdfLayout {
  const { pages, dropped } = dropRunningLines(pageLines);
  const all = pages.flat();
  if (all.length === 0) return { blocks: [], droppedLines: dropped };

  // the body is the size most characters are set in; its column, the span most body lines cover
  const bodySize = median(all.flatMap((line) => Array<number>(Math.min(line.text.length, 200)).fill(line.size)));
  const body = all.filter((line) => Math.abs(line.size - bodySize) < 0.1 * bodySize);
  const columnLeft = quantile(body.map((line) => line.left), 0.05);
  const columnRight = quantile(body.map((line) => line.right), 0.95);
  const columnWidth = Math.max(columnRight - columnLeft, bodySize);
  const headingSizes = [...new Set(all.filter((line) => line.size >= LAYOUT.headingSize * bodySize).map((line) => Math.round(line.size)))].sort(
    (a, b) => b - a,
  );

  const blocks: TextBlock[] = [];
  pages.forEach((page, pageIndex) => {
    // the usual distance between lines: a low quantile, so that headings' and paragraphs' extra space does not count
    const pitch = quantile(page.slice(1).map((line, i) => (page[i] as PdfLine).y - line.y).filter((d) => d > 0), 0.3) || bodySize * 1.5;
    page.forEach((line, i) => {
      const previous = page[i - 1];
      const textLine: TextLine = {
        text: line.text,
        fill: (line.right - columnLeft) / columnWidth,
        wideFill: line.size / columnWidth,
        indented: line.left - columnLeft > LAYOUT.indent * line.size,
        spaced: previous !== undefined && previous.y - line.y > LAYOUT.spacedPitch * pitch,
        pageStart: i === 0 && pageIndex > 0,
      };
      const level = headingSizes.indexOf(Math.round(line.size)) + 1;
      const last = blocks.at(-1);
      if (level > 0) {
        // a heading set over two lines stays one heading
        if (last?.kind === 'heading' && last.level === Math.min(level, 3) && !textLine.pageStart && !textLine.spaced) {
          last.lines.push(textLine);
        } else {
          blocks.push({ kind: 'heading', level: Math.min(level, 3), lines: [textLine] });
        }
      } else {
        blocks.push({ kind: 'paragraph', lines: [textLine] });
      }
    });
  });
  return { blocks, droppedLines: dropped };
}
