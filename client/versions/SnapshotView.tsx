import { useTranslation } from 'react-i18next';
import type { PlanSnapshot } from '../../shared/plan/snapshot';
import { RichContent } from './RichContent';

/** A plan's content read-only: purpose, numbered focus areas ("1") and strategies ("1.1"). */
export function SnapshotView({ snapshot }: { snapshot: PlanSnapshot }) {
  const { t } = useTranslation();
  return (
    <article>
      {snapshot.municipality && (
        <p className="ds-paragraph mb-6 text-neutral-text-subtle">
          {t('versions.municipality', { name: snapshot.municipality })}
        </p>
      )}
      <section aria-labelledby="snapshot-purpose" className="mb-10">
        <h2 id="snapshot-purpose" className="ds-heading mb-3" data-size="sm">
          {t('versions.purposeHeading')}
        </h2>
        <RichContent nodes={snapshot.purpose} headingBase={2} />
      </section>
      <section aria-labelledby="snapshot-focus-areas">
        <h2 id="snapshot-focus-areas" className="ds-heading mb-4" data-size="sm">
          {t('versions.focusAreasHeading')}
        </h2>
        {snapshot.focusAreas.length === 0 && (
          <p className="ds-paragraph">{t('versions.noFocusAreas')}</p>
        )}
        {snapshot.focusAreas.map((area) => (
          <section key={area.id} aria-labelledby={`area-${area.id}`} className="mb-10">
            <h3 id={`area-${area.id}`} className="ds-heading mb-3" data-size="xs">
              {t('versions.focusArea', {
                number: area.number,
                title: area.title || t('versions.untitledFocusArea'),
              })}
            </h3>
            <RichContent nodes={area.body} headingBase={3} />
            {area.strategies.length > 0 && (
              <ol className="mt-4 flex flex-col gap-4 pl-4">
                {area.strategies.map((strategy) => (
                  <li key={strategy.id} className="border-l-4 border-neutral-border-subtle pl-4">
                    <h4 className="ds-heading mb-2" data-size="2xs">
                      {t('versions.strategy', { number: strategy.number })}
                    </h4>
                    <RichContent nodes={strategy.body} headingBase={4} />
                  </li>
                ))}
              </ol>
            )}
          </section>
        ))}
      </section>
    </article>
  );
}
