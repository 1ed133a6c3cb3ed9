import { useTranslation } from 'react-i18next';
import type { FocusAreaDiff, PlanDiff } from '../../shared/plan/diff';
import { itemDiffers } from './ChangeBadges';
import { DiffText } from './DiffText';
import { EditedBy, type Editors } from './EditedBy';
import { FocusAreaDiffView } from './FocusAreaDiffView';

function areaDiffers(area: FocusAreaDiff): boolean {
  return itemDiffers(area) || area.strategies.some(itemDiffers);
}

/** How many parts differ: title, municipality, purpose, and each focus area and strategy. */
export function changedParts(diff: PlanDiff): number {
  const texts = [diff.title, diff.municipality, diff.purpose].filter((text) => text.changed);
  const areas = diff.focusAreas.filter(itemDiffers).length;
  const strategies = diff.focusAreas.flatMap((area) => area.strategies.filter(itemDiffers));
  return texts.length + areas + strategies.length;
}

/** The differences between two sides of a comparison, per focus area and strategy. */
export function PlanDiffView({ diff, editors = {} }: { diff: PlanDiff; editors?: Editors }) {
  const { t } = useTranslation();
  if (!diff.changed)
    return (
      <p id="compare-summary" tabIndex={-1} className="ds-paragraph outline-none">
        {t('compare.same')}
      </p>
    );
  const areas = diff.focusAreas.filter(areaDiffers);
  const planTexts = [
    { key: 'title', label: t('compare.titleTerm'), diff: diff.title },
    { key: 'municipality', label: t('compare.municipalityTerm'), diff: diff.municipality },
    { key: 'purpose', label: t('compare.purposeTerm'), diff: diff.purpose },
  ].filter((entry) => entry.diff.changed);
  return (
    <>
      <p id="compare-summary" tabIndex={-1} className="ds-paragraph mb-6 outline-none">
        {t('compare.summary', { count: changedParts(diff) })}
      </p>
      {planTexts.length > 0 && (
        <section aria-labelledby="diff-plan-heading" className="mb-8">
          <h2 id="diff-plan-heading" className="ds-heading mb-3" data-size="sm">
            {t('compare.planHeading')}
          </h2>
          {planTexts.map((entry) => (
            <div key={entry.key} className="mb-4">
              <h3 className="ds-heading mb-1" data-size="xs">
                {entry.label}
              </h3>
              <DiffText diff={entry.diff} />
              <EditedBy editors={editors} section={entry.key} />
            </div>
          ))}
        </section>
      )}
      {areas.length > 0 && (
        <section aria-labelledby="diff-areas-heading">
          <h2 id="diff-areas-heading" className="ds-heading mb-4" data-size="sm">
            {t('compare.focusAreasHeading')}
          </h2>
          {areas.map((area) => (
            <FocusAreaDiffView key={area.id} area={area} editors={editors} />
          ))}
        </section>
      )}
    </>
  );
}
