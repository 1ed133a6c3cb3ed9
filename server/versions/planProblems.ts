import type * as Y from 'yjs';
import { formatProblem, type ProblemSink } from '../../shared/plan/schema/problems';

/** The part of Fastify's (pino) logger this needs. */
export interface WarnLog {
  warn(object: object, message: string): void;
}

/** Problems already logged for each loaded document; a document that is unloaded is forgotten. */
const logged = new WeakMap<Y.Doc, Set<string>>();

/**
 * A sink for the tolerant plan readers that logs each problem of a document once for as long as
 * that document stays loaded, not once per export or keystroke: a damaged plan read a hundred
 * times still says what is wrong with it in one line per problem. Run
 * `npm run admin -- check-docs --repair` to repair it.
 */
export function logPlanProblems(log: WarnLog, planId: string, doc: Y.Doc): ProblemSink {
  return (problem) => {
    const line = formatProblem(problem);
    let seen = logged.get(doc);
    if (!seen) {
      seen = new Set();
      logged.set(doc, seen);
    }
    if (seen.has(line)) return;
    seen.add(line);
    log.warn({ planId, path: problem.path }, `plan document does not fit its shape: ${line}`);
  };
}
