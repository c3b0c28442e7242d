/**
 * Turns classified lines into passage blocks: a line the classifier marked as continuing the one
 * before (a hard wrap, a sentence cut by a page break, a curated multi-line block) is appended to
 * it. Chinese has no spaces between lines, so the join inserts nothing, unless both sides are
 * Latin letters or digits, where a space is what separated two words.
 * The line breaks between lines are accounted for here: inside a block as `join-hard-wraps`,
 * between blocks as `separate-passages`.
 */
import type { PassageKind } from '../../types/atlas';
import { isAsciiAlphanumeric } from './cjk-characters';
import type { ClassifiedLine, LineRule } from './classify-lines';
import type { RepairTally } from './repair-report';

export interface Block {
  kind: PassageKind;
  text: string;
  /** the rule that classified the block's first line */
  rule: LineRule;
  /** source line numbers the block was built from */
  lineNos: number[];
}

export function joinHardWraps(lines: readonly ClassifiedLine[], trailingGap: string, tally: RepairTally): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const previous = blocks.at(-1);
    if (line.joinsPrevious && previous) {
      const separator = isAsciiAlphanumeric(previous.text.at(-1)) && isAsciiAlphanumeric(line.text[0]) ? ' ' : '';
      tally.record('join-hard-wraps', line.gapBefore, separator);
      previous.text += separator + line.text;
      previous.lineNos.push(line.lineNo);
    } else {
      tally.record('separate-passages', line.gapBefore);
      blocks.push({ kind: line.kind, text: line.text, rule: line.rule, lineNos: [line.lineNo] });
    }
  }
  tally.record('separate-passages', trailingGap);
  return blocks;
}
