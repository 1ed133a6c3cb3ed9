import type { ComponentType, ReactNode } from 'react';
import type { ActivityConfig } from '../../../shared/workshop/activityConfig';
import type { WorkshopCommandInput } from '../../../shared/workshop/commands';
import type { ActivityResult } from '../../../shared/workshop/views/results';
import type { MyPrivateView } from '../../../shared/workshop/views/privateView';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import type { Activity, ActivityKind, Group } from '../../../shared/workshop/types';
import type { BoardViewer } from '../board/boardAccess';
import type { Send } from '../useSendAction';

type Of<K extends ActivityKind> = Extract<Activity, { kind: K }>;
type ResultOf<K extends ActivityKind> = Extract<ActivityResult, { kind: K }>;

/** What a participant does in the current activity. */
export interface PanelProps<A extends Activity = Activity> {
  activity: A;
  view: WorkshopView;
  mine: MyPrivateView | null;
  send: Send;
  locked: boolean;
  viewer: BoardViewer;
  removed: boolean;
}

/** The facilitator's view of the current activity; `board` is the shared board (if any). */
export interface LiveProps<A extends Activity = Activity> {
  activity: A;
  view: WorkshopView;
  mine: MyPrivateView | null;
  board: ReactNode;
  /** For what the facilitator adds from the live view (e.g. notes written for the room). */
  send: Send;
}

/** RunControls' button maker, so a kind's buttons share its busy state and error message. */
export type ControlButton = (
  label: string,
  command: WorkshopCommandInput,
  variant?: 'primary' | 'secondary',
) => ReactNode;

export interface LeadControlsProps<A extends Activity = Activity> {
  activity: A;
  button: ControlButton;
}

export interface ResultProps<R extends ActivityResult = ActivityResult> {
  result: R;
  groups: readonly Group[];
  votes: ReadonlyMap<string, number>;
  authors: ReadonlyMap<string, string> | null;
}

/** The kind's own fields in the "add activity" form, kept as a draft until sent. */
export interface SettingsForm<D> {
  initial: D;
  Fields: ComponentType<{ id: string; draft: D; setDraft: (draft: D) => void }> | null;
  config(
    common: { prompt: string; timeboxMinutes: number | null },
    draft: D,
    agenda: readonly Activity[],
  ): ActivityConfig;
  /** What stays of the draft after the activity was added (e.g. poll options are cleared). */
  afterAdd?(draft: D): D;
}

/** What one activity kind brings to the client (see shared/workshop/kinds/README.md). */
export interface ClientKind<K extends ActivityKind, D = unknown> {
  Panel: ComponentType<PanelProps<Of<K>>> | null;
  Live: ComponentType<LiveProps<Of<K>>> | null;
  LeadControls: ComponentType<LeadControlsProps<Of<K>>> | null;
  Result: ComponentType<ResultProps<ResultOf<K>>> | null;
  form: SettingsForm<D>;
}
