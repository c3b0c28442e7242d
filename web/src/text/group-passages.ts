/** Citing passages grouped by document, documents in order of first citation, passages in reading order. */
import type { Passage } from '../../../types/atlas';

export function groupPassagesByDocument<P extends Pick<Passage, 'documentId' | 'index'>>(passages: P[]): Array<{ documentId: string; passages: P[] }> {
  const groups = new Map<string, P[]>();
  for (const passage of passages) {
    const list = groups.get(passage.documentId) ?? [];
    list.push(passage);
    groups.set(passage.documentId, list);
  }
  return [...groups].map(([documentId, list]) => ({ documentId, passages: [...list].sort((a, b) => a.index - b.index) }));
}
