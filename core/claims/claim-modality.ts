/**
 * Whether a claim reports something, sets a target (目标, 力争, 预计, 将超, 到2025年) or belongs
 * to a document's recommendations (对策建议), where a figure is what the author wants, not what is.
 */
import type { ClaimModality } from '../../types/atlas';
import type { ClaimDraft } from './claim-draft';
import { rangeAt, type PassageStructure } from './passage-structure';

const TARGET_WORDS = /目标|力争|预计|计划到|将超|将达|将实现|将突破|将建成|争取/;
/** 打造万亿级…产业: "build" right before an order of magnitude makes it the aim. */
const AIM_RIGHT_BEFORE = /打造.{0,1}$/;

export function modalityOf(structure: PassageStructure, draft: ClaimDraft, dates: ClaimDraft[], inRecommendations: boolean): ClaimModality {
  if (draft.modality) return draft.modality;
  const sentence = rangeAt(structure.sentences, draft.start);
  const before = structure.comparable.slice(sentence.start, draft.start);
  if (TARGET_WORDS.test(before) || (draft.qualifier === 'order_of' && AIM_RIGHT_BEFORE.test(before))) return 'target';
  if (dates.some((d) => d.modality === 'target' && d.start >= sentence.start && d.end <= draft.start)) return 'target';
  return inRecommendations ? 'proposal' : 'reported';
}

/** A top-level heading (一、…, 四、…) opens a section; 对策建议 sections hold recommendations. */
export function sectionIsRecommendations(headingText: string): boolean | null {
  if (!/^[一二三四五六七八九十]+、/.test(headingText)) return null;
  return /建议|对策/.test(headingText);
}
