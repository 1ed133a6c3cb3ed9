import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../authContext';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';

/** The owner's public page settings, knowledge base, goals and consultations. */
export function publicSettingsRoutes(_app: FastifyInstance, _auth: AuthContext, _deps: PublicSideDeps): void {}
