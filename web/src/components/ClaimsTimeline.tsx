import { useEffect, useMemo, useState } from 'react';
import type { ClaimMeasure, Discrepancy, DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { excerptAround, measuresOf, timelineGroups, type TimelineEntry } from '../claims/claims-timeline';
import { formatClaimValue, formatDocumentDate, formatIsoDate } from '../claims/format-claim';
import { CLAIM_MEASURE_LABELS, CLAIM_MODALITY_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { ApiErrorNotice } from './ApiErrorNotice';
import { ClaimWhat } from './ClaimWhat';
import './claims.css';

interface Props {
  featureId: string;
  lang: Lang;
  /** opens the passage in the reader */
  onOpenPassage: (passageId: string) => void;
  /** titles and scripts of the documents, when the app has them */
  documents?: Map<string, DocumentMeta>;
}

/**
 * A place's figures and dates in the order the documents said them — "planned in 2019, opened by
 * 2022" — each citing its passage, the document's date shown, and where documents differ, flagged.
 */
export function ClaimsTimeline({ featureId, lang, onOpenPassage, documents }: Props) {
  const t = STRINGS[lang];
  const loaded = useApiResource(
    (signal) => Promise.all([api.claims(featureId, signal), api.discrepancies(featureId, signal)]).then(([claims, discrepancies]) => ({ featureId, claims, discrepancies })),
    [featureId],
  );
  const [measure, setMeasure] = useState<ClaimMeasure | null>(null);
  useEffect(() => setMeasure(null), [featureId]);
  const current = loaded.data?.featureId === featureId ? loaded.data : null;
  const claims = current?.claims ?? null;
  const discrepancies = current?.discrepancies ?? [];

  const shown = useMemo(() => (claims ?? []).filter((c) => measure === null || c.measure === measure), [claims, measure]);
  const groups = useMemo(() => timelineGroups(shown), [shown]);

  if (loaded.error) return <section className="claims-timeline"><ApiErrorNotice error={loaded.error} lang={lang} what={t.claimsFailed} onRetry={loaded.retry} /></section>;
  if (!claims) return <section className="claims-timeline" aria-busy="true">{t.loading}</section>;

  const measures = measuresOf(claims);
  return (
    <section className="claims-timeline" aria-labelledby={`claims-title-${featureId}`}>
      <h3 id={`claims-title-${featureId}`}>{t.claimsTitle} ({claims.length})</h3>
      {claims.length === 0 ? (
        <p className="empty">{t.claimsNone}</p>
      ) : (
        <>
          <p className="muted claims-intro">{t.claimsIntro}</p>
          {measures.length > 1 ? (
            <div className="claims-filter" role="group" aria-label={t.claimsFilter}>
              <button type="button" aria-pressed={measure === null} onClick={() => setMeasure(null)}>{t.claimsAll}</button>
              {measures.map((m) => (
                <button key={m} type="button" aria-pressed={measure === m} onClick={() => setMeasure(m)}>{CLAIM_MEASURE_LABELS[lang][m]}</button>
              ))}
            </div>
          ) : null}
          <ol className="claims-documents">
            {groups.map((group) => {
              const document = documents?.get(group.documentId);
              return (
                <li key={group.documentId} className="claims-document">
                  <p className="claims-document-date">
                    <time dateTime={group.documentDate ?? undefined}>{formatDocumentDate(group.documentDate, group.documentDateNotBefore, lang)}</time>
                    <span className="muted" lang={document?.script === 'Hant' ? 'zh-Hant' : 'zh-Hans'}> · {document?.title ?? group.documentId}</span>
                  </p>
                  <ul className="claims">
                    {group.entries.map((entry) => (
                      <ClaimLine key={entry.claim.id} entry={entry} lang={lang} discrepancies={discrepancies} script={document?.script} onOpenPassage={onOpenPassage} />
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}

function ClaimLine({ entry, lang, discrepancies, script, onOpenPassage }: { entry: TimelineEntry; lang: Lang; discrepancies: Discrepancy[]; script?: string; onOpenPassage: (passageId: string) => void }) {
  const t = STRINGS[lang];
  const { claim } = entry;
  const excerpt = excerptAround(claim.sentence);
  const modality = CLAIM_MODALITY_LABELS[lang][claim.modality];
  const differing = discrepancies.filter((d) => [claim, ...entry.repeats].some((c) => c.discrepancyIds.includes(d.id)));
  return (
    <li className={`claim${entry.discrepant ? ' claim-discrepant' : ''}`} data-claim-id={claim.id}>
      <p className="claim-head">
        <span className="claim-measure">{CLAIM_MEASURE_LABELS[lang][claim.measure]}{claim.what && claim.measure !== 'status' ? <> · <ClaimWhat what={claim.what} lang={lang} /></> : null}</span>{' '}
        <strong className="claim-value">{formatClaimValue(claim, lang)}</strong>
        {claim.asOf ? <span className="muted"> ({t.claimAsOf} {formatIsoDate(claim.asOf, lang)})</span> : null}
        {modality ? <span className={`claim-modality claim-modality-${claim.modality}`}>{modality}</span> : null}
      </p>
      <blockquote className="claim-sentence" lang={script === 'Hant' ? 'zh-Hant' : 'zh-Hans'}>
        {excerpt.before}<mark>{excerpt.claim}</mark>{excerpt.after}
      </blockquote>
      {differing.length > 0 ? (
        <p className="claim-differs" role="note">
          <span aria-hidden="true">⚠ </span>{t.claimDiffers}:{' '}
          {differing.flatMap((d) => d.statements.filter((s) => s.documentId !== claim.documentId)).map((s, i) => (
            <span key={`${s.documentId}-${i}`} className="claim-other">
              {formatDocumentDate(s.documentDate, s.documentDateNotBefore, lang)}: {formatClaimValue(s, lang)}{' '}
              <button type="button" className="link" onClick={() => onOpenPassage(s.passageIds[0])}>{t.openInDocument} →</button>
            </span>
          ))}
        </p>
      ) : null}
      <p className="claim-actions">
        <button type="button" className="link" onClick={() => onOpenPassage(claim.passageId)}>{t.openInDocument} →</button>
        {entry.repeats.length > 0 ? (
          <span className="muted">
            {' '}· {t.claimAlso}{' '}
            {entry.repeats.map((r) => (
              <button key={r.id} type="button" className="link" onClick={() => onOpenPassage(r.passageId)}>{r.passageId}</button>
            ))}
          </span>
        ) : null}
        {claim.source === 'corrected' ? <span className="muted claim-corrected" title={claim.correction}> · {t.claimCorrected}</span> : null}
      </p>
    </li>
  );
}

