/**
 * A claim as a finder sees it, before it knows its place, its id or its document: the range,
 * the normalised value and a hint of where its place is to be looked for.
 */
import type { Claim, ClaimModality } from '../../types/atlas';

export type ClaimDraft = Pick<Claim, 'start' | 'end' | 'measure' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'approx' | 'what' | 'stated'> & {
  /**
   * Where the claim's place is named: `before` (a figure follows its subject: 桐乡市已开通5G基站1305个),
   * `after` (全省首个…“乌镇之光”), or `given` when the finder matched the place itself (status statements).
   */
  attach: 'before' | 'after' | 'given';
  featureIds?: string[];
  /** set by a finder that knows better than the sentence markers (a year after the document's date) */
  modality?: ClaimModality;
};
