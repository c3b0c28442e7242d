/**
 * The whole atlas in memory: documents with linked passages, features with their citations,
 * layers and the search index. Built once at start-up; a bad record stops the start, naming it.
 */
import type {
  AtlasDocument,
  AtlasFeature,
  AtlasFeatureCollection,
  DocumentMeta,
  GazetteerRecord,
  LayerDescriptor,
  LayerId,
  Passage,
} from '../../types/atlas';
import type { StoredDocument } from '../db/document-commands';
import type { ClaimCorrection } from '../claims/apply-corrections';
import { buildClaimsIndex, type ClaimsIndex } from '../claims/claims-index';
import { applyMentionDecisions, type MentionDecisions } from '../linking/mention-decisions';
import { linkMentions, passageIdsByFeature } from '../linking/link-mentions';
import type { MentionOverride } from '../linking/mention-overrides';
import { createSearchIndex, type SearchIndex } from '../search/search-index';
import type { LayerCatalog } from './layer-catalog';
import { deliverLayers } from './layer-delivery';
import type { LayerSourceThreshold } from './layer-source-policy';

export interface AtlasStore {
  catalog: LayerCatalog;
  documents: AtlasDocument[];
  documentById: Map<string, AtlasDocument>;
  passageById: Map<string, Passage>;
  features: AtlasFeature[];
  featureById: Map<string, AtlasFeature>;
  layers: LayerDescriptor[];
  layerCollections: Map<LayerId, AtlasFeatureCollection>;
  /** vector-tile archives of the layers too large for GeoJSON, by archive name */
  layerArchives: Map<string, Buffer>;
  search: SearchIndex;
  /** every claim, attached and corrected, with the discrepancies between documents */
  claims: ClaimsIndex;
  /** each place's version, when built from the database (the ETag of a feature) */
  featureVersions?: Map<string, number>;
  /** the database revision this atlas shows (every write bumps it) */
  revision?: number;
  /** uploaded documents as stored (any status), when built from a database */
  uploads?: Map<string, StoredDocument>;
}

/** The atlas before its claims are drawn from it. */
export type AtlasContent = Omit<AtlasStore, 'claims'>;

export interface BuildOptions {
  overrides?: MentionOverride[];
  /** where the overrides came from, for errors naming them */
  overridesFile?: string;
  /** reviewed corrections of extracted claims (none when omitted) */
  corrections?: ClaimCorrection[];
  correctionsFile?: string;
  /** where a layer switches from GeoJSON to vector tiles (default: layer-source-policy.ts) */
  threshold?: LayerSourceThreshold;
  /** the editors' decisions from the database; when given, they replace `overrides` */
  mentionDecisions?: MentionDecisions;
  featureVersions?: Map<string, number>;
  revision?: number;
  uploads?: Map<string, StoredDocument>;
}

export class AtlasDataError extends Error {
  constructor(
    detail: string,
    /** what to do about it */
    readonly fix: string,
  ) {
    super(`${detail}; ${fix}`);
    this.name = 'AtlasDataError';
  }
}

export function buildAtlas(catalog: LayerCatalog, ingested: AtlasDocument[], records: GazetteerRecord[], options: BuildOptions = {}): AtlasStore {
  const { overrides = [], corrections = [], threshold, mentionDecisions } = options;
  const { documents, passageIdsByFeature: citations } = mentionDecisions
    ? linkWithDecisions(ingested, records, mentionDecisions)
    : linkMentions(ingested, records, overrides, options.overridesFile);
  const features = records.map((record) => toFeature(record, citations.get(record.id) ?? []));
  const featureById = new Map(features.map((f) => [f.id, f]));
  if (featureById.size !== features.length) throw new AtlasDataError('two gazetteer records share an id', 'give each record its own id (npm run geodata:check names them)');

  const layerFeatures = new Map<LayerId, AtlasFeature[]>();
  for (const layer of catalog.layers) layerFeatures.set(layer.id, []);
  for (const feature of features) {
    const list = layerFeatures.get(feature.properties.layer);
    if (!list) throw new AtlasDataError(`feature ${feature.id} is in layer ${feature.properties.layer}, which the catalogue lacks`, 'add the layer to the layer catalogue (geodata/layers.json)');
    list.push(feature);
  }
  const layerCollections = new Map<LayerId, AtlasFeatureCollection>();
  for (const layer of catalog.layers) layerCollections.set(layer.id, collectionOf(layer, layerFeatures.get(layer.id)!));
  const { descriptors: layers, archives: layerArchives } = deliverLayers(
    catalog.layers.map((layer) => {
      const group = catalog.groups.find((g) => g.id === layer.group)!;
      return { ...layer, group_title_zh: group.title_zh, group_title_en: group.title_en, featureCount: layerCollections.get(layer.id)!.features.length };
    }),
    layerCollections,
    threshold,
  );

  const passageById = new Map<string, Passage>();
  for (const document of documents) for (const passage of document.passages) passageById.set(passage.id, passage);

  const content: AtlasContent = {
    catalog,
    documents,
    documentById: new Map(documents.map((d) => [d.id, d])),
    passageById,
    features,
    featureById,
    layers,
    layerCollections,
    layerArchives,
    search: createSearchIndex(features, documents),
    featureVersions: options.featureVersions,
    revision: options.revision,
    uploads: options.uploads,
  };
  return { ...content, claims: buildClaimsIndex(content, corrections, options.correctionsFile) };
}

/** The linker's mentions, then the editors' decisions (tolerant: a decision that no longer fits does nothing). */
function linkWithDecisions(ingested: AtlasDocument[], records: GazetteerRecord[], decisions: MentionDecisions) {
  const automatic = linkMentions(ingested, records, []).documents;
  const documents = applyMentionDecisions(automatic, decisions, new Set(records.map((r) => r.id)));
  return { documents, passageIdsByFeature: passageIdsByFeature(documents) };
}

/** each record's feature: kept while the record object and its citations stay (the snapshot is never mutated) */
const featureOfRecord = new WeakMap<GazetteerRecord, AtlasFeature>();

function toFeature(record: GazetteerRecord, passageIds: string[]): AtlasFeature {
  const kept = featureOfRecord.get(record);
  if (kept && sameStrings(kept.properties.passageIds, passageIds)) return kept;
  const feature: AtlasFeature = { type: 'Feature', id: record.id, geometry: record.geometry, properties: { ...record.properties, passageIds } };
  featureOfRecord.set(record, feature);
  return feature;
}

/** each catalogue layer's last collection: kept while its features are the same objects, so its body and tiles are too */
const collectionOfLayer = new WeakMap<LayerCatalog['layers'][number], AtlasFeatureCollection>();

function collectionOf(layer: LayerCatalog['layers'][number], layerFeatures: AtlasFeature[]): AtlasFeatureCollection {
  const kept = collectionOfLayer.get(layer);
  if (kept && kept.features.length === layerFeatures.length && kept.features.every((f, i) => f === layerFeatures[i])) return kept;
  const collection: AtlasFeatureCollection = { type: 'FeatureCollection', features: layerFeatures };
  collectionOfLayer.set(layer, collection);
  return collection;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

export function documentMeta(document: AtlasDocument): DocumentMeta {
  const { passages: _passages, ...meta } = document;
  return meta;
}
