/**
 * One way to read from the API in a component: the request starts when its inputs change, is
 * aborted when they change again or the component goes, and ends in data or an error, never in
 * silence. Replaces the AbortController / then / catch block each panel used to repeat.
 */
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

export interface ApiResource<T> {
  /** the answer, or null while none has arrived (or `load` is null) */
  data: T | null;
  /** why the last request failed (an ApiError, or the TypeError of a failed fetch); null otherwise */
  error: unknown;
  loading: boolean;
  /** asks again with the same inputs */
  retry: () => void;
}

export interface ApiResourceOptions {
  /** wait this long after the inputs change before asking (search-as-you-type) */
  delayMs?: number;
  /** keep showing the previous answer while the next one loads (a result list that should not flicker) */
  keepPrevious?: boolean;
}

/**
 * `load` is called with an AbortSignal whenever `deps` change (null: nothing to load). Like an
 * effect, `load` must depend only on `deps`.
 */
export function useApiResource<T>(
  load: ((signal: AbortSignal) => Promise<T>) | null,
  deps: DependencyList,
  options: ApiResourceOptions = {},
): ApiResource<T> {
  const [state, setState] = useState<{ data: T | null; error: unknown; loading: boolean }>({ data: null, error: null, loading: load !== null });
  const [attempt, setAttempt] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const { delayMs = 0, keepPrevious = false } = options;

  useEffect(() => {
    const current = loadRef.current;
    if (!current) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const abort = new AbortController();
    setState((previous) => ({ data: keepPrevious ? previous.data : null, error: null, loading: true }));
    const start = () =>
      current(abort.signal).then(
        (data) => !abort.signal.aborted && setState({ data, error: null, loading: false }),
        (error: unknown) => !abort.signal.aborted && setState((previous) => ({ data: keepPrevious ? previous.data : null, error, loading: false })),
      );
    const timer = delayMs > 0 ? setTimeout(start, delayMs) : (start(), undefined);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
    // the caller's deps decide when to load again, as for an effect
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
