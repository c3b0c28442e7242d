/**
 * The view state that belongs in a shareable link (feature, layers, passage), kept in sync with
 * the address bar both ways: our changes push history entries, back/forward restore them. The
 * map's own view (`map=`) is the map's to read and write (map/map-hash.ts); whether a change came
 * from the planner here or from the address bar decides whether a shared view wins.
 */
import { useCallback, useEffect, useState } from 'react';
import { parseMapView } from '../map/map-hash';
import { formatHash, parseHash, type HashState } from './url-hash';

export interface HashOrigin {
  /** 'app': the last change was made in the page; 'url': by a link, Back/Forward or an edited address */
  from: 'app' | 'url';
  /** the address names a map view (`map=`) */
  hasMapView: boolean;
}

export interface HashUpdateOptions {
  /** replace the current history entry instead of adding one (story mode's stops: Back leaves the walk, not each stop) */
  replace?: boolean;
}

export type SetHashState = (change: Partial<HashState>, options?: HashUpdateOptions) => void;

const fromUrl = (): HashOrigin => ({ from: 'url', hasMapView: parseMapView(window.location.hash) !== null });

export function useHashState(): [HashState, SetHashState, HashOrigin] {
  const [current, setCurrent] = useState(() => ({ state: parseHash(window.location.hash), origin: fromUrl() }));

  useEffect(() => {
    const onHashChange = () => setCurrent({ state: parseHash(window.location.hash), origin: fromUrl() });
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
    setCurrent({ state: next, origin: { from: 'app', hasMapView: parseMapView(hash) !== null } });
  }, []);

  return [current.state, update, current.origin];
}
