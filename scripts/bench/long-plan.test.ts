import { describe, expect, it } from 'vitest';
import { defaultCorpusDir } from '../../core/corpus/corpus-paths';
import { longPlan } from './long-plan';

describe('longPlan', () => {
  const options = { targetChars: 5000, title: '测试文本', corpusDir: defaultCorpusDir({}) };

  it('is the same plan for the same seed, another for another seed', () => {
    expect(longPlan(options)).toEqual(longPlan(options));
    expect(longPlan({ ...options, seed: 19 })).not.toEqual(longPlan(options));
  });

  it('reaches the target with corpus paragraphs, a heading every eight', () => {
    const plan = longPlan(options);
    const paragraphs = plan.sections.flatMap((section) => section.paragraphs);
    expect(plan.title).toBe('测试文本');
    expect(paragraphs.join('').length).toBeGreaterThanOrEqual(5000);
    expect(paragraphs.join('').length - paragraphs.at(-1)!.length).toBeLessThan(5000);
    expect(plan.sections.slice(0, -1).every((section) => section.paragraphs.length === 8)).toBe(true);
    expect(plan.sections.map((section) => section.heading)).toEqual(plan.sections.map((_, i) => `第${i + 1}部分`));
    expect(paragraphs.every((text) => text.length >= 40)).toBe(true);
  });
});
