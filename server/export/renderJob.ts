/**
 * What the render worker is asked and answers (server/export/renderWorker.ts). Everything in a
 * job is structured-clone-able (the export model is plain data with dates, states and the logo
 * plain bytes), so it crosses to the worker thread as it is; the rendered file comes back as an
 * ArrayBuffer handed over without a copy.
 *
 * A plan's export (`plan`) hands over the plan's Yjs state, and the worker reads it and builds
 * the model itself (planFromState.ts); a change report, built from two versions on the main
 * thread, hands over its model.
 */
import type { ExportDocument } from '../../shared/export/model/types';
import type { ShapeProblem } from '../../shared/plan/schema/problems';
import { renderDocx, type DocxOptions } from './docx';
import type { DocxLogo } from './docxLogo';
import { renderPdf } from './pdf';
import { planDocumentFromState, type PlanRenderInput } from './planFromState';

export type RenderJob =
  | { format: 'docx'; doc: ExportDocument; options: DocxOptions }
  | { format: 'pdf'; doc: ExportDocument; options: { now?: Date; logo?: DocxLogo | null } }
  | { format: 'plan'; input: PlanRenderInput };

/** A rendered file, and what of the plan did not fit its shape (for the main thread to log). */
export interface RenderOutput {
  body: Buffer;
  problems: ShapeProblem[];
  /** A plan's title as its file is named (`exportFileName`), for a job that read the plan itself. */
  planTitle?: string;
}

export interface RenderRequest {
  id: number;
  job: RenderJob;
}

export type RenderAnswer =
  | { id: number; ok: true; bytes: ArrayBuffer; problems?: ShapeProblem[]; planTitle?: string }
  | { id: number; ok: false; message: string; stack?: string };

/**
 * Renders one job. Only the worker thread imports this module, so the renderers load with the
 * thread, never on the main thread; imported statically because the worker run from TypeScript
 * (tsx's require hook, renderThread.ts) cannot resolve a dynamic `import()` of a .ts file.
 */
export async function renderJob(job: RenderJob): Promise<RenderOutput> {
  switch (job.format) {
    case 'docx':
      return { body: await renderDocx(job.doc, job.options), problems: [] };
    case 'pdf':
      return { body: await renderPdf(job.doc, job.options), problems: [] };
    case 'plan': {
      const { doc, problems, planTitle } = planDocumentFromState(job.input);
      const options = { logo: job.input.logo };
      const body = job.input.format === 'docx' ? await renderDocx(doc, options) : await renderPdf(doc, options);
      return { body, problems, planTitle };
    }
    default: {
      const never: never = job;
      throw new Error(`unknown render job ${JSON.stringify(never)}`);
    }
  }
}

/** The title a job's document will have, as far as the job says (the worker's crash test hook). */
export function jobTitle(job: RenderJob): string {
  return job.format === 'plan' ? job.input.plan.title : job.doc.title;
}

/**
 * The bytes as an ArrayBuffer that may be handed over: a Buffer that owns its whole memory is
 * handed over as it is; a small one may be a slice of Node's shared pool, which must never be
 * detached, so it is copied.
 */
export function transferable(body: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = body;
  if (buffer instanceof ArrayBuffer && byteOffset === 0 && byteLength === buffer.byteLength) return buffer;
  const copy = new ArrayBuffer(byteLength);
  new Uint8Array(copy).set(body);
  return copy;
}
