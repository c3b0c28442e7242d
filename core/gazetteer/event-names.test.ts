import { describe, expect, it } from 'vitest';
import { eventEnding } from './event-names';

describe('eventEnding', () => {
  it('recognises the names of summits, conferences and festivals, in either script', () => {
    expect(eventEnding('乌镇峰会')).toBe('峰会');
    expect(eventEnding('烏鎮峰會')).toBe('峰会');
    expect(eventEnding('世界互联网大会')).toBe('大会');
    expect(eventEnding('乌镇国际戏剧节')).toBe('戏剧节');
    expect(eventEnding('“互联网之光”博览会')).toBe('博览会');
  });

  it('leaves the names of places alone, venues included', () => {
    for (const place of ['乌镇互联网国际会展中心', '互联网之光博览中心', '乌镇', '乌镇西栅景区', '会展中心']) expect(eventEnding(place), place).toBeNull();
  });
});
