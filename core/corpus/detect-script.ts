/**
 * Simplified or Traditional? Counted, not guessed from a few characters: the share of Han
 * characters that OpenCC's Traditional→Simplified table changes. Traditional text (doc 001)
 * scores about 0.4; Simplified text scores 0, whatever Traditional-looking name it quotes.
 */
import type { Script } from '../../types/atlas';
import { toSimplified } from '../text/script-convert';
import { isHan } from './cjk-characters';

/** Above this share of Traditional-only characters a text is Traditional. */
const TRADITIONAL_SHARE = 0.05;

export function detectScript(text: string): Script {
  let han = 0;
  let traditional = 0;
  for (const ch of text) {
    if (!isHan(ch)) continue;
    han += 1;
    if (toSimplified(ch) !== ch) traditional += 1;
  }
  return han > 0 && traditional / han > TRADITIONAL_SHARE ? 'Hant' : 'Hans';
}
