/**
 * `derive`, remembered per argument object while that object lives. The atlas's snapshots are
 * never changed in place (a write makes new objects, keeping the ones it did not touch), so what
 * is derived from one of their objects holds as long as the object does.
 */
export function memoByObject<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const derived = new WeakMap<K, V>();
  return (key) => {
    if (derived.has(key)) return derived.get(key) as V;
    const value = derive(key);
    derived.set(key, value);
    return value;
  };
}
