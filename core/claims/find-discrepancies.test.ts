import { describe, expect, it } from 'vitest';
import type { Claim } from '../../types/atlas';
import { findDiscrepancies } from './find-discrepancies';
import { realClaims } from './test/real-claims';

const names = {
  place: (id: string) => ({ name_zh: id, name_en: id }),
  documentTitle: (id: string) => `title of ${id}`,
  passageIndex: (id: string) => Number(id.split('-p')[1]),
};

let n = 0;
function claim(documentId: string, documentDate: string | null, overrides: Partial<Claim>): Claim {
  n += 1;
  return {
    id: `${documentId}-p001-c${n}`,
    featureId: 'home',
    measure: 'count',
    value: 30,
    valueMax: null,
    unit: 'count',
    qualifier: null,
    approx: false,
    what: '院士',
    modality: 'reported',
    asOf: null,
    stated: { value: '30', unit: '名' },
    text: '30名',
    passageId: `${documentId}-p001`,
    documentId,
    start: n,
    end: n + 3,
    documentDate,
    documentDateNotBefore: null,
    sentence: { text: '30名', start: 0, end: 3 },
    source: 'extracted',
    ...overrides,
  };
}

describe('findDiscrepancies', () => {
  it('lists two documents stating different values for the same measure of a place, in date order', () => {
    const found = findDiscrepancies([claim('doc-b', '2021', { value: 46, what: '集聚院士' }), claim('doc-a', null, { documentDateNotBefore: '2020', what: '受聘进家院士' })], names);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ featureId: 'home', measure: 'count', what: '院士' });
    expect(found[0].statements.map((s) => [s.documentId, s.value])).toEqual([['doc-a', 30], ['doc-b', 46]]);
  });

  it('says nothing when documents agree, or when one document changes its own figure', () => {
    expect(findDiscrepancies([claim('doc-a', '2019', {}), claim('doc-b', '2021', {})], names)).toEqual([]);
    expect(findDiscrepancies([claim('doc-a', '2021', { asOf: '2014', value: 300 }), claim('doc-a', '2021', { asOf: '2021', value: 2600 })], names)).toEqual([]);
  });

  it('lets each document speak by its latest statement', () => {
    const found = findDiscrepancies(
      [
        claim('doc-a', '2021', { measure: 'status', unit: 'status', value: 'under_construction', asOf: '2020-11', what: null }),
        claim('doc-a', '2021', { measure: 'status', unit: 'status', value: 'existing', asOf: '2021', what: null }),
        claim('doc-b', '2022', { measure: 'status', unit: 'status', value: 'existing', what: null }),
      ],
      names,
    );
    expect(found).toEqual([]);
  });

  it('compares statuses across documents, and does not compare targets with reports, dates, or unattached claims', () => {
    const statuses = findDiscrepancies(
      [claim('doc-a', '2019', { measure: 'status', unit: 'status', value: 'existing', what: '获得省级批复' }), claim('doc-b', '2022', { measure: 'status', unit: 'status', value: 'under_construction', what: '加快…建设' })],
      names,
    );
    expect(statuses[0]).toMatchObject({ measure: 'status', what: null });
    expect(statuses[0].statements.map((s) => s.value)).toEqual(['existing', 'under_construction']);
    expect(findDiscrepancies([claim('doc-a', '2019', {}), claim('doc-b', '2022', { value: 99, modality: 'target' })], names)).toEqual([]);
    expect(findDiscrepancies([claim('doc-a', '2019', { measure: 'date', unit: 'date', value: '2014' }), claim('doc-b', '2022', { measure: 'date', unit: 'date', value: '2015' })], names)).toEqual([]);
    expect(findDiscrepancies([claim('doc-a', '2019', { featureId: null }), claim('doc-b', '2022', { featureId: null, value: 99 })], names)).toEqual([]);
  });
});

describe('the discrepancies in the corpus', () => {
  it('are the academicians, the conferences held in Wuzhen and the big-data park\'s status', () => {
    const found = realClaims().discrepancies.map((d) => [d.featureId, d.measure, d.statements.map((s) => `${s.documentId}:${s.value}`)]);
    expect(found).toEqual([
      ['wuzhen-academicians-home', 'count', ['doc-000:30', 'doc-001:46']],
      ['wuzhen-big-data-park', 'status', ['doc-002:existing', 'doc-003:under_construction']],
      ['wuzhen-town', 'count', ['doc-002:5', 'doc-003:8']],
    ]);
  });
});
