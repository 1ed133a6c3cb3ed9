import type { FastifyInstance } from 'fastify';
import type { AuthContext } from '../authContext';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';

/** Høringsoppsummering (DOCX, PDF/A) and the CSV of all input. */
export function inputExportRoutes(_app: FastifyInstance, _auth: AuthContext, _deps: PublicSideDeps): void {}
