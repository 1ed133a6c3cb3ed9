import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DISCUSSION_SETTINGS, type DiscussionSettings as Settings } from '../../../shared/discussion/types';
import { useAnnounce } from '../../ui/announcerContext';
import { useDiscussionContext } from './discussionContext';
import { saveDiscussionSettings } from './discussionApi';
import { ErrorText } from './ErrorText';
import { useDiscussionPanel } from './panelContext';

const KEYS = ['observersMayComment', 'editorsMayDecide', 'suggestOnly'] as const satisfies readonly (keyof Settings)[];

/**
 * The owner's settings for the discussion, folded away at the panel's foot. Each box is saved
 * as it changes; what is shown otherwise is the live value the server mirrors into the
 * discussion, so another owner's change appears here too.
 */
export function DiscussionSettings() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const discussion = useDiscussionContext();
  const panel = useDiscussionPanel();
  const id = useId();
  const [pending, setPending] = useState<Settings | null>(null);
  // What the server stored, until its mirror in the discussion has caught up (no flicker back).
  const [saved, setSaved] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = discussion?.view?.settings ?? DEFAULT_DISCUSSION_SETTINGS;
  const shown = pending ?? saved ?? live;
  const { observersMayComment, editorsMayDecide, suggestOnly } = live;
  useEffect(() => setSaved(null), [observersMayComment, editorsMayDecide, suggestOnly]);
  if (!panel) return null;

  const change = async (key: (typeof KEYS)[number], value: boolean) => {
    if (pending) return;
    const next = { ...shown, [key]: value };
    setPending(next);
    setError(null);
    try {
      setSaved(await saveDiscussionSettings(panel.planId, next));
      announce(t('discussion.settings.saved'));
    } catch {
      setError(t('discussion.settings.failed'));
    } finally {
      setPending(null);
    }
  };

  return (
    <details className="mt-4 border-t border-neutral-border-subtle pt-3">
      <summary className="cursor-pointer font-semibold">{t('discussion.settings.heading')}</summary>
      <fieldset className="ds-fieldset mt-2" aria-busy={pending !== null || undefined}>
        <legend className="sr-only">{t('discussion.settings.heading')}</legend>
        {KEYS.map((key) => (
          <div className="ds-field" key={key}>
            <input
              id={`${id}-${key}`}
              type="checkbox"
              className="ds-input"
              checked={shown[key]}
              aria-describedby={`${id}-${key}-help`}
              onChange={(event) => void change(key, event.target.checked)}
            />
            <label className="ds-label" data-weight="regular" htmlFor={`${id}-${key}`}>
              {t(`discussion.settings.${key}`)}
            </label>
            <div data-field="description" id={`${id}-${key}-help`}>
              {t(`discussion.settings.${key}Help`)}
            </div>
          </div>
        ))}
      </fieldset>
      <ErrorText error={error} />
    </details>
  );
}
