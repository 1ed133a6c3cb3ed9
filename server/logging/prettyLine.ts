/** pino's numeric levels, as a reader names them. */
const LEVEL_NAMES: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
/** Fields every line has, or that say nothing to a person at a terminal. */
const OMITTED = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/**
 * One JSON log line as a person at a terminal reads it: `12:04:05.123 INFO  message  key=value`,
 * an error's stack on the lines below. The JSON stays the format of record (LOG_FORMAT=json);
 * this is for development, without a dependency. A line that is not JSON is passed through.
 */
export function prettyLine(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 23) : '--:--:--.---';
  const level = (LEVEL_NAMES[entry.level as number] ?? String(entry.level)).padEnd(5);
  const fields: string[] = [];
  let stack = '';
  for (const [key, value] of Object.entries(entry)) {
    if (OMITTED.has(key)) continue;
    if (key === 'err' && typeof value === 'object' && value !== null) {
      const error = value as { message?: unknown; stack?: unknown };
      fields.push(`err=${JSON.stringify(error.message ?? '')}`);
      if (typeof error.stack === 'string') stack = `\n    ${error.stack.split('\n').join('\n    ')}`;
      continue;
    }
    fields.push(`${key}=${typeof value === 'string' && !/[\s"=]/.test(value) ? value : JSON.stringify(value)}`);
  }
  const message = typeof entry.msg === 'string' ? entry.msg : '';
  return `${time} ${level} ${message}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}${stack}\n`;
}
