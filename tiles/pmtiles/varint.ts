/**
 * Unsigned LEB128 varints (7 bits a byte, low bits first), as PMTiles directories use them.
 * Values go up to Number.MAX_SAFE_INTEGER, so the arithmetic avoids 32-bit bit operators.
 */

export class VarintError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'VarintError';
  }
}

/** Append the varint encoding of `value` to `out`. */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new VarintError(`cannot encode ${value}: not a non-negative safe integer`, value);
  }
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** A read position in a byte buffer, advanced by the readers. */
export interface ByteCursor {
  bytes: Uint8Array;
  pos: number;
}

export function readVarint(cursor: ByteCursor): number {
  let value = 0;
  let scale = 1;
  for (let i = 0; i < 8; i++) {
    if (cursor.pos >= cursor.bytes.length) {
      throw new VarintError(`varint runs past the end of the buffer at byte ${cursor.pos}`, cursor.pos);
    }
    const byte = cursor.bytes[cursor.pos++];
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      if (!Number.isSafeInteger(value)) throw new VarintError('varint exceeds 2^53', value);
      return value;
    }
    scale *= 0x80;
  }
  throw new VarintError(`varint longer than 8 bytes at byte ${cursor.pos}`, cursor.pos);
}
