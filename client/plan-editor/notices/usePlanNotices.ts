import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { planDocName } from '../../../shared/protocol/docName';
import type { PlanNotice } from '../../../shared/protocol/planNotice';
import { getConnection } from '../../sync/connection';
import { useAnnounce } from '../../ui/announcerContext';

/** The sentence for a notice, the same on screen and read aloud. */
export function noticeText(
  notice: PlanNotice,
  t: TFunction,
): string {
  return notice.by
    ? t('planNotice.versionRestored', { name: notice.versionName, by: notice.by })
    : t('planNotice.versionRestoredBySomeone', { name: notice.versionName });
}

/**
 * The latest notice the server sent about this plan (who restored which version), said politely
 * and kept on screen until dismissed: the restored text changes under everyone's eyes, and this
 * is where they learn why.
 */
export function usePlanNotices(planId: string): { text: string | null; dismiss: () => void } {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const socket = getConnection().socket;
    const doc = planDocName(planId);
    const onNotice = (from: string, notice: PlanNotice) => {
      if (from !== doc) return;
      const sentence = noticeText(notice, t);
      setText(sentence);
      announce(sentence);
    };
    socket.on('planNotice', onNotice);
    return () => {
      socket.off('planNotice', onNotice);
    };
  }, [planId, t, announce]);

  return { text, dismiss: () => setText(null) };
}
