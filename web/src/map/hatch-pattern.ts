/**
 * The diagonal hatch that fills indicative zones, drawn into pixels here so no sprite is
 * fetched from anywhere.
 */
export function hatchPattern(colour: [number, number, number], size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // a 2-px diagonal stroke that tiles seamlessly
      const onStroke = (x + y) % size < 2;
      const at = (y * size + x) * 4;
      data[at] = colour[0];
      data[at + 1] = colour[1];
      data[at + 2] = colour[2];
      data[at + 3] = onStroke ? 255 : 0;
    }
  }
  return { width: size, height: size, data };
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}
