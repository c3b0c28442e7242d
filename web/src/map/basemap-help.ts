/**
 * The README's section on cutting an OpenStreetMap extract, for the note shown where the
 * committed basemap's detail ends: read from README.md itself when asked for (its own small
 * chunk), so the note and the README never disagree and nothing is fetched from elsewhere.
 */
export const BASEMAP_HELP_HEADING = 'A basemap with streets: an OpenStreetMap extract';

/** From a heading (any level) to the next heading of the same or a higher level; null if absent. */
export function markdownSection(markdown: string, heading: string): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, '').trim() === heading);
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start])![0].length;
  let end = lines.length;
  let fenced = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    const m = /^(#+) /.exec(lines[i]);
    if (!fenced && m && m[1].length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start, end).join('\n').trim();
}

export async function loadBasemapHelp(): Promise<string> {
  const { default: readme } = await import('../../../README.md?raw');
  return markdownSection(readme, BASEMAP_HELP_HEADING) ?? `README.md, “${BASEMAP_HELP_HEADING}”`;
}
