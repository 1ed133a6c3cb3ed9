import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../authContext';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';

/** What residents read and send without logging in (`/api/public/…`). */
export function publicPageRoutes(_app: FastifyInstance, _auth: AuthContext, _deps: PublicSideDeps): void {}
