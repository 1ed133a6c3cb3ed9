import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeItem } from '../../shared/api/publicPage';
import { addKnowledgeLink } from '../http/knowledgeApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { actionError } from './actionError';
import { KnowledgeFields } from './KnowledgeFields';
import { useKnowledgeFields } from './useKnowledgeFields';

const EMPTY = { title: '', description: '', url: '' };

/** Adds a link to the knowledge base; focus returns to the title, ready for the next one. */
export function AddLinkForm({
  planId,
  onAdded,
}: {
  planId: string;
  onAdded: (item: KnowledgeItem) => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { values, errors, set, check, reset } = useKnowledgeFields(EMPTY, true);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);

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
      const item = await addKnowledgeLink(planId, checked);
      onAdded(item);
      reset();
      announce(t('publicSettings.knowledge.linkAdded', { title: item.title }));
      titleRef.current?.focus();
    } catch (failure) {
      setMessage(t(`publicSettings.errors.${actionError(failure)}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
    >
      <KnowledgeFields values={values} errors={errors} set={set} withUrl titleRef={titleRef} />
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('publicSettings.knowledge.addLink')}
        busyLabel={t('publicSettings.saving')}
      />
    </form>
  );
}
