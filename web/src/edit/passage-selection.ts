/**
 * The words an editor selected in the reader, as a range of one passage's text: the passage
 * element carries `data-passage-id`, and everything inside it is the passage's text (mentions and
 * marks wrap runs of it, add none), so the offset is the length of the text before the selection.
 */
export interface PassageSelection {
  passageId: string;
  start: number;
  end: number;
  text: string;
}

const passageOf = (node: Node | null): HTMLElement | null => {
  const element = node instanceof HTMLElement ? node : (node?.parentElement ?? null);
  return element?.closest<HTMLElement>('[data-passage-id]') ?? null;
};

/** The selection as a passage range, or null when it is empty or crosses passages. */
export function passageSelection(selection: Selection | null, within: HTMLElement): PassageSelection | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const passage = passageOf(range.startContainer);
  if (!passage || passage !== passageOf(range.endContainer) || !within.contains(passage)) return null;
  const before = document.createRange();
  before.setStart(passage, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  // a double-click takes the space after a word too: link the words, not the spaces around them
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return null;
  const start = before.toString().length + lead;
  return { passageId: passage.dataset.passageId!, start, end: start + text.length, text };
}
