import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimerState } from '../../shared/workshop/types';
import { remainingMs } from '../../shared/workshop/timer';
import { useAnnounce } from '../ui/announcerContext';

const MINUTE = 60_000;

function format(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * The shared countdown, in server time corrected by `clockOffsetMs`. It ticks every second
 * without being read aloud (aria-live off); one minute left and time up are announced politely.
 */
export function Countdown({ timer, clockOffsetMs }: { timer: TimerState; clockOffsetMs: number }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // The last tick belongs to the timer it was taken for: when the timer changes (resumed after a
  // pause, time added, a new activity) the clock is read afresh, or until the next tick the
  // screen would show the time left plus however long the pause lasted.
  const [tick, setTick] = useState(() => ({ timer, now: Date.now() }));
  const now = tick.timer === timer ? tick.now : Date.now();
  const previous = useRef<number | null>(null);

  useEffect(() => {
    if (timer.type !== 'running') return;
    const id = setInterval(() => setTick({ timer, now: Date.now() }), 1000);
    return () => clearInterval(id);
  }, [timer]);

  const left = remainingMs(timer, now + clockOffsetMs);
  useEffect(() => {
    const before = previous.current;
    previous.current = left;
    if (before === null || left === null || timer.type !== 'running') return;
    if (before > MINUTE && left <= MINUTE && left > 0) announce(t('workshop.timer.oneMinute'));
    if (before > 0 && left === 0) announce(t('workshop.timer.done'));
  }, [left, timer.type, announce, t]);

  if (left === null) return null;
  return (
    <p className="flex items-baseline gap-2" data-testid="countdown">
      <span className="text-neutral-text-subtle">{t('workshop.timer.label')}:</span>
      <span role="timer" aria-live="off" className="text-2xl font-semibold tabular-nums">
        {format(left)}
      </span>
      {timer.type === 'paused' && <span>({t('workshop.timer.paused')})</span>}
    </p>
  );
}
