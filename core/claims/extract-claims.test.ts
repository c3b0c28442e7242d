/**
 * Extraction over the real passages: the claims a planner would look for are found, with their
 * values, units, qualifiers and exact ranges, in the Traditional document too.
 */
import { describe, expect, it } from 'vitest';
import { testStore } from '../testing/test-store';
import { documentOf, passage } from '../testing/fixtures';
import { extractClaims } from './extract-claims';
import { claimAt, realClaims } from './test/real-claims';

const one = (passageId: string, text: string, nth = 1) => {
  const found = claimAt(passageId, text, nth);
  expect(found.length, `${passageId} ${text}`).toBeGreaterThan(0);
  return found[0];
};

describe('extractClaims over the corpus', () => {
  it('gives every claim the exact range of its text, inside its sentence', () => {
    const store = testStore();
    for (const claim of realClaims().claims) {
      const text = store.passageById.get(claim.passageId)!.text;
      expect(text.slice(claim.start, claim.end), claim.id).toBe(claim.text);
      expect(claim.sentence.text.slice(claim.sentence.start, claim.sentence.end), claim.id).toBe(claim.text);
      expect(claim.documentId, claim.id).toBe(store.passageById.get(claim.passageId)!.documentId);
      expect(claim.documentDate, claim.id).toBe(store.documentById.get(claim.documentId)!.date);
    }
  });

  it('finds the cooperation zone\'s area: about 60 km²', () => {
    expect(one('doc-000-p010', '60平方公里左右')).toMatchObject({ measure: 'area', value: 60, unit: 'km2', qualifier: 'about', approx: true, start: 41, end: 49 });
  });

  it('finds the industrial park\'s 15 signed projects worth 24.8 bn yuan', () => {
    expect(one('doc-000-p029', '15个')).toMatchObject({ measure: 'count', value: 15, what: '签约项目' });
    expect(one('doc-000-p029', '248亿元')).toMatchObject({ measure: 'investment', value: 2.48e10, unit: 'CNY', stated: { value: '248亿', unit: '元' } });
  });

  it('reads the Traditional document (doc-001) like the others', () => {
    expect(one('doc-001-p015', '12億元')).toMatchObject({ measure: 'investment', value: 1.2e9 });
    expect(one('doc-001-p015', '46名')).toMatchObject({ measure: 'count', value: 46, what: '院士' });
    expect(one('doc-001-p013', '2020年11月')).toMatchObject({ measure: 'date', value: '2020-11' });
    expect(one('doc-001-p013', '啟動建設')).toMatchObject({ measure: 'status', value: 'under_construction', asOf: '2020-11' });
    expect(one('doc-001-p002', '近165億元')).toMatchObject({ measure: 'output', value: 1.65e10, qualifier: 'nearly', asOf: '2021' });
    expect(one('doc-001-p002', '300多家')).toMatchObject({ value: 300, qualifier: 'over', asOf: '2014' });
    expect(one('doc-001-p019', '54.97億元')).toMatchObject({ measure: 'investment', asOf: '2021-01/2021-08' });
  });

  it('tells targets and recommendations from reports', () => {
    expect(one('doc-003-p008', '1350亿元以上')).toMatchObject({ measure: 'value_added', value: 1.35e11, qualifier: 'at_least', modality: 'target', asOf: '2025' });
    expect(one('doc-004-p011', '超万亿元')).toMatchObject({ modality: 'target', qualifier: 'over' });
    expect(one('doc-004-p003', '突破5000亿元')).toMatchObject({ modality: 'reported', qualifier: 'over', asOf: '2022' });
    expect(one('doc-002-p031', '“十四五”内')).toMatchObject({ measure: 'date', value: '2021', valueMax: '2025', modality: 'target' });
    expect(one('doc-000-p050', '百亿亿次')).toMatchObject({ measure: 'computing', value: 1e18, modality: 'proposal' });
  });

  it('reads rankings, Chinese numerals and relative years', () => {
    expect(one('doc-003-p037', '全省第七')).toMatchObject({ measure: 'ranking', value: 7 });
    expect(one('doc-003-p039', '同期全球前十')).toMatchObject({ measure: 'ranking', value: 10, qualifier: 'top' });
    expect(one('doc-000-p003', '三大')).toMatchObject({ measure: 'count', value: 3 });
    expect(one('doc-003-p005', '八年')).toMatchObject({ measure: 'duration', value: 8, unit: 'year' });
    expect(one('doc-003-p028', '去年')).toMatchObject({ measure: 'date', value: '2021' });
    expect(one('doc-004-p002', '20年前')).toMatchObject({ value: '2003', approx: true });
  });

  it('dates the undated document by the latest year it reports (doc-000: 2020年以来)', () => {
    const doc000 = realClaims().claims.filter((c) => c.documentId === 'doc-000');
    for (const claim of doc000) expect(claim.documentDateNotBefore).toBe('2020');
    for (const claim of realClaims().claims.filter((c) => c.documentId !== 'doc-000')) expect(claim.documentDateNotBefore).toBeNull();
  });

  it('skips page furniture and finds nothing in a passage without figures', () => {
    const doc = documentOf([
      { ...passage('doc-t-p000', '2022-07-13 09:59:34 来源: 浙江日报'), kind: 'meta' },
      passage('doc-t-p001', '乌镇开始发展旅游业。'),
    ]);
    expect(extractClaims(doc, () => true).claims).toEqual([]);
  });
});
