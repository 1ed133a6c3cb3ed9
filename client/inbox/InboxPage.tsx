import { useEffect, useMemo, useRef, useState } from 'react';
import { Route, Routes } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../shared/api/inputs';
import { can, Permission } from '../../shared/auth/roles';
import { NoAccessPage } from '../auth/NoAccessPage';
import { PlanPageGate, type GatedPlan } from '../auth/PlanPageGate';
import { fetchConsultations } from '../http/consultationsApi';
import { fetchInputs } from '../http/inputsApi';
import { useResource } from '../http/useResource';
import { NotFoundPage } from '../app/NotFoundPage';
import { useAnnounce } from '../ui/announcerContext';
import { PageLoading } from '../ui/PageLoading';
import { arrivedSince } from './inboxFacts';
import { InboxContext, type Inbox, type ListFocus } from './inboxContext';
import { InboxListPage } from './list/InboxListPage';
import { InputDetailPage } from './detail/InputDetailPage';
import { PersonDataPage } from './person/PersonDataPage';
import { RegisterInputPage } from './register/RegisterInputPage';
import { useInboxLive } from './useInboxLive';

/**
 * Route `/plans/:planId/inputs/*`: every input to the plan, live. Any reader of the plan may
 * try; the server decides (owner and editors handle input, others read it when the owner
 * allowed), and a refusal shows the no-access page.
 */
export function InboxPage() {
  return (
    <PlanPageGate permission={Permission.ReadPlan}>
      {(plan) => <InboxRoutes plan={plan} />}
    </PlanPageGate>
  );
}

function InboxRoutes({ plan }: { plan: GatedPlan }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { planId } = plan;
  const live = useInboxLive(planId);
  const { resource: all, reload: reloadAll } = useResource(`inputs:${planId}`, (signal) =>
    fetchInputs(planId, {}, signal),
  );
  const { resource: consultations } = useResource(`consultations:${planId}`, (signal) =>
    fetchConsultations(planId, signal),
  );
  const registeredHere = useRef(new Set<string>()).current;
  const returnFocus = useRef<ListFocus | null>(null);
  const [listSearch, setListSearch] = useState('');

  useEffect(() => {
    if (live.revision > 0) reloadAll();
  }, [live.revision, reloadAll]);

  // Someone sent input while the page is open: say so, without moving anyone's focus.
  const previous = useRef<readonly InputItem[] | null>(null);
  const inputs = all.state === 'ready' ? all.data.inputs : null;
  useEffect(() => {
    if (!inputs) return;
    if (previous.current) {
      const news = arrivedSince(previous.current, inputs).filter(
        (input) => !registeredHere.has(input.id),
      );
      if (news.length > 0) announce(t('inbox.live.arrived', { count: news.length }));
    }
    previous.current = inputs;
  }, [inputs, announce, registeredHere, t]);

  const access = can(plan.role, Permission.HandleInput) ? 'handle' : 'read';
  const inbox = useMemo<Inbox>(
    () => ({
      planId,
      planTitle: plan.title,
      access,
      managesPersonalData: can(plan.role, Permission.ManagePublicPage),
      all,
      reloadAll,
      consultations: consultations.state === 'ready' ? consultations.data.consultations : [],
      live,
      registeredHere,
      listSearch,
      setListSearch,
      returnFocus,
    }),
    [
      planId,
      plan.title,
      plan.role,
      access,
      all,
      reloadAll,
      consultations,
      live,
      registeredHere,
      listSearch,
    ],
  );

  if (all.state === 'refused' && (all.status === 403 || all.status === 401))
    return <NoAccessPage />;
  if (all.state === 'loading') return <PageLoading label={t('app.loading')} />;
  const handle = access === 'handle';
  return (
    <InboxContext.Provider value={inbox}>
      <Routes>
        <Route index element={<InboxListPage />} />
        <Route path="new" element={handle ? <RegisterInputPage /> : <NoAccessPage />} />
        <Route
          path="person"
          element={inbox.managesPersonalData ? <PersonDataPage /> : <NoAccessPage />}
        />
        <Route path=":inputId" element={<InputDetailPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </InboxContext.Provider>
  );
}
