import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { planDocAccess, type Role } from '../../shared/auth/roles';
import type { Identity } from '../identity/identity';
import { usePlanSync } from '../sync/usePlanSync';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { useFocusRequest } from '../ui/useFocusRequest';
import { useAnnounce } from '../ui/announcerContext';
import { PlanEditorContext, type PlanEditorState } from './planEditorContext';
import { PlanToolbar } from './PlanToolbar';
import { PlanTimeline } from './PlanTimeline';
import { PlanDocument } from './PlanDocument';
import { AccessWithdrawn } from './AccessWithdrawn';
import { useLocalPresence } from './presence/useLocalPresence';
import { usePeers } from './presence/usePeers';
import { usePresenceAnnouncements } from './presence/usePresenceAnnouncements';
import { useStructureAnnouncements } from './structure/useStructureAnnouncements';
import { usePlanNotices } from './notices/usePlanNotices';
import { PlanNoticeBanner } from './notices/PlanNoticeBanner';
import { DeletionContext } from './undo/deletionContext';
import { UndoToast } from './undo/UndoToast';
import { useDeletionUndo } from './undo/useDeletionUndo';
import { LiveSyncStatus } from './status/LiveSyncStatus';
import { DiscussionProvider } from './discussion/DiscussionProvider';
import { DiscussionLayout } from './discussion/DiscussionLayout';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { KnowledgePanel } from './knowledge/KnowledgePanel';
import { PlanGoalsProvider } from './focus-areas/PlanGoalsProvider';
import type { PlanSync } from '../sync/usePlanSync';
import type { PlanLanguage } from '../../shared/plan/contentLanguage';
import { ContentLanguageContext } from './contentLanguage';

interface Props {
  planId: string;
  identity: Identity;
  /** The person's role as the plan's HTTP answer gave it; null when the server was unreachable. */
  role: Role | null;
  /** May they read or handle the input inbox (the owner may open it to more roles)? */
  inbox: 'handle' | 'read' | null;
  fallbackTitle: string;
  /** The language the plan is written in; unknown (undefined) when the server was unreachable. */
  contentLanguage?: PlanLanguage | undefined;
}

export function PlanEditor(props: Props) {
  const sync = usePlanSync(props.planId);
  if (sync?.refusal === 'forbidden')
    return <AccessWithdrawn hadAccess={sync.ready} />;
  if (!sync || !sync.ready) return <LoadingPlan title={props.fallbackTitle} sync={sync} />;
  return <OpenPlan {...props} sync={sync} />;
}

/** Until there is something trustworthy to show; the status says whether we are getting there. */
function LoadingPlan({ title, sync }: { title: string; sync: PlanSync | null }) {
  const { t } = useTranslation();
  usePageTitle(title || t('editor.loading'));
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <PageLoading label={t('editor.loading')} />
      {sync && <LiveSyncStatus provider={sync.provider} />}
    </div>
  );
}

/**
 * May this person change the document? The server's word once joined (it follows role changes
 * live); before that the role from HTTP; with neither (offline), yes: the server decides later.
 */
function isEditable(access: PlanSync['access'], role: Role | null): boolean {
  if (access) return access === 'write';
  return role === null || planDocAccess(role) === 'write';
}

function OpenPlan({
  planId,
  identity,
  role,
  inbox,
  fallbackTitle,
  contentLanguage,
  sync,
}: Props & { sync: PlanSync }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  // Not the save state: that changes per keystroke, and only the toolbar's status region shows it.
  const { doc, awareness, provider, phase, access, synced } = sync;
  const setFocusArea = useLocalPresence(awareness, identity);
  const peers = usePeers(awareness);
  usePresenceAnnouncements(peers, phase === 'live');
  useStructureAnnouncements(doc);
  const notice = usePlanNotices(planId);
  const deletion = useDeletionUndo(doc);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();
  const editable = isEditable(access, role);

  // Losing write access while the plan is open (a new role) is said, not only shown.
  const wasEditable = useRef(editable);
  useEffect(() => {
    if (wasEditable.current && !editable) announce(t('editor.nowReadOnly'));
    wasEditable.current = editable;
  }, [editable, announce, t]);

  const state = useMemo<PlanEditorState>(
    () => ({ doc, awareness, user: identity, editable, peers }),
    [doc, awareness, identity, editable, peers],
  );

  const undo = () => {
    const restored = deletion.undo();
    if (!restored) return;
    announce(t('editor.undone'));
    requestFocus(restored.focusAfterUndo);
  };

  return (
    <PlanEditorContext.Provider value={state}>
      <DiscussionProvider planId={planId} role={role}>
        <DeletionContext.Provider value={deletion.remove}>
          <DiscussionLayout
            ref={containerRef}
            toolbar={
              <PlanToolbar
                planId={planId}
                role={role}
                inbox={inbox}
                provider={provider}
                peers={peers}
                editable={editable}
              />
            }
          >
            <PlanTimeline planId={planId} />
            <KnowledgePanel planId={planId} />
            {notice.text && <PlanNoticeBanner text={notice.text} onDismiss={notice.dismiss} />}
            {!editable && <ReadOnlyNotice />}
            <PlanGoalsProvider planId={planId} role={role}>
              <ContentLanguageContext.Provider value={contentLanguage}>
                <PlanDocument
                  synced={synced}
                  fallbackTitle={fallbackTitle}
                  onFocusArea={setFocusArea}
                />
              </ContentLanguageContext.Provider>
            </PlanGoalsProvider>
            <UndoToast
              deletion={editable ? deletion.last : null}
              onUndo={undo}
              onDismiss={deletion.dismiss}
            />
          </DiscussionLayout>
        </DeletionContext.Provider>
      </DiscussionProvider>
    </PlanEditorContext.Provider>
  );
}
