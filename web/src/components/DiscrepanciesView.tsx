import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { formatClaimValue, formatDocumentDate, formatIsoDate } from '../claims/format-claim';
import { CLAIM_MEASURE_LABELS, CLAIM_MODALITY_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { ApiErrorNotice } from './ApiErrorNotice';
import { ClaimWhat } from './ClaimWhat';
import { useEscapeKey } from './use-escape-key';
import './claims.css';

export interface DiscrepanciesViewProps {
  lang: Lang;
  /** opens a passage in the reader */
  onOpenPassage: (passageId: string) => void;
  /** selects a place (its panel, its position on the map); the place names are plain text without it */
  onSelectFeature?: (featureId: string) => void;
  /** shows a close button when given */
  onClose?: () => void;
}

/**
 * Every case where documents state different values or statuses for the same measure of the same
 * place: the place, the measure, and each document's value with its date and passage. Facts, not verdicts.
 */
export function DiscrepanciesView({ lang, onOpenPassage, onSelectFeature, onClose }: DiscrepanciesViewProps) {
  const t = STRINGS[lang];
  const { data: discrepancies, error, retry } = useApiResource((signal) => api.discrepancies(undefined, signal), []);
  useEscapeKey(onClose ?? null);

  return (
    <section className="panel discrepancies" aria-labelledby="discrepancies-title">
      <header className="panel-header">
        <h2 id="discrepancies-title">{t.discrepanciesTitle}</h2>
        {onClose ? <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button> : null}
      </header>
      <p className="muted">{t.discrepanciesIntro}</p>
      {error ? <ApiErrorNotice error={error} lang={lang} onRetry={retry} /> : null}
      {!discrepancies && !error ? <p aria-busy="true">{t.loading}</p> : null}
      {discrepancies?.length === 0 ? <p className="empty">{t.discrepanciesNone}</p> : null}
      <ul className="discrepancy-list">
        {discrepancies?.map((d) => (
          <li key={d.id} className="discrepancy" data-discrepancy-id={d.id}>
            <h3>
              {onSelectFeature ? (
                <button type="button" className="link discrepancy-place" onClick={() => onSelectFeature(d.featureId)} lang="zh-Hans">{d.name_zh}</button>
              ) : (
                <span lang="zh-Hans">{d.name_zh}</span>
              )}
              {lang === 'en' ? <span className="muted" lang="en"> {d.name_en}</span> : null}
            </h3>
            <p className="claim-measure">
              {CLAIM_MEASURE_LABELS[lang][d.measure]}
              {d.what ? <> · <ClaimWhat what={d.what} lang={lang} /></> : null}
              {CLAIM_MODALITY_LABELS[lang][d.modality] ? ` (${CLAIM_MODALITY_LABELS[lang][d.modality]})` : ''}
            </p>
            <table className="discrepancy-statements">
              <thead>
                <tr>
                  <th scope="col">{t.documentDate}</th>
                  <th scope="col">{t.documents}</th>
                  <th scope="col">{CLAIM_MEASURE_LABELS[lang][d.measure]}</th>
                  <th scope="col"><span className="visually-hidden">{t.openInDocument}</span></th>
                </tr>
              </thead>
              <tbody>
                {d.statements.map((s) => (
                  <tr key={s.documentId}>
                    <td>{formatDocumentDate(s.documentDate, s.documentDateNotBefore, lang)}</td>
                    <td lang="zh">{s.documentTitle}</td>
                    <td>
                      <strong>{formatClaimValue(s, lang)}</strong>
                      {s.asOf ? <span className="muted"> ({formatIsoDate(s.asOf, lang)})</span> : null}
                      <span className="muted" lang="zh"> “{s.text}”</span>
                    </td>
                    <td>
                      <button type="button" className="link" onClick={() => onOpenPassage(s.passageIds[0])}>{t.openInDocument} →</button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </li>
        ))}
      </ul>
    </section>
  );
}
