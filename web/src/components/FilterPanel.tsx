import { PRECISIONS, STATUSES, type DocumentMeta, type Precision, type Status } from '../../../types/atlas';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { FeatureFilter } from '../state/feature-filter';

interface Props {
  filter: FeatureFilter;
  documents: DocumentMeta[];
  lang: Lang;
  onChange: (filter: FeatureFilter) => void;
}

/** Narrow the map by lifecycle status, position precision and citing document. */
export function FilterPanel({ filter, documents, lang, onChange }: Props) {
  const t = STRINGS[lang];
  const toggle = <T extends string>(list: T[] | null, all: readonly T[], value: T, on: boolean): T[] | null => {
    const current = list ?? [...all];
    const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    // everything chosen is the same as no filter: keep the link short
    return next.length === all.length ? null : all.filter((v) => next.includes(v));
  };
  const active = filter.isFiltering();
  const change = (spec: ConstructorParameters<typeof FeatureFilter>[0]) => onChange(new FeatureFilter({ ...filter, ...spec }));
  return (
    <details className="filter-panel" open={active}>
      <summary>{t.filters}{active ? ' ●' : ''}</summary>
      <fieldset>
        <legend>{t.byStatus}</legend>
        {STATUSES.map((status: Status) => (
          <label key={status} className="chip">
            <input
              type="checkbox"
              checked={!filter.statuses || filter.statuses.includes(status)}
              onChange={(e) => change({ statuses: toggle(filter.statuses, STATUSES, status, e.target.checked) })}
            />
            {STATUS_LABELS[lang][status]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.byPrecision}</legend>
        {PRECISIONS.map((precision: Precision) => (
          <label key={precision} className="chip">
            <input
              type="checkbox"
              checked={!filter.precisions || filter.precisions.includes(precision)}
              onChange={(e) => change({ precisions: toggle(filter.precisions, PRECISIONS, precision, e.target.checked) })}
            />
            {PRECISION_LABELS[lang][precision].replace(/[（(].*$/, '')}
          </label>
        ))}
      </fieldset>
      <label className="document-filter">
        {t.byDocument}
        <select value={filter.documents?.[0] ?? ''} onChange={(e) => change({ documents: e.target.value ? [e.target.value] : null })}>
          <option value="">{t.allDocuments}</option>
          {documents.map((d) => (
            <option key={d.id} value={d.id}>
              {d.id.replace('doc-', '')} · {d.title.length > 24 ? `${d.title.slice(0, 24)}…` : d.title}
            </option>
          ))}
        </select>
      </label>
      {active ? (
        <button type="button" className="link" onClick={() => onChange(new FeatureFilter())}>
          {t.clearFilters}
        </button>
      ) : null}
    </details>
  );
}
