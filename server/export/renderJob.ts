/**
 * What the render worker is asked and answers (server/export/renderWorker.ts). Everything in a
 * job is structured-clone-able (the export model is plain data with dates, the logo plain
 * bytes), so it crosses to the worker thread as it is; the rendered file comes back as an
 * ArrayBuffer handed over without a copy.
 */
import type { ExportDocument } from '../../shared/export/model/types';
import { renderDocx, type DocxOptions } from './docx';
import type { DocxLogo } from './docxLogo';
import { renderPdf } from './pdf';

export type RenderJob =
  | { format: 'docx'; doc: ExportDocument; options: DocxOptions }
  | { format: 'pdf'; doc: ExportDocument; options: { now?: Date; logo?: DocxLogo | null } };

export interface RenderRequest {
  id: number;
  job: RenderJob;
}

export type RenderAnswer =
  | { id: number; ok: true; bytes: ArrayBuffer }
  | { id: number; ok: false; message: string; stack?: string };

/**
 * Renders one job. Only the worker thread imports this module, so the renderers load with the
 * thread, never on the main thread; imported statically because the worker run from TypeScript
 * (tsx's require hook, renderThread.ts) cannot resolve a dynamic `import()` of a .ts file.
 */
export function renderJob(job: RenderJob): Promise<Buffer> {
  switch (job.format) {
    case 'docx':
      return renderDocx(job.doc, job.options);
    case 'pdf':
      return renderPdf(job.doc, job.options);
    default: {
      const never: never = job;
      throw new Error(`unknown render job ${JSON.stringify(never)}`);
    }
  }
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
