import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputQuery } from '../../../shared/api/inputs';
import { personInputsPath, planPath, registerInputPath } from '../../app/paths';
import { useAnnounce } from '../../ui/announcerContext';
import { PageLoading } from '../../ui/PageLoading';
import { PlanSubpage } from '../../ui/PlanSubpage';
import { usePageTitle } from '../../ui/usePageTitle';
import { inboxCounts } from '../inboxFacts';
import {
  isFiltered,
  paramsFromQuery,
  queryFromParams,
  queryKey,
  type FilterKey,
} from '../inboxQuery';
import { useInbox } from '../inboxContext';
import { BulkActions } from './BulkActions';
import { InboxDownloads } from './InboxDownloads';
import { InboxFilters } from './InboxFilters';
import { InputRow } from './InputRow';
import { SelectAll } from './SelectAll';
import { useShownInputs } from './useShownInputs';

/** The inbox: search, filters, counts, bulk actions and every input, newest first. */
export function InboxListPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const inbox = useInbox();
  const { planId, planTitle, access, all, consultations } = inbox;
  usePageTitle(t('inbox.documentTitle', { plan: planTitle }));
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => queryFromParams(params), [params]);
  const { resource: shown, busy, retry } = useShownInputs(query);
  const handle = access === 'handle';

  const { setListSearch } = inbox;
  const search = paramsFromQuery(query).toString();
  useEffect(() => setListSearch(search), [search, setListSearch]);

  const setFilter = useCallback(
    (key: FilterKey | 'q', value: string) => {
      const next: InputQuery = { ...queryFromParams(params), [key]: value || undefined };
      setParams(paramsFromQuery(next), { replace: true });
    },
    [params, setParams],
  );

  const allInputs = useMemo(() => (all.state === 'ready' ? all.data.inputs : []), [all]);
  const tags = all.state === 'ready' ? all.data.tags : [];
  const list = shown.state === 'ready' ? shown.data : [];
  const references = useMemo(
    () => new Map(allInputs.map((input) => [input.id, input.reference])),
    [allInputs],
  );
  const counts = inboxCounts(allInputs);
  const filtered = isFiltered(query);

  // After filtering or searching, say how many are shown (the list changed out of sight).
  const announcedKey = useRef<string | null>(null);
  const key = queryKey(query);
  useEffect(() => {
    if (shown.state !== 'ready' || busy) return;
    if (announcedKey.current === null) {
      announcedKey.current = key;
      return;
    }
    if (announcedKey.current === key) return;
    announcedKey.current = key;
    announce(t('inbox.list.shownOf', { shown: shown.data.length, total: counts.total }));
  }, [key, shown, busy, counts.total, announce, t]);

  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selectedShown = list.filter((input) => selected.has(input.id)).map((input) => input.id);
  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  // Coming back from an input: focus its link again (after the layout's own focus on <main>),
  // or the list's heading when the input is gone.
  const listRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { returnFocus } = inbox;
  useEffect(() => {
    const focus = returnFocus.current;
    returnFocus.current = null;
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      const link = focus.focusInput
        ? listRef.current?.querySelector<HTMLElement>(
            `[data-input-link="${CSS.escape(focus.focusInput)}"]`,
          )
        : null;
      (link ?? headingRef.current)?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [returnFocus]);

  return (
    <PlanSubpage
      planId={planId}
      planTitle={planTitle}
      title={t('inbox.pageTitle')}
      intro={t('inbox.intro', { plan: planTitle })}
      back={{ to: planPath(planId), label: t('inbox.backToPlan', { plan: planTitle }) }}
    >
      {!handle && (
        <div className="ds-alert mb-8" data-color="info">
          <p>{t('inbox.readOnly')}</p>
        </div>
      )}
      {(handle || inbox.managesPersonalData) && (
        <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
          {handle && (
            <li>
              <Link to={registerInputPath(planId)} className="ds-link">
                {t('inbox.actions.register')}
              </Link>
            </li>
          )}
          {inbox.managesPersonalData && (
            <li>
              <Link to={personInputsPath(planId)} className="ds-link">
                {t('inbox.actions.person')}
              </Link>
            </li>
          )}
        </ul>
      )}

      <InboxFilters
        query={query}
        inputs={allInputs}
        tags={tags}
        consultations={consultations}
        onChange={setFilter}
        onClear={() => setParams(new URLSearchParams(), { replace: true })}
      />

      <section
        aria-labelledby="inbox-list-heading"
        aria-busy={busy || undefined}
        className="mb-10"
        ref={listRef}
      >
        <h2
          id="inbox-list-heading"
          ref={headingRef}
          tabIndex={-1}
          className="ds-heading mb-1 outline-none"
          data-size="xs"
        >
          {t('inbox.list.heading')}
        </h2>
        <p className="ds-paragraph mb-4" data-testid="inbox-counts">
          {t('inbox.list.counts', {
            total: t('inbox.list.total', { count: counts.total }),
            fresh: t('inbox.list.fresh', { count: counts.fresh }),
          })}
          {filtered && shown.state === 'ready' && (
            <> {t('inbox.list.shownOf', { shown: list.length, total: counts.total })}</>
          )}
        </p>
        {handle && list.length > 0 && (
          <BulkActions
            planId={planId}
            selectedIds={selectedShown}
            tags={tags}
            onChanged={() => {
              inbox.reloadAll();
              retry();
            }}
          />
        )}
        {shown.state === 'loading' && <PageLoading label={t('app.loading')} />}
        {(shown.state === 'failed' || shown.state === 'refused') && (
          <div className="ds-alert" data-color="danger">
            <p className="mb-3">{t('inbox.list.loadFailed')}</p>
            <button type="button" className="ds-button" data-variant="secondary" onClick={retry}>
              {t('auth.retry')}
            </button>
          </div>
        )}
        {shown.state === 'ready' && list.length === 0 && (
          <p className="ds-paragraph">
            {filtered ? t('inbox.list.noMatch') : t('inbox.list.empty')}
          </p>
        )}
        {shown.state === 'ready' && list.length > 0 && (
          <>
            {handle && (
              <SelectAll
                shown={list.length}
                selected={selectedShown.length}
                onChange={(on) =>
                  setSelected(on ? new Set(list.map((input) => input.id)) : new Set())
                }
              />
            )}
            <ul className="flex flex-col gap-3" data-testid="input-list">
              {list.map((input) => (
                <InputRow
                  key={input.id}
                  planId={planId}
                  input={input}
                  duplicateOf={
                    input.duplicateOf ? (references.get(input.duplicateOf) ?? null) : null
                  }
                  selection={
                    handle
                      ? { selected: selected.has(input.id), onToggle: (on) => toggle(input.id, on) }
                      : null
                  }
                />
              ))}
            </ul>
          </>
        )}
      </section>

      {handle && <InboxDownloads planId={planId} consultations={consultations} />}
    </PlanSubpage>
  );
}
