import { describe, expect, it } from 'vitest';
import { documentOf, passage } from '../testing/fixtures';
import { testStore } from '../testing/test-store';
import { auditMentions, formatMentionsAudit } from './mentions-audit';
import { explainGaps, loadUnlinkedExplanations, type UnlinkedExplanation } from './unlinked-explanations';
import { findUnlinkedTerms } from './unlinked-terms';

const doc = documentOf([
  { ...passage('doc-test-p000', '位于嘉兴科技城，建设好乌镇。'), mentions: [] },
  { ...passage('doc-test-p001', '“乌镇之光”超算中心和嘉兴南站'), mentions: [{ start: 1, end: 5, featureId: 'wuzhen-light' }] },
]);

describe('findUnlinkedTerms', () => {
  it('groups place-like strings that no mention covers, most frequent first', () => {
    expect(findUnlinkedTerms([doc]).map((g) => [g.key, g.occurrences.map((o) => o.passageId)])).toEqual([
      ['嘉兴南站', ['doc-test-p001']],
      ['嘉兴科技城', ['doc-test-p000']],
      ['好乌镇', ['doc-test-p000']],
    ]);
  });
});

describe('explainGaps', () => {
  const explanations: UnlinkedExplanation[] = [
    { text: '乌镇', kind: 'missing-place', reason: 'the town', match: 'ending' },
    { text: '嘉兴科技城', kind: 'missing-place', reason: 'the science city' },
    { text: '南湖', kind: 'generic', reason: 'matches nothing' },
  ];
  it('explains exact strings and endings, and reports the rest and stale entries', () => {
    const gaps = explainGaps(findUnlinkedTerms([doc]), explanations);
    expect(gaps.explained.map((e) => [e.group.key, e.explanation.text])).toEqual([
      ['嘉兴科技城', '嘉兴科技城'],
      ['好乌镇', '乌镇'],
    ]);
    expect(gaps.unexplained.map((g) => g.key)).toEqual(['嘉兴南站']);
    expect(gaps.stale.map((e) => e.text)).toEqual(['南湖']);
  });
});

describe('the mentions audit over the real corpus', () => {
  const store = testStore();
  const audit = auditMentions(store.documents, store.features, loadUnlinkedExplanations());

  it('leaves no place-like string unexplained, and no explanation stale', () => {
    expect(audit.gaps.unexplained.map((g) => `${g.key} ×${g.occurrences.length} ${g.occurrences[0].passageId}`)).toEqual([]);
    expect(audit.gaps.stale.map((e) => e.text)).toEqual([]);
  });

  it('counts mentions per place, matching the passageIds served', () => {
    for (const count of audit.byFeature) expect(count.passages, count.id).toBe(store.featureById.get(count.id)!.properties.passageIds.length);
    expect(audit.totals.mentions).toBe(store.documents.reduce((n, d) => n + d.passages.reduce((m, p) => m + p.mentions.length, 0), 0));
    expect(audit.neverMentioned.every((f) => f.layer === 'admin')).toBe(true);
  });

  it('maps the places the issue-16 audit found missing, and would report each again if it were unlinked', () => {
    const added = ['shanghai', 'suzhou', 'wuxi', 'xianghu-lake', 'tainuoyun-hq', 'weiyi-tangqiao-cloud-hq', 'konka-digital-economy-hq', 'hengmei-smart-factory', 'tongxiang-edz'];
    for (const id of added) expect(store.featureById.get(id)?.properties.passageIds.length, id).toBeGreaterThan(0);
    expect(audit.missingPlaces).toEqual([]);
    // the same corpus with those places unlinked: the finder names every one of them
    const unlinked = store.documents.map((d) => ({ ...d, passages: d.passages.map((p) => ({ ...p, mentions: p.mentions.filter((m) => !added.includes(m.featureId)) })) }));
    const keys = findUnlinkedTerms(unlinked).map((g) => g.key);
    for (const name of ['上海', '苏州', '湘湖', '泰诺云总部', '微医·唐桥云总部', '康佳“智能+”数字经济总部', '恒美智慧工厂', '开发区']) expect(keys, name).toContain(name);
    expect(formatMentionsAudit(audit)).toMatch(/Unexplained place-like strings that link to nothing: 0/);
  });
});
