import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuditAction } from '../../../shared/api/audit';
import { ApiErrorCode } from '../../../shared/api/errors';
import { inputReference } from '../../../shared/api/inputs';
import {
  buildConsultationSummary,
  type SummaryInput,
} from '../../../shared/export/consultation/summaryModel';
import { summaryLabels } from '../../../shared/export/consultation/summaryLabels';
import type { ExportLocale } from '../../../shared/export/labels';
import { sectionLabel } from '../../../shared/inputs/sectionLabel';
import { idSchema } from '../../../shared/protocol/docName';
import type { PlanSnapshot } from '../../../shared/plan/snapshot';
import { renderConsultationDocx } from '../../export/consultationDocx';
import { renderConsultationPdf } from '../../export/consultationPdf';
import { CONTENT_TYPES, fileSlug } from '../../export/exportPlan';
import { inputsCsv } from '../../export/inputsCsv';
import type { PublicSideDeps } from '../../inputs/publicSideDeps';
import type { ConsultationRecord, InputRecord, PlanRecord } from '../../storage/Storage';
import { liveSnapshot, snapshotOfState, versionOf } from '../../versions/planVersions';
import type { AuthContext } from '../authContext';
import { sendError } from '../errors';
import { requireInbox } from '../inboxGuard';
import { parseOr400 } from '../parseRequest';
import { attachmentDisposition } from '../sendDownload';

/** `?consultation=<id>` (all input of the plan when left out) and `&lang=nb|nn|en`. */
const exportQuerySchema = z.object({
  consultation: idSchema.optional(),
  lang: z.enum(['nb', 'nn', 'en']).default('nb'),
});

type PlanParams = { Params: { id: string } };
type Format = 'docx' | 'pdf' | 'csv';

const CSV_TYPE = 'text/csv; charset=utf-8';

/** What an export of a plan's input starts from, read once per request. */
interface InputExportSource {
  plan: PlanRecord;
  consultation: ConsultationRecord | null;
  /** This consultation's input, or all of the plan's. */
  inputs: InputRecord[];
  /** References of all the plan's input by id (a duplicate's original may be elsewhere). */
  references: Map<string, string>;
  locale: ExportLocale;
}

const referenceOf = (input: InputRecord) => inputReference(input.receivedAt, input.number);

function toSummaryInput(input: InputRecord): SummaryInput {
  return {
    id: input.id,
    reference: referenceOf(input),
    receivedAt: input.receivedAt,
    section: input.section,
    sectionLabel: input.sectionLabel,
    submitterKind: input.submitterKind,
    organisation: input.organisation,
    // Storage clears them on removal; said again here, as this is where they would leak.
    name: input.personalDataRemovedAt === null ? input.name : '',
    namePublic: input.namePublic,
    summary: input.summary,
    text: input.text,
    assessment: input.assessment,
    changeSection: input.changeSection,
    status: input.status,
    duplicateOf: input.duplicateOf,
  };
}

/** «hoeringsoppsummering-temaplan-for-medborgerskap--hoering-2026.docx»: ASCII, no spaces. */
function fileName(parts: readonly string[], extension: string): string {
  const base = parts.map(fileSlug).filter(Boolean).join('--');
  return `${base || 'innspill'}.${extension}`;
}

/**
 * Sends an export as a download that is never rendered in the browser: its type, attachment
 * with a safe name, `nosniff`, a sandbox CSP, and no caching (it holds residents' input).
 */
function sendExport(
  reply: FastifyReply,
  file: { body: Buffer; contentType: string; name: string },
): FastifyReply {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', attachmentDisposition(file.name))
    .header('content-length', String(file.body.byteLength))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', 'sandbox')
    .header('cache-control', 'private, no-store')
    .send(file.body);
}

/**
 * Høringsoppsummering (DOCX, PDF/A) and the CSV of all input, for those who may read the inbox:
 * of one consultation (the plan as consulted, its input) or, without one, of all input on the
 * live plan. Each download is audited with counts only, never a resident's name or text.
 */
export function inputExportRoutes(
  app: FastifyInstance,
  auth: AuthContext,
  deps: PublicSideDeps,
): void {
  const { storage } = auth;

  /** The source, or null with a 401, 403, 400 or 404 already sent. */
  async function sourceOf(
    request: FastifyRequest<PlanParams>,
    reply: FastifyReply,
  ): Promise<InputExportSource | null> {
    const found = await requireInbox(request, reply, auth, request.params.id, 'read');
    if (!found) return null;
    const query = parseOr400(exportQuerySchema, request.query, reply);
    if (!query) return null;
    let consultation: ConsultationRecord | null = null;
    if (query.consultation !== undefined) {
      consultation = await storage.consultations.get(query.consultation);
      if (!consultation || consultation.planId !== found.plan.id) {
        void sendError(reply, 404, ApiErrorCode.NotFound, 'No such consultation in this plan');
        return null;
      }
    }
    const all = await storage.inputs.listInputs(found.plan.id);
    const inputs = consultation
      ? all.filter((input) => input.consultationId === consultation.id)
      : all;
    const references = new Map(all.map((input) => [input.id, referenceOf(input)]));
    return { plan: found.plan, consultation, inputs, references, locale: query.lang };
  }

  /** The plan as consulted (the consultation's version), else as it is now. */
  async function consultedSnapshot(
    request: FastifyRequest,
    source: InputExportSource,
    live: PlanSnapshot,
  ): Promise<PlanSnapshot> {
    if (!source.consultation) return live;
    const version = await versionOf(
      storage.versions,
      source.plan.id,
      source.consultation.versionId,
    );
    if (!version) {
      request.log.warn(
        { planId: source.plan.id, consultationId: source.consultation.id },
        'consulted version missing; summarising on the live plan',
      );
      return live;
    }
    return snapshotOfState(version.state, { log: request.log, planId: source.plan.id });
  }

  function audit(request: FastifyRequest, source: InputExportSource, format: Format): void {
    auth.audit.record(AuditAction.InputExported, request.identity, source.plan.id, {
      format,
      consultation: source.consultation?.id ?? 'all',
      ...(source.consultation ? { title: source.consultation.title } : {}),
      inputs: source.inputs.length,
    });
  }

  for (const format of ['docx', 'pdf'] as const) {
    app.get<PlanParams>(`/api/plans/:id/inputs/summary.${format}`, async (request, reply) => {
      const source = await sourceOf(request, reply);
      if (!source) return reply;
      const live = await liveSnapshot(deps.docs, source.plan.id, request.log);
      const summary = buildConsultationSummary({
        municipality: source.plan.municipality,
        planTitle: source.plan.title,
        snapshot: await consultedSnapshot(request, source, live),
        current: live,
        consultation: source.consultation,
        inputs: source.inputs.map(toSummaryInput),
        references: source.references,
        locale: source.locale,
        now: new Date(),
      });
      const body =
        format === 'docx'
          ? await renderConsultationDocx(summary)
          : await renderConsultationPdf(summary);
      audit(request, source, format);
      const name = fileName(
        [summary.title, summary.planTitle, source.consultation?.title ?? ''],
        format,
      );
      return sendExport(reply, { body, contentType: CONTENT_TYPES[format], name });
    });
  }

  app.get<PlanParams>('/api/plans/:id/inputs.csv', async (request, reply) => {
    const source = await sourceOf(request, reply);
    if (!source) return reply;
    const live = await liveSnapshot(deps.docs, source.plan.id, request.log);
    const csv = inputsCsv(source.inputs, {
      locale: source.locale,
      sectionLabel: (key) => sectionLabel(key, live, source.locale) ?? undefined,
      references: source.references,
    });
    audit(request, source, 'csv');
    const title = summaryLabels(source.locale).csv.fileName;
    const name = fileName([title, source.plan.title, source.consultation?.title ?? ''], 'csv');
    return sendExport(reply, { body: Buffer.from(csv, 'utf8'), contentType: CSV_TYPE, name });
  });
}
