import { describe, expect, it } from 'vitest';
import type { ServedClaim } from '../../../types/atlas';
import { excerptAround, measuresOf, timelineGroups } from './claims-timeline';

let n = 0;
const claim = (documentId: string, documentDate: string | null, extra: Partial<ServedClaim> = {}): ServedClaim => {
  n += 1;
  return {
    id: `${documentId}-p001-c${n}`,
    featureId: 'jiaxing',
    measure: 'duration',
    value: 8,
    valueMax: null,
    unit: 'year',
    qualifier: null,
    approx: false,
    what: null,
    modality: 'reported',
    asOf: null,
    stated: { value: '八', unit: '年' },
    text: '八年',
    passageId: `${documentId}-p001`,
    documentId,
    start: n,
    end: n + 2,
    documentDate,
    documentDateNotBefore: null,
    sentence: { text: '八年', start: 0, end: 2 },
    source: 'extracted',
    discrepancyIds: [],
    ...extra,
  };
};

describe('timelineGroups', () => {
  it('groups by document in the given order and folds a statement the document repeats', () => {
    const groups = timelineGroups([
      claim('doc-002', '2019', { measure: 'status', unit: 'status', value: 'existing' }),
      claim('doc-003', '2022-07-13'),
      claim('doc-003', '2022-07-13'),
      claim('doc-003', '2022-07-13', { value: 9 }),
    ]);
    expect(groups.map((g) => [g.documentId, g.entries.length])).toEqual([['doc-002', 1], ['doc-003', 2]]);
    expect(groups[1].entries[0].repeats).toHaveLength(1);
  });

  it('flags an entry any of whose claims is in a discrepancy', () => {
    const [group] = timelineGroups([claim('doc-001', '2021'), claim('doc-001', '2021', { discrepancyIds: ['x'] })]);
    expect(group.entries[0].discrepant).toBe(true);
  });

  it('lists the measures present, first appearance first', () => {
    expect(measuresOf([claim('a', null, { measure: 'date' }), claim('a', null), claim('b', null, { measure: 'date' })])).toEqual(['date', 'duration']);
  });
});

describe('excerptAround', () => {
  it('keeps the claim and some words either side, marking cuts', () => {
    const text = '目前已签约项目共15个，总投资共计248亿元。';
    const sentence = { text, start: text.indexOf('248'), end: text.indexOf('。') };
    expect(excerptAround(sentence, 4)).toEqual({ before: '…投资共计', claim: '248亿元', after: '。' });
    expect(excerptAround(sentence)).toEqual({ before: '目前已签约项目共15个，总投资共计', claim: '248亿元', after: '。' });
  });
});
