import type { FastifyServerOptions } from 'fastify';
import type { Config } from '../config';
import { prettyLine } from './prettyLine';

/**
 * Fastify's logger (pino) is the server's one voice: every line, start-up included, is a JSON
 * object with level, time and msg. LOG_FORMAT=pretty (or `auto` on a terminal, as `npm run dev`
 * is) rewrites each line for reading; a pipe or a file gets the JSON.
 */
export function loggerOptions(config: Pick<Config, 'logLevel' | 'logFormat'>, stdoutIsTerminal = process.stdout.isTTY === true): NonNullable<FastifyServerOptions['logger']> {
  const pretty = config.logFormat === 'pretty' || (config.logFormat === 'auto' && stdoutIsTerminal);
  if (!pretty) return { level: config.logLevel };
  return { level: config.logLevel, stream: { write: (line: string) => void process.stdout.write(prettyLine(line)) } };
}
