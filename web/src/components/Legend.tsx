import { STATUSES, type Status } from '../../../types/atlas';
import { STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { LAYER_COLOURS, STATUS_DASHES } from '../map/thematic-palette';

const INK = '#555555';
const ZONE = LAYER_COLOURS.zones;

/**
 * The map's one visual language (map/map-style.ts), drawn with the same marks: on places, filled
 * or hollow for status and sharp or soft for how well the site is known; on lines, dashes for
 * status (and only there) and a soft band when the alignment is not given; on zones, a thin line in
 * a soft band (and a hatch, when small) when the boundary is not given.
 */
export function Legend({ lang }: { lang: Lang }) {
  const t = STRINGS[lang];
  return (
    <details className="legend" open>
      <summary>{t.legend}</summary>
      <h3 className="legend-heading">{t.legendPoints}</h3>
      <ul aria-label={t.legendPoints}>
        <li><PointSymbol kind="built" />{t.legendPointBuilt}</li>
        <li><PointSymbol kind="planned" />{t.legendPointPlanned}</li>
        <li><PointSymbol kind="sited" />{t.legendPointSited}</li>
        <li><PointSymbol kind="approximate" />{t.legendPointApproximate}</li>
        <li><PointSymbol kind="indicative" />{t.legendPointIndicative}</li>
      </ul>
      <h3 className="legend-heading">{t.legendLines}</h3>
      <ul aria-label={t.legendLines}>
        {STATUSES.map((status) => (
          <li key={status}>
            <StatusLine status={status} />
            {STATUS_LABELS[lang][status]}
          </li>
        ))}
        <li><LineSymbol kind="schematic" />{t.legendLineSchematic}</li>
        <li><LineSymbol kind="indicative" />{t.legendLineIndicative}</li>
      </ul>
      <h3 className="legend-heading">{t.legendAreas}</h3>
      <ul aria-label={t.legendAreas}>
        <li><AreaSymbol kind="known" />{t.legendAreaKnown}</li>
        <li><AreaSymbol kind="indicative" />{t.legendAreaIndicative}</li>
      </ul>
    </details>
  );
}

/** The legend's symbol frame: 36 px wide, hidden from screen readers (the row's text names it). */
function SymbolBox({ height, children }: { height: number; children: React.ReactNode }) {
  return (
    <svg width="36" height={height} aria-hidden="true" className="legend-symbol">
      {children}
    </svg>
  );
}

function StatusLine({ status }: { status: Status }) {
  const dash = STATUS_DASHES[status];
  const width = 3;
  return (
    <SymbolBox height={10}>
      <line x1="2" y1="5" x2="34" y2="5" stroke="#333" strokeWidth={width} strokeDasharray={dash ? dash.map((d) => d * width).join(' ') : undefined} />
    </SymbolBox>
  );
}

function PointSymbol({ kind }: { kind: 'built' | 'planned' | 'sited' | 'approximate' | 'indicative' }) {
  return (
    <SymbolBox height={20}>
      <defs>
        <filter id={`legend-soft-${kind}`} x="-50%" y="-50%" width="200%" height="200%">
          <feGaussianBlur stdDeviation="1.6" />
        </filter>
        {kind === 'indicative' && (
          <filter id="legend-soft-ring" x="-50%" y="-50%" width="200%" height="200%">
            <feGaussianBlur stdDeviation="0.8" />
          </filter>
        )}
      </defs>
      {kind === 'built' && <circle cx="18" cy="10" r="5" fill={INK} stroke={INK} strokeWidth="1.5" />}
      {kind === 'planned' && <circle cx="18" cy="10" r="4.5" fill="#fff" stroke={INK} strokeWidth="2.5" />}
      {kind === 'sited' && <circle cx="18" cy="10" r="5" fill={INK} stroke="#fff" strokeWidth="1.5" />}
      {kind === 'approximate' && (
        <>
          <circle cx="18" cy="10" r="9" fill={INK} opacity="0.2" filter={`url(#legend-soft-${kind})`} />
          <circle cx="18" cy="10" r="4.5" fill={INK} />
        </>
      )}
      {kind === 'indicative' && (
        <>
          <circle cx="9" cy="10" r="6.5" fill={INK} opacity="0.45" filter={`url(#legend-soft-${kind})`} />
          <circle cx="27" cy="10" r="5.5" fill={INK} fillOpacity="0.1" stroke={INK} strokeWidth="2.5" strokeOpacity="0.55" filter={`url(#legend-soft-ring)`} />
        </>
      )}
    </SymbolBox>
  );
}

function LineSymbol({ kind }: { kind: 'schematic' | 'indicative' }) {
  return (
    <SymbolBox height={16}>
      <defs>
        <filter id="legend-band" x="-20%" y="-100%" width="140%" height="300%">
          <feGaussianBlur stdDeviation="2.2" />
        </filter>
      </defs>
      {kind === 'indicative' && <polyline points="2,12 12,5 24,10 34,4" fill="none" stroke={INK} strokeWidth="9" opacity="0.25" filter="url(#legend-band)" />}
      <polyline points="2,12 12,5 24,10 34,4" fill="none" stroke={INK} strokeWidth="2.5" opacity={kind === 'schematic' ? 0.75 : 0.95} />
    </SymbolBox>
  );
}

function AreaSymbol({ kind }: { kind: 'known' | 'indicative' }) {
  if (kind === 'known') {
    return (
      <SymbolBox height={16}>
        <rect x="3" y="2" width="30" height="12" fill={ZONE} fillOpacity="0.15" stroke={ZONE} strokeWidth="1.5" />
      </SymbolBox>
    );
  }
  return (
    <SymbolBox height={16}>
      <defs>
        <filter id="legend-area-soft" x="-20%" y="-50%" width="140%" height="200%">
          <feGaussianBlur stdDeviation="1.2" />
        </filter>
        <pattern id="legend-hatch" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="5" stroke={ZONE} strokeWidth="1.5" />
        </pattern>
      </defs>
      <rect x="3" y="2" width="30" height="12" fill="url(#legend-hatch)" />
      {/* the soft band along the edge, as map-style.ts draws it (line-width 7, blurred) */}
      <rect x="3" y="2" width="30" height="12" fill="none" stroke={ZONE} strokeWidth="5" strokeOpacity="0.35" filter="url(#legend-area-soft)" />
      <rect x="3" y="2" width="30" height="12" fill="none" stroke={ZONE} strokeWidth="1" />
    </SymbolBox>
  );
}
