/**
 * The shareable view lives in the address bar's hash: `map=Z/LAT/LON` (written by MapLibre's
 * own `hash: "map"` option), `feature=ID`, `layers=a,b`, `passage=ID`, and the filters
 * `status=a,b`, `precision=a,b`, `doc=ID`, and `add-document[=ID]` (the Add document page). We read and write only our keys and keep every
 * other key (MapLibre's) as it is.
 */
import { PRECISIONS, STATUSES, type Precision, type Status } from '../../../types/atlas';

export interface HashState {
  feature: string | null;
  /** null: not in the hash (use the default layers); [] : every layer off */
  layers: string[] | null;
  passage: string | null;
  /** null: no status filter */
  status: Status[] | null;
  precision: Precision[] | null;
  /** only places cited by this document */
  doc: string | null;
  /** `#add-document`: the Add document page ('' : a new upload; an id: reviewing that document) */
  addDocument: string | null;
}

export const EMPTY_HASH_STATE: HashState = { feature: null, layers: null, passage: null, status: null, precision: null, doc: null, addDocument: null };

const OUR_KEYS = ['feature', 'layers', 'passage', 'status', 'precision', 'doc', 'add-document'] as const;
const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

function entries(hash: string): Array<[string, string]> {
  return hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part.length > 0)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? [part, ''] : [part.slice(0, eq), part.slice(eq + 1)];
    });
}

function decoded(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return '';
  }
}

function listOf<T extends string>(value: string, allowed: readonly T[]): T[] {
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function parseHash(hash: string): HashState {
  const state: HashState = { ...EMPTY_HASH_STATE };
  for (const [key, raw] of entries(hash)) {
    const value = decoded(raw);
    if (key === 'feature' && ID.test(value)) state.feature = value;
    if (key === 'passage' && ID.test(value)) state.passage = value;
    if (key === 'doc' && ID.test(value)) state.doc = value;
    if (key === 'layers') state.layers = value.split(',').filter((id) => ID.test(id));
    if (key === 'status') state.status = listOf(value, STATUSES);
    if (key === 'precision') state.precision = listOf(value, PRECISIONS);
    if (key === 'add-document') state.addDocument = ID.test(value) ? value : '';
  }
  return state;
}

/** A new hash with our keys set from `state` and every other key of `previous` kept in place. */
export function formatHash(previous: string, state: HashState): string {
  const kept = entries(previous).filter(([key]) => !(OUR_KEYS as readonly string[]).includes(key));
  const ours: Array<[string, string]> = [];
  if (state.feature) ours.push(['feature', state.feature]);
  if (state.layers) ours.push(['layers', state.layers.join(',')]);
  if (state.passage) ours.push(['passage', state.passage]);
  if (state.status) ours.push(['status', state.status.join(',')]);
  if (state.precision) ours.push(['precision', state.precision.join(',')]);
  if (state.doc) ours.push(['doc', state.doc]);
  if (state.addDocument !== null) ours.push(['add-document', state.addDocument]);
  const all = [...kept, ...ours];
  return all.length === 0 ? '' : `#${all.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}`;
}
