import { describe, expect, it } from 'vitest';
import { stripSupTags } from './strip-sup-tags';

describe('stripSupTags', () => {
  it('turns an exponent after a unit into a superscript (doc 000: 1200m<sup>2</sup>)', () => {
    expect(stripSupTags('建设面积 1200m<sup>2</sup> 的全球路演中心')).toEqual({
      text: '建设面积 1200m² 的全球路演中心',
      count: 1,
      removed: '<sup>2</sup>',
      inserted: '²',
    });
    expect(stripSupTags('3km<sup>2</sup>、5 m<sup>3</sup>').text).toBe('3km²、5 m³');
  });

  it('removes footnote marks', () => {
    expect(stripSupTags('重大课题<sup>2</sup>，需引起高度重视。')).toMatchObject({ text: '重大课题，需引起高度重视。', removed: '<sup>2</sup>' });
    expect(stripSupTags('见附注<SUP>[1]</SUP>。').text).toBe('见附注。');
    // "m" at the end of a longer word is not a unit
    expect(stripSupTags('Program<sup>1</sup>').text).toBe('Program');
  });

  it('leaves text without tags alone', () => {
    expect(stripSupTags('')).toEqual({ text: '', count: 0, removed: '', inserted: '' });
    expect(stripSupTags('1200平方米').count).toBe(0);
  });
});
