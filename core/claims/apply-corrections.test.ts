import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../types/atlas';
import { passage } from '../testing/fixtures';
import { applyCorrections, ClaimCorrectionError, loadClaimCorrections, type ClaimCorrection } from './apply-corrections';
import { realClaims } from './test/real-claims';

const p = passage('doc-t-p000', '乌镇之光超算中心建成运行，投资12亿元。');
const claim: Claim = {
  id: 'doc-t-p000-c15',
  featureId: null,
  measure: 'investment',
  value: 1.2e9,
  valueMax: null,
  unit: 'CNY',
  qualifier: null,
  approx: false,
  what: '投资',
  modality: 'reported',
  asOf: null,
  stated: { value: '12亿', unit: '元' },
  text: '12亿元',
  passageId: p.id,
  documentId: p.documentId,
  start: 15,
  end: 19,
  documentDate: '2022',
  documentDateNotBefore: null,
  sentence: { text: p.text, start: 15, end: 19 },
  source: 'extracted',
};
const context = {
  passageById: new Map([[p.id, p]]),
  featureIds: new Set(['light']),
  documentDates: new Map([[p.documentId, { date: '2022', notBefore: null }]]),
  file: 'test-corrections.json',
};
const reason = 'a reason long enough to read';
const apply = (...corrections: Partial<ClaimCorrection>[]) => applyCorrections([claim], corrections as ClaimCorrection[], context);

describe('applyCorrections', () => {
  it('reattaches a claim, saying why', () => {
    const [out] = apply({ action: 'reattach', claim: claim.id, text: '12亿元', featureId: 'light', reason });
    expect(out).toMatchObject({ featureId: 'light', source: 'corrected', correction: reason });
  });

  it('suppresses a claim', () => {
    expect(apply({ action: 'suppress', claim: claim.id, text: '12亿元', reason })).toEqual([]);
  });

  it('adds a claim at the text it names, with its sentence and document date', () => {
    const out = apply({ action: 'add', passageId: p.id, text: '建成运行', occurrence: 1, featureId: 'light', measure: 'status', value: 'existing', valueMax: null, unit: 'status', qualifier: null, approx: false, what: null, modality: 'reported', asOf: null, reason });
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ id: 'doc-t-p000-a8', start: 8, end: 12, text: '建成运行', documentDate: '2022', source: 'corrected', featureId: 'light' });
    expect(out[1].sentence.text.slice(out[1].sentence.start, out[1].sentence.end)).toBe('建成运行');
  });

  it.each([
    ['an unknown claim', { action: 'suppress', claim: 'doc-t-p000-c99', text: '12亿元', reason }, /no extracted claim/],
    ['a claim whose text changed', { action: 'suppress', claim: claim.id, text: '13亿元', reason }, /reads "12亿元"/],
    ['an unknown place', { action: 'reattach', claim: claim.id, text: '12亿元', featureId: 'atlantis', reason }, /no place has the id "atlantis"/],
    ['a reattachment that changes nothing', { action: 'reattach', claim: claim.id, text: '12亿元', featureId: null, reason }, /already attached/],
    ['text not in the passage', { action: 'add', passageId: p.id, text: '揭牌', occurrence: 1, featureId: null, measure: 'status', value: 'existing', unit: 'status', reason }, /not in doc-t-p000/],
  ] as const)('stops at %s, naming the correction', (_name, correction, message) => {
    expect(() => apply(correction as Partial<ClaimCorrection>)).toThrow(ClaimCorrectionError);
    expect(() => apply(correction as Partial<ClaimCorrection>)).toThrow(message);
    expect(() => apply(correction as Partial<ClaimCorrection>)).toThrow(/test-corrections\.json correction 1: /);
  });

  it('stops when one claim is corrected twice', () => {
    expect(() => apply({ action: 'suppress', claim: claim.id, text: '12亿元', reason }, { action: 'suppress', claim: claim.id, text: '12亿元', reason })).toThrow(/corrected twice/);
  });
});

describe('loadClaimCorrections', () => {
  it('reads the reviewed file, every entry with a reason, and applies it to the real claims', () => {
    const corrections = loadClaimCorrections();
    expect(corrections.length).toBeGreaterThan(0);
    for (const c of corrections) expect(c.reason.length).toBeGreaterThan(20);
    const corrected = realClaims().claims.filter((c) => c.source === 'corrected');
    expect(corrected).toHaveLength(corrections.filter((c) => c.action !== 'suppress').length);
  });

  it('names the entry that breaks the schema', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claims-')), 'bad.json');
    fs.writeFileSync(file, JSON.stringify({ about: 'x', corrections: [{ action: 'reattach', claim: 'a', text: 'b', featureId: 'c', reason: 'short' }] }));
    expect(() => loadClaimCorrections(file)).toThrow(/bad\.json correction 1 \(line 1\): reason: say why, in a sentence; correct or remove the correction/);
  });
});
