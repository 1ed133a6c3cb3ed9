import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MedverkMetrics } from './MedverkMetrics';

/** Export routes and how each names its format (a query parameter, or the route's suffix). */
const FORMAT_OF: Record<string, (request: FastifyRequest) => unknown> = {
  '/api/plans/:id/export': (request) => (request.query as { format?: unknown }).format,
  '/api/plans/:id/changes': (request) => (request.query as { format?: unknown }).format,
  '/api/plans/:id/export.md': () => 'md',
  '/api/plans/:id/inputs.csv': () => 'csv',
  '/api/plans/:id/inputs/summary.pdf': () => 'summary-pdf',
  '/api/plans/:id/inputs/summary.docx': () => 'summary-docx',
};
const KNOWN_FORMATS = new Set(['docx', 'pdf', 'md', 'html', 'csv', 'summary-pdf', 'summary-docx']);

/** Times every successful export from the request's arrival to its answer, by format. */
export function timeExports(app: FastifyInstance, metrics: MedverkMetrics): void {
  app.addHook('onResponse', async (request, reply) => {
    const formatOf = FORMAT_OF[request.routeOptions.url ?? ''];
    if (!formatOf || reply.statusCode !== 200) return;
    const format = formatOf(request);
    if (typeof format === 'string' && KNOWN_FORMATS.has(format)) metrics.exported(format, reply.elapsedTime / 1000);
  });
}
