import { describe, expect, it } from 'vitest';
import { trimWhitespace } from './trim-whitespace';

describe('trimWhitespace', () => {
  it('removes spaces at both ends and counts each end (doc 002)', () => {
    expect(trimWhitespace(' 关于全域提升乌镇国际化水平的调研与思考 ')).toEqual({
      text: '关于全域提升乌镇国际化水平的调研与思考',
      count: 2,
      removed: '  ',
      inserted: '',
    });
  });

  it('removes full-width spaces and a byte-order mark too', () => {
    expect(trimWhitespace('\ufeff标题\u3000')).toMatchObject({ text: '标题', removed: '\ufeff\u3000' });
  });

  it('keeps inner spaces and untouched lines', () => {
    expect(trimWhitespace('在 2016 年')).toEqual({ text: '在 2016 年', count: 0, removed: '', inserted: '' });
    expect(trimWhitespace('')).toEqual({ text: '', count: 0, removed: '', inserted: '' });
  });
});
