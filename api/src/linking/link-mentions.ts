/**
 * Finds the places each passage names and records them as `mentions`; from them each place's
 * `passageIds`. Matching runs on the search form of the text (Simplified, offsets kept), so
 * Traditional passages link to the same places. Longest match wins (乌镇实验室 over 乌镇).
 */
import type { AtlasDocument, GazetteerRecord, Mention } from '../../../types/atlas';
import { searchForm } from '../text/script-convert';
import { buildNameIndex, type NameIndex } from './name-index';

export function findMentions(text: string, index: NameIndex): Mention[] {
  const comparable = searchForm(text);
  const mentions: Mention[] = [];
  let at = 0;
  while (at < comparable.length) {
    const match = index.get(comparable[at])?.find((name) => comparable.startsWith(name.form, at));
    if (match) {
      mentions.push({ start: at, end: at + match.form.length, featureId: match.featureId });
      at += match.form.length;
    } else {
      at += 1;
    }
  }
  return mentions;
}

export interface LinkedCorpus {
  documents: AtlasDocument[];
  /** feature id → ids of the passages that mention it, in corpus reading order */
  passageIdsByFeature: Map<string, string[]>;
}

export function linkMentions(documents: AtlasDocument[], records: GazetteerRecord[]): LinkedCorpus {
  const index = buildNameIndex(records);
  const passageIdsByFeature = new Map<string, string[]>();
  const linked = documents.map((document) => ({
    ...document,
    passages: document.passages.map((passage) => {
      const mentions = findMentions(passage.text, index);
      for (const featureId of new Set(mentions.map((m) => m.featureId))) {
        const ids = passageIdsByFeature.get(featureId) ?? [];
        ids.push(passage.id);
        passageIdsByFeature.set(featureId, ids);
      }
      return { ...passage, mentions };
    }),
  }));
  return { documents: linked, passageIdsByFeature };
}
