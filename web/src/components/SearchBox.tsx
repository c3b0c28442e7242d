import { useEffect, useId, useState } from 'react';
import { SEARCH_LIMITS } from '../../../types/search-response';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { STRINGS, type Lang } from '../i18n/strings';
import { ApiErrorNotice } from './ApiErrorNotice';

interface Props {
  lang: Lang;
  onSelectFeature: (featureId: string) => void;
  onOpenPassage: (passageId: string) => void;
  /** offer places only (picking the place a selection links to) */
  placesOnly?: boolean;
  initialQuery?: string;
  placeholder?: string;
  autoFocus?: boolean;
}

type Option = { kind: 'feature'; id: string } | { kind: 'passage'; id: string };

const DEBOUNCE_MS = 120;

/** One box for places and passages; arrow keys move through the results, Enter opens one. */
export function SearchBox({ lang, onSelectFeature, onOpenPassage, placesOnly = false, initialQuery = '', placeholder, autoFocus = false }: Props) {
  const t = STRINGS[lang];
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(-1);
  // closed by Esc or a choice, opened again by typing
  const [dismissed, setDismissed] = useState(false);
  const q = query.trim();
  const search = useApiResource(q ? (signal) => api.search(q, 8, signal) : null, [q], { delayMs: DEBOUNCE_MS, keepPrevious: true });
  const found = q && !dismissed ? search.data : null;
  const results = found && placesOnly ? { ...found, passages: [], claims: [] } : found;
  const failed = q && !dismissed && search.error ? search.error : null;

  useEffect(() => setActive(-1), [search.data]);

  const options: Option[] = results
    ? [...results.features.map((f) => ({ kind: 'feature' as const, id: String(f.id) })), ...results.passages.map((p) => ({ kind: 'passage' as const, id: p.id }))]
    : [];

  const choose = (option: Option) => {
    if (option.kind === 'feature') onSelectFeature(option.id);
    else onOpenPassage(option.id);
    setDismissed(true);
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === 'Enter' && options.length) {
      event.preventDefault();
      choose(options[Math.max(0, active)]);
    } else if (event.key === 'Escape') {
      // Esc in the box closes the results; the open panel stays (use-escape-key leaves text fields alone)
      setDismissed(true);
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const open = results !== null || failed !== null;
  return (
    <div className="search" role="search">
      <input
        type="search"
        maxLength={SEARCH_LIMITS.maxQueryLength}
        value={query}
        placeholder={placeholder ?? t.searchPlaceholder}
        autoFocus={autoFocus}
        aria-label={t.search}
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-busy={search.loading}
        onChange={(e) => {
          setQuery(e.target.value);
          setDismissed(false);
        }}
        onKeyDown={onKeyDown}
      />
      {failed ? (
        <div className="search-results search-error" id={listId}>
          <ApiErrorNotice error={failed} lang={lang} what={t.searchFailed} onRetry={search.retry} />
        </div>
      ) : results ? (
        <div className="search-results" id={listId} role="listbox" aria-label={t.search}>
          {options.length === 0 ? <p className="empty">{t.noResults}</p> : null}
          {results.features.length > 0 ? <p className="result-group">{t.places}</p> : null}
          {results.features.map((feature, i) => (
            <div key={feature.id} id={optionId(i)} role="option" aria-selected={active === i} className="result" onMouseDown={(e) => e.preventDefault()} onClick={() => choose({ kind: 'feature', id: String(feature.id) })}>
              <strong>{feature.properties.name_zh}</strong> <span className="muted">{feature.properties.name_en}</span>
            </div>
          ))}
          {results.passages.length > 0 ? <p className="result-group">{t.passages}</p> : null}
          {results.passages.map((passage, j) => {
            const i = results.features.length + j;
            const s = passage.snippet;
            return (
              <div key={passage.id} id={optionId(i)} role="option" aria-selected={active === i} className="result" onMouseDown={(e) => e.preventDefault()} onClick={() => choose({ kind: 'passage', id: passage.id })}>
                <span className="muted">{passage.documentTitle}</span>
                <br />
                {s.truncatedStart ? '…' : ''}
                {s.text.slice(0, s.start)}
                <mark>{s.text.slice(s.start, s.end)}</mark>
                {s.text.slice(s.end)}
                {s.truncatedEnd ? '…' : ''}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}
