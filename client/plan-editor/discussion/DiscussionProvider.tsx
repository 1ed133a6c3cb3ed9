import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import * as Y from 'yjs';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/auth/roles';
import { mayComment, mayDecide, mayReadDiscussion, maySuggest } from '../../../shared/discussion/permissions';
import { DEFAULT_DISCUSSION_SETTINGS, type SectionRef } from '../../../shared/discussion/types';
import { usePlanEditor } from '../planEditorContext';
import { DiscussionContext, type DiscussionContextValue, type EditMode, type SelectionAnchor } from './discussionContext';
import { effectiveEditMode, storeEditMode, storedEditMode } from './editMode';
import { filterShowing, type ThreadFilter } from './filters';
import { DiscussionPanelContext, type DiscussionPanelState, type FocusRequest, type PanelFocus } from './panelContext';
import { sectionDirectory, type SectionDirectory } from './sectionNames';
import { NOTHING_UNREAD, sectionCounts, unreadSummary } from './unread';
import { useDiscussion } from './useDiscussion';
import { useDiscussionAnnouncements } from './useDiscussionAnnouncements';
import { useDiscussionPeople } from './useDiscussionPeople';
import { useEditorRegistry } from './useEditorRegistry';
import { useMediaQuery } from './useMediaQuery';
import { usePlanVersion } from './usePlanVersion';
import { useSeenMarks } from './useSeenMarks';

interface Props {
  planId: string;
  /** From the plan's HTTP answer; null when unknown (offline): the discussion then stays off. */
  role: Role | null;
  children: ReactNode;
}

/** Tailwind's `lg`: from here the panel fits beside the document. */
const WIDE = '(min-width: 64rem)';

/**
 * The plan's discussion for everything inside an open plan: the threads and suggestions, who
 * the person is and what they may do, the editing mode, and the side panel's state. Off (both
 * contexts null) for those who may not read it: participants, or while the role is unknown.
 */
export function DiscussionProvider({ planId, role, children }: Props) {
  const { t } = useTranslation();
  const { doc } = usePlanEditor();
  const enabled = mayReadDiscussion(role);
  const { view, send } = useDiscussion(planId, enabled);
  const people = useDiscussionPeople(planId, enabled);
  const me = people?.me ?? null;
  const settings = view?.settings ?? DEFAULT_DISCUSSION_SETTINGS;
  const { seen, markSeen } = useSeenMarks(planId, enabled);
  const { registerEditor, reveal: revealInEditor } = useEditorRegistry();
  const wide = useMediaQuery(WIDE);
  const toggleId = useId();

  const [chosenMode, setChosenMode] = useState<{ planId: string; mode: EditMode }>(() => ({ planId, mode: storedEditMode(planId) }));
  const mode = effectiveEditMode(chosenMode.planId === planId ? chosenMode.mode : storedEditMode(planId), role, settings);
  const setMode = useCallback(
    (next: EditMode) => {
      setChosenMode({ planId, mode: next });
      storeEditMode(planId, next);
    },
    [planId],
  );

  const [activeId, setActiveId] = useState<string | null>(null);
  const [open, setOpenState] = useState(false);
  const [filter, setFilter] = useState<ThreadFilter>('open');
  const [sectionFilter, setSectionFilter] = useState<SectionRef | null>(null);
  const [draft, setDraft] = useState<SelectionAnchor | null>(null);
  const [focus, setFocus] = useState<PanelFocus | null>(null);
  const nonce = useRef(0);
  const focusOn = useCallback((request: FocusRequest) => {
    nonce.current += 1;
    setFocus({ ...request, nonce: nonce.current });
  }, []);

  const setOpen = useCallback(
    (next: boolean) => {
      setOpenState(next);
      if (next) focusOn({ target: 'heading' });
      else requestAnimationFrame(() => document.getElementById(toggleId)?.focus());
    },
    [focusOn, toggleId],
  );

  const showSection = useCallback(
    (section: SectionRef | null) => {
      setSectionFilter(section);
      setFilter('open');
      setOpenState(true);
      focusOn({ target: 'heading' });
    },
    [focusOn],
  );

  // Read through refs so these stay one function each while the discussion and filters change.
  const latest = useRef({ view, filter, sectionFilter, meId: people?.me.id ?? null });
  useEffect(() => {
    latest.current = { view, filter, sectionFilter, meId: people?.me.id ?? null };
  }, [view, filter, sectionFilter, people]);
  const openAt = useCallback(
    (id: string, move: boolean) => {
      const { view: current, filter: shownFilter, sectionFilter: shownSection, meId: me } = latest.current;
      // Listed under a filter that shows it, or it could not be found in the panel.
      const showing = filterShowing(current, id, { filter: shownFilter, section: shownSection }, me);
      setFilter(showing.filter);
      setSectionFilter(showing.section);
      setActiveId(id);
      setOpenState(true);
      focusOn({ target: 'item', id, move });
    },
    [focusOn],
  );
  const showItem = useCallback((id: string) => openAt(id, true), [openAt]);

  // Chosen in the editor (a click or Enter on a highlight): shown beside the text on a wide
  // screen without taking focus from it; on a narrow one the panel would cover the text.
  const chooseInEditor = useCallback(
    (id: string | null) => {
      if (id !== null && wide) openAt(id, false);
      else setActiveId(id);
    },
    [wide, openAt],
  );

  const startComment = useCallback(
    (anchor: SelectionAnchor) => {
      setDraft(anchor);
      setOpenState(true);
      focusOn({ target: 'composer' });
    },
    [focusOn],
  );

  // On a narrow screen the panel covers the document: it steps aside for the text to be seen.
  const reveal = useCallback(
    (section: SectionRef, range: { start: string; end: string } | null) => {
      if (wide) return revealInEditor(section, range);
      setOpenState(false);
      requestAnimationFrame(() => revealInEditor(section, range));
    },
    [wide, revealInEditor],
  );

  // Closed, the panel shows none of the text, only section names (badges): typing changes none.
  const planVersion = usePlanVersion(doc, 300, open ? undefined : changesSectionNames);
  const freshSections = useMemo(
    () => sectionDirectory(doc, t),
    // planVersion stands for the document's content, which the directory is read from.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, t, planVersion],
  );
  // The same directory while typing leaves every section's name as it was, so the panel's
  // context (read by a badge beside every section) does not change with each planVersion.
  const sectionsSignature = directorySignature(freshSections);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const sections = useMemo(() => freshSections, [sectionsSignature]);
  const meId = me?.id ?? null;
  const unread = useMemo(() => (view ? unreadSummary(view.threads, seen, meId) : NOTHING_UNREAD), [view, seen, meId]);
  const counts = useMemo(() => (view ? sectionCounts(view, unread) : new Map()), [view, unread]);
  useDiscussionAnnouncements(enabled ? view : null, meId, activeId);

  const canComment = enabled && mayComment(role, settings);
  const canSuggest = enabled && maySuggest(role);
  const canDecide = enabled && mayDecide(role, settings);
  const discussion = useMemo<DiscussionContextValue>(
    () => ({
      view,
      send,
      me,
      role,
      canComment,
      canSuggest,
      canDecide,
      mode,
      setMode,
      startComment,
      activeId,
      setActiveId: chooseInEditor,
      registerEditor,
      reveal,
      showInPanel: showItem,
    }),
    [view, send, me, role, canComment, canSuggest, canDecide, mode, setMode, startComment, activeId, chooseInEditor, registerEditor, reveal, showItem],
  );

  const panel = useMemo<DiscussionPanelState>(
    () => ({
      planId,
      open,
      setOpen,
      filter,
      setFilter,
      sectionFilter,
      showSection,
      showItem,
      select: setActiveId,
      focus,
      draft,
      setDraft,
      people: people?.people ?? [],
      seen,
      unread,
      markSeen,
      counts,
      sections,
      planVersion,
      wide,
      toggleId,
    }),
    [planId, open, setOpen, filter, sectionFilter, showSection, showItem, focus, draft, people, seen, unread, markSeen, counts, sections, planVersion, wide, toggleId],
  );

  return (
    <DiscussionContext.Provider value={enabled ? discussion : null}>
      <DiscussionPanelContext.Provider value={enabled ? panel : null}>{children}</DiscussionPanelContext.Provider>
    </DiscussionContext.Provider>
  );
}

/** Typing in a rich-text field (the common change) renames no section; a title or the shape may. */
function changesSectionNames(transaction: Y.Transaction): boolean {
  for (const type of transaction.changed.keys())
    if (!(type instanceof Y.XmlFragment || type instanceof Y.XmlText)) return true;
  return false;
}

/** Equal for two directories that name the same sections in the same order. */
function directorySignature(directory: SectionDirectory): string {
  return directory.order.map((key) => `${key}\u0000${directory.byKey.get(key)?.label ?? ''}`).join('\u0001');
}
