/**
 * Newspapers credit their reporters in brackets after the last sentence: doc 003 ends
 * `…贡献更多数字经济力量。(黄丽丽 沈林中 刘丽佳)`. The names are not part of the paragraph; they
 * become a byline passage of their own, right after it. The brackets go (they only attached the
 * credit to the paragraph); the names keep their separating spaces for replace-layout-spaces.
 */

const TRAILING_CREDIT = /(?<=[。！？!?…”])[ \t\u3000]*[(（](\p{Script=Han}{2,4}(?:[ \t\u3000]+\p{Script=Han}{2,4})*)[)）]$/u;

export interface TrailingByline {
  paragraph: string;
  byline: string;
  names: string[];
  /** brackets and spaces taken out */
  removed: string;
}

export function splitTrailingByline(text: string): TrailingByline | null {
  const match = TRAILING_CREDIT.exec(text);
  const names = match?.[1];
  if (!match || names === undefined) return null;
  const credit = match[0];
  const at = credit.lastIndexOf(names);
  return {
    paragraph: text.slice(0, match.index),
    byline: names,
    names: names.split(/[ \t\u3000]+/),
    removed: credit.slice(0, at) + credit.slice(at + names.length),
  };
}
