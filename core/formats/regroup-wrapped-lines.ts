/**
 * The hard-wrap repair for formats with paragraphs: a Word file or PDF made from hard-wrapped
 * text arrives with every line as its own paragraph. When most lines fill the text column and
 * stop mid-sentence, the document is hard-wrapped; its lines are then gathered back into
 * paragraphs, written out as the wrapped lines of one paragraph for the corpus ingestion's
 * `join-hard-wraps` to join (and report).
 *
 * Where a paragraph ends: after a line that stops short of the column, unless the next line
 * starts with a word too long for the room left (the wrap broke before it); after a line that ends a sentence with room left for the next line's first character or
 * word (a wrap breaks only when that does not fit); before a line that is indented or set apart
 * by extra space (PDF); before a heading, or a short unpunctuated line after a finished sentence
 * (a heading in all but style). A full line ending in 。 otherwise continues: only an indent or
 * a gap can tell that a paragraph ended exactly at the margin.
 */
import { endsSentence as endsWithClosingPunctuation } from '../corpus/paragraph-ends';
import { columns, isWide, type TextBlock, type TextLine } from './text-block';
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

/** Fills in `fill` and `wideFill` where the format did not measure them, from widths in columns. */
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
      line.fill !== undefined
        ? line
        : { ...line, fill: ((line.indentColumns ?? 0) + columns(line.text)) / column, wideFill: 2 / column },
    ),
  }));
}

/** The share of the column a wrapped line fills, typically: the median over full, open-ended lines. */
function typicalFullFill(lines: readonly TextLine[], options: WrapOptions): number {
  const fills = lines
    .filter((line) => (line.fill ?? 0) >= options.fullLineMinFill && !endsWithClosingPunctuation(line.text))
    .map((line) => line.fill as number);
  return fills.length > 0 ? percentile(fills, 0.5) : 1;
}

/** Width, as a share of the column, of what a wrap would have had to fit: the next line's first word or character. */
function firstTokenFill(line: TextLine): number {
  const wide = line.wideFill ?? 0;
  const word = /^[A-Za-z0-9.%-]+/.exec(line.text)?.[0];
  return word ? (word.length * wide) / 2 : isWide(line.text[0]) ? wide : wide / 2;
}

export function isHardWrapped(blocks: readonly TextBlock[], options: WrapOptions = WRAP_DEFAULTS): boolean {
  const lines = blocks.map(loneLine).filter((line): line is TextLine => line !== null && columns(line.text) >= options.minColumns);
  if (lines.length < options.minLines) return false;
  const wrapped = lines.filter(
    (line) => (line.fill ?? 0) >= options.fullLineMinFill && !endsWithClosingPunctuation(line.text),
  ).length;
  return wrapped / lines.length >= options.minWrappedShare;
}

/** Did the paragraph end after `last`, judging by `last` and the line after it? */
function endsParagraph(last: TextLine, next: TextLine, fullFill: number, options: WrapOptions): boolean {
  const fill = last.fill ?? 0;
  // the next line's first word or character would still have fitted: the wrap did not break here
  const nextFitted = fill + firstTokenFill(next) <= fullFill + FIT_TOLERANCE;
  // a short line ends its paragraph, unless what follows is a word too long for the room left
  // (…指数达到 before 101.89: a wrap breaks before a number it cannot fit, however short the line)
  if (fill < options.fullLineMinFill) return nextFitted;
  if (!endsWithClosingPunctuation(last.text)) return false;
  if (nextFitted) return true;
  // a short line without closing punctuation after a finished sentence is a heading, not a paragraph's tail
  return (next.fill ?? 0) < options.fullLineMinFill && !endsWithClosingPunctuation(next.text);
}

/** Rounding in measured widths (PDF) and estimated columns. */
const FIT_TOLERANCE = 0.01;

export function regroupWrappedLines(input: readonly TextBlock[], options: WrapOptions = WRAP_DEFAULTS): Regrouped {
  const blocks = withFill(input, options);
  if (!isHardWrapped(blocks, options)) return { blocks: [...input], hardWrapped: false };

  const fullFill = typicalFullFill(blocks.map(loneLine).filter((line): line is TextLine => line !== null), options);
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
    if (open && last && !endsParagraph(last, line, fullFill, options) && !line.indented && !line.spaced) {
      open.lines.push(line);
    } else {
      open = { kind: 'paragraph', lines: [line] };
      regrouped.push(open);
    }
  }
  return { blocks: regrouped, hardWrapped: true };
}
