/**
 * Seeded search queries: what planners type (names, aliases, English, Traditional forms, words
 * from the passages, two-term queries), and hostile ones of at most 1 KB of URL.
 */
import { pick, seededRandom } from '../../core/testing/seeded-random';
import type { AtlasStore } from '../../core/store/atlas-store';

export function plannerQueries(store: AtlasStore, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const names = store.features.flatMap((f) => [f.properties.name_zh, ...f.properties.aliases]);
  const english = store.features.map((f) => f.properties.name_en.split(/\s+/).slice(0, 2).join(' '));
  const passages = [...store.passageById.values()].map((p) => p.text).filter((t) => t.length > 10);
  const fragment = () => {
    const text = pick(random, passages);
    const length = 2 + Math.floor(random() * 4);
    const at = Math.floor(random() * (text.length - length));
    return text.slice(at, at + length).trim() || '乌镇';
  };
  return Array.from({ length: count }, () => {
    const r = random();
    if (r < 0.35) return pick(random, names);
    if (r < 0.5) return pick(random, english);
    if (r < 0.8) return fragment();
    return `${pick(random, names).slice(0, 2)} ${fragment()}`;
  });
}

const MAX_URL_BYTES = 1024;

/**
 * Queries built to be slow or odd, each under 1 KB once in the URL (`/api/search?q=…` plus
 * `suffix`); some over the 200-character limit.
 */
export function hostileQueries(seed: number, suffix = ''): string[] {
  const random = seededRandom(seed);
  const candidates = [
    '的 '.repeat(100),
    '乌镇'.repeat(55),
    'a'.repeat(200),
    'a '.repeat(100),
    'a'.repeat(201),
    '.*+?^${}()|[]\\'.repeat(14),
    '(a+)+$'.repeat(33),
    ',，、;；'.repeat(40),
    '\u200b'.repeat(100),
    '\u0301'.repeat(150),
    '😀'.repeat(80),
    '乌\u0000镇'.repeat(30),
    '%'.repeat(150),
    '<script>alert(1)</script>'.repeat(8),
    'Wuzhen Tongxiang Jiaxing Huzhou canal rail '.repeat(4),
    '烏鎮 桐鄉 嘉興 湖州 '.repeat(10),
  ];
  for (let i = 0; i < 24; i++) {
    const length = 50 + Math.floor(random() * 150);
    candidates.push(Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(random() * 0x5000))).join(''));
  }
  return candidates.map((q) => {
    let url = encodeURIComponent(q);
    while (`/api/search?q=${url}${suffix}`.length > MAX_URL_BYTES) url = encodeURIComponent((q = [...q].slice(0, -1).join('')));
    return q;
  });
}
