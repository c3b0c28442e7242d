/**
 * The repairs that work one source line at a time, in order: trim, markdown heading marks,
 * <sup> tags, inline pinyin, OCR doubling. They run before classification so that the classifier
 * and the curated line matches see clean text.
 */
import { collapseOcrDoubling } from './collapse-ocr-doubling';
import { INGEST_DEFAULTS, type IngestOptions } from './ingest-options';
import type { RepairTally } from './repair-report';
import type { SourceLine } from './split-lines';
import { stripHeadingMarks } from './strip-heading-marks';
import { stripPinyin } from './strip-pinyin';
import { stripSupTags } from './strip-sup-tags';
import { trimWhitespace } from './trim-whitespace';

export interface CleanLine {
  lineNo: number;
  /** the repaired, trimmed text */
  text: string;
  gapBefore: string;
  blankLinesBefore: number;
  /** a page-break marker stood between this line and the previous one */
  afterPageBreak: boolean;
  /** the source line ended in whitespace (doc 002 marks paragraph ends that way) */
  trailingSpace: boolean;
  /** markdown heading level, or null */
  headingLevel: number | null;
}

export function cleanLine(
  line: SourceLine & { afterPageBreak?: boolean },
  tally: RepairTally,
  options: IngestOptions = INGEST_DEFAULTS,
): CleanLine {
  let text = tally.apply('trim-whitespace', trimWhitespace(line.text));
  const heading = stripHeadingMarks(text);
  text = tally.apply('strip-heading-marks', heading);
  text = tally.apply('strip-sup-tags', stripSupTags(text));
  text = tally.apply('strip-pinyin', stripPinyin(text));
  text = tally.apply('collapse-ocr-doubling', collapseOcrDoubling(text, options));
  // a tag or mark removed at either end can leave a space behind
  text = tally.apply('trim-whitespace', trimWhitespace(text));
  return {
    lineNo: line.lineNo,
    text,
    gapBefore: line.gapBefore,
    blankLinesBefore: line.blankLinesBefore,
    afterPageBreak: line.afterPageBreak ?? false,
    trailingSpace: /\s$/.test(line.text),
    headingLevel: heading.level,
  };
}
