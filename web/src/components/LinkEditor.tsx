import { useState } from 'react';
import type { Mention } from '../../../types/atlas';
import { writeApi } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import type { PassageSelection } from '../edit/passage-selection';
import type { Lang } from '../i18n/strings';
import { SearchBox } from './SearchBox';

interface Props {
  lang: Lang;
  /** words selected in a passage, to link to a place */
  selection: PassageSelection | null;
  /** a link the editor clicked, to reject (automatic) or remove (an editor's) */
  mention: (Mention & { text: string }) | null;
  /** after a write: the reader reads the document again */
  onChanged: () => void;
  onDismiss: () => void;
}

/** The reader's link bar: a selection becomes a mention of the place picked in the search box; a clicked link can be rejected. */
export function LinkEditor({ lang, selection, mention, onChanged, onDismiss }: Props) {
  const t = EDIT_STRINGS[lang];
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (write: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
      onChanged();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  if (!selection && !mention) return <p className="link-editor hint">{t.selectHint}</p>;
  return (
    <div className="link-editor" role="group" aria-label={t.editLinks} aria-busy={busy}>
      {selection ? (
        <>
          <p>{t.linkSelection(selection.text)}</p>
          <SearchBox
            key={`${selection.passageId}:${selection.start}:${selection.end}`}
            lang={lang} placesOnly initialQuery={selection.text} placeholder={t.linkPlaceholder} autoFocus
            onSelectFeature={(featureId) => void run(() => writeApi.addMention({ passageId: selection.passageId, start: selection.start, end: selection.end, featureId }))}
            onOpenPassage={() => undefined}
          />
        </>
      ) : mention ? (
        <>
          <p>{t.linkOf(mention.text, mention.featureId, mention.origin ?? 'auto')}</p>
          {mention.id ? (
            <button type="button" className="reject-link" disabled={busy} onClick={() => void run(() => writeApi.rejectMention(mention.id!))}>
              {mention.origin === 'editor' ? t.removeLink : t.rejectLink}
            </button>
          ) : null}
        </>
      ) : null}
      <button type="button" className="close" aria-label={t.cancel} onClick={onDismiss}>×</button>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
    </div>
  );
}
