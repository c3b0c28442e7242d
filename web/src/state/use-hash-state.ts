/**
 * The view state that belongs in a shareable link (feature, layers, passage), kept in sync with
 * the address bar both ways: our changes push history entries, back/forward restore them.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatHash, parseHash, type HashState } from './url-hash';

export function useHashState(): [HashState, (change: Partial<HashState>) => void] {
  const [state, setState] = useState<HashState>(() => parseHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setState(parseHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    window.addEventListener('popstate', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.removeEventListener('popstate', onHashChange);
    };
  }, []);

  const update = useCallback((change: Partial<HashState>) => {
    const next = { ...parseHash(window.location.hash), ...change };
    const hash = formatHash(window.location.hash, next);
    if (hash !== window.location.hash) {
      // a new entry, so the browser's back button walks the planner's path
      window.history.pushState(window.history.state, '', `${window.location.pathname}${window.location.search}${hash}`);
    }
    setState(next);
  }, []);

  return [state, update];
}
