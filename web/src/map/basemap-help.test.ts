import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASEMAP_HELP_HEADING, loadBasemapHelp, markdownSection } from './basemap-help';

const readme = readFileSync(resolve(import.meta.dirname, '../../../README.md'), 'utf8');

describe('the basemap help the map note opens', () => {
  it('is the README section on cutting an OpenStreetMap extract, whole and no more', async () => {
    const section = markdownSection(readme, BASEMAP_HELP_HEADING)!;
    expect(section.startsWith(`## ${BASEMAP_HELP_HEADING}`)).toBe(true);
    expect(section).toContain('npm run basemap:extract');
    expect(section).toContain('build.protomaps.com');
    expect(section).not.toMatch(/\n## /);
    expect(await loadBasemapHelp()).toBe(section);
  });

  it('cuts at the next heading of the same level, not inside a code block', () => {
    const md = '# A\n## B\ntext\n```\n## not a heading\n```\n### B1\nmore\n## C\nc';
    expect(markdownSection(md, 'B')).toBe('## B\ntext\n```\n## not a heading\n```\n### B1\nmore');
    expect(markdownSection(md, 'Z')).toBeNull();
  });
});
