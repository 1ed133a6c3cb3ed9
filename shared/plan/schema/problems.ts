/**
 * Something in a plan document that does not fit its shape (see planShape.ts), found by the
 * whole-document check or skipped by a tolerant reader. The path names where, e.g.
 * `focusAreas.a1.title`, so one damaged item can be found among thousands.
 */
export interface ShapeProblem {
  path: string;
  message: string;
}

/**
 * Where a tolerant reader tells what it skipped. Optional everywhere: the client's editor has no
 * server log to write to, while the server logs each problem once per loaded document.
 */
export type ProblemSink = (problem: ShapeProblem) => void;

export function joinPath(...parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join('.');
}

/** A short description of a stored value for a problem message ("a number", "Y.Map"…). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value !== 'object') return `a ${typeof value}`;
  if (Array.isArray(value)) return 'an array';
  const name = value.constructor.name;
  return name === 'Object' ? 'an object' : name;
}

export function formatProblem(problem: ShapeProblem): string {
  return `${problem.path || '(document)'}: ${problem.message}`;
}
