import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { useAnnounce } from '../../ui/announcerContext';
import { liveEvent, liveState, type LiveEvent, type LiveState } from './liveEvent';

/**
 * Tells a participant, politely and once per event, what the facilitator just did: started,
 * moved on, locked or opened input, paused or resumed the timer, ended. Whether or not "follow
 * me" is on: without it the screen stays where it is, but the person still hears what changed.
 * `onActivity` runs when a new activity is announced (the page may move focus to it).
 */
export function useLiveAnnouncements(
  view: WorkshopView | null,
  onActivity: (event: LiveEvent) => void,
): void {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const previous = useRef<LiveState | null>(null);
  const state = view ? liveState(view) : null;
  const key = state ? JSON.stringify(state) : null;

  useEffect(() => {
    if (!view || !state) return;
    const event = liveEvent(previous.current, state);
    previous.current = state;
    if (!event) return;
    const activity = (id: string | null) => {
      const found = view.agenda.find((candidate) => candidate.id === id);
      return found ? { kind: t(`workshop.kinds.${found.kind}`), prompt: found.prompt } : null;
    };
    switch (event.type) {
      case 'started': {
        const now = activity(event.activityId);
        announce(now ? t('workshop.live.startedWith', now) : t('workshop.live.started'));
        if (now) onActivity(event);
        return;
      }
      case 'activity': {
        const now = activity(event.activityId);
        if (now) announce(t('workshop.live.activity', now));
        onActivity(event);
        return;
      }
      default:
        announce(t(`workshop.live.${event.type}`));
    }
    // The state's key decides when to speak; the view and callback change on every update.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, announce, t]);
}
