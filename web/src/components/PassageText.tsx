import type { Passage, TextRange } from '../../../types/atlas';
import { STRINGS, type Lang } from '../i18n/strings';
import { segmentText } from '../text/segments';

interface Props {
  passage: Pick<Passage, 'text' | 'mentions' | 'damaged'>;
  /** text to show instead of passage.text (same length, e.g. converted to Simplified) */
  displayText?: string;
  highlights?: TextRange[];
  lang: Lang;
  /** `at`: where in the text the clicked mention's run starts (to tell two mentions of one place apart) */
  onMention?: (featureId: string, at: number) => void;
  onHoverMention?: (featureId: string | null) => void;
}

/** A passage's text with its place mentions as links and its damaged spans marked, never hidden. */
export function PassageText({ passage, displayText, highlights, lang, onMention, onHoverMention }: Props) {
  const text = displayText ?? passage.text;
  return (
    <>
      {segmentText(text, { mentions: passage.mentions, damaged: passage.damaged, highlights }).map((segment) => {
        let node: React.ReactNode = segment.text;
        if (segment.highlighted) node = <mark>{node}</mark>;
        if (segment.damaged) {
          node = (
            <s className="damaged" title={segment.damaged.reason ?? STRINGS[lang].damaged} aria-label={`${STRINGS[lang].damaged}: ${segment.text}`}>
              {node}
            </s>
          );
        }
        if (segment.featureId && onMention) {
          const featureId = segment.featureId;
          const at = segment.start;
          node = (
            <button
              type="button"
              className="mention"
              data-feature-id={featureId}
              onClick={() => onMention(featureId, at)}
              onMouseEnter={() => onHoverMention?.(featureId)}
              onMouseLeave={() => onHoverMention?.(null)}
              onFocus={() => onHoverMention?.(featureId)}
              onBlur={() => onHoverMention?.(null)}
            >
              {node}
            </button>
          );
        }
        return <span key={segment.start}>{node}</span>;
      })}
    </>
  );
}
