/**
 * One document's automatic mentions (find-mentions.ts, passages in reading order so context
 * aliases know what was named before), found once per document and name index and remembered
 * while the document object lives. Adding a document to the atlas therefore links that
 * document alone; a new name index (the gazetteer's names changed) links every document again,
 * as it must: a new place may be named anywhere.
 */
import type { AtlasDocument } from '../../types/atlas';
import { findMentions } from './find-mentions';
import type { NameIndex } from './name-index';

const linkedByIndex = new WeakMap<NameIndex, WeakMap<AtlasDocument, AtlasDocument>>();

export function linkDocument(document: AtlasDocument, index: NameIndex): AtlasDocument {
  let linked = linkedByIndex.get(index);
  if (!linked) linkedByIndex.set(index, (linked = new WeakMap()));
  let result = linked.get(document);
  if (!result) {
    result = findDocumentMentions(document, index);
    linked.set(document, result);
  }
  return result;
}

/** The linking itself, remembered by `linkDocument`. */
export function findDocumentMentions(document: AtlasDocument, index: NameIndex): AtlasDocument {
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
}
