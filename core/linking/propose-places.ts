/**
 * Proposals: the place-like names of a new document that match no place (issue 18). Each becomes
 * a proposal an editor places or rejects, with a suggestion where the text gives one: a name that
 * starts with a known area (乌镇云舟宾客中心) or a sentence that locates it (位于乌镇) suggests an
 * indicative point at that area, saying so. Reviewers' explanations of generic strings (数字经济
 * 产业园区 is a kind, not a place) hold for every document, so those are never proposed.
 */
import { createHash } from 'node:crypto';
import { pointOnFeature } from '@turf/turf';
import type { Point } from 'geojson';
import type { AtlasDocument, GazetteerRecord, Passage } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { buildNameIndex, type NameIndex } from './name-index';
import type { UnlinkedExplanation } from './unlinked-explanations';
import { findUnlinkedTerms } from './unlinked-terms';

export interface PlaceSuggestion {
  geometry: Point;
  precision: 'indicative';
  /** one sentence: what in the text the suggestion rests on */
  basis: string;
}

export interface PlaceProposal {
  /** stable for the same document and name */
  id: string;
  documentId: string;
  /** the name as the document first writes it */
  name: string;
  /** its search form (Simplified), the key a rejection is kept under */
  key: string;
  passageIds: string[];
  suggestion: PlaceSuggestion | null;
}

export const PROPOSAL_RULES = {
  /** explanation kinds that say a string is no place of its own, in any document */
  notProposed: ['described-place', 'part-of-place', 'designation', 'generic', 'organisation', 'not-a-place'] as string[],
  /** words before a place that say where something lies (位于乌镇, 落户桐乡) */
  locatingWords: ['位于', '坐落于', '落户', '地处', '选址', '建在', '落地', '在'],
  /** layers whose places are areas something can lie in */
  areaLayers: ['towns', 'zones', 'admin', 'parks'],
  /**
   * words a description starts with, never a name: 沿线古镇 (the old towns along it), 通勤铁路
   * (a commuter railway), 周边村 (the villages around)
   */
  descriptiveLeads: ['沿线', '通勤', '周边', '相关', '重点', '主要', '各类', '部分', '其他', '现有', '已有', '新建', '一批', '多个', '若干', '各个', '所有', '全市', '全县', '全省', '全国', '本地', '当地', '附近'],
};

export interface ProposeOptions {
  explanations?: UnlinkedExplanation[];
  /** search forms an editor rejected: never proposed again */
  rejected?: ReadonlySet<string>;
}

export function proposePlaces(document: AtlasDocument, records: GazetteerRecord[], options: ProposeOptions = {}): PlaceProposal[] {
  const { explanations = [], rejected = new Set<string>() } = options;
  const index = buildNameIndex(records);
  const byId = new Map(records.map((r) => [r.id, r]));
  const passages = new Map(document.passages.map((p) => [p.id, p]));
  const proposals: PlaceProposal[] = [];
  for (const group of findUnlinkedTerms([document])) {
    if (rejected.has(group.key) || isExplainedAway(group.key, explanations) || isDescription(group.key)) continue;
    const first = group.occurrences[0];
    const passageIds = [...new Set(group.occurrences.map((o) => o.passageId))];
    proposals.push({
      id: proposalId(document.id, group.key),
      documentId: document.id,
      name: first.text.replace(/[“”‘’「」『』《》]/g, ''),
      key: group.key,
      passageIds,
      suggestion: suggestFor(group.key, group.occurrences.map((o) => ({ passage: passages.get(o.passageId)!, start: o.start })), index, byId),
    });
  }
  return proposals;
}

function isDescription(key: string): boolean {
  return PROPOSAL_RULES.descriptiveLeads.some((lead) => key.startsWith(lead));
}

export function proposalId(documentId: string, key: string): string {
  return `prop-${createHash('sha256').update(`${documentId}\n${key}`).digest('hex').slice(0, 12)}`;
}

function isExplainedAway(key: string, explanations: UnlinkedExplanation[]): boolean {
  return explanations.some(
    (e) => PROPOSAL_RULES.notProposed.includes(e.kind) && (e.match === 'ending' ? key.endsWith(searchForm(e.text)) : key === searchForm(e.text)),
  );
}

function suggestFor(
  key: string,
  occurrences: Array<{ passage: Passage; start: number }>,
  index: NameIndex,
  byId: Map<string, GazetteerRecord>,
): PlaceSuggestion | null {
  // The name itself starts with an area it lies in: 乌镇云舟宾客中心.
  const prefix = (index.get(key[0]) ?? []).find((form) => !form.contextual && key.startsWith(form.form) && key.length > form.form.length);
  const prefixArea = prefix && areaOf(byId.get(prefix.featureId));
  if (prefixArea) return suggestion(prefixArea, `Its name begins with ${prefixArea.properties.name_zh}; placed at ${prefixArea.properties.name_zh} as an indication, not a site.`);
  // A sentence that says where it lies: …位于乌镇…
  for (const { passage, start } of occurrences) {
    const sentence = sentenceAround(passage.text, start);
    for (const mention of passage.mentions) {
      if (mention.start < sentence.start || mention.end > sentence.end) continue;
      const before = searchForm(passage.text.slice(Math.max(sentence.start, mention.start - 3), mention.start));
      const area = areaOf(byId.get(mention.featureId));
      if (area && PROPOSAL_RULES.locatingWords.some((word) => before.endsWith(word))) {
        const quote = passage.text.slice(sentence.start, sentence.end);
        return suggestion(area, `${passage.id} says it lies in ${area.properties.name_zh} (“${quote}”); placed at ${area.properties.name_zh} as an indication, not a site.`);
      }
    }
  }
  return null;
}

function areaOf(record: GazetteerRecord | undefined): GazetteerRecord | null {
  return record && PROPOSAL_RULES.areaLayers.includes(record.properties.layer) ? record : null;
}

function suggestion(area: GazetteerRecord, basis: string): PlaceSuggestion {
  return { geometry: pointOnFeature(area).geometry, precision: 'indicative', basis };
}

function sentenceAround(text: string, at: number): { start: number; end: number } {
  const stops = /[。！？；!?;]/;
  let start = at;
  while (start > 0 && !stops.test(text[start - 1])) start -= 1;
  let end = at;
  while (end < text.length && !stops.test(text[end])) end += 1;
  return { start, end: Math.min(text.length, end + 1) };
}
