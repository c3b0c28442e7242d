/** Distances, areas and durations as the planner reads them, in the interface language. */
import type { Lang } from '../i18n/strings';

/** One decimal under 100 km (none when it is .0), whole kilometres above; metres under 1 km. */
export function formatKm(km: number, lang: Lang): string {
  if (km < 1) return lang === 'zh' ? `${Math.round(km * 1000)} 米` : `${Math.round(km * 1000)} m`;
  const value = km < 100 ? km.toFixed(1).replace(/\.0$/, '') : Math.round(km).toString();
  return lang === 'zh' ? `${value} 公里` : `${value} km`;
}

export function formatKm2(km2: number, lang: Lang): string {
  const value = km2 < 10 ? km2.toFixed(2) : km2 < 1000 ? km2.toFixed(1) : Math.round(km2).toString();
  return lang === 'zh' ? `${value} 平方公里` : `${value} km²`;
}

/** 54 → "54 min" / "54 分钟"; 119 → "1 h 59 min" / "1 小时 59 分". */
export function formatMinutes(minutes: number, lang: Lang): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (lang === 'zh') return h === 0 ? `${m} 分钟` : m === 0 ? `${h} 小时` : `${h} 小时 ${m} 分`;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
