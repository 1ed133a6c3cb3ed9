import { usePage } from '../context';
import { formatSize } from '../format';
import { addFiles } from '../formErrors';
import { ACCEPTED_FILES, FormLimits } from '../limits';
import { controlProps, Field } from './Field';

/**
 * Up to three attachments, checked in the browser (count, size, kind by name) as they are
 * picked, so a refused file is said at once; the server checks each file's content again.
 */
export function AttachmentsField(props: {
  files: readonly File[];
  onChange: (files: File[]) => void;
  error: string | null;
  onError: (message: string | null) => void;
}) {
  const { t, language, announce } = usePage();
  const { files, onChange, error, onError } = props;
  return (
    <Field
      id="input-files"
      label={t('filesLabel')}
      hint={t('filesHint', {
        max: FormLimits.maxFiles,
        size: FormLimits.maxFileBytes / (1024 * 1024),
      })}
      error={error}
    >
      <input
        {...controlProps('input-files', true, error)}
        className="ds-input"
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        onChange={(event) => {
          const picked = Array.from(event.target.files ?? []);
          // The list below is what will be sent; the picker only adds to it.
          event.target.value = '';
          if (picked.length === 0) return;
          const result = addFiles(files, picked, t);
          onError(result.error);
          if (result.error) {
            announce(result.error);
            return;
          }
          onChange(result.files);
          announce(picked.map((file) => t('fileAdded', { name: file.name })).join(' '));
        }}
      />
      {files.length > 0 && (
        <ul className="flex flex-col gap-2">
          {files.map((file, index) => (
            <li
              key={`${file.name}-${index}`}
              className="flex flex-wrap items-center gap-x-3 break-all"
            >
              <span>
                {file.name} ({formatSize(file.size, language)})
              </span>
              <button
                type="button"
                className="ds-button"
                data-variant="tertiary"
                data-size="sm"
                aria-label={t('removeFile', { name: file.name })}
                onClick={() => {
                  onChange(files.filter((_, i) => i !== index));
                  onError(null);
                  announce(t('fileRemoved', { name: file.name }));
                }}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}
