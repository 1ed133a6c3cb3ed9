import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { BackLink } from '../BackLink';
import { usePage } from '../context';
import { PageHeading } from '../PageHeading';
import { RichText } from '../RichText';
import { InputLink, sectionTitle } from '../SectionLinks';
import { sectionsOf } from '../sections';
import { usePageTitle } from '../usePageTitle';
import { HomeSection } from '../home/HomeSection';
import { VersionOverview } from '../home/VersionOverview';
import { FocusAreaView } from './FocusAreaView';

/** The published version, read section by section: the whole plan (purpose and contents), a focus area, or one strategy. */
export function PlanReaderPage({
  plan,
  section,
}: {
  plan: PublicPlanResponse;
  section: string | null;
}) {
  const { t } = usePage();
  const slug = plan.plan.slug;
  const version = plan.version;
  const sections = sectionsOf(version?.snapshot ?? null);
  const found = sections.find((s) => s.key === (section ?? 'plan'));
  const heading = !version
    ? t('versionHeading')
    : found
      ? sectionTitle(found, t)
      : t('sectionNotFound');
  usePageTitle(found && found.key !== 'plan' ? heading : t('versionHeading'), plan.plan);

  const back = <BackLink slug={slug} planTitle={plan.plan.title} />;
  if (!version || !found) {
    return (
      <>
        {back}
        <PageHeading>{version ? t('sectionNotFound') : t('versionHeading')}</PageHeading>
        {!version && <p>{t('noVersion')}</p>}
      </>
    );
  }
  if ('kind' in found) {
    return (
      <>
        {back}
        <FocusAreaView
          slug={slug}
          section={found}
          heading={heading}
          areas={version.snapshot.focusAreas}
          lang={plan.plan.contentLanguage}
        />
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeading>
        <span lang={plan.plan.contentLanguage}>{version.snapshot.title}</span>
      </PageHeading>
      <InputLink slug={slug} section={found} button />
      {version.snapshot.purpose.length > 0 && (
        <HomeSection id="purpose" title={t('purposeHeading')}>
          <RichText nodes={version.snapshot.purpose} headingBase={2} lang={plan.plan.contentLanguage} />
        </HomeSection>
      )}
      <VersionOverview slug={slug} version={version} />
    </>
  );
}
