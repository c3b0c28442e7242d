import { describe, expect, it } from 'vitest';
import type { GazetteerRecord } from '../../types/atlas';
import { record } from '../testing/fixtures';
import { buildNameIndex, ContextAliasError } from './name-index';

const withContext = (r: GazetteerRecord, contextAliases: string[]): GazetteerRecord => ({ ...r, properties: { ...r.properties, contextAliases } });

describe('buildNameIndex', () => {
  it('indexes names, aliases and context aliases by first character, longest first', () => {
    const index = buildNameIndex([record('wuzhen', '乌镇'), record('lab', '乌镇实验室', ['WICC']), withContext(record('zone', '嘉湖先行区'), ['先行区'])]);
    expect(index.get('乌')!.map((n) => n.form)).toEqual(['乌镇实验室', '乌镇']);
    expect(index.get('w')![0]).toEqual({ form: 'wicc', featureId: 'lab', contextual: false });
    expect(index.get('先')![0]).toEqual({ form: '先行区', featureId: 'zone', contextual: true });
  });

  it('skips one-character forms and keeps the first claim on a shared form', () => {
    const index = buildNameIndex([record('a', '园'), record('b', '乌镇'), record('c', '乌镇')]);
    expect(index.has('园')).toBe(false);
    expect(index.get('乌')).toEqual([{ form: '乌镇', featureId: 'b', contextual: false }]);
  });

  it('stops on a bad context alias, naming the record', () => {
    expect(() => buildNameIndex([withContext(record('zone', '嘉湖先行区'), ['先行區'])])).toThrow(ContextAliasError);
    expect(() => buildNameIndex([withContext(record('zone', '嘉湖先行区'), ['先行區'])])).toThrow(/"zone".*not Simplified/);
    expect(() => buildNameIndex([withContext(record('zone', '嘉湖先行区'), ['区'])])).toThrow(/shorter than 2/);
    expect(() => buildNameIndex([record('park', '产业园'), withContext(record('zone', '嘉湖先行区'), ['产业园'])])).toThrow(/already a name of "park"/);
    expect(() => buildNameIndex([withContext(record('a', '甲园'), ['园区']), withContext(record('b', '乙园'), ['园区'])])).toThrow(/"b".*already a context alias of "a"/);
  });
});
