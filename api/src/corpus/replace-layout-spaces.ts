/**
 * In headlines, captions and bylines a space between two Chinese characters is layout: it stands
 * where print uses a line break or a gap (`八大攻坚行动 打造万亿级智能物联产业`, `唐骏珺 金子倩`).
 * Flattened into one line of text, the gap needs the punctuation Chinese would write there:
 * `，` between headline parts and between a caption and its credit, `、` between names; a
 * photographer's name and 摄 ("photo by") are written together (姚颖康摄).
 * Paragraphs and meta lines are left to remove-cjk-spacing / kept verbatim.
 */
import type { PassageKind } from '../../../types/atlas';
import { replaceAndCount, unchanged, type RepairResult } from './repair-result';

const LAYOUT_SPACE = /(?<=[\p{Script=Han}”’）》])[ \t\u3000]+(?=[\p{Script=Han}“‘（《])/gu;
const BEFORE_CREDIT_MARK = /^摄[)）]?$/u;

export function replaceLayoutSpaces(text: string, kind: PassageKind): RepairResult {
  if (kind === 'paragraph' || kind === 'meta') return unchanged(text);
  return replaceAndCount(text, LAYOUT_SPACE, (match, offset) => {
    if (kind === 'byline') return '、';
    if (BEFORE_CREDIT_MARK.test(text.slice(offset + match.length))) return '';
    return '，';
  });
}
