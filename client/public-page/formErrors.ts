import type { Language } from '../i18n/languages';
import type { SubmitRefusal } from './api';
import { formatNumber } from './format';
import type { Translate } from './i18n/translate';
import { FormLimits, looksAccepted } from './limits';

/** The form's fields that can be wrong, by the id of their input. */
export type FieldId = 'input-text' | 'input-organisation' | 'input-email' | 'input-files';

/** One message for the error summary; `field` is where it links and which input is marked. */
export interface FormError {
  field: FieldId | null;
  message: string;
}

export interface Draft {
  text: string;
  organisationRequired: boolean;
  organisation: string;
  email: string;
}

const MAX_MB = FormLimits.maxFileBytes / (1024 * 1024);

/** What the browser can check before sending; the server checks all of it again. */
export function checkDraft(draft: Draft, t: Translate, language: Language): FormError[] {
  const errors: FormError[] = [];
  const length = draft.text.trim().length;
  if (length === 0) errors.push({ field: 'input-text', message: t('error.textRequired') });
  if (length > FormLimits.textMax) {
    errors.push({
      field: 'input-text',
      message: t('error.textTooLong', {
        max: formatNumber(FormLimits.textMax, language),
        count: formatNumber(length, language),
      }),
    });
  }
  if (draft.organisationRequired && draft.organisation.trim() === '') {
    errors.push({ field: 'input-organisation', message: t('error.orgRequired') });
  }
  const email = draft.email.trim();
  if (
    email !== '' &&
    (email.length > FormLimits.emailMax || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
  ) {
    errors.push({ field: 'input-email', message: t('error.email') });
  }
  return errors;
}

export interface FileLike {
  name: string;
  size: number;
}

/**
 * Files a person picks are added to those already chosen, all or none: the first problem
 * (too many, too large, not an accepted kind) refuses the pick with its message.
 */
export function addFiles<F extends FileLike>(
  chosen: readonly F[],
  picked: readonly F[],
  t: Translate,
): { files: F[]; error: string | null } {
  const refuse = (error: string) => ({ files: [...chosen], error });
  if (chosen.length + picked.length > FormLimits.maxFiles) {
    return refuse(t('error.tooManyFiles', { max: FormLimits.maxFiles }));
  }
  for (const file of picked) {
    if (file.size > FormLimits.maxFileBytes)
      return refuse(t('error.fileTooLarge', { name: file.name, size: MAX_MB }));
    if (!looksAccepted(file)) return refuse(t('error.fileWrongType', { name: file.name }));
  }
  return { files: [...chosen, ...picked], error: null };
}

/** The server's refusal in the visitor's words, tied to the attachments when it is about them. */
export function refusalError(refusal: SubmitRefusal, t: Translate): FormError {
  switch (refusal.code) {
    case 'input-closed':
      return { field: null, message: t('error.inputClosed') };
    case 'form-expired':
      return { field: null, message: t('error.formExpired') };
    case 'spam-suspected':
      return { field: null, message: t('error.spam') };
    case 'file-too-large':
    case 'payload-too-large':
      return { field: 'input-files', message: t('error.serverFileTooLarge', { size: MAX_MB }) };
    case 'file-wrong-type':
      return { field: 'input-files', message: t('error.serverFileWrongType') };
    case 'too-many-files':
      return {
        field: 'input-files',
        message: t('error.tooManyFiles', { max: FormLimits.maxFiles }),
      };
    case 'rate-limited': {
      const minutes = Math.ceil((refusal.retryAfterSeconds ?? 600) / 60);
      return {
        field: null,
        message: minutes > 1 ? t('error.rateLimited', { minutes }) : t('error.rateLimitedMinute'),
      };
    }
    case 'network':
      return { field: null, message: t('error.network') };
    case 'internal':
      return { field: null, message: t('error.server') };
    default:
      return { field: null, message: t('error.badRequest') };
  }
}
