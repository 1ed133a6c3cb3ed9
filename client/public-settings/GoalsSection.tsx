import { useCallback, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanGoal } from '../../shared/api/publicPage';
import { planPath } from '../app/paths';
import { fetchGoals, reorderGoals } from '../http/goalsApi';
import { useResource } from '../http/useResource';
import { goalFullName } from '../plan-editor/focus-areas/goalLinks';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { PageLoading } from '../ui/PageLoading';
import { useFocusRequest } from '../ui/useFocusRequest';
import { ResourceError } from '../versions/ResourceError';
import { actionError } from './actionError';
import { GoalForm } from './GoalForm';
import { GoalRow } from './GoalRow';
import { moveFocusSelectors } from './moveFocus';
import { fetchFocusAreaNames } from './planFocusAreas';
import { useReorder } from './useReorder';
import { useServerList } from './useServerList';

/**
 * Section 3: the master plan's goals (kommuneplanens samfunnsdel) that the theme plan serves,
 * each optionally on one of the 17 SDGs. Focus areas are linked to goals in the plan editor;
 * here each goal says which are.
 */
export function GoalsSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { resource, items, setItems, reload } = useServerList(`goals:${planId}`, (signal) =>
    fetchGoals(planId, signal),
  );
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
  const [message, setMessage] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);
  const { containerRef, requestFocus } = useFocusRequest<HTMLOListElement>();

  const move = useReorder({
    items,
    setItems,
    send: useCallback((ids: readonly string[]) => reorderGoals(planId, ids), [planId]),
    onMoved: useCallback(
      (goal: PlanGoal, position: number, count: number) => {
        setMessage(null);
        announce(t('publicSettings.moved', { title: goalFullName(goal), position, count }));
      },
      [announce, t],
    ),
    onFailed: useCallback(
      (error: unknown) => {
        setMessage(t(`publicSettings.errors.${actionError(error)}`));
        reload();
      },
      [reload, t],
    ),
    focus: useCallback(
      (id: string, direction: 'up' | 'down') => requestFocus(moveFocusSelectors(id, direction)),
      [requestFocus],
    ),
  });

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

      <h3
        id="goals-list-heading"
        ref={listHeading}
        tabIndex={-1}
        className="ds-heading mb-3 outline-none"
        data-size="xs"
      >
        {t('publicSettings.goals.listHeading')}
      </h3>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.loadFailed')} retry={reload} />
      )}
      <FormMessage message={message} />
      {items &&
        (items.length === 0 ? (
          <p className="ds-paragraph mb-8">{t('publicSettings.goals.empty')}</p>
        ) : (
          <ol
            ref={containerRef}
            className="mb-8 flex flex-col gap-2"
            aria-labelledby="goals-list-heading"
            data-testid="goal-list"
          >
            {items.map((goal, index) => (
              <GoalRow
                key={goal.id}
                planId={planId}
                goal={goal}
                position={index + 1}
                count={items.length}
                focusAreas={areaById}
                onMove={(direction) => move(goal.id, direction)}
                onChanged={(changed) =>
                  setItems((current) => current.map((g) => (g.id === changed.id ? changed : g)))
                }
                onRemoved={() => {
                  setItems((current) => current.filter((g) => g.id !== goal.id));
                  listHeading.current?.focus();
                }}
              />
            ))}
          </ol>
        ))}

      {items && (
        <section
          aria-labelledby="goal-add-heading"
          className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
        >
          <h3 id="goal-add-heading" className="ds-heading mb-4" data-size="xs">
            {t('publicSettings.goals.addHeading')}
          </h3>
          <GoalForm planId={planId} onSaved={(goal) => setItems((current) => [...current, goal])} />
        </section>
      )}
    </section>
  );
}
