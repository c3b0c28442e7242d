/**
 * The claims vocabulary (issue #10): the figures, dates and statuses the documents state about
 * places, and the discrepancies between documents. Shared by core/claims, the API and the web app.
 */

/** What a claim states: the measure its value is a measure of. */
export const CLAIM_MEASURES = [
  'area',
  'investment',
  'output',
  'value_added',
  'money',
  'count',
  'share',
  'growth',
  'percentage',
  'multiple',
  'computing',
  'bandwidth',
  'index',
  'ranking',
  'duration',
  'date',
  'status',
] as const;
export type ClaimMeasure = (typeof CLAIM_MEASURES)[number];

/**
 * The unit of a claim's normalised `value`: areas in km², money in yuan (CNY), rates in bit/s,
 * computing in operations per second (flops), dates as ISO 8601 text, status as a `Status`.
 */
export const CLAIM_UNITS = ['km2', 'CNY', 'count', 'percent', 'times', 'flops', 'bit/s', 'index', 'rank', 'year', 'day', 'hour', 'date', 'status'] as const;
export type ClaimUnit = (typeof CLAIM_UNITS)[number];

/**
 * How the text bounds the value: 左右/约 about, 近 nearly, 超过/多/余/突破 over, 以上 at least,
 * 以内/不到 under, 前N top, 以来 since, 到/力争到 by, 截至 as of, 级 order of magnitude.
 */
export const CLAIM_QUALIFIERS = ['about', 'nearly', 'over', 'at_least', 'under', 'top', 'since', 'by', 'as_of', 'order_of'] as const;
export type ClaimQualifier = (typeof CLAIM_QUALIFIERS)[number];

/** reported: stated as so; target: a goal or forecast (目标, 力争, 预计, 到2025年); proposal: a recommendation (对策建议). */
export const CLAIM_MODALITIES = ['reported', 'target', 'proposal'] as const;
export type ClaimModality = (typeof CLAIM_MODALITIES)[number];

/** A quantified or dated statement a passage makes, tied (or not) to a place. */
export interface Claim {
  /** stable: the passage id and the claim's start offset, e.g. `doc-000-p010-c41` */
  id: string;
  /** the place the claim is about, or null when it is about no mapped place */
  featureId: string | null;
  measure: ClaimMeasure;
  /** number in `unit`; ISO 8601 text when `unit` is 'date'; a Status when `unit` is 'status' */
  value: number | string;
  /** the upper end of a range (3-5万, 2014年11月19—21日), else null */
  valueMax: number | string | null;
  unit: ClaimUnit;
  qualifier: ClaimQualifier | null;
  /** the text hedges the value (左右, 约, 近, 多, 余) */
  approx: boolean;
  /** what is measured or counted, in the text's words made Simplified (院士, 总投资, 全省), or null */
  what: string | null;
  modality: ClaimModality;
  /** the time the value refers to, when the sentence says (2021-01/2021-08 as "2021-01"), ISO 8601, else null */
  asOf: string | null;
  /** the value as written: number and unit before normalisation, e.g. { value: 1200, unit: 'm²' } */
  stated: { value: number | string; unit: string };
  /** exactly passage.text.slice(start, end) */
  text: string;
  passageId: string;
  documentId: string;
  start: number;
  end: number;
  /** the document's date (ISO 8601) or null when undated */
  documentDate: string | null;
  /** for an undated document: the latest year its own text reports as past, used to order it in time */
  documentDateNotBefore: string | null;
  /** the sentence around the claim, with the claim's range inside it */
  sentence: { text: string; start: number; end: number };
  /** 'extracted' by the rules, or 'corrected' (added or reattached by claim-corrections.json) */
  source: 'extracted' | 'corrected';
  /** why a correction was made, from claim-corrections.json */
  correction?: string;
}

/** One document's side of a discrepancy: the claims it makes for the measure, with their dates. */
export interface DiscrepancyStatement {
  documentId: string;
  documentTitle: string;
  documentDate: string | null;
  documentDateNotBefore: string | null;
  value: number | string;
  valueMax: number | string | null;
  unit: ClaimUnit;
  qualifier: ClaimQualifier | null;
  asOf: string | null;
  claimIds: string[];
  passageIds: string[];
  text: string;
}

/** Two or more documents state different values (or statuses) for the same measure of the same place. A fact, not a verdict. */
export interface Discrepancy {
  /** stable: place, measure and a short hash of `what`, e.g. `wuzhen-academicians-home-count-3f2a9c1e` */
  id: string;
  featureId: string;
  name_zh: string;
  name_en: string;
  measure: ClaimMeasure;
  what: string | null;
  modality: ClaimModality;
  /** one per document, in date order: each document's latest statement of the measure */
  statements: DiscrepancyStatement[];
}

/** A claim as the API serves it: with the ids of the discrepancies it is a statement of (GET /api/discrepancies). */
export type ServedClaim = Claim & { discrepancyIds: string[] };
