import { describe, expect, it } from 'vitest';
import { readSourceLine } from './read-source-line';

describe('readSourceLine', () => {
  it('reads date and publisher from the aggregator dateline (doc 003)', () => {
    expect(readSourceLine('2022-07-13 09:59:34 来源: 浙江日报')).toEqual({ date: '2022-07-13', publisher: '浙江日报' });
  });

  it('accepts a line with the source only, full-width colon, Traditional script', () => {
    expect(readSourceLine('来源：嘉兴日报')).toEqual({ date: null, publisher: '嘉兴日报' });
    expect(readSourceLine('2021-10-01 來源: 桐鄉市經信局')).toEqual({ date: '2021-10-01', publisher: '桐鄉市經信局' });
  });

  it('does not take prose that mentions a source for a dateline', () => {
    for (const text of ['关注河南热线', '数据来源：统计局。据悉，……', '2022-07-13', '']) {
      expect(readSourceLine(text)).toBeNull();
    }
  });
});
