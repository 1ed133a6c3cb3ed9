import { useTranslation } from 'react-i18next';
import type { StrategyDiff } from '../../shared/plan/diff';

/** Ny / Fjernet / Flyttet / Endret as words in tags (the colour only repeats what they say). */
export function ChangeBadges({ item }: { item: StrategyDiff }) {
  const { t } = useTranslation();
  const badges: { key: string; color: string; text: string }[] = [];
  if (item.status === 'added')
    badges.push({ key: 'added', color: 'success', text: t('compare.badges.added') });
  if (item.status === 'removed')
    badges.push({ key: 'removed', color: 'danger', text: t('compare.badges.removed') });
  if (item.moved) badges.push({ key: 'moved', color: 'info', text: t('compare.badges.moved') });
  if (item.changed)
    badges.push({ key: 'changed', color: 'warning', text: t('compare.badges.changed') });
  return (
    <>
      {badges.map((badge) => (
        <span key={badge.key} className="ds-tag" data-color={badge.color} data-size="sm">
          {badge.text}
        </span>
      ))}
    </>
  );
}

/** Whether an item differs at all between the two sides. */
export function itemDiffers(item: StrategyDiff): boolean {
  return item.status !== 'kept' || item.moved || item.changed;
}
