import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INPUT_STATUSES,
  InputLimits,
  type BulkInputBody,
  type InputStatus,
} from '../../../shared/api/inputs';
import { bulkUpdateInputs } from '../../http/inputsApi';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';

interface Props {
  planId: string;
  selectedIds: readonly string[];
  /** Tags in use, offered while typing. */
  tags: readonly string[];
  onChanged: () => void;
}

type Action = 'status' | 'addTag' | 'removeTag';

/**
 * One change to every selected input: a status, or a tag added or removed. Focus stays on the
 * button that was pressed; the outcome is shown beside it and said politely.
 */
export function BulkActions({ planId, selectedIds, tags, onChanged }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const [status, setStatus] = useState<InputStatus>('in-progress');
  const [tag, setTag] = useState('');
  const [busy, setBusy] = useState<Action | null>(null);
  const [outcome, setOutcome] = useState<{ text: string; tone: 'danger' | 'success' } | null>(null);

  const run = async (action: Action) => {
    if (busy) return;
    if (selectedIds.length === 0) {
      setOutcome({ text: t('inbox.bulk.noneSelected'), tone: 'danger' });
      return;
    }
    const trimmed = tag.trim();
    if (action !== 'status' && !trimmed) {
      setOutcome({ text: t('inbox.bulk.tagRequired'), tone: 'danger' });
      return;
    }
    const body: BulkInputBody =
      action === 'status'
        ? { ids: [...selectedIds], status }
        : action === 'addTag'
          ? { ids: [...selectedIds], addTag: trimmed }
          : { ids: [...selectedIds], removeTag: trimmed };
    setBusy(action);
    setOutcome(null);
    try {
      const { updated } = await bulkUpdateInputs(planId, body);
      const text =
        action === 'status'
          ? t('inbox.bulk.statusSet', { count: updated, status: t(`inbox.status.${status}`) })
          : action === 'addTag'
            ? t('inbox.bulk.tagAdded', { count: updated, tag: trimmed })
            : t('inbox.bulk.tagRemoved', { count: updated, tag: trimmed });
      setOutcome({ text, tone: 'success' });
      announce(text);
      onChanged();
    } catch {
      setOutcome({ text: t('inbox.bulk.failed'), tone: 'danger' });
    } finally {
      setBusy(null);
    }
  };

  const label = (action: Action, idle: string) => (busy === action ? t('inbox.bulk.saving') : idle);
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="mb-6 rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4"
    >
      <h2 id={`${id}-heading`} className="ds-heading mb-1" data-size="2xs">
        {t('inbox.bulk.heading')}
      </h2>
      <p className="ds-paragraph mb-4" data-size="sm" data-testid="bulk-count">
        {t('inbox.bulk.selected', { count: selectedIds.length })}
      </p>
      <div className="flex flex-col gap-4 sm:flex-row sm:flex-wrap sm:items-end">
        <div className="flex flex-wrap items-end gap-2">
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-status`}>
              {t('inbox.bulk.status')}
            </label>
            <select
              id={`${id}-status`}
              className="ds-input w-auto"
              value={status}
              onChange={(event) => setStatus(event.target.value as InputStatus)}
            >
              {INPUT_STATUSES.map((value) => (
                <option key={value} value={value}>
                  {t(`inbox.status.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <SmallButton
            variant="secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void run('status')}
          >
            {label('status', t('inbox.bulk.setStatus'))}
          </SmallButton>
        </div>
        <div className="flex flex-wrap items-end gap-2">
          <div className="ds-field">
            <label className="ds-label" htmlFor={`${id}-tag`}>
              {t('inbox.bulk.tag')}
            </label>
            <input
              id={`${id}-tag`}
              className="ds-input w-auto"
              list={`${id}-tags`}
              value={tag}
              maxLength={InputLimits.tagMax}
              onChange={(event) => setTag(event.target.value)}
            />
            <datalist id={`${id}-tags`}>
              {tags.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
          </div>
          <SmallButton
            variant="secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void run('addTag')}
          >
            {label('addTag', t('inbox.bulk.addTag'))}
          </SmallButton>
          <SmallButton
            variant="secondary"
            aria-disabled={busy !== null || undefined}
            onClick={() => void run('removeTag')}
          >
            {label('removeTag', t('inbox.bulk.removeTag'))}
          </SmallButton>
        </div>
      </div>
      <div className="mt-3">
        {/* Success is announced through the app's announcer; problems through this live region. */}
        <FormMessage message={outcome?.tone === 'danger' ? outcome.text : null} />
        {outcome?.tone === 'success' && (
          <div className="ds-alert" data-color="success">
            <p>{outcome.text}</p>
          </div>
        )}
      </div>
    </section>
  );
}
