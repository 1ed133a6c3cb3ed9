import type { FocusAreaSnapshot } from '../../../shared/plan/snapshot';
import { usePage } from '../context';
import { Link } from '../Link';
import { PageHeading } from '../PageHeading';
import { RichText } from '../RichText';
import { paths } from '../routes';
import { InputLink } from '../SectionLinks';
import type { Section } from '../sections';

type Part = Extract<Section, { kind: string }>;

/**
 * A focus area with its strategies, or one strategy with its focus area named above it; each
 * with «Gi innspill til denne delen». Below, the way to the focus areas before and after.
 */
export function FocusAreaView({
  slug,
  section,
  heading,
  areas,
  lang,
}: {
  slug: string;
  section: Part;
  heading: string;
  areas: readonly FocusAreaSnapshot[];
  /** The plan text's language (the page's own words may be in another). */
  lang?: string | undefined;
}) {
  const { t } = usePage();
  const { area } = section;
  const index = areas.indexOf(area);
  const neighbours = [
    { label: t('previous'), area: areas[index - 1] },
    { label: t('next'), area: areas[index + 1] },
  ];
  const areaTitle = t('focusArea', { number: area.number, title: area.title });

  if (section.kind === 'st') {
    return (
      <>
        <p className="mb-1">
          <Link to={paths.plan(slug, `fa:${area.id}`)} className="ds-link break-words">
            {areaTitle}
          </Link>
        </p>
        <PageHeading>{heading}</PageHeading>
        <RichText nodes={section.strategy.body} headingBase={1} lang={lang} />
        <InputLink slug={slug} section={section} button />
      </>
    );
  }
  return (
    <>
      <PageHeading>{heading}</PageHeading>
      <RichText nodes={area.body} headingBase={1} lang={lang} />
      <InputLink slug={slug} section={section} button />
      {area.strategies.map((strategy) => (
        <section key={strategy.id} aria-labelledby={`strategy-${strategy.id}`} className="mt-8">
          <h2 id={`strategy-${strategy.id}`} className="ds-heading mb-2" data-size="xs">
            {t('strategy', { number: strategy.number })}
          </h2>
          <RichText nodes={strategy.body} headingBase={2} lang={lang} />
          <InputLink
            slug={slug}
            section={{ key: `st:${strategy.id}`, kind: 'st', area, strategy }}
            button
          />
        </section>
      ))}
      <nav aria-label={t('sectionNav')} className="mt-10 flex flex-wrap justify-between gap-4">
        {neighbours.map(
          ({ label, area: other }) =>
            other && (
              <Link
                key={label}
                to={paths.plan(slug, `fa:${other.id}`)}
                className="ds-link break-words"
              >
                {label}: {t('focusArea', { number: other.number, title: other.title })}
              </Link>
            ),
        )}
      </nav>
    </>
  );
}
