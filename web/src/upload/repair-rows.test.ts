import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../../core/corpus/ingest-document';
import { REPAIR_NAMES } from '../../../core/corpus/repair-report';
import { repairRows, visible } from './repair-rows';

describe('the repairs of an ingested document, as the review lists them', () => {
  it('lists only the repairs that changed something, in pipeline order, with what they removed', () => {
    const tally = Object.fromEntries(REPAIR_NAMES.map((n) => [n, { count: 0, removed: 0, inserted: 0, removedText: '', insertedText: '' }]));
    tally['join-hard-wraps'] = { count: 2, removed: 2, inserted: 0, removedText: '\n\n', insertedText: '' };
    tally['strip-pinyin'] = { count: 1, removed: 8, inserted: 0, removedText: 'Wū zhèn ', insertedText: '' };
    tally['replace-layout-spaces'] = { count: 1, removed: 1, inserted: 1, removedText: '\u3000', insertedText: '，' };
    const rows = repairRows({ repairs: tally as never });
    expect(rows.map((r) => r.name)).toEqual(['strip-pinyin', 'join-hard-wraps', 'replace-layout-spaces']);
    expect(rows[1]).toEqual({ name: 'join-hard-wraps', count: 2, removed: 2, inserted: 0, before: '⏎⏎', after: '' });
    expect(rows[2]?.before).toBe('·');
    expect(rows[2]?.after).toBe('，');
  });

  it('cuts a long sample short and shows a real report of the pipeline', () => {
    expect(visible('a\tb c\r\nd')).toBe('a⇥b·c⏎d');
    const source = '乌镇规划\n\n' + '  乌镇位于桐乡市北端，\n是江南水乡古镇。  \n\n'.repeat(5);
    const rows = repairRows(ingestDocument('900_test.txt', source, {}).report);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.before.length).toBeLessThanOrEqual(60);
  });
});
