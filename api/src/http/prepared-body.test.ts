import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './prepared-body';

describe('acceptsGzip', () => {
  it.each([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['gzip;q=0', false],
    ['identity', false],
    ['*', true],
    ['*;q=0', false],
    ['gzip;q=0, *', false],
    ['', false],
    [undefined, false],
    ['GZIP', true],
  ])('%s → %s', (header, expected) => {
    expect(acceptsGzip(header as string | undefined)).toBe(expected);
  });
});
