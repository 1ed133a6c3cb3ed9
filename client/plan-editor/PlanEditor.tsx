import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Identity } from '../identity/identity';
import { usePlanSync } from '../sync/usePlanSync';
import { PageLoading } from '../ui/PageLoading';
import { usePageTitle } from '../ui/usePageTitle';
import { useFocusRequest } from '../ui/useFocusRequest';
import { useAnnounce } from '../ui/announcerContext';
import { PlanEditorContext, type PlanEditorState } from './planEditorContext';
import { PlanToolbar } from './PlanToolbar';
import { PlanDocument } from './PlanDocument';
import { useLocalPresence } from './presence/useLocalPresence';
import { usePeers } from './presence/usePeers';
import { usePresenceAnnouncements } from './presence/usePresenceAnnouncements';
import { DeletionContext } from './undo/deletionContext';
import { UndoToast } from './undo/UndoToast';
import { useDeletionUndo } from './undo/useDeletionUndo';
import { SyncStatusIndicator } from './status/SyncStatusIndicator';
import type { PlanSync } from '../sync/usePlanSync';

interface Props {
  planId: string;
  identity: Identity;
  fallbackTitle: string;
}

export function PlanEditor({ planId, identity, fallbackTitle }: Props) {
  const sync = usePlanSync(planId);
  if (!sync || !sync.ready) return <LoadingPlan title={fallbackTitle} sync={sync} />;
  return <OpenPlan planId={planId} identity={identity} fallbackTitle={fallbackTitle} sync={sync} />;
}

/** Until there is something trustworthy to show; the status says whether we are getting there. */
function LoadingPlan({ title, sync }: { title: string; sync: PlanSync | null }) {
  const { t } = useTranslation();
  usePageTitle(title || t('editor.loading'));
  return (
    <div className="mx-auto max-w-4xl px-4 py-6">
      <PageLoading label={t('editor.loading')} />
      {sync && <SyncStatusIndicator status={sync.status} />}
    </div>
  );
}

function OpenPlan({ planId, identity, fallbackTitle, sync }: Props & { sync: PlanSync }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { doc, awareness, status, access, synced } = sync;
  const setFocusArea = useLocalPresence(awareness, identity);
  const peers = usePeers(awareness);
  const connected = status.state === 'saved' || status.state === 'saving';
  usePresenceAnnouncements(peers, connected);
  const deletion = useDeletionUndo(doc);
  const { containerRef, requestFocus } = useFocusRequest<HTMLDivElement>();
  const editable = access !== 'read';

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
      <DeletionContext.Provider value={deletion.remove}>
        <div ref={containerRef} className="mx-auto max-w-4xl px-4 pb-32">
          <PlanToolbar planId={planId} status={status} peers={peers} />
          {!editable && (
            <div className="ds-alert mb-6" data-color="info">
              {t('editor.readOnly')}
            </div>
          )}
          <PlanDocument synced={synced} fallbackTitle={fallbackTitle} onFocusArea={setFocusArea} />
          <UndoToast deletion={deletion.last} onUndo={undo} onDismiss={deletion.dismiss} />
        </div>
      </DeletionContext.Provider>
    </PlanEditorContext.Provider>
  );
}
