import { describe, expect, it } from 'vitest';
import { evaluatePreconditions, parseEtagList, rangeAllowed, strongMatch, weakMatch } from './conditional';

const v = { etag: '"abc"', lastModified: new Date('2026-01-02T03:04:05.678Z') };
const lm = 'Fri, 02 Jan 2026 03:04:05 GMT';

describe('conditional requests', () => {
  it('parses entity-tag lists', () => {
    expect(parseEtagList('"a", W/"b" ,"c"')).toEqual(['"a"', 'W/"b"', '"c"']);
    expect(parseEtagList('*')).toEqual(['*']);
  });

  it('compares weakly and strongly', () => {
    expect(weakMatch('W/"abc"', v.etag)).toBe(true);
    expect(strongMatch('W/"abc"', v.etag)).toBe(false);
    expect(strongMatch('"x", "abc"', v.etag)).toBe(true);
  });

  it('answers 304 for a matching If-None-Match or an unmodified If-Modified-Since', () => {
    expect(evaluatePreconditions({ 'if-none-match': '"abc"' }, v, 'GET')).toBe('not-modified');
    expect(evaluatePreconditions({ 'if-none-match': '*' }, v, 'HEAD')).toBe('not-modified');
    expect(evaluatePreconditions({ 'if-none-match': '"old"' }, v, 'GET')).toBe('proceed');
    expect(evaluatePreconditions({ 'if-modified-since': lm }, v, 'GET')).toBe('not-modified');
    expect(evaluatePreconditions({ 'if-modified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }, v, 'GET')).toBe('proceed');
    // If-None-Match wins over If-Modified-Since
    expect(evaluatePreconditions({ 'if-none-match': '"old"', 'if-modified-since': lm }, v, 'GET')).toBe('proceed');
  });

  it('fails If-Match and If-Unmodified-Since on a changed archive', () => {
    expect(evaluatePreconditions({ 'if-match': '"old"' }, v, 'GET')).toBe('precondition-failed');
    expect(evaluatePreconditions({ 'if-match': '"abc"' }, v, 'GET')).toBe('proceed');
    expect(evaluatePreconditions({ 'if-unmodified-since': 'Thu, 01 Jan 2026 00:00:00 GMT' }, v, 'GET')).toBe('precondition-failed');
  });

  it('lets a Range through only for the current representation', () => {
    expect(rangeAllowed({}, v)).toBe(true);
    expect(rangeAllowed({ 'if-range': '"abc"' }, v)).toBe(true);
    expect(rangeAllowed({ 'if-range': '"old"' }, v)).toBe(false);
    expect(rangeAllowed({ 'if-range': 'W/"abc"' }, v)).toBe(false);
    expect(rangeAllowed({ 'if-range': lm }, v)).toBe(true);
    expect(rangeAllowed({ 'if-range': 'Thu, 01 Jan 2026 00:00:00 GMT' }, v)).toBe(false);
    expect(rangeAllowed({ 'if-range': 'garbage' }, v)).toBe(false);
  });
});
