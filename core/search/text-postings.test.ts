import { describe, expect, it } from 'vitest';
import { buildTextPostings, intersectAscending, textsHolding } from './text-postings';

const postings = buildTextPostings(['乌镇峰会在乌镇', '乌 镇', '互联网大会', 'wicc 乌镇']);

describe('text postings', () => {
  it('lists each text once under each bigram and character it holds, never across whitespace', () => {
    expect(postings.bigrams.get('乌镇')).toEqual([0, 3]);
    expect(postings.bigrams.get('c ')).toBeUndefined();
    expect(postings.characters.get('镇')).toEqual([0, 1, 3]);
    expect(postings.characters.get(' ')).toBeUndefined();
    expect(postings.bigrams.has('互联')).toBe(true);
    expect(postings.bigrams.get('乌镇峰')).toBeUndefined();
  });

  it('counts how often each text holds each key', () => {
    expect([...postings.bigrams.countsOf('乌镇')!]).toEqual([2, 1]);
    expect([...postings.characters.countsOf('乌')!]).toEqual([2, 1, 1]);
    expect([...postings.characters.positionsOf('乌')!]).toEqual([0, 1, 3]);
  });

  it('narrows a phrase to the texts holding all its bigrams, or its one character', () => {
    expect(textsHolding(postings, '乌镇峰会')).toEqual([0]);
    expect([...textsHolding(postings, '镇')!]).toEqual([0, 1, 3]);
    expect(textsHolding(postings, '北京')).toEqual([]);
    expect(textsHolding(postings, ' ')).toBeNull();
  });

  it('intersects ascending lists', () => {
    expect(intersectAscending([[1, 3, 5, 7], [3, 4, 5], [0, 3, 5, 9]])).toEqual([3, 5]);
    expect(intersectAscending([[1, 2]])).toEqual([1, 2]);
    expect(intersectAscending([])).toEqual([]);
  });
});
