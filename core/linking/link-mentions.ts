/**
 * Links the whole corpus: each passage's `mentions` (find-mentions.ts, reading each document in
 * order so context aliases know what was named before), then the reviewed overrides, and from the
 * result each place's `passageIds`.
 */
import type { AtlasDocument, GazetteerRecord } from '../../types/atlas';
import { findMentions } from './find-mentions';
import { applyMentionOverrides, type MentionOverride } from './mention-overrides';
import { buildNameIndex } from './name-index';

export interface LinkedCorpus {
  documents: AtlasDocument[];
  /** feature id → ids of the passages that mention it, in corpus reading order */
  passageIdsByFeature: Map<string, string[]>;
}

export function linkMentions(documents: AtlasDocument[], records: GazetteerRecord[], overrides: MentionOverride[] = [], overridesFile?: string): LinkedCorpus {
  const index = buildNameIndex(records);
  const automatic = documents.map((document) => {
    const named = new Set<string>();
    return {
      ...document,
      passages: document.passages.map((passage) => {
        const mentions = findMentions(passage.text, index, named);
        // A context alias links only once its place is named, so every place linked so far counts as named.
        for (const mention of mentions) named.add(mention.featureId);
        return { ...passage, mentions };
      }),
    };
  });
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
