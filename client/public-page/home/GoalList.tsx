import type { PublicGoal } from '../../../shared/api/publicPage';
import type { FocusAreaSnapshot } from '../../../shared/plan/snapshot';
import { sdgName } from '../../../shared/public/sdgs';
import { usePage } from '../context';
import { Link } from '../Link';
import { paths } from '../routes';
import { HomeSection } from './HomeSection';

/** The master plan's goals this plan serves, their SDG, and which focus areas serve each. */
export function GoalList({
  slug,
  goals,
  focusAreas,
}: {
  slug: string;
  goals: readonly PublicGoal[];
  focusAreas: readonly FocusAreaSnapshot[];
}) {
  const { t, language } = usePage();
  return (
    <HomeSection id="goals" title={t('goalsHeading')}>
      <p className="mb-3">{t('goalsIntro')}</p>
      <ul className="flex flex-col gap-4">
        {goals.map((goal, index) => {
          const areas = focusAreas.filter((area) => goal.focusAreaIds.includes(area.id));
          return (
            <li key={index} className="break-words">
              <p className="font-semibold">
                {goal.number ? `${t('goal', { number: goal.number })}: ` : ''}
                {goal.title}
              </p>
              {goal.sdg && (
                <p>{t('sdg', { number: goal.sdg, name: sdgName(goal.sdg, language) })}</p>
              )}
              {areas.length > 0 && (
                <p>
                  {t('goalAreas')}{' '}
                  {areas.map((area, i) => (
                    <span key={area.id}>
                      {i > 0 && ', '}
                      <Link to={paths.plan(slug, `fa:${area.id}`)} className="ds-link">
                        {t('focusArea', { number: area.number, title: area.title })}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </HomeSection>
  );
}
