import { claimWhatText } from '../claims/claim-what';
import { STRINGS, type Lang } from '../i18n/strings';

/** What a claim measures, in the interface's language (院士 → academicians), marked where no English exists yet. */
export function ClaimWhat({ what, lang }: { what: string; lang: Lang }) {
  const text = claimWhatText(what, lang);
  return (
    <>
      <span lang={text.lang}>{text.text}</span>
      {text.untranslated ? <span className="untranslated"> {STRINGS[lang].claimWhatUntranslated}</span> : null}
    </>
  );
}
