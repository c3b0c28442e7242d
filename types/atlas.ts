/**
 * The shared vocabulary of Wuzhen Atlas: one definition of a document, a passage,
 * a place (feature) and a layer, used by the ingestion pipeline, the API and the web app.
 * Field names follow docs/CONTRACT.md; do not rename them.
 */
import type { Geometry, Feature, FeatureCollection } from 'geojson';

export const STATUSES = ['existing', 'under_construction', 'planned', 'proposed', 'study'] as const;
export type Status = (typeof STATUSES)[number];

export const PRECISIONS = ['surveyed', 'approximate', 'schematic', 'indicative'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PASSAGE_KINDS = ['title', 'heading', 'paragraph', 'caption', 'byline', 'meta'] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

export type Script = 'Hans' | 'Hant';

/** A half-open range [start, end) of UTF-16 code units in a passage's `text`. */
export interface TextRange {
  start: number;
  end: number;
}

/** A span of `text` that was corrupt in the source (mojibake, `?` for lost characters). */
export interface DamagedSpan extends TextRange {
  /** why it was flagged, in plain words, e.g. "lost characters (?) next to pinyin" */
  reason?: string;
}

/** A place named in a passage. */
export interface Mention extends TextRange {
  featureId: string;
}

export interface Passage {
  /** stable: derived from the document id and the passage's position, e.g. `doc-000-p007` */
  id: string;
  documentId: string;
  /** 0-based position in reading order */
  index: number;
  kind: PassageKind;
  /** clean reading text, in the script of the source */
  text: string;
  damaged: DamagedSpan[];
  mentions: Mention[];
}

export interface DocumentMeta {
  id: string;
  title: string;
  authors: string[];
  publisher: string | null;
  /** ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY) or null when the text gives none */
  date: string | null;
  language: string;
  script: Script;
  /** the corpus file name the text was ingested from */
  sourceFile: string;
  passageCount: number;
}

export interface AtlasDocument extends DocumentMeta {
  passages: Passage[];
}

export const LAYER_IDS = [
  'parks',
  'innovation',
  'venues',
  'rail',
  'stations',
  'roads',
  'interchanges',
  'waterways',
  'airports',
  'zones',
  'towns',
  'admin',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export type GeometryFamily = 'Point' | 'LineString' | 'Polygon';

export interface LayerDescriptor {
  id: LayerId;
  title_zh: string;
  title_en: string;
  group: string;
  /** the geometry family of every feature in the layer (Multi* variants allowed) */
  geometryType: GeometryFamily;
  featureCount: number;
  /**
   * how the map draws the layer: one GeoJSON body (`GET /api/layers/{id}`), or vector tiles from
   * the PMTiles archive at `tiles` when the layer is too large for GeoJSON (the GeoJSON is still served)
   */
  delivery: 'geojson' | 'vector';
  /** the archive's path, when delivery is 'vector'; its one vector layer is named after the layer id */
  tiles?: string;
}

/** The properties every served feature carries (CONTRACT.md "Fields"). */
export interface FeatureProperties {
  name_zh: string;
  name_en: string;
  /** short forms, Traditional forms, older names */
  aliases: string[];
  /**
   * short forms that name the place only in context (先行区 for 嘉湖一体化合作先行区): linked only in a
   * document that has already named the place in full, and not after a qualifier (数字治理先行区)
   */
  contextAliases?: string[];
  layer: LayerId;
  category: string;
  status: Status;
  precision: Precision;
  /** one sentence on where the geometry comes from */
  geometrySource: string;
  /** the same sentence in Chinese (the curated gazetteer carries it for every place) */
  geometrySource_zh?: string;
  /** ids of every passage that mentions the feature, in corpus reading order */
  passageIds: string[];
  /** curator's notes: status date, caveats */
  notes?: string;
  /** the notes in Chinese */
  notes_zh?: string;
  /** English words a planner may search for (supercomputer, convention centre), besides name_en */
  keywords_en?: string[];
  /**
   * published coordinates the geometry must honour: each lies within the distance the record's
   * precision claims of the geometry (`npm run geodata:check` holds it to that)
   */
  references?: ReferenceCoordinate[];
  /** which document (and its date) the status comes from */
  statusSource?: string;
  /** where the geometry and facts come from */
  sources?: SourceNote[];
}

export type AtlasFeature = Feature<Geometry, FeatureProperties> & { id: string };
export interface AtlasFeatureCollection extends FeatureCollection<Geometry, FeatureProperties> {
  features: AtlasFeature[];
}

/** GET /api/features/{id}: the feature plus the passages that cite it. */
export type FeatureWithPassages = AtlasFeature & { passages: Passage[] };

/** A published WGS84 coordinate of a place or of a point on it (a station on a line), with its source. */
export interface ReferenceCoordinate {
  /** what the coordinate marks when it is not the place itself, e.g. "海宁西站" on a railway */
  name?: string;
  lon: number;
  lat: number;
  /** where the coordinate was published, e.g. "Wikipedia (zh): 练市镇, 30°42′35″N 120°24′30″E" */
  source: string;
}

/** Where a fact about a place came from (a public source, a package, or our own reasoning). */
export interface SourceNote {
  /** e.g. "Wikipedia: 桐乡站", "npm: some-package@1.2.3 (licence)", "corpus 000 §二" */
  source: string;
  note?: string;
}

/**
 * One hand-curated gazetteer record, as stored in geodata/places/*.geojson.
 * `passageIds` are not stored: they are derived from the mentions found in the corpus.
 */
export type GazetteerProperties = Omit<FeatureProperties, 'passageIds'> & {
  /** where the status comes from: document id and that document's date, e.g. "doc-000 (2021)" */
  statusSource?: string;
  sources: SourceNote[];
};
export type GazetteerRecord = Feature<Geometry, GazetteerProperties> & { id: string };

// ── Claims (issue #10): the figures and dates the documents state about places ──────────────

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
