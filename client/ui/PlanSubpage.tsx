import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { planPath } from '../app/paths';

interface Props {
  planId: string;
  planTitle: string;
  title: string;
  intro?: string;
  /** Where the back link leads; the plan itself when omitted. */
  back?: { to: string; label: string };
  children: ReactNode;
}

/** The frame of a plan's side page (people, audit, versions, compare, export): back link, h1, intro. */
export function PlanSubpage({ planId, planTitle, title, intro, back, children }: Props) {
  const { t } = useTranslation();
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <p className="mb-4">
        <Link to={back?.to ?? planPath(planId)} className="ds-link">
          {back?.label ?? t('versions.backToPlan', { plan: planTitle })}
        </Link>
      </p>
      <h1 className="ds-heading mb-2" data-size="lg">
        {title}
      </h1>
      {intro && <p className="ds-paragraph mb-10 text-neutral-text-subtle">{intro}</p>}
      {children}
    </div>
  );
}
