import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { planPath } from '../app/paths';
import { fetchGoals, reorderGoals } from '../http/goalsApi';
import { useResource } from '../http/useResource';
import { goalFullName } from '../plan-editor/focus-areas/goalLinks';
import { GoalForm } from './GoalForm';
import { GoalRow } from './GoalRow';
import { OrderedListView } from './OrderedListView';
import { fetchFocusAreaNames } from './planFocusAreas';
import { useOrderedList } from './useOrderedList';

/**
 * Section 3: the master plan's goals (kommuneplanens samfunnsdel) that the theme plan serves,
 * each optionally on one of the 17 SDGs. Focus areas are linked to goals in the plan editor;
 * here each goal says which are.
 */
export function GoalsSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const list = useOrderedList({
    key: `goals:${planId}`,
    load: (signal) => fetchGoals(planId, signal),
    reorder: useCallback((ids: readonly string[]) => reorderGoals(planId, ids), [planId]),
    nameOf: goalFullName,
  });
  const areas = useResource(`focus-area-names:${planId}`, (signal) =>
    fetchFocusAreaNames(planId, signal),
  );
  const areaById = useMemo(
    () =>
      areas.resource.state === 'ready'
        ? new Map(areas.resource.data.map((area) => [area.id, area] as const))
        : null,
    [areas.resource],
  );
  return (
    <section aria-labelledby="goals-heading" className="mb-14">
      <h2 id="goals-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.goals.heading')}
      </h2>
      <p className="ds-paragraph mb-2">{t('publicSettings.goals.intro')}</p>
      <p className="ds-paragraph mb-6">
        {t('publicSettings.goals.linkHint')}{' '}
        <Link className="ds-link" to={planPath(planId)}>
          {t('publicSettings.goals.toPlan')}
        </Link>
      </p>

      <OrderedListView
        name="goal"
        heading={t('publicSettings.goals.listHeading')}
        empty={t('publicSettings.goals.empty')}
        list={list}
        renderRow={(goal, row) => (
          <GoalRow key={goal.id} planId={planId} goal={goal} focusAreas={areaById} {...row} />
        )}
      />

      {list.items && (
        <section
          aria-labelledby="goal-add-heading"
          className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
        >
          <h3 id="goal-add-heading" className="ds-heading mb-4" data-size="xs">
            {t('publicSettings.goals.addHeading')}
          </h3>
          <GoalForm planId={planId} onSaved={list.added} />
        </section>
      )}
    </section>
  );
}
