/**
 * Gives every clean line its passage kind. Curated blocks (curation/documents.json) come first;
 * then general rules, in this order:
 *
 *   markdown `#` line          → title (the first, level 1) or heading
 *   line after a cut paragraph → paragraph, joined to it later (a hard wrap)
 *   aggregator dateline        → meta          (`2022-07-13 … 来源: 浙江日报`)
 *   first line, unpunctuated   → title
 *   names under the title      → byline        (`唐骏珺 金子倩`)
 *   `（作者单位：…）`           → byline
 *   `… 姓名 摄`                 → caption       (photo credit)
 *   short line after a photo   → caption       (several blank lines where the image was)
 *   short, unpunctuated line   → heading
 *   anything else              → paragraph
 */
import type { PassageKind } from '../../types/atlas';
import { CONTINUING } from './cjk-characters';
import type { CleanLine } from './clean-line';
import { CuratedLinesNotFoundError } from './corpus-errors';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';
import { detectParagraphEndConvention, endsParagraph, endsWithClosingPunctuation } from './paragraph-ends';
import { readSourceLine } from './read-source-line';

export type LineRule =
  | 'curated'
  | 'markdown-title'
  | 'markdown-heading'
  | 'continuation'
  | 'source-line'
  | 'first-line'
  | 'name-list'
  | 'author-unit'
  | 'photo-credit'
  | 'image-gap'
  | 'short-line'
  | 'body';

export interface ClassifiedLine extends CleanLine {
  kind: PassageKind;
  /** which rule decided, for the report and for deriving authors */
  rule: LineRule;
  /** the line continues the previous line's passage (a hard wrap, or a curated multi-line block) */
  joinsPrevious: boolean;
}

/** Consecutive lines (as they read after line repairs) that form one passage of the given kind. */
export interface CuratedBlock {
  lines: string[];
  kind: PassageKind;
  /** where in the text this is and why it is classified so */
  source: string;
}

/** Two to four Han characters per name, space-separated: the byline under a headline. */
const NAME_LIST = /^\p{Script=Han}{2,4}(?:[ \t\u3000]+\p{Script=Han}{2,4}){0,7}$/u;
const AUTHOR_UNIT = /^[（(]作者单位[:：].+[)）]$/u;
/** A photographer's credit ends the caption: `杭州钱江新城 姚颖康 摄`. */
const PHOTO_CREDIT = /(?:^|[ \t\u3000])\p{Script=Han}{2,4}[ \t\u3000]*摄[)）]?$/u;

type ClassifyOptions = Pick<
  IngestOptions,
  | 'shortLineMaxLength'
  | 'titleMaxLength'
  | 'imageGapMinBlankLines'
  | 'trailingSpaceConventionMinShare'
  | 'trailingSpaceBlockEndsMinShare'
  | 'trailingSpaceMinWrappedBlocks'
>;

/** Enumerators that open a numbered heading: 一、 （二） 3. */
const ENUMERATOR = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]\s*)/u;
const INNER_PUNCTUATION = /[，、；：。,;:]/u;

function endsOpen(text: string): boolean {
  const last = text.at(-1);
  return last !== undefined && !endsWithClosingPunctuation(text) && !CONTINUING.includes(last);
}

/** Headings and captions are short, stop without punctuation, and hold no clause breaks past their number. */
function isShortUnpunctuated(text: string, maxLength: number): boolean {
  if (text.length === 0 || text.length > maxLength || !endsOpen(text)) return false;
  return !INNER_PUNCTUATION.test(text.replace(ENUMERATOR, ''));
}

function matchCurated(lines: readonly CleanLine[], curated: readonly CuratedBlock[], sourceFile: string) {
  const assigned = new Map<number, ClassifiedLine>();
  for (const block of curated) {
    const start = lines.findIndex(
      (_line, i) => !assigned.has(i) && block.lines.every((text, j) => lines[i + j]?.text === text && !assigned.has(i + j)),
    );
    if (start < 0) throw new CuratedLinesNotFoundError(sourceFile, block.lines);
    block.lines.forEach((_text, j) => {
      const line = lines[start + j] as CleanLine;
      assigned.set(start + j, { ...line, kind: block.kind, rule: 'curated', joinsPrevious: j > 0 });
    });
  }
  return assigned;
}

export function classifyLines(
  lines: readonly CleanLine[],
  curated: readonly CuratedBlock[],
  sourceFile: string,
  options: ClassifyOptions = INGEST_DEFAULTS,
): ClassifiedLine[] {
  const convention = detectParagraphEndConvention(lines, {
    minShare: options.trailingSpaceConventionMinShare,
    minMarkedBlockEnds: options.trailingSpaceBlockEndsMinShare,
    minWrappedBlocks: options.trailingSpaceMinWrappedBlocks,
  });
  const assigned = matchCurated(lines, curated, sourceFile);
  const classified: ClassifiedLine[] = [];
  let titleSeen = false;
  let bodySeen = false;

  const decide = (line: CleanLine, previous: ClassifiedLine | undefined): Pick<ClassifiedLine, 'kind' | 'rule' | 'joinsPrevious'> => {
    const { text } = line;
    // under the trailing-space convention a line without the mark goes on in the next line, so it
    // is the first line of a wrapped paragraph, however short and unpunctuated (an uploaded PDF's)
    const endsItsBlock = convention !== 'trailing-space' || line.trailingSpace;
    const short = endsItsBlock && isShortUnpunctuated(text, options.shortLineMaxLength);
    const photoCredit = text.length <= options.shortLineMaxLength && PHOTO_CREDIT.test(text);
    const afterImage = short && line.blankLinesBefore >= options.imageGapMinBlankLines;
    const one = (kind: PassageKind, rule: LineRule) => ({ kind, rule, joinsPrevious: false });

    if (line.headingLevel !== null) {
      return line.headingLevel === 1 && !titleSeen && !bodySeen ? one('title', 'markdown-title') : one('heading', 'markdown-heading');
    }
    if (previous?.kind === 'paragraph' && !endsParagraph(previous, convention) && !photoCredit && !afterImage) {
      return { kind: 'paragraph', rule: 'continuation', joinsPrevious: true };
    }
    if (readSourceLine(text)) return one('meta', 'source-line');
    if (!titleSeen && !bodySeen && endsItsBlock && text.length <= options.titleMaxLength && endsOpen(text)) {
      return one('title', 'first-line');
    }
    if (titleSeen && !bodySeen && NAME_LIST.test(text)) return one('byline', 'name-list');
    if (AUTHOR_UNIT.test(text)) return one('byline', 'author-unit');
    if (photoCredit) return one('caption', 'photo-credit');
    if (afterImage) return one('caption', 'image-gap');
    if (short) return one('heading', 'short-line');
    return one('paragraph', 'body');
  };

  lines.forEach((line, i) => {
    const decided = assigned.get(i) ?? { ...line, ...decide(line, classified[i - 1]) };
    if (decided.kind === 'title') titleSeen = true;
    if (decided.kind === 'paragraph') bodySeen = true;
    classified.push(decided);
  });
  return classified;
}
