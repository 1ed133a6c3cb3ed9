import type { PublicPlanResponse } from '../../../shared/api/publicPage';
import { PageHeading } from '../PageHeading';
import { RichText } from '../RichText';
import { usePageTitle } from '../usePageTitle';
import { ContactInfo } from './ContactInfo';
import { GoalList } from './GoalList';
import { KnowledgeList } from './KnowledgeList';
import { ProcessSteps } from './ProcessSteps';
import { TakePart } from './TakePart';
import { VersionOverview } from './VersionOverview';

/** The plan's public page: what it is, how to take part, the process, the text and the sources. */
export function HomePage({ plan }: { plan: PublicPlanResponse }) {
  usePageTitle(null, plan.plan);
  const slug = plan.plan.slug;
  return (
    <>
      <PageHeading>
        <span lang={plan.plan.contentLanguage}>{plan.plan.title}</span>
      </PageHeading>
      <RichText nodes={plan.intro} headingBase={1} lang={plan.plan.contentLanguage} />
      <TakePart plan={plan} />
      <ProcessSteps steps={plan.process.steps} current={plan.process.current} />
      {plan.version && <VersionOverview slug={slug} version={plan.version} />}
      {plan.knowledge.length > 0 && <KnowledgeList slug={slug} items={plan.knowledge} />}
      {plan.goals.length > 0 && (
        <GoalList
          slug={slug}
          goals={plan.goals}
          focusAreas={plan.version?.snapshot.focusAreas ?? []}
        />
      )}
      <ContactInfo contact={plan.contact} />
    </>
  );
}
