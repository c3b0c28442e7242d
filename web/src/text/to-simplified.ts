/**
 * Traditional → Simplified for the reader's "show as Simplified" toggle. Loaded on demand (the
 * dictionaries are large), and offset-keeping so mentions and damaged spans still line up.
 */
type Convert = (text: string) => string;
let converter: Promise<Convert> | null = null;

export function loadSimplifier(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then(({ Converter }) => {
    const phrase = Converter({ from: 't', to: 'cn' });
    return (text: string) => {
      const whole = phrase(text);
      if (whole.length === text.length) return whole;
      return Array.from(text, (ch) => (phrase(ch).length === ch.length ? phrase(ch) : ch)).join('');
    };
  });
  return converter;
}
