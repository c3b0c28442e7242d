import { STATUSES, type Precision, type Status } from '../../../types/atlas';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { STATUS_DASHES } from '../map/thematic-palette';

/** How status and precision look on the map, drawn with the same dashes the map uses. */
export function Legend({ lang }: { lang: Lang }) {
  const t = STRINGS[lang];
  return (
    <details className="legend" open>
      <summary>{t.legend}</summary>
      <ul aria-label={t.status}>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusLine status={status} />
            {STATUS_LABELS[lang][status]}
          </li>
        ))}
      </ul>
      <ul aria-label={t.precision}>
        {(['surveyed', 'approximate', 'schematic', 'indicative'] as Precision[]).map((precision) => (
          <li key={precision}>
            <PrecisionSymbol precision={precision} />
            {PRECISION_LABELS[lang][precision]}
          </li>
        ))}
      </ul>
    </details>
  );
}

function StatusLine({ status }: { status: Status }) {
  const dash = STATUS_DASHES[status];
  const width = 3;
  return (
    <svg width="36" height="10" aria-hidden="true" className="legend-symbol">
      <line x1="2" y1="5" x2="34" y2="5" stroke="#333" strokeWidth={width} strokeDasharray={dash ? dash.map((d) => d * width).join(' ') : undefined} />
    </svg>
  );
}

function PrecisionSymbol({ precision }: { precision: Precision }) {
  return (
    <svg width="36" height="16" aria-hidden="true" className="legend-symbol">
      {precision === 'surveyed' && <circle cx="18" cy="8" r="4.5" fill="#555" stroke="#fff" strokeWidth="1.5" />}
      {precision === 'approximate' && (
        <>
          <circle cx="18" cy="8" r="7.5" fill="#555" opacity="0.2" />
          <circle cx="18" cy="8" r="4" fill="#555" />
        </>
      )}
      {precision === 'schematic' && <polyline points="2,12 12,5 24,10 34,4" fill="none" stroke="#555" strokeWidth="2.5" opacity="0.75" />}
      {precision === 'indicative' && (
        <>
          <defs>
            <pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="5" stroke="#009E73" strokeWidth="1.5" />
            </pattern>
          </defs>
          <rect x="3" y="2" width="30" height="12" fill="url(#legend-hatch)" stroke="#009E73" strokeWidth="1.5" strokeDasharray="4 3" />
        </>
      )}
    </svg>
  );
}
