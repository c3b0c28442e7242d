/**
 * Every written form of every place (name, aliases, context aliases), in search form, indexed by
 * first character, longest first. Traditional variants need no entry of their own: the linker
 * compares the search form of a passage (Simplified, offsets kept, via opencc-js).
 */
import type { GazetteerRecord } from '../../types/atlas';
import { searchForm, toSimplified } from '../text/script-convert';
import { memoByObject } from '../memo-by-object';

export interface NameForm {
  /** the form as compared (Simplified, lower-case) */
  form: string;
  featureId: string;
  /** a context alias: links only after the full name, and not after a qualifier */
  contextual: boolean;
}

export type NameIndex = Map<string, NameForm[]>;

/** Forms shorter than this are too ambiguous to link automatically (e.g. a bare 园). */
export const MIN_FORM_LENGTH = 2;

/** A gazetteer record whose context aliases the linker cannot use; stops start-up naming it. */
export class ContextAliasError extends Error {
  constructor(
    readonly recordId: string,
    readonly alias: string,
    readonly detail: string,
  ) {
    super(`gazetteer record "${recordId}": context alias "${alias}" ${detail}; correct the record's contextAliases`);
    this.name = 'ContextAliasError';
  }
}

/** The forms that name a place on their own: the official name and its aliases. */
export function namesOf(record: GazetteerRecord): string[] {
  return [record.properties.name_zh, ...record.properties.aliases];
}

export function contextAliasesOf(record: GazetteerRecord): string[] {
  return record.properties.contextAliases ?? [];
}

export const NAME_INDEX = {
  /** name indexes remembered, most recent first: the gazetteer's names change rarely */
  remembered: 4,
};

const remembered: Array<{ names: string; index: NameIndex }> = [];

/**
 * The name index of these records, built once per set of names: what linking depends on (ids,
 * names, aliases, context aliases, in record order), so a gazetteer change that leaves every
 * name alone (a geometry, a status) gives the same index, and the documents linked against it
 * stay linked (link-document.ts).
 */
export function nameIndexOf(records: GazetteerRecord[]): NameIndex {
  const names = JSON.stringify(records.map((r) => [r.id, namesOf(r), contextAliasesOf(r)]));
  const at = remembered.findIndex((entry) => entry.names === names);
  const entry = at >= 0 ? remembered.splice(at, 1)[0] : { names, index: buildNameIndex(records) };
  remembered.unshift(entry);
  remembered.length = Math.min(remembered.length, NAME_INDEX.remembered);
  return entry.index;
}

export function buildNameIndex(records: GazetteerRecord[]): NameIndex {
  const owners = new Map<string, NameForm>();
  for (const record of records) {
    for (const name of namesOf(record)) {
      const form = searchForm(name);
      if (form.length < MIN_FORM_LENGTH) continue;
      // One form, one place: the first record to claim a form keeps it (records are in file order).
      if (!owners.has(form)) owners.set(form, { form, featureId: record.id, contextual: false });
    }
  }
  for (const record of records) {
    for (const alias of contextAliasesOf(record)) {
      const form = searchForm(alias);
      if (toSimplified(alias) !== alias) throw new ContextAliasError(record.id, alias, 'is not Simplified Chinese; store Simplified forms only');
      if (form.length < MIN_FORM_LENGTH) throw new ContextAliasError(record.id, alias, `is shorter than ${MIN_FORM_LENGTH} characters`);
      const owner = owners.get(form);
      if (owner) throw new ContextAliasError(record.id, alias, `is already a ${owner.contextual ? 'context alias' : 'name'} of "${owner.featureId}"`);
      owners.set(form, { form, featureId: record.id, contextual: true });
    }
  }
  const index: NameIndex = new Map();
  for (const entry of owners.values()) {
    const list = index.get(entry.form[0]) ?? [];
    list.push(entry);
    index.set(entry.form[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
}

export const NAME_INDEX_DIFF = {
  /** more changed forms than this and a document is linked again whole: scanning for each costs more */
  maxChangedForms: 64,
};

const diffs = new WeakMap<NameIndex, WeakMap<NameIndex, string[] | null>>();

/**
 * The forms that link differently under `after` than under `before`: added, removed, or owned by
 * another place or as another kind (name or context alias). A passage holding none of them is
 * linked the same by both (find-mentions.ts reads the index only at forms present in the text).
 * Null when more than NAME_INDEX_DIFF.maxChangedForms changed.
 */
export function changedForms(before: NameIndex, after: NameIndex): string[] | null {
  let byAfter = diffs.get(before);
  if (!byAfter) diffs.set(before, (byAfter = new WeakMap()));
  let changed = byAfter.get(after);
  if (changed === undefined) {
    changed = diffForms(before, after);
    byAfter.set(after, changed);
  }
  return changed;
}

function diffForms(before: NameIndex, after: NameIndex): string[] | null {
  const formsOf = (index: NameIndex) => new Map([...index.values()].flat().map((entry) => [entry.form, entry]));
  const old = formsOf(before);
  const next = formsOf(after);
  const changed: string[] = [];
  for (const [form, entry] of next) {
    const was = old.get(form);
    if (!was || was.featureId !== entry.featureId || was.contextual !== entry.contextual) changed.push(form);
  }
  for (const form of old.keys()) if (!next.has(form)) changed.push(form);
  return changed.length > NAME_INDEX_DIFF.maxChangedForms ? null : changed;
}

/** The index's context aliases: the only forms whose linking depends on earlier passages. */
export const contextualFormsOf = memoByObject((index: NameIndex): string[] =>
  [...index.values()].flat().filter((entry) => entry.contextual).map((entry) => entry.form),
);
