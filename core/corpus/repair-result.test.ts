import { describe, expect, it } from 'vitest';
import { replaceAndCount, unchanged } from './repair-result';

describe('replaceAndCount', () => {
  it('records every match it changes, and only those', () => {
    const result = replaceAndCount('a1b22c', /\d+/g, (match) => (match === '1' ? '1' : '#'));
    expect(result).toEqual({ text: 'a1b#c', count: 1, removed: '22', inserted: '#' });
  });

  it('passes offsets and groups to the replacement', () => {
    const seen: Array<[number, string[]]> = [];
    replaceAndCount('xaybz', /([ab])/g, (match, offset, groups) => {
      seen.push([offset, groups]);
      return match;
    });
    expect(seen).toEqual([
      [1, ['a']],
      [3, ['b']],
    ]);
  });

  it('refuses a non-global pattern (it would silently fix only the first match)', () => {
    expect(() => replaceAndCount('aa', /a/, () => '')).toThrow(/global/);
  });

  it('leaves empty text alone', () => {
    expect(replaceAndCount('', /x/g, () => '')).toEqual(unchanged(''));
  });
});
