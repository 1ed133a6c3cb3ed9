import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { usePage } from '../context';
import { formatDate } from '../format';
import { Link } from '../Link';
import { RichText } from '../RichText';
import { paths } from '../routes';
import { InputLink } from '../SectionLinks';
import { HomeSection } from './HomeSection';

type Version = NonNullable<PublicPlanResponse['version']>;

/** The published version's focus areas (each a link to read it) and strategies, each with a way to give input on it. */
export function VersionOverview({ slug, version }: { slug: string; version: Version }) {
  const { t, language } = usePage();
  return (
    <HomeSection id="version" title={t('versionHeading')}>
      <p className="mb-4">
        {t('versionInfo', { name: version.name, date: formatDate(version.createdAt, language) })}
      </p>
      <ol className="flex flex-col gap-6">
        {version.snapshot.focusAreas.map((area) => (
          <li key={area.id}>
            <h3 className="ds-heading mb-2 break-words" data-size="xs">
              <Link to={paths.plan(slug, `fa:${area.id}`)} className="ds-link">
                {t('focusArea', { number: area.number, title: area.title })}
              </Link>
            </h3>
            <InputLink slug={slug} section={{ key: `fa:${area.id}`, kind: 'fa', area }} />
            <ul className="mt-3 flex flex-col gap-3 border-l-4 border-neutral-border-subtle pl-4">
              {area.strategies.map((strategy) => (
                <li key={strategy.id} className="break-words">
                  <h4 className="font-semibold">{t('strategy', { number: strategy.number })}</h4>
                  <RichText nodes={strategy.body} headingBase={4} />
                  <InputLink
                    slug={slug}
                    section={{ key: `st:${strategy.id}`, kind: 'st', area, strategy }}
                  />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </HomeSection>
  );
}
