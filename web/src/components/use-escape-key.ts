/**
 * Esc closes the open panel. Esc typed in a text field belongs to that field (the search box
 * closes its results), and an open dialog (the print view) closes itself first.
 */
import { useEffect, useRef } from 'react';

const TEXT_FIELDS = 'textarea, select, input:not([type="checkbox"]):not([type="radio"]):not([type="button"])';

export function useEscapeKey(onEscape: (() => void) | null): void {
  const handler = useRef(onEscape);
  handler.current = onEscape;
  const active = onEscape !== null;
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest(TEXT_FIELDS) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      handler.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
