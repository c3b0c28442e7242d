/**
 * A progress bar on stderr with byte counts. On a terminal it redraws one line in place (at most
 * ten times a second); in a log (no TTY) it writes a plain line at each tenth of the way, so a CI
 * log or a redirected file gets a few readable lines, not thousands of carriage returns.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

/** 1234567 → "1.2 MB" (decimal units, as download sizes are quoted) */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ${units[unit]}`;
}

/** One line: label, bar, percent and bytes when the total is known; label and bytes otherwise. */
export function progressLine(label: string, done: number, total: number | null, width = 24, extra = ''): string {
  const tail = extra ? `  ${extra}` : '';
  if (total === null || total <= 0) return `${label}  ${formatBytes(done)}${tail}`;
  const fraction = Math.max(0, Math.min(1, done / total));
  const filled = Math.round(fraction * width);
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
  return `${label}  ${bar} ${String(Math.floor(fraction * 100)).padStart(3)}%  ${formatBytes(done)} / ${formatBytes(total)}${tail}`;
}

export class ProgressBar {
  private lastDraw = 0;
  private lastTenth = -1;
  private lastLabel = '';
  private drawn = '';

  constructor(
    private readonly stream: ProgressStream = process.stderr,
    private readonly now: () => number = Date.now,
  ) {}

  update(label: string, done: number, total: number | null, extra = ''): void {
    const line = progressLine(label, done, total, 24, extra);
    if (this.stream.isTTY) {
      const t = this.now();
      if (t - this.lastDraw < 100 && label === this.lastLabel && done !== total) return;
      this.lastDraw = t;
      if (label !== this.lastLabel && this.drawn) this.stream.write('\n');
      const width = this.stream.columns ?? 100;
      this.drawn = line.slice(0, width - 1);
      this.stream.write(`\r${this.drawn}\x1b[K`);
    } else {
      const tenth = total ? Math.floor((10 * done) / total) : -1;
      if (label === this.lastLabel && (total === null || tenth === this.lastTenth)) return;
      this.lastTenth = tenth;
      this.stream.write(`${line}\n`);
    }
    this.lastLabel = label;
  }

  /** Ends the bar's line on a terminal (a log's lines are complete already). */
  finish(): void {
    if (this.stream.isTTY && this.drawn) this.stream.write('\n');
    this.drawn = '';
  }
}
