import { summaryDocument } from '../../shared/export/consultation/summaryDocument';
import type { ConsultationSummary } from '../../shared/export/consultation/summaryModel';
import { renderDocx } from './lazyRenderers';

/**
 * The høringsoppsummering as a Word document for the second reading, laid out by the plan's own
 * DOCX renderer: the same styles, headings in the navigation pane, a contents field, page
 * numbers, and every typed text handed to docx as plain text (escaped as XML).
 */
export function renderConsultationDocx(summary: ConsultationSummary): Promise<Buffer> {
  return renderDocx(summaryDocument(summary));
}
