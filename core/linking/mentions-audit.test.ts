import { describe, expect, it } from 'vitest';
import { documentOf, passage } from '../../api/test/support/fixtures';
import { testStore } from '../../api/test/support/test-app';
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

  it('lists the known missing places with how often they go unlinked', () => {
    const zone = audit.missingPlaces.find((m) => m.explanation.text === '开发区');
    expect(zone?.unlinkedOccurrences).toBeGreaterThan(0);
    // the town of Wuzhen, once the largest gap, is mapped and linked now
    expect(audit.missingPlaces.find((m) => m.explanation.text === '乌镇')).toBeUndefined();
    expect(formatMentionsAudit(audit)).toMatch(/Unexplained place-like strings that link to nothing: 0/);
  });
});
