/**
 * The shareable view lives in the address bar's hash: `map=Z/LAT/LON` (written by MapLibre's
 * own `hash: "map"` option), `feature=ID`, `layers=a,b`, `passage=ID`. We read and write only
 * our keys and keep every other key (MapLibre's) as it is.
 */
export interface HashState {
  feature: string | null;
  /** null: not in the hash (use the default layers); [] : every layer off */
  layers: string[] | null;
  passage: string | null;
}

const OUR_KEYS = ['feature', 'layers', 'passage'] as const;
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

export function parseHash(hash: string): HashState {
  const state: HashState = { feature: null, layers: null, passage: null };
  for (const [key, raw] of entries(hash)) {
    const value = decoded(raw);
    if (key === 'feature' && ID.test(value)) state.feature = value;
    if (key === 'passage' && ID.test(value)) state.passage = value;
    if (key === 'layers') state.layers = value.split(',').filter((id) => ID.test(id));
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
  const all = [...kept, ...ours];
  return all.length === 0 ? '' : `#${all.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&')}`;
}
