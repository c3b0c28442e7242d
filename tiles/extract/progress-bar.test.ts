import { describe, expect, it } from 'vitest';
import { formatBytes, ProgressBar, progressLine } from './progress-bar';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 200, written, write: (text: string) => written.push(text) };
}

describe('progress bar', () => {
  it('formats byte counts as download sizes are quoted', () => {
    expect([0, 999, 1000, 15_300, 1_234_567, 98_700_000, 2_500_000_000].map(formatBytes)).toEqual(['0 B', '999 B', '1.00 kB', '15.3 kB', '1.23 MB', '98.7 MB', '2.50 GB']);
  });

  it('draws a bar with percent and bytes, or bytes alone when the total is not known yet', () => {
    expect(progressLine('tiles', 50, 200, 8)).toBe('tiles  ██░░░░░░  25%  50 B / 200 B');
    expect(progressLine('tiles', 200, 200, 4, '3 requests')).toBe('tiles  ████ 100%  200 B / 200 B  3 requests');
    expect(progressLine('directories', 16_384, null)).toBe('directories  16.4 kB');
  });

  it('redraws one line in place on a terminal, at most ten times a second', () => {
    const out = stream(true);
    let now = 0;
    const bar = new ProgressBar(out, () => now);
    bar.update('tiles', 1, 100);
    bar.update('tiles', 2, 100); // too soon: skipped
    now = 150;
    bar.update('tiles', 3, 100);
    now = 160;
    bar.update('tiles', 100, 100); // the end is always drawn
    bar.finish();
    expect(out.written.filter((w) => w.startsWith('\r'))).toHaveLength(3);
    expect(out.written.at(-2)).toMatch(/^\rtiles .* 100%/);
    expect(out.written.at(-1)).toBe('\n');
  });

  it('writes a few whole lines into a log', () => {
    const out = stream(false);
    const bar = new ProgressBar(out, () => 0);
    bar.update('directories', 100, null);
    bar.update('directories', 200, null);
    for (let i = 0; i <= 1000; i++) bar.update('tiles', i, 1000);
    bar.finish();
    expect(out.written.every((w) => w.endsWith('\n') && !w.includes('\r'))).toBe(true);
    expect(out.written).toHaveLength(1 + 11);
    expect(out.written.at(-1)).toMatch(/100%/);
  });
});
