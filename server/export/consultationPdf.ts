import { summaryDocument } from '../../shared/export/consultation/summaryDocument';
import type { ConsultationSummary } from '../../shared/export/consultation/summaryModel';
import { renderPdf } from './lazyRenderers';

/**
 * The høringsoppsummering as an archivable PDF/A-2a, laid out by the plan's own PDF renderer:
 * embedded Inter, XMP metadata, a tagged structure tree (headings, quotes, tables with header
 * cells), bookmarks, a linked contents page and page numbers. Typed text is only ever text.
 */
export function renderConsultationPdf(summary: ConsultationSummary): Promise<Buffer> {
  return renderPdf(summaryDocument(summary));
}
