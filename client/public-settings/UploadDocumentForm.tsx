import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeItem } from '../../shared/api/publicPage';
import { FileLimits } from '../../shared/public/fileKinds';
import { uploadKnowledgeFile } from '../http/knowledgeApi';
import { useAnnounce } from '../ui/announcerContext';
import { FormMessage } from '../ui/FormMessage';
import { SubmitButton } from '../ui/SubmitButton';
import { actionError } from './actionError';
import { formatFileSize } from '../plan-editor/knowledge/formatFileSize';
import { checkDocument, DOCUMENT_ACCEPT } from './documentCheck';
import { KnowledgeFields } from './KnowledgeFields';
import { useKnowledgeFields } from './useKnowledgeFields';

const EMPTY = { title: '', description: '', url: '' };
const MAX_MB = FileLimits.knowledgeMaxBytes / (1024 * 1024);

/**
 * Uploads a document (PDF, DOCX, ODT, XLSX, at most 20 MB) with its title and description. The
 * kind and size are checked here first; the server checks the content. Progress is shown as a
 * progress bar with its percentage, and the outcome is announced.
 */
export function UploadDocumentForm({
  planId,
  onAdded,
}: {
  planId: string;
  onAdded: (item: KnowledgeItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const { values, errors, set, check, reset } = useKnowledgeFields(EMPTY, false);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const busy = progress !== null;

  const fileProblem = (chosen: File | null): string | null => {
    if (!chosen) return t('publicSettings.knowledge.fileRequired');
    const problem = checkDocument(chosen);
    if (problem === 'wrong-type')
      return t('publicSettings.knowledge.fileWrongType', { name: chosen.name });
    if (problem === 'too-large')
      return t('publicSettings.knowledge.fileTooLarge', {
        name: chosen.name,
        size: formatFileSize(chosen.size, i18n.language),
        max: MAX_MB,
      });
    if (problem === 'empty') return t('publicSettings.knowledge.fileEmpty', { name: chosen.name });
    return null;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setMessage(null);
    const checked = check();
    const problem = fileProblem(file);
    setFileError(problem);
    if (!checked || problem || !file) {
      requestAnimationFrame(() =>
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    setProgress(0);
    try {
      const item = await uploadKnowledgeFile(
        planId,
        { title: checked.title, description: checked.description, file },
        setProgress,
      );
      onAdded(item);
      reset();
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      announce(t('publicSettings.knowledge.uploaded', { title: item.title }));
      titleRef.current?.focus();
    } catch (failure) {
      const kind = actionError(failure);
      if (kind === 'file-wrong-type') {
        setFileError(t('publicSettings.knowledge.fileWrongTypeServer', { name: file.name }));
        fileRef.current?.focus();
      } else if (kind === 'file-too-large') {
        setFileError(
          t('publicSettings.knowledge.fileTooLargeServer', { name: file.name, max: MAX_MB }),
        );
        fileRef.current?.focus();
      } else setMessage(t(`publicSettings.errors.${kind}`));
    } finally {
      setProgress(null);
    }
  };

  const percent = progress === null ? 0 : Math.round(progress * 100);
  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => void submit(event)}
      className="flex flex-col gap-4"
      aria-busy={busy || undefined}
    >
      <KnowledgeFields
        values={values}
        errors={errors}
        set={set}
        withUrl={false}
        titleRef={titleRef}
      />
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-file`}>
          {t('publicSettings.knowledge.fileLabel')}
        </label>
        <div data-field="description" id={`${id}-file-help`}>
          {t('publicSettings.knowledge.fileHelp', { max: MAX_MB })}
        </div>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept={DOCUMENT_ACCEPT}
          className="ds-input h-auto py-2"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? `${id}-file-help ${id}-file-error` : `${id}-file-help`}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            setFile(chosen);
            setFileError(chosen ? fileProblem(chosen) : null);
          }}
        />
        {fileError && (
          <p className="ds-validation-message" data-color="danger" id={`${id}-file-error`}>
            {fileError}
          </p>
        )}
      </div>
      {busy && (
        <div className="flex flex-col gap-1" data-testid="upload-progress">
          <label htmlFor={`${id}-progress`} className="text-sm">
            {t('publicSettings.knowledge.uploading', { percent })}
          </label>
          <progress id={`${id}-progress`} max={100} value={percent} className="w-full" />
        </div>
      )}
      <FormMessage message={message} />
      <SubmitButton
        busy={busy}
        label={t('publicSettings.knowledge.upload')}
        busyLabel={t('publicSettings.knowledge.uploadingShort')}
      />
    </form>
  );
}
