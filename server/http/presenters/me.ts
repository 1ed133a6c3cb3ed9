import type { Me } from '../../../shared/api/auth';
import type { Identity } from '../../auth/identity';

/** The whitelist of what a person learns about their own session. */
export function presentMe(identity: Identity): Me | null {
  switch (identity.kind) {
    case 'user': {
      const { id, name, email, isAdmin } = identity.user;
      return { kind: 'user', id, name, email, isAdmin };
    }
    case 'guest': {
      const { id, displayName, association, planId, role } = identity.guest;
      return { kind: 'guest', id, name: displayName, association, planId, role };
    }
    case 'anonymous':
      return null;
    default: {
      const never: never = identity;
      return never;
    }
  }
}
