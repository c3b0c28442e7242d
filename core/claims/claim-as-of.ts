/**
 * The time a figure refers to, when its sentence says: "2021年1—8月,…投资额18.89亿元" is as of
 * 2021-01/2021-08; in "从2014年到2021年,…从300多家增加到2600多家" the first figure is 2014's and
 * the second 2021's. ISO 8601: a year, a month, or an interval start/end.
 */
import type { ClaimDraft } from './claim-draft';
import { rangeAt, type PassageStructure } from './passage-structure';

export function asOfFor(structure: PassageStructure, draft: ClaimDraft, dates: ClaimDraft[]): string | null {
  // a date is its own time; a duration (经过将近20年) is a stretch, not a figure at a time
  if (draft.measure === 'date' || draft.measure === 'duration') return null;
  const sentence = rangeAt(structure.sentences, draft.start);
  const date = [...dates]
    .reverse()
    .find((d) => d.start >= sentence.start && d.end <= draft.start && d.qualifier !== 'since');
  if (!date) return null;
  const value = String(date.value);
  if (date.valueMax === null) return value;
  const lead = structure.comparable.slice(Math.max(sentence.start, draft.start - 4), draft.start);
  // 从2014年到2021年 … 从300多家 (2014) 增加到2600多家 (2021)
  if (/^\d{4}$/.test(value) && /^\d{4}$/.test(String(date.valueMax))) {
    if (/(?:到|至)$/.test(lead)) return String(date.valueMax);
    if (/从$/.test(lead)) return value;
  }
  return `${value}/${date.valueMax}`;
}
