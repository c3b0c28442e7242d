/**
 * All claims of the atlas, built with the store (buildAtlas) from explicit inputs: extracted,
 * attached to places, corrected by the reviewed corrections, in date order, with the
 * discrepancies between documents. A bad correction therefore fails at load, naming it.
 */
import { booleanPointInPolygon, centroid } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { AtlasDocument, Claim, Discrepancy, Passage } from '../../types/atlas';
import type { AtlasContent } from '../store/atlas-store';
import { intersectAscending, rememberedTextPostings, textsHolding } from '../search/text-postings';
import { searchForm } from '../text/script-convert';
import { applyCorrections, type ClaimCorrection } from './apply-corrections';
import { AREA_UNIT_LAYERS, attachClaims, type LayerOf, type Within } from './attach-claims';
import { claimPassages, documentDateNotBefore, extractPassageClaims, type PassageClaims, type PassageContext } from './extract-claims';
import { findDiscrepancies } from './find-discrepancies';
import { memoByObject } from '../memo-by-object';

export interface ClaimsIndex {
  /** every claim, in date order */
  claims: Claim[];
  /** place id → its claims, in date order */
  byFeature: Map<string, Claim[]>;
  discrepancies: Discrepancy[];
  /** claim id → ids of the discrepancies it is a statement of */
  discrepanciesOfClaim: Map<string, string[]>;
  /** claims whose sentence has every term, after the claims of the places a search found */
  search(query: string, limit: number, featureIds?: string[]): Claim[];
}

export function buildClaimsIndex(store: AtlasContent, corrections: ClaimCorrection[], correctionsFile?: string): ClaimsIndex {
  const layerOf = (id: string) => store.featureById.get(id)?.properties.layer;
  const areaUnits = new Set(store.features.filter((f) => AREA_UNIT_LAYERS.has(f.properties.layer)).map((f) => f.id));
  const within = withinOf(store);
  const placeKey = placeKeys(store);
  const documentDates = new Map<string, { date: string | null; notBefore: string | null }>();
  const attached: Claim[] = [];
  for (const document of store.documents) {
    const { claims, notBefore } = documentClaimsOf(document, areaUnits, placeKey, layerOf, within);
    documentDates.set(document.id, { date: document.date, notBefore });
    for (const claim of claims) attached.push(claim);
  }

  const passageIndex = new Map<string, number>();
  for (const document of store.documents) for (const passage of document.passages) passageIndex.set(passage.id, passage.index);

  const claims = applyCorrections(attached, corrections, {
    passageById: store.passageById,
    featureIds: new Set(store.featureById.keys()),
    documentDates,
    file: correctionsFile,
  }).sort(byDateInOrder(store.documents, documentDates, passageIndex));

  const byFeature = new Map<string, Claim[]>();
  for (const claim of claims) if (claim.featureId) appendTo(byFeature, claim.featureId, claim);

  const discrepancies = findDiscrepancies(claims, {
    place: (id) => {
      const p = store.featureById.get(id)!.properties;
      return { name_zh: p.name_zh, name_en: p.name_en };
    },
    documentTitle: (id) => store.documentById.get(id)?.title ?? id,
    passageIndex: (id) => passageIndex.get(id) ?? 0,
  });
  const discrepanciesOfClaim = new Map<string, string[]>();
  for (const d of discrepancies) for (const s of d.statements) for (const id of s.claimIds) appendTo(discrepanciesOfClaim, id, d.id);

  // Claims share sentences (a sentence with a date and a figure is two claims, and documents
  // repeat each other), so each distinct sentence is indexed once and a claim points at it.
  const sentenceIds = new Map<string, number>();
  const sentences: string[] = [];
  const sentenceOf = new Int32Array(claims.length);
  claims.forEach((claim, i) => {
    let id = sentenceIds.get(claim.sentence.text);
    if (id === undefined) {
      id = sentences.length;
      sentenceIds.set(claim.sentence.text, id);
      sentences.push(searchForm(claim.sentence.text));
    }
    sentenceOf[i] = id;
  });
  // a term can only be in the sentences holding all its bigrams: read those, not every claim
  const postings = rememberedTextPostings(sentences);
  const claimsOfSentence = positionsBySentence(sentenceOf, sentences.length);
  return {
    claims,
    byFeature,
    discrepancies,
    discrepanciesOfClaim,
    search(query, limit, featureIds = []) {
      const terms = searchForm(query).split(/[\s,，、;；]+/u).filter(Boolean);
      const found: Claim[] = [];
      const seen = new Set<string>();
      const take = (claim: Claim) => {
        if (found.length < limit && !seen.has(claim.id)) {
          seen.add(claim.id);
          found.push(claim);
        }
      };
      for (const id of featureIds) for (const claim of byFeature.get(id) ?? []) take(claim);
      if (terms.length > 0 && found.length < limit) {
        let candidates: Int32Array | number[] | null = null;
        for (const term of terms) {
          const holding = textsHolding(postings, term);
          if (holding !== null) candidates = candidates === null ? holding : intersectAscending([candidates, holding]);
        }
        const matches = (i: number) => terms.every((t) => sentences[sentenceOf[i]].includes(t));
        // claims in date order, each tested only if its sentence may hold every term: gathered from
        // the candidate sentences when they are few, else found by walking every claim
        const gathered = candidates === null ? null : claimsOfSentence.gather(candidates, claims.length / 4);
        if (gathered) {
          for (let k = 0; k < gathered.length && found.length < limit; k += 1) if (matches(gathered[k])) take(claims[gathered[k]]);
        } else {
          const possible = new Uint8Array(sentences.length).fill(candidates === null ? 1 : 0);
          for (const id of candidates ?? []) possible[id] = 1;
          for (let i = 0; i < claims.length && found.length < limit; i += 1) if (possible[sentenceOf[i]] === 1 && matches(i)) take(claims[i]);
        }
      }
      return found;
    },
  };
}

interface DocumentClaims {
  /** attached, in reading order */
  claims: Claim[];
  notBefore: string | null;
}

/** Each document's claims, by its (decided) passages, with what else they were drawn from. */
const claimsByDocument = new WeakMap<readonly Passage[], { key: string; drawn: DocumentClaims }>();

/**
 * A document's claims, kept whole while its passages are the same array (no write changed a link
 * in it, mention-decisions.ts) and what they read of places is the same; else drawn passage by
 * passage, each kept while it is the same object (below).
 */
function documentClaimsOf(document: AtlasDocument, areaUnits: ReadonlySet<string>, placeKey: (id: string) => string, layerOf: LayerOf, within: Within): DocumentClaims {
  let key = `${document.id}\n${document.date}`;
  for (const id of namedPlaces(document.passages)) key += `\n${placeKey(id)} ${areaUnits.has(id)}`;
  const kept = claimsByDocument.get(document.passages);
  if (kept?.key === key) return kept.drawn;
  const passages = claimPassages(document).map(({ passage, inRecommendations }) => ({
    passage,
    extracted: extractedClaimsOf(passage, { documentId: document.id, documentDate: document.date, inRecommendations }, areaUnits),
  }));
  const notBefore = documentDateNotBefore(document, passages.flatMap((p) => p.extracted.claims));
  const claims = passages.flatMap(({ passage, extracted }) => attachedClaimsOf(passage, extracted, notBefore, placeKey, layerOf, within));
  const drawn = { claims, notBefore };
  claimsByDocument.set(document.passages, { key, drawn });
  return drawn;
}

/** The places a document's passages name, each once. */
const namedPlaces = memoByObject((passages: readonly Passage[]) => [...new Set(passages.flatMap((p) => p.mentions.map((m) => m.featureId)))]);

/**
 * When the documents said it: by document date (an undated document by the year it cannot
 * predate), then document id, then in reading order. Each document's place in that order is
 * worked out once: its claims share its date and id, so only passage, offset and id are left to
 * compare claim by claim.
 */
function byDateInOrder(
  documents: readonly AtlasDocument[],
  dates: Map<string, { date: string | null; notBefore: string | null }>,
  passageIndex: Map<string, number>,
): (a: Claim, b: Claim) => number {
  const written = (id: string) => {
    const d = dates.get(id);
    return d?.date ?? d?.notBefore ?? '';
  };
  const order = documents.map((d) => d.id).sort((a, b) => written(a).localeCompare(written(b)) || a.localeCompare(b));
  const rank = new Map(order.map((id, i) => [id, i]));
  return (a, b) =>
    (rank.get(a.documentId) ?? 0) - (rank.get(b.documentId) ?? 0) ||
    (passageIndex.get(a.passageId) ?? 0) - (passageIndex.get(b.passageId) ?? 0) ||
    a.start - b.start ||
    a.id.localeCompare(b.id);
}

/** Each linked passage's extracted claims, with what else they were drawn from. */
const extractedByPassage = new WeakMap<Passage, { key: string; extracted: PassageClaims }>();

/**
 * A passage's claims are drawn once and kept while its linked passage object lives (linking
 * keeps that object while its mentions stay, link-document.ts): a new document or a new place
 * costs the claims of the passages it changes, not the corpus's. They depend on the passage (text,
 * mentions), its document's id and date, its section, and which places it names are cities or towns.
 */
function extractedClaimsOf(passage: Passage, context: PassageContext, areaUnits: ReadonlySet<string>): PassageClaims {
  let key = `${context.documentId}\n${context.documentDate}\n${context.inRecommendations}`;
  for (const mention of passage.mentions) if (areaUnits.has(mention.featureId)) key += `\n${mention.featureId}`;
  const kept = extractedByPassage.get(passage);
  if (kept?.key === key) return kept.extracted;
  const extracted = extractPassageClaims(passage, context, (id) => !areaUnits.has(id));
  extractedByPassage.set(passage, { key, extracted });
  return extracted;
}

/** Each passage's attached claims, with what they were attached among. */
const attachedByPassage = new WeakMap<PassageClaims, { key: string; attached: Claim[] }>();

/**
 * Attachment reads only the passage's own claims and the layers and geometries of the places it
 * names (a city's claims go to the towns inside it), so it is kept per passage while those stay.
 */
function attachedClaimsOf(passage: Passage, extracted: PassageClaims, notBefore: string | null, placeKey: (id: string) => string, layerOf: LayerOf, within: Within): Claim[] {
  if (extracted.claims.length === 0) return [];
  let key = String(notBefore);
  for (const mention of passage.mentions) key += `\n${placeKey(mention.featureId)}`;
  const kept = attachedByPassage.get(extracted);
  if (kept?.key === key) return kept.attached;
  const claims = extracted.claims.map((claim) => ({ ...claim, documentDateNotBefore: notBefore }));
  const attached = attachClaims(claims, () => extracted.structure, layerOf, within);
  attachedByPassage.set(extracted, { key, attached });
  return attached;
}

/** A geometry's number, the same for the same object: an edited geometry is a new object, so a new number. */
const geometryNumbers = new WeakMap<object, number>();
let nextGeometryNumber = 0;

/** What attachment reads of a place: its layer and its geometry (by object: records are not mutated). */
function placeKeys(store: AtlasContent): (id: string) => string {
  const numberOf = (geometry: object) => {
    let number = geometryNumbers.get(geometry);
    if (number === undefined) geometryNumbers.set(geometry, (number = nextGeometryNumber++));
    return number;
  };
  const keys = new Map<string, string>();
  return (id) => {
    let key = keys.get(id);
    if (key === undefined) {
      const feature = store.featureById.get(id);
      key = feature ? `${id} ${feature.properties.layer} ${numberOf(feature.geometry)}` : `${id} -`;
      keys.set(id, key);
    }
    return key;
  };
}

function appendTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A place lies inside another when its centroid is in the other's polygon (乌镇 in 桐乡市). */
function withinOf(store: AtlasContent): Within {
  const cache = new Map<string, boolean>();
  return (inner, outer) => {
    const key = `${inner}|${outer}`;
    if (!cache.has(key)) {
      const a = store.featureById.get(inner);
      const b = store.featureById.get(outer);
      const polygon = b && (b.geometry.type === 'Polygon' || b.geometry.type === 'MultiPolygon') ? (b as Feature<Polygon | MultiPolygon>) : null;
      cache.set(key, Boolean(a && polygon && booleanPointInPolygon(centroid(a), polygon)));
    }
    return cache.get(key)!;
  };
}

/**
 * Each sentence's claims as positions in the date-ordered list, in one array (compressed rows).
 * `gather` lists the claims of some sentences in date order, or null when they would be more
 * than `most` (walking every claim is then as quick).
 */
function positionsBySentence(sentenceOf: Int32Array, sentenceCount: number) {
  const start = new Int32Array(sentenceCount + 1);
  for (const sentence of sentenceOf) start[sentence + 1] += 1;
  for (let s = 0; s < sentenceCount; s += 1) start[s + 1] += start[s];
  const positions = new Int32Array(sentenceOf.length);
  const next = start.slice(0, sentenceCount);
  sentenceOf.forEach((sentence, i) => (positions[next[sentence]++] = i));
  return {
    gather(sentences: ArrayLike<number>, most: number): Int32Array | null {
      let total = 0;
      for (let k = 0; k < sentences.length; k += 1) total += start[sentences[k] + 1] - start[sentences[k]];
      if (total > most) return null;
      const out = new Int32Array(total);
      let at = 0;
      for (let k = 0; k < sentences.length; k += 1) {
        out.set(positions.subarray(start[sentences[k]], start[sentences[k] + 1]), at);
        at += start[sentences[k] + 1] - start[sentences[k]];
      }
      return out.sort();
    },
  };
}
