import { describe, expect, it } from 'vitest';
import { MetadataConflictError } from './corpus-errors';
import { resolveDocumentMeta } from './resolve-document-meta';

const nothing = { title: null, authors: [], publisher: null, date: null };

describe('resolveDocumentMeta', () => {
  it('takes what the text says', () => {
    expect(
      resolveDocumentMeta('003.txt', { title: '嘉兴:…', authors: ['黄丽丽'], publisher: '浙江日报', date: '2022-07-13' }, {}),
    ).toEqual({ title: '嘉兴:…', authors: ['黄丽丽'], publisher: '浙江日报', date: '2022-07-13' });
  });

  it('fills what the text does not say from the curation data', () => {
    const curated = {
      authors: { value: ['桐鄉市經信局'], source: 'line 1' },
      date: { value: '2021', source: 'latest figures are for 2021' },
      publisher: { value: null, source: 'not named' },
    };
    expect(resolveDocumentMeta('001.txt', { ...nothing, title: '桐鄉,…' }, curated)).toEqual({
      title: '桐鄉,…',
      authors: ['桐鄉市經信局'],
      publisher: null,
      date: '2021',
    });
  });

  it('fails, naming file and field, when text and data disagree', () => {
    const curated = { date: { value: null, source: 'claims there is none' } };
    expect(() => resolveDocumentMeta('003.txt', { ...nothing, date: '2022-07-13' }, curated)).toThrow(MetadataConflictError);
    expect(() => resolveDocumentMeta('003.txt', { ...nothing, date: '2022-07-13' }, curated)).toThrow(/003\.txt: date/);
  });

  it('labels an untitled document with its file name', () => {
    expect(resolveDocumentMeta('005_empty.txt', nothing, {})).toEqual({ title: '005_empty.txt', authors: [], publisher: null, date: null });
  });
});
