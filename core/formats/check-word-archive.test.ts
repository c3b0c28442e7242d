import { describe, expect, it } from 'vitest';
import { checkWordArchive } from './check-word-archive';
import { makeDocx, makeLyingZip, makeZip, makeZipBomb } from './test/fixtures';
import { ArchiveTooLargeError, UnreadableFileError, UnsupportedFormatError } from './upload-errors';
import { UPLOAD_LIMITS } from './upload-limits';

async function refusal<T extends Error>(promise: Promise<unknown>, type: new (...args: never[]) => T): Promise<T> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(type);
  return error as T;
}

describe('checkWordArchive', () => {
  it('passes a real Word file, counting what it inflates to', async () => {
    const docx = await makeDocx(['乌镇位于桐乡市北端。']);
    const archive = await checkWordArchive(docx, 'plan.docx', UPLOAD_LIMITS);
    expect(archive.entries).toBeGreaterThan(5);
    expect(archive.uncompressedBytes).toBeGreaterThan(docx.length);
  });

  it('refuses a zip bomb by its directory, before inflating anything', async () => {
    const bomb = await makeZipBomb(20);
    expect(bomb.length).toBeLessThan(100 * 1024); // 20 MB of zeros in a few dozen kilobytes
    const error = await refusal(checkWordArchive(bomb, 'bomb.docx', UPLOAD_LIMITS), ArchiveTooLargeError);
    expect(error.status).toBe(413);
    expect(error.details.entry).toBe('word/media/image1.bin');
    expect(error.message).toMatch(/expands from 0\.0 MB to 20\.0 MB \(\d+:1; at most 200:1\)/);
  });

  it('refuses an archive whose declared total is over the limit', async () => {
    const docx = await makeZip([
      { name: 'word/document.xml', data: Buffer.from('<w:document/>') },
      { name: 'word/media/a.bin', data: Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 251)) },
    ]);
    const error = await refusal(checkWordArchive(docx, 'big.docx', { ...UPLOAD_LIMITS, maxUncompressedBytes: 200_000 }), ArchiveTooLargeError);
    expect(error.message).toContain('declare more than 0.2 MB uncompressed');
  });

  it('catches a bomb that lies in its directory, as it inflates', async () => {
    const liar = await makeLyingZip(3 * 1024 * 1024, 1000);
    const error = await refusal(checkWordArchive(liar, 'liar.docx', UPLOAD_LIMITS), ArchiveTooLargeError);
    expect(error.message).toContain('"word/media/image1.bin" inflates past the size its directory declares');
  });

  it('refuses thousands of entries', async () => {
    const entries = Array.from({ length: 5001 }, (_, i) => ({ name: `word/part${i}.xml`, data: Buffer.from('x') }));
    const many = await makeZip(entries, { compress: false });
    const error = await refusal(checkWordArchive(many, 'many.docx', UPLOAD_LIMITS), ArchiveTooLargeError);
    expect(error.message).toContain('5001 entries (at most 5000)');
  });

  it('refuses a ZIP that is not a Word document, saying what it is (415)', async () => {
    const xlsx = await makeZip([{ name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }]);
    const error = await refusal(checkWordArchive(xlsx, 'sheet.xlsx', UPLOAD_LIMITS), UnsupportedFormatError);
    expect([error.status, error.details.detected, error.details.extension]).toEqual([415, 'an Excel workbook', 'xlsx']);
  });

  it('refuses a damaged archive as unreadable (422)', async () => {
    const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Array(200).fill(7)]);
    const error = await refusal(checkWordArchive(damaged, 'x.docx', UPLOAD_LIMITS), UnreadableFileError);
    expect(error.status).toBe(422);
    expect(error.message).toContain('not a readable ZIP archive');
  });
});
