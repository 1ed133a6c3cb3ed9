import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Identity } from '../identity/identity';
import type { Peer } from './presence/peers';

/** What every part of an open plan needs; provided once by PlanEditor. */
export interface PlanEditorState {
  doc: Y.Doc;
  awareness: Awareness;
  user: Identity;
  /** False for read-only access: fields are shown but cannot be changed. */
  editable: boolean;
  peers: readonly Peer[];
}

export const PlanEditorContext = createContext<PlanEditorState | null>(null);

export function usePlanEditor(): PlanEditorState {
  const state = useContext(PlanEditorContext);
  if (!state) throw new Error('usePlanEditor must be used inside PlanEditorContext');
  return state;
}
