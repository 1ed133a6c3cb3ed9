import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../authContext';

/** The public page's HTML (`/p/:slug`), with its title, description and social preview tags. */
export async function publicHtmlRoutes(_app: FastifyInstance, _auth: AuthContext, _deps: { clientDir: string }): Promise<void> {}
