import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../authContext';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';

/** The input inbox: list, read, handle, register by hand, a person's data. */
export function inputRoutes(_app: FastifyInstance, _auth: AuthContext, _deps: PublicSideDeps): void {}
