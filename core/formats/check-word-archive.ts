/**
 * A .docx is a ZIP archive; before mammoth unzips it, its central directory is read with yauzl and
 * held to the limits: number of entries, total declared size, and the compression ratio of each
 * large entry (a zip bomb declares gigabytes from kilobytes). Then every entry is inflated once
 * and counted, with yauzl checking that none inflates past the size the directory declares, so a
 * bomb that lies in its directory is caught too. Only then does mammoth see the bytes.
 */
import yauzl from 'yauzl';
import { fileExtension } from './file-extension';
import { ArchiveTooLargeError, UnreadableFileError, UnsupportedFormatError } from './upload-errors';
import type { UploadLimits } from './upload-limits';

export interface WordArchive {
  entries: number;
  /** total size of the entries once inflated */
  uncompressedBytes: number;
}

const MAIN_PART = 'word/document.xml';

/** What a ZIP that is not a Word document is, for the refusal. */
function describeArchive(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.xml')) return 'an Excel workbook';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.has('content.xml') && names.has('mimetype')) return 'an OpenDocument file (save it as .docx)';
  return 'a ZIP archive that is not a Word document';
}

function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

async function openArchive(bytes: Uint8Array): Promise<yauzl.ZipFile> {
  try {
    return await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      decodeStrings: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw new UnreadableFileError('Word', `it is not a readable ZIP archive (${(error as Error).message})`);
  }
}

async function listEntries(zip: yauzl.ZipFile, limits: UploadLimits): Promise<yauzl.Entry[]> {
  const entries: yauzl.Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      entries.push(entry);
      declared += entry.uncompressedSize;
      if (declared > limits.maxUncompressedBytes) {
        throw new ArchiveTooLargeError(`its entries declare more than ${mb(limits.maxUncompressedBytes)} uncompressed`, entry.fileName);
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize >= limits.ratioCheckMinBytes && ratio > limits.maxCompressionRatio) {
        throw new ArchiveTooLargeError(
          `"${entry.fileName.slice(0, 80)}" expands from ${mb(entry.compressedSize)} to ${mb(entry.uncompressedSize)} (${Math.round(ratio)}:1; at most ${limits.maxCompressionRatio}:1)`,
          entry.fileName,
        );
      }
      if (entry.isEncrypted()) throw new UnreadableFileError('Word', 'it is encrypted');
    }
  } catch (error) {
    if (error instanceof ArchiveTooLargeError || error instanceof UnreadableFileError) throw error;
    throw new UnreadableFileError('Word', `its ZIP directory is damaged (${(error as Error).message})`);
  }
  return entries;
}

/** Inflates every entry once, counting; yauzl fails a stream that outgrows its declared size. */
async function inflateAll(zip: yauzl.ZipFile, entries: readonly yauzl.Entry[], limits: UploadLimits): Promise<number> {
  let total = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream) {
        total += (chunk as Buffer).length;
        if (total > limits.maxUncompressedBytes) {
          stream.destroy();
          throw new ArchiveTooLargeError(`its entries inflate to more than ${mb(limits.maxUncompressedBytes)}`, entry.fileName);
        }
      }
    } catch (error) {
      if (error instanceof ArchiveTooLargeError) throw error;
      const message = (error as Error).message;
      if (/too many bytes/.test(message)) {
        throw new ArchiveTooLargeError(`"${entry.fileName.slice(0, 80)}" inflates past the size its directory declares`, entry.fileName);
      }
      throw new UnreadableFileError('Word', `"${entry.fileName.slice(0, 80)}" in it is damaged (${message})`);
    }
  }
  return total;
}

export async function checkWordArchive(bytes: Uint8Array, fileName: string, limits: UploadLimits): Promise<WordArchive> {
  const zip = await openArchive(bytes);
  try {
    if (zip.entryCount > limits.maxZipEntries) {
      throw new ArchiveTooLargeError(`it holds ${zip.entryCount} entries (at most ${limits.maxZipEntries})`);
    }
    const entries = await listEntries(zip, limits);
    const names = new Set(entries.map((entry) => entry.fileName));
    if (!names.has(MAIN_PART)) throw new UnsupportedFormatError(fileName, describeArchive(names), fileExtension(fileName));
    const uncompressedBytes = await inflateAll(zip, entries, limits);
    return { entries: entries.length, uncompressedBytes };
  } finally {
    zip.close();
  }
}
