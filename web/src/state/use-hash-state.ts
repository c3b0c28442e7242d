/**
 * The view state that belongs in a shareable link (feature, layers, passage), kept in sync with
 * the address bar both ways: our changes push history entries, back/forward restore them.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatHash, parseHash, type HashState } from './url-hash';

export interface HashUpdateOptions {
  /** replace the current history entry instead of adding one (story mode's stops: Back leaves the walk, not each stop) */
  replace?: boolean;
}

export type SetHashState = (change: Partial<HashState>, options?: HashUpdateOptions) => void;

export function useHashState(): [HashState, SetHashState] {
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

  const update = useCallback<SetHashState>((change, options = {}) => {
    const next = { ...parseHash(window.location.hash), ...change };
    const hash = formatHash(window.location.hash, next);
    if (hash !== window.location.hash) {
      // a new entry, so the browser's back button walks the planner's path
      const url = `${window.location.pathname}${window.location.search}${hash}`;
      if (options.replace) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
    }
    setState(next);
  }, []);

  return [state, update];
}
