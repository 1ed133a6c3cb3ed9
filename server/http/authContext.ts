import type { Storage } from '../storage/Storage';
import type { Sessions } from '../auth/sessions';
import type { Audit } from '../auth/Audit';
import type { AccessChanges } from '../auth/AccessChanges';
import type { Limits } from '../limits/Limits';

/** What the identity-aware routes share; built once in `server/app.ts`. */
export interface AuthContext {
  storage: Storage;
  sessions: Sessions;
  audit: Audit;
  changes: AccessChanges;
  limits: Limits;
  /** Origins besides the request's own host that may send state-changing requests. */
  trustedOrigins: readonly string[];
  /** Whether OpenID Connect login is configured. */
  oidcEnabled: boolean;
}
