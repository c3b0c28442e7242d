import { describe, expect, it } from 'vitest';
import { fileExtension } from './file-extension';

describe('fileExtension', () => {
  it('is the lower-cased last extension of the last path segment', () => {
    expect(fileExtension('规划.DOCX')).toBe('docx');
    expect(fileExtension('report.final.pdf')).toBe('pdf');
    expect(fileExtension('C:\\Users\\me\\plan.md')).toBe('md');
    expect(fileExtension('../../etc/passwd.txt')).toBe('txt');
  });

  it('is empty for names without one, dot files and extensions that are no extension', () => {
    expect(fileExtension('README')).toBe('');
    expect(fileExtension('.bashrc')).toBe('');
    expect(fileExtension('notes.')).toBe('');
    expect(fileExtension('a.t x t')).toBe('');
    expect(fileExtension('dir.d/plan')).toBe('');
  });
});
