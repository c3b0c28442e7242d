/**
 * The per-document account of what ingestion changed (core/corpus/repair-report.ts fills it):
 * shared by the pipeline, the API (GET /api/documents/{id}/report) and the web app's review.
 */
import type { PassageKind } from './atlas';

/** Every repair, in pipeline order. Reports list all of them, zeros included, so they diff cleanly. */
export const REPAIR_NAMES = [
  'strip-page-breaks',
  'trim-whitespace',
  'strip-heading-marks',
  'strip-sup-tags',
  'strip-pinyin',
  'collapse-ocr-doubling',
  'join-hard-wraps',
  'separate-passages',
  'split-trailing-byline',
  'replace-layout-spaces',
  'remove-cjk-spacing',
] as const;
export type RepairName = (typeof REPAIR_NAMES)[number];

export interface RepairCount {
  count: number;
  /** characters removed (UTF-16 code units, like passage offsets) */
  removed: number;
  /** characters inserted in their place */
  inserted: number;
  /** exactly what was removed, concatenated: the audit trail behind `removed` */
  removedText: string;
  insertedText: string;
}

export interface DamagedSpanReport {
  passageId: string;
  start: number;
  end: number;
  text: string;
  reason: string;
}

export interface RepairReport {
  documentId: string;
  sourceFile: string;
  /** length of the source file (UTF-16 code units) */
  sourceChars: number;
  /** total length of all passage texts */
  outputChars: number;
  /** where the output characters went, by passage kind */
  charsByKind: Record<PassageKind, number>;
  repairs: Record<RepairName, RepairCount>;
  damaged: DamagedSpanReport[];
}
