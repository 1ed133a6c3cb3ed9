import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeItem } from '../../shared/api/publicPage';
import { FILE_KINDS } from '../../shared/public/fileKinds';
import { knowledgeFilePath, removeKnowledgeItem, updateKnowledgeItem } from '../http/knowledgeApi';
import { ItemActions } from '../plan-editor/ItemActions';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';
import { SaveCancelButtons } from '../ui/SaveCancelButtons';
import { SmallButton } from '../ui/SmallButton';
import { actionError } from './actionError';
import { formatFileSize } from '../plan-editor/knowledge/formatFileSize';
import { KnowledgeFields } from './KnowledgeFields';
import { useKnowledgeFields } from './useKnowledgeFields';

interface Props {
  planId: string;
  item: KnowledgeItem;
  position: number;
  count: number;
  onMove: (direction: 'up' | 'down') => void;
  onChanged: (item: KnowledgeItem) => void;
  onRemoved: () => void;
}

/** One document or link: what it is, moving it, editing its texts, removing it. */
export function KnowledgeRow({
  planId,
  item,
  position,
  count,
  onMove,
  onChanged,
  onRemoved,
}: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const editButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { title } = item;

  const remove = async () => {
    setMessage(null);
    try {
      await removeKnowledgeItem(planId, item.id);
      announce(t('publicSettings.knowledge.removed', { title }));
      onRemoved();
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    }
  };

  return (
    <li data-item-id={item.id} className="rounded-md border border-neutral-border-subtle p-3">
      {editing ? (
        <EditKnowledgeForm
          planId={planId}
          item={item}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged(changed);
            requestAnimationFrame(() => editButton.current?.focus());
          }}
        />
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <div className="min-w-0 flex-1 basis-60">
            <p className="ds-paragraph font-semibold break-words">
              <span className="tabular-nums text-neutral-text-subtle">{position}. </span>
              {title}
            </p>
            {item.description && <p className="ds-paragraph break-words">{item.description}</p>}
            <p className="text-sm break-all text-neutral-text-subtle">
              {item.file ? (
                <a className="ds-link" href={knowledgeFilePath(planId, item.id)} download>
                  {item.file.name}
                </a>
              ) : (
                item.url && (
                  <a className="ds-link" href={item.url} target="_blank" rel="noopener noreferrer">
                    {item.url}
                    <span className="sr-only"> {t('publicSettings.opensInNewTab')}</span>
                  </a>
                )
              )}{' '}
              {item.file
                ? t('publicSettings.knowledge.fileFacts', {
                    kind: FILE_KINDS[item.file.kind].extension.toUpperCase(),
                    size: formatFileSize(item.file.size, i18n.language),
                  })
                : t('publicSettings.knowledge.linkFact')}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <SmallButton
              ref={editButton}
              variant="tertiary"
              aria-label={t('publicSettings.knowledge.editNamed', { title })}
              onClick={() => setEditing(true)}
            >
              {t('publicSettings.edit')}
            </SmallButton>
            <ItemActions
              moveUpLabel={t('publicSettings.moveUp', { title })}
              moveDownLabel={t('publicSettings.moveDown', { title })}
              deleteLabel={t('publicSettings.knowledge.removeNamed', { title })}
              canMoveUp={position > 1}
              canMoveDown={position < count}
              onMove={onMove}
              onDelete={() => setConfirming(true)}
            />
          </div>
        </div>
      )}
      <FormMessage message={message} />
      {confirming && (
        <ConfirmDialog
          title={t('publicSettings.knowledge.removeTitle', { title })}
          text={t(
            item.file
              ? 'publicSettings.knowledge.removeFileText'
              : 'publicSettings.knowledge.removeLinkText',
          )}
          confirmLabel={t('publicSettings.remove')}
          cancelLabel={t('publicSettings.cancel')}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

function EditKnowledgeForm({
  planId,
  item,
  onDone,
}: {
  planId: string;
  item: KnowledgeItem;
  onDone: (changed: KnowledgeItem | null) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const withUrl = item.url !== null;
  const { values, errors, set, check } = useKnowledgeFields(
    { title: item.title, description: item.description, url: item.url ?? '' },
    withUrl,
  );
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  // The fields appear where the button was: put the person in the first one.
  useEffect(() => titleRef.current?.focus(), []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const checked = check();
    if (!checked) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setBusy(true);
    try {
      const changed = await updateKnowledgeItem(planId, item.id, {
        title: checked.title,
        description: checked.description,
        ...(withUrl ? { url: checked.url } : {}),
      });
      announce(t('publicSettings.knowledge.saved', { title: changed.title }));
      onDone(changed);
    } catch (failure) {
      setBusy(false);
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-3"
      aria-label={t('publicSettings.knowledge.editNamed', { title: item.title })}
    >
      <KnowledgeFields
        values={values}
        errors={errors}
        set={set}
        withUrl={withUrl}
        titleRef={titleRef}
      />
      <FormMessage message={message} />
      <div className="flex flex-wrap gap-2">
        <SaveCancelButtons
          saveLabel={t('publicSettings.save')}
          cancelLabel={t('publicSettings.cancel')}
          busy={busy}
          onCancel={() => onDone(null)}
        />
      </div>
    </form>
  );
}
