/**
 * One face out of an OpenType font collection (.ttc), as the bytes of a stand-alone font file
 * that opentype.js can parse (it reads single fonts only).
 *
 * A collection starts with `ttcf`, a count and one offset per face; each face is an ordinary
 * table directory whose table offsets count from the start of the collection file. So the face
 * becomes a font by putting its directory first, followed by the whole collection, with every
 * table offset moved on by the directory's length.
 */

export class FontCollectionError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'FontCollectionError';
  }
}

const TABLE_RECORD = 16;
const DIRECTORY_HEADER = 12;

/** The byte offset of every face's table directory. */
export function collectionFaceOffsets(bytes: Uint8Array, file = 'font collection'): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = String.fromCharCode(...bytes.subarray(0, 4));
  if (tag !== 'ttcf') throw new FontCollectionError(file, `starts with "${tag}", not "ttcf": not a font collection`);
  const count = view.getUint32(8);
  if (count === 0 || 12 + 4 * count > bytes.length) throw new FontCollectionError(file, `claims ${count} faces`);
  return Array.from({ length: count }, (_, i) => view.getUint32(12 + 4 * i));
}

/** The face whose directory is at `offset`, as a stand-alone font file. */
export function collectionFace(bytes: Uint8Array, offset: number, file = 'font collection'): ArrayBuffer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const numTables = view.getUint16(offset + 4);
  const length = DIRECTORY_HEADER + TABLE_RECORD * numTables;
  if (offset + length > bytes.length) throw new FontCollectionError(file, `face at ${offset} has a table directory past the end`);
  const out = new Uint8Array(length + bytes.length);
  out.set(bytes.subarray(offset, offset + length), 0);
  out.set(bytes, length);
  const outView = new DataView(out.buffer);
  for (let i = 0; i < numTables; i++) {
    const at = DIRECTORY_HEADER + TABLE_RECORD * i + 8;
    outView.setUint32(at, outView.getUint32(at) + length);
  }
  return out.buffer;
}
