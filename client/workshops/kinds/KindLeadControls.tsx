import type { Activity } from '../../../shared/workshop/types';
import { clientKind } from '.';
import type { ControlButton } from './types';

/** The current activity's own buttons in RunControls (a reveal, say), from its kind. */
export function KindLeadControls({ activity, button }: { activity: Activity; button: ControlButton }) {
  const { LeadControls } = clientKind(activity.kind);
  return LeadControls ? <LeadControls activity={activity} button={button} /> : null;
}
