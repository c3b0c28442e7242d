/**
 * Every written form of every place (name, aliases, their Traditional variants), indexed by
 * first character in search form, longest first, so a scan can take the longest match at a point.
 */
import type { GazetteerRecord } from '../../../types/atlas';
import { searchForm } from '../text/script-convert';

export interface NameForm {
  /** the form as compared (Simplified, lower-case) */
  form: string;
  featureId: string;
}

export type NameIndex = Map<string, NameForm[]>;

/** Forms shorter than this are too ambiguous to link automatically (e.g. a bare 园). */
const MIN_FORM_LENGTH = 2;

export function namesOf(record: GazetteerRecord): string[] {
  return [record.properties.name_zh, ...record.properties.aliases];
}

export function buildNameIndex(records: GazetteerRecord[]): NameIndex {
  const owners = new Map<string, string>();
  for (const record of records) {
    for (const name of namesOf(record)) {
      const form = searchForm(name);
      if (form.length < MIN_FORM_LENGTH) continue;
      // One form, one place: the first record to claim a form keeps it (records are in file order).
      if (!owners.has(form)) owners.set(form, record.id);
    }
  }
  const index: NameIndex = new Map();
  for (const [form, featureId] of owners) {
    const first = form[0];
    const list = index.get(first) ?? [];
    list.push({ form, featureId });
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.form.length - a.form.length);
  return index;
}
