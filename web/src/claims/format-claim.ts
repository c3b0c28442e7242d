/**
 * A claim's value as a planner reads it, in Chinese or English: 248亿元 / CNY 24.8 bn, 60 km²,
 * 1,200 m², 约57%, 2021年1—8月 / Jan–Aug 2021, 第7 / No. 7. Pure, so it is tested in node.
 */
import type { Claim, ClaimQualifier } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { STATUS_LABELS } from '../i18n/strings';

type ClaimValue = Pick<Claim, 'value' | 'valueMax' | 'unit' | 'qualifier'>;

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Up to four significant digits, grouped in English (24.8, 1,305, 0.0012). */
export function formatNumber(value: number, lang: Lang): string {
  const rounded = Number(value.toPrecision(4));
  return lang === 'en' ? rounded.toLocaleString('en-US', { maximumFractionDigits: 6 }) : String(rounded);
}

export function formatClaimValue(claim: ClaimValue, lang: Lang): string {
  if (claim.unit === 'status') return STATUS_LABELS[lang][claim.value as keyof (typeof STATUS_LABELS)['en']] ?? String(claim.value);
  if (claim.unit === 'date') {
    const text = formatIsoDate(claim.valueMax !== null ? `${claim.value}/${claim.valueMax}` : String(claim.value), lang);
    return qualified(text, claim.qualifier, lang);
  }
  if (typeof claim.value !== 'number') return String(claim.value);
  if (claim.unit === 'rank') {
    if (claim.qualifier === 'top') return lang === 'zh' ? `前${claim.value}` : `top ${claim.value}`;
    return lang === 'zh' ? `第${claim.value}` : `No. ${claim.value}`;
  }
  const one = (v: number) => amount(v, claim.unit, lang);
  const text =
    typeof claim.valueMax === 'number' ? rangeOf(claim.value, claim.valueMax, claim.unit, lang) : one(claim.value);
  return qualified(text, claim.qualifier, lang);
}

/** 3–5万元: a range shares its unit. */
function rangeOf(low: number, high: number, unit: Claim['unit'], lang: Lang): string {
  const lowText = amount(low, unit, lang);
  const highText = amount(high, unit, lang);
  const lowNumber = lowText.match(/^[^\d-−]*([-−\d.,]+)/)?.[1];
  const shared = highText.replace(/[-−\d.,]+/, `${lowNumber}–$&`);
  return lowNumber && unitPart(lowText) === unitPart(highText) ? shared : `${lowText}–${highText}`;
}

function unitPart(text: string): string {
  return text.replace(/[-−\d.,]+/, '#');
}

function amount(value: number, unit: Claim['unit'], lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang);
  const sign = value < 0 ? '−' : '';
  const v = Math.abs(value);
  switch (unit) {
    case 'CNY':
      if (lang === 'zh') {
        if (v >= 1e12) return `${sign}${n(v / 1e12)}万亿元`;
        if (v >= 1e8) return `${sign}${n(v / 1e8)}亿元`;
        if (v >= 1e4) return `${sign}${n(v / 1e4)}万元`;
        return `${sign}${n(v)}元`;
      }
      if (v >= 1e12) return `${sign}CNY ${n(v / 1e12)} tn`;
      if (v >= 1e9) return `${sign}CNY ${n(v / 1e9)} bn`;
      if (v >= 1e6) return `${sign}CNY ${n(v / 1e6)} m`;
      return `${sign}CNY ${n(v)}`;
    case 'km2':
      return v < 0.01 ? `${sign}${n(v * 1e6)} m²` : `${sign}${n(v)} km²`;
    case 'percent':
      return `${sign}${n(v)}%`;
    case 'times':
      return lang === 'zh' ? `${n(v)}倍` : `${n(v)}×`;
    case 'bit/s':
      return si(v, 'bit/s', lang);
    case 'flops':
      return si(v, 'FLOPS', lang);
    case 'year':
      return lang === 'zh' ? `${n(v)}年` : `${n(v)} year${v === 1 ? '' : 's'}`;
    case 'day':
      return lang === 'zh' ? `${n(v)}天` : `${n(v)} day${v === 1 ? '' : 's'}`;
    case 'hour':
      return lang === 'zh' ? `${n(v)}小时` : `${n(v)} hour${v === 1 ? '' : 's'}`;
    case 'count':
      if (lang === 'zh' && v >= 1e8) return `${sign}${n(v / 1e8)}亿`;
      if (lang === 'zh' && v >= 1e4) return `${sign}${n(v / 1e4)}万`;
      return `${sign}${n(v)}`;
    default:
      return `${sign}${n(v)}`;
  }
}

function si(value: number, unit: string, lang: Lang): string {
  const prefixes: [number, string][] = [[1e18, 'E'], [1e15, 'P'], [1e12, 'T'], [1e9, 'G'], [1e6, 'M'], [1e3, 'k']];
  const [factor, prefix] = prefixes.find(([f]) => value >= f) ?? [1, ''];
  return `${formatNumber(value / factor, lang)} ${prefix}${unit}`;
}

function qualified(text: string, qualifier: ClaimQualifier | null, lang: Lang): string {
  if (!qualifier || qualifier === 'top') return text;
  const zh: Record<ClaimQualifier, (t: string) => string> = {
    about: (t) => `约${t}`,
    nearly: (t) => `近${t}`,
    over: (t) => `超过${t}`,
    at_least: (t) => `${t}以上`,
    under: (t) => `${t}以内`,
    top: (t) => t,
    since: (t) => `${t}以来`,
    by: (t) => `到${t}`,
    as_of: (t) => `截至${t}`,
    order_of: (t) => `${t}级`,
  };
  const en: Record<ClaimQualifier, (t: string) => string> = {
    about: (t) => `about ${t}`,
    nearly: (t) => `nearly ${t}`,
    over: (t) => `over ${t}`,
    at_least: (t) => `at least ${t}`,
    under: (t) => `within ${t}`,
    top: (t) => t,
    since: (t) => `since ${t}`,
    by: (t) => `by ${t}`,
    as_of: (t) => `as of ${t}`,
    order_of: (t) => `of the order of ${t}`,
  };
  return (lang === 'zh' ? zh : en)[qualifier](text);
}

/** 2020 → 2020年; 2020-11 → 2020年11月 / Nov 2020; 2021-01/2021-08 → 2021年1—8月 / Jan–Aug 2021. */
export function formatIsoDate(iso: string, lang: Lang): string {
  const [from, to] = iso.split('/');
  if (!to) return single(from, lang);
  const [fy, fm, fd] = from.split('-');
  const [ty, tm, td] = to.split('-');
  if (fy === ty && fm && tm && fm === tm && fd && td) {
    return lang === 'zh' ? `${fy}年${Number(fm)}月${Number(fd)}—${Number(td)}日` : `${Number(fd)}–${Number(td)} ${MONTHS_EN[Number(fm) - 1]} ${fy}`;
  }
  if (fy === ty && fm && tm && !fd) return lang === 'zh' ? `${fy}年${Number(fm)}—${Number(tm)}月` : `${MONTHS_EN[Number(fm) - 1]}–${MONTHS_EN[Number(tm) - 1]} ${fy}`;
  return `${single(from, lang)}–${single(to, lang)}`;
}

function single(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-');
  if (lang === 'zh') return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
  if (d) return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS_EN[Number(m) - 1]} ${y}`;
  return y;
}

/** A document's date as the timeline heads it: its own date, or "undated (not before 2020)". */
export function formatDocumentDate(date: string | null, notBefore: string | null, lang: Lang): string {
  if (date) return formatIsoDate(date, lang);
  if (notBefore) return lang === 'zh' ? `未注明日期（不早于${notBefore}年）` : `undated (not before ${notBefore})`;
  return lang === 'zh' ? '未注明日期' : 'undated';
}
