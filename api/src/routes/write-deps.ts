/** What the write routes need: the storage, and who is asking (the auth layer's authenticate). */
import type { Request } from 'express';
import type { AtlasStorage } from '../../../core/db/atlas-storage';
import type { Editor } from '../../../types/accounts';

/** The editor behind a request, or null when it carries no valid credentials. */
export type Authenticate = (req: Request) => Promise<Editor | null>;

export interface WriteDeps {
  storage: AtlasStorage;
  authenticate: Authenticate;
}
