import { percentile } from './stats';

export interface Row {
  server: string;
  samples: number[];
  cpuSeconds: number;
  peakRssMb: number;
  /** 'yes' / 'no' plus any detail (e.g. lost edits). */
  converged: string;
}

const fmt = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/** One Markdown table, plus a Medverk / best-anchor ratio row for each metric (lower is better). */
export function markdownTable(title: string, rows: readonly Row[], columns: { rssLabel?: string; rssDigits?: number } = {}): string {
  const metrics = (row: Row) => [
    percentile(row.samples, 50),
    percentile(row.samples, 95),
    percentile(row.samples, 99),
    row.cpuSeconds,
    row.peakRssMb,
  ];
  const lines = [
    `### ${title}`,
    '',
    `| server | p50 (ms) | p95 (ms) | p99 (ms) | server CPU (s) | ${columns.rssLabel ?? 'peak RSS (MB)'} | converged | samples |`,
    '|---|---:|---:|---:|---:|---:|---|---:|',
  ];
  for (const row of rows) {
    const [p50, p95, p99, cpu, rss] = metrics(row);
    lines.push(
      `| ${row.server} | ${fmt(p50!, 1)} | ${fmt(p95!, 1)} | ${fmt(p99!, 1)} | ${fmt(cpu!, 2)} | ${fmt(rss!, columns.rssDigits ?? 0)} | ${row.converged} | ${row.samples.length} |`,
    );
  }
  const medverk = rows.find((row) => row.server.startsWith('medverk'));
  const anchors = rows.filter((row) => !row.server.startsWith('medverk'));
  if (medverk && anchors.length > 0) {
    const ours = metrics(medverk);
    const ratios = ours.map((value, index) => {
      const best = Math.min(...anchors.map((row) => metrics(row)[index]!).filter(Number.isFinite));
      return Number.isFinite(best) && best > 0 ? `${(value / best).toFixed(2)}×` : 'n/a';
    });
    lines.push(`| **Medverk / best anchor** | ${ratios.join(' | ')} | | |`);
  }
  return lines.join('\n');
}
