import { describe, expect, it } from 'vitest';
import { jsonMerged, jsonOf } from './snapshot-json';

describe('jsonMerged', () => {
  it('is the JSON of the merged object, with or without fields on either side', () => {
    const base = { id: 'p-1', text: '乌镇“互联网之光”\n博览中心', skipped: undefined, nested: { a: [1, 2] } };
    const extra = { score: 1.5, match: { start: 0, end: 2 }, gone: undefined };
    expect(jsonMerged(base, extra)).toBe(JSON.stringify({ ...base, ...extra }));
    expect(jsonMerged(base, {})).toBe(JSON.stringify(base));
    expect(jsonMerged({}, extra)).toBe(JSON.stringify(extra));
    expect(jsonMerged({}, {})).toBe('{}');
    expect(jsonOf(base)).toBe(JSON.stringify(base));
  });

  it('serialises a base once, however many answers send it', () => {
    let reads = 0;
    const base = {
      get text() {
        reads += 1;
        return '桐乡';
      },
    };
    jsonMerged(base, { score: 1 });
    expect(jsonMerged(base, { score: 2 })).toBe('{"text":"桐乡","score":2}');
    expect(reads).toBe(1);
  });
});
