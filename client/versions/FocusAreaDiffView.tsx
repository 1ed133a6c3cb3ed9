import { useTranslation } from 'react-i18next';
import type { FocusAreaDiff, StrategyDiff, TextDiff } from '../../shared/plan/diff';
import { ChangeBadges, itemDiffers } from './ChangeBadges';
import { DiffText } from './DiffText';
import { EditedBy, type Editors } from './EditedBy';
import { areaSection, strategySection } from '../../shared/plan/touchedSections';

/** "1.2" for an item on one side only; "1.2 → 1.3" when its number changed. */
function useNumber(item: StrategyDiff): string {
  const { t } = useTranslation();
  const { numberBefore, numberAfter } = item;
  if (numberBefore && numberAfter && numberBefore !== numberAfter)
    return t('compare.numbers', { before: numberBefore, after: numberAfter });
  return numberAfter ?? numberBefore ?? '';
}

function TextChange({ diff }: { diff: TextDiff }) {
  const { t } = useTranslation();
  const words = diff.segments.some((segment) => segment.kind !== 'same');
  return (
    <>
      <DiffText diff={diff} />
      {diff.changed && !words && (
        <p className="ds-paragraph text-neutral-text-subtle" data-size="sm">
          {t('compare.formattingOnly')}
        </p>
      )}
    </>
  );
}

function StrategyDiffView({
  strategy,
  areaId,
  editors,
}: {
  strategy: StrategyDiff;
  areaId: string;
  editors: Editors;
}) {
  const { t } = useTranslation();
  const number = useNumber(strategy);
  return (
    <li className="border-l-4 border-neutral-border-subtle pl-4" data-testid="strategy-diff">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h4 className="ds-heading" data-size="2xs">
          {t('compare.strategy', { number })}
        </h4>
        <ChangeBadges item={strategy} />
      </div>
      <TextChange diff={strategy.body} />
      <EditedBy editors={editors} section={strategySection(areaId, strategy.id)} />
    </li>
  );
}

/** One focus area that differs: its badges, title and text changes, and the strategies that differ. */
export function FocusAreaDiffView({ area, editors = {} }: { area: FocusAreaDiff; editors?: Editors }) {
  const { t } = useTranslation();
  const number = useNumber(area);
  const strategies = area.strategies.filter(itemDiffers);
  const headingId = `diff-area-${area.id}`;
  return (
    <section aria-labelledby={headingId} className="mb-8" data-testid="focus-area-diff">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="ds-heading" data-size="xs">
          {t('compare.focusArea', { number })}
        </h3>
        <ChangeBadges item={area} />
      </div>
      {(area.title.changed || area.status !== 'kept') && (
        <h4 className="ds-heading mb-1" data-size="2xs">
          {t('compare.titleChange')}
        </h4>
      )}
      <DiffText diff={area.title} />
      {(area.body.changed || area.status !== 'kept') && (
        <>
          <h4 className="ds-heading mb-1 mt-3" data-size="2xs">
            {t('compare.bodyChange')}
          </h4>
          <TextChange diff={area.body} />
        </>
      )}
      {itemDiffers(area) && <EditedBy editors={editors} section={areaSection(area.id)} />}
      {strategies.length > 0 && (
        <ul className="mt-4 flex flex-col gap-4">
          {strategies.map((strategy) => (
            <StrategyDiffView
              key={strategy.id}
              strategy={strategy}
              areaId={area.id}
              editors={editors}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
