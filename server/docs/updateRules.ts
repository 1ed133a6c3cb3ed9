import type * as Y from 'yjs';
import { parseDocName } from '../../shared/protocol';
import { ShapeChecker, type UpdateVerdict } from '../../shared/plan/schema/checkUpdate';
import { UpdateIndex } from '../../shared/yjs/UpdateIndex';
import type { LiveDoc } from './DocStore';

/** Decides, without applying it, whether a client's update may be applied to a live document. */
export type UpdateRules = (live: LiveDoc, update: Uint8Array) => UpdateVerdict;

/** Only the rule every document needs: nothing may build on changes the server lacks. */
export const gapsOnly: UpdateRules = (live, update) => {
  const gap = new UpdateIndex(live.doc, update).gap;
  return gap ? { ok: false, kind: 'gap', reason: gap } : { ok: true };
};

/**
 * The rules per kind of document: a plan must keep its shape (shared/plan/schema); a workshop
 * changes only through its commands, never by a client's update.
 */
export function documentRules(): UpdateRules {
  // One checker per live document: it caches where each type sits, which never changes.
  const checkers = new WeakMap<Y.Doc, ShapeChecker>();
  return (live, update) => {
    const kind = parseDocName(live.name)?.kind;
    if (kind === 'plan') {
      let checker = checkers.get(live.doc);
      if (!checker) checkers.set(live.doc, (checker = new ShapeChecker(live.doc)));
      return checker.check(update);
    }
    return {
      ok: false,
      kind: 'shape',
      reason: `a ${kind ?? 'unknown'} document changes only through the server`,
    };
  };
}
