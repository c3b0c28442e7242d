import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../types/atlas';
import { STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { Legend } from './Legend';

/** The legend's entries as a planner reads them: one text per list item, by section. */
function entries(lang: Lang): Record<string, string[]> {
  const html = renderToStaticMarkup(createElement(Legend, { lang }));
  const sections: Record<string, string[]> = {};
  for (const [, label, list] of html.matchAll(/<ul aria-label="([^"]+)">(.*?)<\/ul>/g)) {
    sections[label] = [...list.matchAll(/<li>(.*?)<\/li>/g)].map(([, item]) => item.replace(/<svg.*?<\/svg>/g, '').replace(/<[^>]+>/g, ''));
  }
  return sections;
}

describe('the legend (issue 16)', () => {
  for (const lang of ['zh', 'en'] as const) {
    const t = STRINGS[lang];

    it(`explains filled and hollow dots, every line status and each kind of precision, in its own words (${lang})`, () => {
      const legend = entries(lang);
      expect(Object.keys(legend)).toEqual([t.legendPoints, t.legendLines, t.legendAreas]);
      expect(legend[t.legendPoints]).toEqual([t.legendPointBuilt, t.legendPointPlanned, t.legendPointSited, t.legendPointApproximate, t.legendPointIndicative]);
      expect(legend[t.legendLines]).toEqual([...STATUSES.map((s) => STATUS_LABELS[lang][s]), t.legendLineSchematic, t.legendLineIndicative]);
      expect(legend[t.legendAreas]).toEqual([t.legendAreaKnown, t.legendAreaIndicative]);
    });

    it(`gives indicative points, lines and zones each an entry of their own, no two alike (${lang})`, () => {
      const indicative = [t.legendPointIndicative, t.legendLineIndicative, t.legendAreaIndicative];
      expect(new Set(indicative).size).toBe(3);
      const all = Object.values(entries(lang)).flat();
      expect(new Set(all).size).toBe(all.length);
    });
  }
});
