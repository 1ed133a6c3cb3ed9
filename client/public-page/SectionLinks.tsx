import { usePage } from './context';
import { Link } from './Link';
import { paths } from './routes';
import type { Section } from './sections';
import type { Translate } from './i18n/translate';

/** The section's full heading, e.g. «Innsatsområde 1: Frivillighet» or «Strategi 1.2». */
export function sectionTitle(section: Section, t: Translate): string {
  if (!('kind' in section)) return t('sectionPlan');
  return section.kind === 'fa'
    ? t('focusArea', { number: section.area.number, title: section.area.title })
    : t('strategy', { number: section.strategy.number });
}

/**
 * «Gi innspill til denne delen», with the part named for screen readers (a list of such links
 * must say where each goes) while the visible words stay in the name.
 */
export function InputLink({
  slug,
  section,
  button,
}: {
  slug: string;
  section: Section;
  button?: boolean;
}) {
  const { t } = usePage();
  return (
    <Link
      to={paths.form(slug, section.key)}
      className={button ? 'ds-button' : 'ds-link'}
      {...(button ? { 'data-variant': 'secondary', 'data-size': 'sm' } : {})}
    >
      {t('inputOnSection')}
      <span className="ds-sr-only"> ({sectionTitle(section, t)})</span>
    </Link>
  );
}
