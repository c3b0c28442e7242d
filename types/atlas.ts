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

export const MENTION_ORIGINS = ['auto', 'editor'] as const;
export type MentionOrigin = (typeof MENTION_ORIGINS)[number];

/** A place named in a passage. */
export interface Mention extends TextRange {
  featureId: string;
  /** stable id (DELETE /api/mentions/{id}); set when the atlas is built from the database's decisions */
  id?: string;
  /** found by the linker, or added by an editor */
  origin?: MentionOrigin;
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
  /** the theme the layer is listed under; layers of one group are adjacent, groups in legend order */
  group: string;
  group_title_zh: string;
  group_title_en: string;
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

// The claims vocabulary (figures, dates and statuses the documents state) has its own file.
export * from './claims';
