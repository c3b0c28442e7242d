/**
 * Links the whole corpus: each document's automatic mentions (link-document.ts: found once per
 * document and set of gazetteer names, then remembered), then the reviewed overrides, and from
 * the result each place's `passageIds`.
 */
import type { AtlasDocument, GazetteerRecord } from '../../types/atlas';
import { linkDocument } from './link-document';
import { applyMentionOverrides, type MentionOverride } from './mention-overrides';
import { nameIndexOf } from './name-index';

export interface LinkedCorpus {
  documents: AtlasDocument[];
  /** feature id → ids of the passages that mention it, in corpus reading order */
  passageIdsByFeature: Map<string, string[]>;
}

export function linkMentions(documents: AtlasDocument[], records: GazetteerRecord[], overrides: MentionOverride[] = [], overridesFile?: string): LinkedCorpus {
  const index = nameIndexOf(records);
  const automatic = documents.map((document) => linkDocument(document, index));
  const linked = applyMentionOverrides(automatic, overrides, new Set(records.map((r) => r.id)), overridesFile);
  return { documents: linked, passageIdsByFeature: passageIdsByFeature(linked) };
}

/** feature id → ids of the passages that mention it, in corpus reading order */
export function passageIdsByFeature(documents: AtlasDocument[]): Map<string, string[]> {
  const byFeature = new Map<string, string[]>();
  for (const document of documents) {
    for (const passage of document.passages) {
      for (const featureId of new Set(passage.mentions.map((m) => m.featureId))) {
        const ids = byFeature.get(featureId) ?? [];
        ids.push(passage.id);
        byFeature.set(featureId, ids);
      }
    }
  }
  return byFeature;
}
