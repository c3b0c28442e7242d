import { describe, expect, it } from 'vitest';
import { displayName, FileTooLargeError, NoTextLayerError, UnsupportedFormatError, UploadError } from './upload-errors';

describe('displayName', () => {
  it('keeps only the last path segment, without control characters', () => {
    expect(displayName('../../etc/passwd')).toBe('passwd');
    expect(displayName('C:\\tmp\\规划\u0000\u001b[31m.docx')).toBe('规划[31m.docx');
  });

  it('shortens long names to 80 characters', () => {
    const name = displayName(`${'长'.repeat(200)}.txt`);
    expect(name).toHaveLength(80);
    expect(name.endsWith('…')).toBe(true);
  });
});

describe('upload errors', () => {
  it('carry their status, code and deciding values, and name themselves', () => {
    const tooLarge = new FileTooLargeError(25 * 1024 * 1024, 20 * 1024 * 1024);
    expect(tooLarge).toBeInstanceOf(UploadError);
    expect(tooLarge.name).toBe('FileTooLargeError');
    expect([tooLarge.status, tooLarge.code]).toEqual([413, 'file-too-large']);
    expect(tooLarge.message).toBe('The file is 25.0 MB; the limit is 20.0 MB.');

    const unsupported = new UnsupportedFormatError('/tmp/x/scan.png', 'a PNG image', 'png');
    expect(unsupported.status).toBe(415);
    expect(unsupported.message).toContain('"scan.png" is a PNG image');
    expect(unsupported.message).not.toContain('/tmp');

    const scan = new NoTextLayerError(3, 'has no text layer, only images or drawings');
    expect([scan.status, scan.code, scan.details.pages]).toEqual([422, 'no-text-layer', 3]);
    expect(scan.message).toMatch(/no text layer.*scan.*no OCR/s);
  });
});
