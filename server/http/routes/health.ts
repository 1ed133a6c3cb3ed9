import type { FastifyInstance } from 'fastify';
import type { HealthResponse } from '../../../shared/api/health';
import type { StorageKind } from '../../storage/Storage';

export function healthRoutes(app: FastifyInstance, deps: { version: string; storage: StorageKind }): void {
  app.get('/api/health', (): HealthResponse => ({ status: 'ok', version: deps.version, storage: deps.storage }));
}
