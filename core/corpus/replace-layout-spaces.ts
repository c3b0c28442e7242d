/**
 * In headlines, captions and bylines a gap between two Chinese characters is layout: it stands
 * where print uses a line break or white space (`八大攻坚行动 打造万亿级智能物联产业`,
 * `唐骏珺 金子倩`, `姚颖康 摄`). It separates parts, so it is kept — but as one plain space,
 * whatever mix of tabs, full-width and repeated spaces the source used. We never insert
 * punctuation the source did not have: the reader shows the text, not our rewriting of it.
 * Paragraphs and meta lines are left to remove-cjk-spacing / kept verbatim.
 */
import type { PassageKind } from '../../types/atlas';
import { replaceAndCount, unchanged, type RepairResult } from './repair-result';

const LAYOUT_GAP = /(?<=[\p{Script=Han}”’）》])(?: [ \t\u3000]+|[\t\u3000][ \t\u3000]*)(?=[\p{Script=Han}“‘（《])/gu;

export function replaceLayoutSpaces(text: string, kind: PassageKind): RepairResult {
  if (kind === 'paragraph' || kind === 'meta') return unchanged(text);
  return replaceAndCount(text, LAYOUT_GAP, () => ' ');
}
