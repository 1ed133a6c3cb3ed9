import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../ui/announcerContext';

/**
 * Announces `message(count)` politely when a count goes up after the first render (new notes
 * revealed, results shown); the value on arrival is not read out, the page already shows it.
 */
export function useCountAnnouncement(count: number, message: (count: number) => string): void {
  const announce = useAnnounce();
  const previous = useRef<number | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = count;
    if (before !== null && count > before) announce(message(count));
    // `message` is re-created each render; the count decides when to speak.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [count, announce]);
}

/** Announces "12 lapper vist" when revealed notes appear or more arrive. */
export function useRevealedNotesAnnouncement(revealed: number): void {
  const { t } = useTranslation();
  useCountAnnouncement(revealed, (count) => t('workshop.notes.revealedCount', { count }));
}
