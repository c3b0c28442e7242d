/**
 * Every limit on an uploaded file, in one commented defaults object. Each is checked before the
 * expensive step it protects (the size before anything, the ZIP directory before unzipping, the
 * page count before extracting text).
 */
export interface UploadLimits {
  /** The contract's limit on an upload (20 MiB); larger files are refused before they are looked at. */
  maxBytes: number;
  /** A PDF with more pages is refused before any page is read (a 500-page plan is already unusual). */
  maxPdfPages: number;
  /** A .docx with more ZIP entries is refused (Word writes a few dozen; thousands means a bomb or junk). */
  maxZipEntries: number;
  /** Total uncompressed size of a .docx's entries, as its directory declares and as they inflate. */
  maxUncompressedBytes: number;
  /**
   * Uncompressed/compressed ratio above which a large entry is a bomb. Word's XML compresses
   * about 5–20×, generated repetitive XML up to about 100×; zeros deflate about 1000×.
   */
  maxCompressionRatio: number;
  /** Entries smaller than this are not held to the ratio (a tiny file can compress arbitrarily well). */
  ratioCheckMinBytes: number;
}

export const UPLOAD_LIMITS: Readonly<UploadLimits> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxPdfPages: 500,
  maxZipEntries: 5_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 1024 * 1024,
});
