/**
 * One document's automatic mentions (find-mentions.ts, passages in reading order so context
 * aliases know what was named before), found once per document and name index and remembered
 * while the document's passages live. Adding a document to the atlas therefore links that
 * document alone. A new name index (a place added, renamed or retired) re-links only the
 * passages that hold a form whose linking changed (name-index.ts changedForms), plus those with a
 * context alias after a passage whose links changed; every other passage keeps its object, so
 * what was derived from it (claims, search) can be kept too.
 */
import type { AtlasDocument, Mention, Passage } from '../../types/atlas';
import { searchForm } from '../text/script-convert';
import { findMentions, withoutQuotes } from './find-mentions';
import { changedForms, contextualFormsOf, type NameIndex } from './name-index';
import { memoByObject } from '../memo-by-object';

/** A document's passages as linked against one name index. */
interface LinkedPassages {
  index: NameIndex;
  passages: Passage[];
}

/** keyed by the ingested passages: the same for a document across rebuilds, whatever its metadata */
const linkedBySource = new WeakMap<readonly Passage[], LinkedPassages>();
const linkedDocuments = new WeakMap<AtlasDocument, AtlasDocument>();

export function linkDocument(document: AtlasDocument, index: NameIndex): AtlasDocument {
  const passages = linkedPassages(document.passages, index);
  // the same document with the same links is the same object: what was derived from it is kept
  const kept = linkedDocuments.get(document);
  if (kept && kept.passages === passages) return kept;
  const linked = { ...document, passages };
  linkedDocuments.set(document, linked);
  return linked;
}

function linkedPassages(source: readonly Passage[], index: NameIndex): Passage[] {
  const memo = linkedBySource.get(source);
  if (memo?.index === index) return memo.passages;
  const changed = memo ? changedForms(memo.index, index) : null;
  const passages = memo && changed ? relinkPassages(source, memo.passages, index, changed) : linkPassages(source, index);
  linkedBySource.set(source, { index, passages });
  return passages;
}

/** The linking itself, remembered by `linkDocument`. */
export function findDocumentMentions(document: AtlasDocument, index: NameIndex): AtlasDocument {
  return { ...document, passages: linkPassages(document.passages, index) };
}

function linkPassages(source: readonly Passage[], index: NameIndex): Passage[] {
  const named = new Set<string>();
  return source.map((passage) => {
    const mentions = findMentions(passage.text, index, named);
    // A context alias links only once its place is named, so every place linked so far counts as named.
    for (const mention of mentions) named.add(mention.featureId);
    return { ...passage, mentions };
  });
}

/**
 * `linked` (the passages linked against an older index) brought to `index`, where only the forms
 * in `changed` link differently. Equals linkPassages(source, index); passages whose mentions come
 * out the same are returned as the objects they were.
 */
function relinkPassages(source: readonly Passage[], linked: Passage[], index: NameIndex, changed: string[]): Passage[] {
  if (changed.length === 0) return linked;
  const contextual = contextualFormsOf(index);
  const named = new Set<string>();
  // once a passage's links change, what later passages count as named before them may differ
  let namedMayDiffer = false;
  const passages = source.map((passage, i) => {
    const before = linked[i];
    const forms = comparableForms(passage);
    const holds = (form: string) => forms.some((text) => text.includes(form));
    let next = before;
    if (changed.some(holds) || (namedMayDiffer && contextual.some(holds))) {
      const mentions = findMentions(passage.text, index, named);
      if (!sameMentions(mentions, before.mentions)) {
        next = { ...passage, mentions };
        namedMayDiffer = true;
      }
    }
    for (const mention of next.mentions) named.add(mention.featureId);
    return next;
  });
  return passages.every((p, i) => p === linked[i]) ? linked : passages;
}

/** The texts the linker matches forms in: the search form, and that without quotes (rule 3's quoted names). */
const comparableForms = memoByObject((passage: Passage): string[] => {
  const comparable = searchForm(passage.text);
  const plain = withoutQuotes(comparable);
  return plain === comparable ? [comparable] : [comparable, plain];
});

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  return a.length === b.length && a.every((m, i) => m.start === b[i].start && m.end === b[i].end && m.featureId === b[i].featureId);
}
