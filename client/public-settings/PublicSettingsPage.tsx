import { useTranslation } from 'react-i18next';
import { Permission } from '../../shared/auth/roles';
import { PlanPageGate } from '../auth/PlanPageGate';
import { fetchVersions } from '../http/versionsApi';
import { useResource } from '../http/useResource';
import { PlanSubpage } from '../ui/PlanSubpage';
import { usePageTitle } from '../ui/usePageTitle';
import { ConsultationsSection } from './ConsultationsSection';
import { GoalsSection } from './GoalsSection';
import { IdentitySection } from './IdentitySection';
import { PlanLanguageSection } from './PlanLanguageSection';
import { KnowledgeSection } from './KnowledgeSection';
import { PublicPageSection } from './PublicPageSection';

/** Route `/plans/:planId/public`: the owner's public page, knowledge base, goals and consultations. */
export function PublicSettingsPage() {
  return (
    <PlanPageGate permission={Permission.ManagePublicPage}>
      {({ planId, title }) => <PublicSettings planId={planId} title={title} />}
    </PlanPageGate>
  );
}

const SECTIONS = [
  { id: 'public-page-heading', key: 'page' },
  { id: 'identity-heading', key: 'identity' },
  { id: 'knowledge-heading', key: 'knowledge' },
  { id: 'goals-heading', key: 'goals' },
  { id: 'consultations-heading', key: 'consultations' },
] as const;

function PublicSettings({ planId, title }: { planId: string; title: string }) {
  const { t } = useTranslation();
  usePageTitle(t('publicSettings.documentTitle', { plan: title }));
  // Both the published version and each consultation are chosen among the frozen versions.
  const versions = useResource(`versions:${planId}`, (signal) => fetchVersions(planId, signal));
  const list = versions.resource.state === 'ready' ? versions.resource.data : null;

  return (
    <PlanSubpage
      planId={planId}
      planTitle={title}
      title={t('publicSettings.pageTitle')}
      intro={t('publicSettings.intro', { plan: title })}
    >
      <nav aria-label={t('publicSettings.contents')} className="mb-10">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a className="ds-link" href={`#${section.id}`}>
                {t(`publicSettings.${section.key}.heading`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <PublicPageSection planId={planId} versions={list} />
      <IdentitySection planId={planId} />
      <PlanLanguageSection planId={planId} />
      <KnowledgeSection planId={planId} />
      <GoalsSection planId={planId} />
      <ConsultationsSection planId={planId} versions={list} />
    </PlanSubpage>
  );
}
