import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SinceLastVisitResponse } from '../../../shared/api/discussion';
import { SmallButton } from '../../ui/SmallButton';
import { useDiscussionContext } from './discussionContext';
import { fetchSinceLastVisit, startVisit } from './discussionApi';
import { useDiscussionPanel } from './panelContext';
import { sectionLabel } from './sectionNames';
import { changedSectionName, hasNews } from './sinceLastVisitText';
import { suggestionSummary } from './suggestionSummary';
import { TimeStamp } from './TimeStamp';

/**
 * "Siden sist du var her": on opening the plan, what changed and by whom, new threads and
 * replies, and suggestions waiting for the person, each a button that goes there. Asked for
 * once, then the visit is recorded, so the next opening starts from now. Dismissible.
 */
export function SinceLastVisit() {
  const { t } = useTranslation();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const headingId = useId();
  const planId = panel?.planId ?? null;
  const [summary, setSummary] = useState<{ planId: string; data: SinceLastVisitResponse } | null>(null);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    if (!planId) return;
    const controller = new AbortController();
    fetchSinceLastVisit(planId, controller.signal)
      .then((data) => {
        if (controller.signal.aborted) return;
        setSummary({ planId, data });
        return startVisit(planId);
      })
      // Nothing to show then; the visit is recorded next time.
      .catch(() => {});
    return () => controller.abort();
  }, [planId]);

  const data = summary?.planId === planId ? summary.data : null;
  if (!discussion || !panel || !data || dismissed || !hasNews(data)) return null;
  const view = discussion.view;
  const threadSection = (threadId: string) => {
    const thread = view?.threads.find((candidate) => candidate.id === threadId);
    return thread ? sectionLabel(panel.sections, thread.anchor.section, t) : t('discussion.since.aThread');
  };
  const suggestionText = (suggestionId: string) => {
    const suggestion = view?.suggestions.find((candidate) => candidate.id === suggestionId);
    return suggestion ? suggestionSummary(suggestion, t) : t('discussion.since.aSuggestion');
  };
  const more = (total: number, shown: number) =>
    total > shown ? <li className="text-neutral-text-subtle">{t('discussion.since.more', { count: total - shown })}</li> : null;
  const dismiss = () => {
    setDismissed(true);
    document.getElementById('main')?.focus();
  };

  return (
    <section aria-labelledby={headingId} className="mb-6 rounded-lg border border-info-border-default bg-info-surface-tinted p-4" data-testid="since-last-visit">
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="ds-heading" data-size="xs">
          {t('discussion.since.heading')}
        </h2>
        <SmallButton variant="tertiary" aria-label={t('discussion.since.dismissLabel')} onClick={dismiss}>
          {t('discussion.since.dismiss')}
        </SmallButton>
      </div>
      {data.lastVisitAt !== null && (
        <p className="text-sm text-neutral-text-subtle">
          {t('discussion.since.lastVisit')} <TimeStamp time={data.lastVisitAt} />
        </p>
      )}
      <Group title={t('discussion.since.changed')} shown={data.sections.length > 0}>
        {data.sections.map((changed) => {
          const name = changedSectionName(changed, t);
          const section = changed.section;
          return (
            <li key={changed.sectionKey}>
              {section && !changed.removed ? (
                <SmallButton variant="tertiary" onClick={() => discussion.reveal(section, null)}>
                  {name}
                </SmallButton>
              ) : (
                <span className="font-semibold">{name}</span>
              )}{' '}
              {t('discussion.since.editedBy', { names: changed.editors.join(', ') })}
            </li>
          );
        })}
        {more(data.totals.sections, data.sections.length)}
      </Group>
      <Group title={t('discussion.since.newThreads')} shown={data.newThreads.length + data.newReplies.length > 0}>
        {data.newThreads.map((item) => (
          <li key={item.threadId}>
            <SmallButton variant="tertiary" onClick={() => panel.showItem(item.threadId)}>
              {t('discussion.since.newThread', { name: item.author.name, section: sectionLabel(panel.sections, item.section, t) })}
            </SmallButton>
          </li>
        ))}
        {more(data.totals.newThreads, data.newThreads.length)}
        {data.newReplies.map((item) => (
          <li key={item.threadId}>
            <SmallButton variant="tertiary" onClick={() => panel.showItem(item.threadId)}>
              {t('discussion.since.replies', { count: item.count, section: threadSection(item.threadId) })}
            </SmallButton>
          </li>
        ))}
        {more(data.totals.newReplies, data.newReplies.length)}
      </Group>
      <Group title={t('discussion.since.waiting')} shown={data.suggestionsWaiting.length > 0}>
        {data.suggestionsWaiting.map((item) => (
          <li key={item.suggestionId}>
            <SmallButton variant="tertiary" onClick={() => panel.showItem(item.suggestionId)}>
              {t('discussion.since.waitingItem', { name: item.author.name, section: sectionLabel(panel.sections, item.section, t), change: suggestionText(item.suggestionId) })}
            </SmallButton>
          </li>
        ))}
        {more(data.totals.suggestionsWaiting, data.suggestionsWaiting.length)}
      </Group>
      <Group title={t('discussion.since.decided')} shown={data.ownSuggestionsDecided.length > 0}>
        {data.ownSuggestionsDecided.map((item) => (
          <li key={item.suggestionId}>
            <SmallButton variant="tertiary" onClick={() => panel.showItem(item.suggestionId)}>
              {t(item.status === 'accepted' ? 'discussion.since.acceptedItem' : 'discussion.since.rejectedItem', {
                name: item.by.name,
                change: suggestionText(item.suggestionId),
              })}
            </SmallButton>
          </li>
        ))}
        {more(data.totals.ownSuggestionsDecided, data.ownSuggestionsDecided.length)}
      </Group>
    </section>
  );
}

function Group({ title, shown, children }: { title: string; shown: boolean; children: ReactNode }) {
  if (!shown) return null;
  return (
    <div className="mt-3">
      <h3 className="text-sm font-semibold">{title}</h3>
      <ul className="mt-1 flex flex-col gap-1">{children}</ul>
    </div>
  );
}
