/** What the write routes need: the storage, the live atlas it keeps current, and who is asking. */
import type { AtlasStorage } from '../../../core/db/atlas-storage';
import type { LiveAtlas } from '../../../core/store/live-atlas';
import type { Auth } from '../auth/authenticate';

export interface WriteDeps {
  storage: AtlasStorage;
  live: LiveAtlas;
  auth: Auth;
}
