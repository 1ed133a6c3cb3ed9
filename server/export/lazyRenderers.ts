/**
 * The DOCX and PDF renderers, loaded on the first export rather than at start-up: docx, pdfkit,
 * fontkit and the embedded fonts cost tens of megabytes of memory that an idle server (and most
 * servers, most of the time) never needs (issue #16, bench/RESULTS.md "Idle RSS").
 */
import type { renderDocx as RenderDocx } from './docx';
import type { renderPdf as RenderPdf } from './pdf';

export async function renderDocx(...args: Parameters<typeof RenderDocx>): ReturnType<typeof RenderDocx> {
  const { renderDocx: render } = await import('./docx');
  return render(...args);
}

export async function renderPdf(...args: Parameters<typeof RenderPdf>): ReturnType<typeof RenderPdf> {
  const { renderPdf: render } = await import('./pdf');
  return render(...args);
}
