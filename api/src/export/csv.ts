/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote or line break. A UTF-8 byte-order
 * mark leads the file so spreadsheet programs read Chinese correctly; QGIS ignores it.
 */
export function toCsv(header: string[], rows: Array<Array<string | number | null>>): string {
  const line = (cells: Array<string | number | null>) => cells.map(csvField).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  // a leading = + - @ would be read as a formula by spreadsheets: neutralise it
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
