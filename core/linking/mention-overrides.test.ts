import { describe, expect, it } from 'vitest';
import { documentOf, passage } from '../testing/fixtures';
import { applyMentionOverrides, loadMentionOverrides, MentionOverrideError, parseMentionOverrides, type MentionOverride } from './mention-overrides';

const docs = [documentOf([{ ...passage('doc-test-p000', '落户梧桐乡乌镇'), mentions: [{ start: 3, end: 5, featureId: 'tongxiang' }] }])];
const features = new Set(['tongxiang', 'wuzhen']);
const base: MentionOverride = { action: 'add', passageId: 'doc-test-p000', start: 5, end: 7, text: '乌镇', featureId: 'wuzhen', reason: 'the town, for the test' };
const apply = (...overrides: MentionOverride[]) => applyMentionOverrides(docs, overrides, features, 'mention-overrides.json')[0].passages[0].mentions;

describe('applyMentionOverrides', () => {
  it('adds and suppresses mentions, suppressions first, keeping them in order', () => {
    expect(apply(base)).toEqual([
      { start: 3, end: 5, featureId: 'tongxiang' },
      { start: 5, end: 7, featureId: 'wuzhen' },
    ]);
    expect(
      apply(
        { ...base, start: 2, end: 5, text: '梧桐乡', featureId: 'tongxiang' },
        { ...base, action: 'suppress', start: 3, end: 5, text: '桐乡', featureId: 'tongxiang' },
      ),
    ).toEqual([{ start: 2, end: 5, featureId: 'tongxiang' }]);
    expect(docs[0].passages[0].mentions).toHaveLength(1);
  });

  it.each([
    ['an unknown passage', { passageId: 'doc-test-p999' }, /override #1 \(add doc-test-p999.*unknown passage/],
    ['an unknown feature', { featureId: 'atlantis' }, /unknown feature "atlantis"/],
    ['a range that does not hold the text', { text: '桐乡' }, /has "乌镇" at \[5,7\), not "桐乡"/],
    ['a range outside the passage', { start: 6, end: 9 }, /outside the passage/],
    ['an overlap with a mention', { start: 4, end: 6, text: '乡乌' }, /overlaps the mention \[3,5\)/],
    ['an addition the linker already makes', { start: 3, end: 5, text: '桐乡', featureId: 'tongxiang' }, /already makes this mention/],
    ['a suppression of a link never made', { action: 'suppress' as const }, /no such mention/],
  ])('fails on %s, naming the entry', (_name, change, message) => {
    expect(() => apply({ ...base, ...change })).toThrow(MentionOverrideError);
    expect(() => apply({ ...base, ...change })).toThrow(message);
  });

  it('fails on the same override twice', () => {
    expect(() => apply(base, base)).toThrow(/override #2 .*repeats/);
  });
});

describe('parseMentionOverrides', () => {
  it('requires a reason and the stated text, naming the entry', () => {
    const entry = { ...base, reason: 'why' };
    expect(() => parseMentionOverrides(JSON.stringify({ overrides: [base, entry] }), 'x.json')).toThrow(/x\.json override #2 \(line 1\): reason: must say why/);
    expect(() => parseMentionOverrides('{', 'x.json')).toThrow(/x\.json: not valid JSON at line 1, column 2/);
    expect(() => parseMentionOverrides('[]', 'x.json')).toThrow(/x\.json: .*expected object/);
  });

  it('reads the reviewed file, every entry with a reason', () => {
    const overrides = loadMentionOverrides();
    expect(overrides.length).toBeGreaterThan(0);
    for (const o of overrides) expect(o.reason.length).toBeGreaterThan(20);
  });
});
