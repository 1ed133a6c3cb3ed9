import { memo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, can, type Role } from '../../shared/auth/roles';
import {
  auditPath,
  exportPath,
  inboxPath,
  peoplePath,
  publicSettingsPath,
  versionsPath,
  workshopsPath,
} from '../app/paths';
import { exportMarkdownUrl } from '../http/plansApi';
import { DEFAULT_LANGUAGE, isLanguage } from '../i18n/languages';
import { Icon } from '../ui/icons';
import type { Peer } from './presence/peers';
import { PresenceList } from './presence/PresenceList';
import { LiveSyncStatus } from './status/LiveSyncStatus';
import type { StatusSource } from './status/shownStatus';
import { DiscussionButton } from './discussion/DiscussionButton';

interface Props {
  planId: string;
  role: Role | null;
  /** Input inbox access as the plan's HTTP answer gave it (null: none, or unknown offline). */
  inbox: 'handle' | 'read' | null;
  /** The plan's provider: the status region follows its save state by itself. */
  provider: StatusSource;
  peers: readonly Peer[];
  /** May this person change the document (else the status tells a reader, not a writer)? */
  editable: boolean;
}

/**
 * Stays in view while scrolling: is my work saved, who is here, the export, and for the plan's
 * owners the way to its people and log. Links mirror `can()`; the server enforces it. Memoised:
 * typing changes none of its props (the status region subscribes by itself).
 */
export const PlanToolbar = memo(function PlanToolbar({
  planId,
  role,
  inbox,
  provider,
  peers,
  editable,
}: Props) {
  const { t, i18n } = useTranslation();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const links = (
    <>
      {can(role, Permission.ManagePeople) && (
        <Link className="ds-link" to={peoplePath(planId)}>
          {t('people.navLink')}
        </Link>
      )}
      {can(role, Permission.ViewAudit) && (
        <Link className="ds-link" to={auditPath(planId)}>
          {t('audit.navLink')}
        </Link>
      )}
      {can(role, Permission.ReadPlan) && (
        <Link className="ds-link" to={versionsPath(planId)}>
          {t('versions.navLink')}
        </Link>
      )}
      {can(role, Permission.JoinWorkshops) && (
        <Link className="ds-link" to={workshopsPath(planId)}>
          {t('workshops.title')}
        </Link>
      )}
      {can(role, Permission.ManagePublicPage) && (
        <Link className="ds-link" to={publicSettingsPath(planId)}>
          {t('publicSettings.navLink')}
        </Link>
      )}
      {(inbox !== null || can(role, Permission.HandleInput)) && (
        <Link className="ds-link" to={inboxPath(planId)}>
          {t('inbox.navLink')}
        </Link>
      )}
      {can(role, Permission.ExportPlan) && (
        <Link className="ds-link" to={exportPath(planId)}>
          {t('exportPage.navLink')}
        </Link>
      )}
      {(role === null || can(role, Permission.ExportPlan)) && (
        <a
          className="ds-link inline-flex items-center gap-1"
          href={exportMarkdownUrl(planId, language)}
          download
        >
          <Icon name="download" className="size-4" />
          {t('editor.export')}
        </a>
      )}
    </>
  );
  return (
    <div
      role="region"
      aria-label={t('editor.toolbar')}
      className="sticky top-0 z-10 -mx-4 mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-neutral-border-subtle bg-neutral-background-default px-4 py-3"
    >
      <LiveSyncStatus provider={provider} readOnly={!editable} />
      <PresenceList peers={peers} />
      <div className="ml-auto flex flex-wrap items-center gap-x-5 gap-y-2">
        <DiscussionButton />
        {role && (
          <span className="hidden text-sm text-neutral-text-subtle sm:inline" data-testid="my-role">
            {t('roles.yourRole', { role: t(`roles.names.${role}`) })}
          </span>
        )}
        {/* On a phone the links fold into a menu, so the sticky bar keeps to about two lines. */}
        <div className="hidden sm:contents">{links}</div>
        <details className="sm:hidden">
          <summary className="ds-link cursor-pointer">{t('editor.menu')}</summary>
          <div className="flex flex-col items-start gap-3 pt-3">
            {role && (
              <span className="text-sm text-neutral-text-subtle">
                {t('roles.yourRole', { role: t(`roles.names.${role}`) })}
              </span>
            )}
            {links}
          </div>
        </details>
      </div>
    </div>
  );
});
