import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionKey } from '../../../shared/discussion/sections';
import { Icon } from '../../ui/icons';
import { SmallButton } from '../../ui/SmallButton';
import { BulkDecision } from './BulkDecision';
import { useDiscussionContext } from './discussionContext';
import { DiscussionSettings } from './DiscussionSettings';
import { filterCounts, panelGroups } from './filters';
import { NewThreadForm } from './NewThreadForm';
import { PanelFilters } from './PanelFilters';
import { PanelFrame } from './PanelFrame';
import { useDiscussionPanel } from './panelContext';
import { sectionLabel } from './sectionNames';
import { SuggestionCard } from './SuggestionCard';
import { ThreadCard } from './ThreadCard';
import { usePanelFocus } from './usePanelFocus';

const NO_COUNTS = { open: 0, resolved: 0, mine: 0, mentions: 0 };

/**
 * The side panel: the plan's threads and suggestions under a filter, grouped by section in the
 * plan's order, with the field for a new thread at the top and, for the owner, the settings.
 */
export function DiscussionPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const view = discussion?.view ?? null;
  const meId = discussion?.me?.id ?? null;
  const activeId = discussion?.activeId ?? null;
  const setActiveId = panel?.select;
  const { filter, sectionFilter, sections } = panel ?? { filter: 'open' as const, sectionFilter: null, sections: null };

  const groups = useMemo(
    () => (view && sections ? panelGroups(view, { filter, meId, section: sectionFilter, sectionOrder: sections.order }) : []),
    [view, filter, meId, sectionFilter, sections],
  );
  const counts = useMemo(() => (view ? filterCounts(view, meId, sectionFilter) : NO_COUNTS), [view, meId, sectionFilter]);
  const openSuggestions = useMemo(() => {
    const byAuthor = new Map<string, { name: string; count: number }>();
    const bySection = new Map<string, number>();
    for (const suggestion of view?.suggestions ?? []) {
      if (suggestion.status !== 'open') continue;
      const { id: authorId, name } = suggestion.author;
      byAuthor.set(authorId, { name, count: (byAuthor.get(authorId)?.count ?? 0) + 1 });
      const key = sectionKey(suggestion.section);
      bySection.set(key, (bySection.get(key) ?? 0) + 1);
    }
    // "Accept all from …" once per person with several, not on each of their suggestions.
    const severalBy = [...byAuthor].filter(([, author]) => author.count > 1).sort(([, a], [, b]) => a.name.localeCompare(b.name));
    return { severalBy, bySection };
  }, [view]);

  const toggle = useCallback(
    (itemId: string, next: boolean) => {
      setExpanded((current) => {
        const copy = new Set(current);
        if (next) copy.add(itemId);
        else copy.delete(itemId);
        return copy;
      });
      if (next) setActiveId?.(itemId);
      else if (activeId === itemId) setActiveId?.(null);
    },
    [activeId, setActiveId],
  );
  const isExpanded = useCallback((itemId: string) => expanded.has(itemId), [expanded]);

  // Chosen elsewhere (a highlight in the editor, a link in the summary): shown open here.
  useEffect(() => {
    if (activeId) setExpanded((current) => (current.has(activeId) ? current : new Set(current).add(activeId)));
  }, [activeId]);

  usePanelFocus(id, headingRef, panel?.focus ?? null);

  if (!discussion || !panel) return null;
  const close = () => panel.setOpen(false);

  return (
    <PanelFrame id={id} headingId={`${id}-heading`} wide={panel.wide} onClose={close}>
      <div className="mb-3 flex items-start justify-between gap-2">
        <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1} className="ds-heading" data-size="sm">
          {t('discussion.panel.heading')}
        </h2>
        <button type="button" className="ds-button" data-variant="tertiary" data-size="sm" aria-label={t('discussion.panel.close')} onClick={close}>
          <Icon name="close" />
        </button>
      </div>
      {panel.draft && discussion.canComment && <NewThreadForm key={JSON.stringify(panel.draft)} draft={panel.draft} />}
      <PanelFilters value={panel.filter} counts={counts} onChange={panel.setFilter} />
      {panel.sectionFilter && (
        <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
          <span>{t('discussion.panel.onlySection', { section: sectionLabel(panel.sections, panel.sectionFilter, t) })}</span>
          <SmallButton variant="tertiary" onClick={() => panel.showSection(null)}>
            {t('discussion.panel.allSections')}
          </SmallButton>
          {discussion.canComment && (
            <SmallButton variant="secondary" onClick={() => panel.setDraft({ section: panel.sectionFilter!, range: null })}>
              {t('discussion.panel.commentSection')}
            </SmallButton>
          )}
        </div>
      )}
      {discussion.canDecide && panel.filter === 'open' && openSuggestions.severalBy.length > 0 && (
        <section aria-labelledby={`${id}-by-person`} className="mb-5">
          <h3 id={`${id}-by-person`} className="font-semibold">
            {t('discussion.bulk.byPerson')}
          </h3>
          {openSuggestions.severalBy.map(([authorId, author]) => (
            <BulkDecision key={authorId} target={{ kind: 'author', authorId, name: author.name }} count={author.count} />
          ))}
        </section>
      )}
      <div>
        {view === null ? (
          <p className="text-neutral-text-subtle">{t('discussion.panel.loading')}</p>
        ) : groups.length === 0 ? (
          <p className="text-neutral-text-subtle">{t(`discussion.panel.empty.${panel.filter}`)}</p>
        ) : (
          groups.map((group) => {
            const label = sectionLabel(panel.sections, group.section, t);
            const openHere = openSuggestions.bySection.get(group.sectionKey) ?? 0;
            return (
              <section key={group.sectionKey} aria-labelledby={`${id}-${group.sectionKey}`} className="mb-5">
                <h3 id={`${id}-${group.sectionKey}`} className="mb-2 font-semibold">
                  {label}
                </h3>
                {discussion.canDecide && openHere > 1 && (
                  <BulkDecision target={{ kind: 'section', section: group.section, name: label }} count={openHere} />
                )}
                <ul className="mt-2 flex flex-col gap-3">
                  {group.entries.map((entry) =>
                    entry.kind === 'thread' ? (
                      <ThreadCard key={entry.thread.id} thread={entry.thread} expanded={expanded.has(entry.thread.id)} onToggle={(next) => toggle(entry.thread.id, next)} />
                    ) : (
                      <SuggestionCard
                        key={entry.suggestion.id}
                        suggestion={entry.suggestion}
                        threads={entry.threads}
                        isExpanded={isExpanded}
                        onToggle={toggle}
                      />
                    ),
                  )}
                </ul>
              </section>
            );
          })
        )}
      </div>
      {discussion.role === 'owner' && <DiscussionSettings />}
    </PanelFrame>
  );
}
