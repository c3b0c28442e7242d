/**
 * The hard-wrap repair for formats with paragraphs: a Word file or PDF made from hard-wrapped
 * text arrives with every line as its own paragraph. When most lines fill the text column and
 * stop mid-sentence, the document is hard-wrapped; its lines are then gathered back into
 * paragraphs, written out as the wrapped lines of one paragraph for the corpus ingestion's
 * `join-hard-wraps` to join (and report).
 *
 * Where a paragraph ends: after a line that stops short of the column (the wrap did not break
 * it), or before a line that is indented or set apart by extra space (PDF), or before a heading.
 * A full line ending in 。 continues: in wrapped text that is as often a sentence that happened
 * to end at the margin as a paragraph end, and the indent, when the document uses one, decides.
 */
import { endsWithClosingPunctuation } from './paragraph-end';
import { columns, type TextBlock, type TextLine } from './text-block';
import { WRAP_DEFAULTS, type WrapOptions } from './wrap-options';

export interface Regrouped {
  blocks: TextBlock[];
  /** the document was read as hard-wrapped and its lines regrouped */
  hardWrapped: boolean;
}

/** A line standing alone as a paragraph: the unit a hard-wrapped export produces. */
function loneLine(block: TextBlock): TextLine | null {
  return block.kind === 'paragraph' && block.lines.length === 1 ? (block.lines[0] as TextLine) : null;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Fills in `fill` where the format did not measure it, from widths in columns. */
function withFill(blocks: readonly TextBlock[], options: WrapOptions): TextBlock[] {
  const widths = blocks
    .map(loneLine)
    .filter((line): line is TextLine => line !== null && line.fill === undefined)
    .map((line) => (line.indentColumns ?? 0) + columns(line.text))
    .filter((width) => width >= options.minColumns);
  const column = percentile(widths, options.columnPercentile);
  if (column === 0) return [...blocks];
  return blocks.map((block) => ({
    ...block,
    lines: block.lines.map((line) =>
      line.fill !== undefined ? line : { ...line, fill: ((line.indentColumns ?? 0) + columns(line.text)) / column },
    ),
  }));
}

export function isHardWrapped(blocks: readonly TextBlock[], options: WrapOptions = WRAP_DEFAULTS): boolean {
  const lines = blocks.map(loneLine).filter((line): line is TextLine => line !== null && columns(line.text) >= options.minColumns);
  if (lines.length < options.minLines) return false;
  const wrapped = lines.filter(
    (line) => (line.fill ?? 0) >= options.fullLineMinFill && !endsWithClosingPunctuation(line.text),
  ).length;
  return wrapped / lines.length >= options.minWrappedShare;
}

function endsShort(line: TextLine, options: WrapOptions): boolean {
  return (line.fill ?? 0) < options.fullLineMinFill;
}

export function regroupWrappedLines(input: readonly TextBlock[], options: WrapOptions = WRAP_DEFAULTS): Regrouped {
  const blocks = withFill(input, options);
  if (!isHardWrapped(blocks, options)) return { blocks: [...input], hardWrapped: false };

  const regrouped: TextBlock[] = [];
  let open: TextBlock | null = null;
  for (const block of blocks) {
    const line = loneLine(block);
    if (line === null) {
      regrouped.push(block);
      open = null;
      continue;
    }
    const last = open?.lines.at(-1);
    if (open && last && !endsShort(last, options) && !line.indented && !line.spaced) {
      open.lines.push(line);
    } else {
      open = { kind: 'paragraph', lines: [line] };
      regrouped.push(open);
    }
  }
  return { blocks: regrouped, hardWrapped: true };
}
