import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../shared/workshop/types';
import type { PanelProps } from './types';

type AnyPanel = ComponentType<PanelProps>;

const NoPanel: AnyPanel = () => null;

/**
 * Each kind's participant panel, downloaded when the first activity runs rather than with the
 * participant page, which shows the workshop's intro and waiting states without them (issue
 * #16's participant bundle). All kinds come in one chunk (the one the lead and results pages
 * load too): a chunk per kind would add its name to the preload lists in the entry, which every
 * page downloads.
 */
export const participantPanels = Object.fromEntries(
  ACTIVITY_KINDS.map((kind) => [
    kind,
    lazy(() =>
      import('./index').then((module) => ({
        default: (module.clientKind(kind).Panel as AnyPanel | null) ?? NoPanel,
      })),
    ),
  ]),
) as Record<ActivityKind, LazyExoticComponent<AnyPanel>>;
