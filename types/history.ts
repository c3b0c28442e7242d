/** The history of the atlas's writes, as GET /api/features/{id}/history answers it (server and web app share it). */

export const HISTORY_ACTIONS = ['seed', 'import', 'create', 'update', 'retire', 'revert', 'addMention', 'removeMention', 'rejectMention', 'removeDocument'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/** One entry of GET /api/features/{id}/history. */
export interface HistoryRecord {
  at: string;
  by: string;
  action: HistoryAction;
  reason: string | null;
  before: unknown;
  after: unknown;
  /** the place's version after this write; null when the write left the place as it was */
  version: number | null;
}
