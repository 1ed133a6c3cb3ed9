import { buildExportDocument } from '../../shared/export/model/buildExportDocument';
import { exportLabels } from '../../shared/export/labels';
import { buildLargeMeta, buildLargeSnapshot } from '../../server/export/fixtures';
import { renderDocx } from '../../server/export/docx';
import { renderPdf } from '../../server/export/pdf';
import type { Row } from '../lib/report';

/**
 * W5: the case file of a large plan (15 focus areas × 10 strategies, all appendices) rendered as
 * DOCX and as PDF/A by the same renderers the server uses, timed in this process (Medverk only:
 * the anchors have no exports). The first render of each format is a warm-up (font conversion,
 * module loading) and is not counted.
 */
export async function exportWorkload(options: { runs: number }): Promise<Row[]> {
  const snapshot = buildLargeSnapshot();
  const document = buildExportDocument(snapshot, buildLargeMeta(snapshot), exportLabels('nb'));
  const rows: Row[] = [];
  for (const [format, render] of [
    ['docx', renderDocx],
    ['pdf', renderPdf],
  ] as const) {
    let bytes = (await render(document)).byteLength;
    const samples: number[] = [];
    const cpuBefore = process.cpuUsage();
    for (let run = 0; run < options.runs; run++) {
      const started = performance.now();
      bytes = (await render(document)).byteLength;
      samples.push(performance.now() - started);
    }
    const cpu = process.cpuUsage(cpuBefore);
    rows.push({
      server: `medverk ${format}`,
      samples,
      cpuSeconds: (cpu.user + cpu.system) / 1e6 / options.runs,
      peakRssMb: process.memoryUsage().rss / 1024 / 1024,
      converged: `ok (${Math.round(bytes / 1024)} kB)`,
    });
  }
  return rows;
}
