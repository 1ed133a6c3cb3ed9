import { useId, useRef } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { FileLimits } from '../../../shared/public/fileKinds';
import { SmallButton } from '../../ui/SmallButton';
import { ACCEPT, attachmentProblems, type AttachmentProblem } from '../attachmentCheck';
import { formatFileSize } from '../../plan-editor/knowledge/formatFileSize';

interface Props {
  files: readonly File[];
  onChange: (files: File[]) => void;
}

function problemText(t: TFunction, problem: AttachmentProblem): string {
  switch (problem.kind) {
    case 'tooMany':
      return t('inbox.register.files.tooMany', { max: problem.max });
    case 'tooLarge':
      return t('inbox.register.files.tooLarge', { name: problem.name, max: problem.maxMb });
    case 'wrongType':
      return t('inbox.register.files.wrongType', { name: problem.name });
    default: {
      const never: never = problem;
      return never;
    }
  }
}

/** The files' problems in words, for the form to refuse sending while there are any. */
export function useAttachmentErrors(files: readonly File[]): string[] {
  const { t } = useTranslation();
  return attachmentProblems(files).map((problem) => problemText(t, problem));
}

/**
 * Up to three attachments, chosen in one go or several; each listed with a button that takes
 * it out again. Kind and size are checked here first (the server checks the content again).
 */
export function AttachmentPicker({ files, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const pickerRef = useRef<HTMLInputElement>(null);
  const errors = useAttachmentErrors(files);
  const language = i18n.resolvedLanguage ?? 'nb';
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={`${id}-picker`}>
        {t('inbox.register.files.label')}
      </label>
      <div data-field="description" id={`${id}-help`}>
        {t('inbox.register.files.help', { max: FileLimits.inputMaxFiles })}
      </div>
      <input
        ref={pickerRef}
        id={`${id}-picker`}
        type="file"
        multiple
        accept={ACCEPT}
        className="ds-input"
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={`${id}-help${errors.length > 0 ? ` ${id}-errors` : ''}`}
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          // The picker only adds: what was chosen before stays, listed below.
          event.target.value = '';
          if (chosen.length > 0) onChange([...files, ...chosen]);
        }}
      />
      {files.length > 0 && (
        <ul className="mt-2 flex flex-col gap-2" aria-label={t('inbox.register.files.chosen')}>
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`} className="flex flex-wrap items-center gap-2">
              <span className="break-all">
                {file.name} ({formatFileSize(file.size, language)})
              </span>
              <SmallButton
                variant="tertiary"
                onClick={() => {
                  onChange(files.filter((_, other) => other !== index));
                  pickerRef.current?.focus();
                }}
              >
                {t('inbox.register.files.remove')}
                <span className="ds-sr-only"> {file.name}</span>
              </SmallButton>
            </li>
          ))}
        </ul>
      )}
      {errors.length > 0 && (
        <div id={`${id}-errors`}>
          {errors.map((error) => (
            <p key={error} className="ds-validation-message" data-color="danger">
              {error}
            </p>
          ))}
        </div>
      )}
    </div>
  );
}
