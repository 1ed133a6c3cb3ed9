import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../../shared/api/publicPage';
import { fetchBlob, saveBlob } from '../../export/downloadExport';
import { ApiError } from '../../http/request';
import { inputsCsvUrl, summaryUrl } from '../../http/inputsApi';
import { DEFAULT_LANGUAGE, isLanguage } from '../../i18n/languages';
import { useAnnounce } from '../../ui/announcerContext';
import { FormMessage } from '../../ui/FormMessage';
import { fileNameOf } from '../fileNameOf';

type Kind = 'docx' | 'pdf' | 'csv';

const FALLBACK_NAMES: Record<Kind, string> = {
  docx: 'hoeringsoppsummering.docx',
  pdf: 'hoeringsoppsummering.pdf',
  csv: 'innspill.csv',
};

/**
 * The høringsoppsummering (DOCX, PDF/A) for a chosen consultation in the reader's language, and
 * every input as CSV. Fetched first, so a refusal is said on the page, then saved.
 */
export function InboxDownloads({
  planId,
  consultations,
}: {
  planId: string;
  consultations: readonly Consultation[];
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const id = useId();
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
  const latest = consultations[consultations.length - 1]?.id ?? '';
  const [consultation, setConsultation] = useState<string | null>(null);
  const chosen = consultation ?? latest;
  const [busy, setBusy] = useState<Kind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const download = async (kind: Kind) => {
    if (busy) return;
    const current = new AbortController();
    controller.current = current;
    setBusy(kind);
    setError(null);
    const url =
      kind === 'csv'
        ? inputsCsvUrl(planId, chosen || null)
        : summaryUrl(planId, kind, chosen || null, language);
    try {
      const { blob, response } = await fetchBlob(url, current.signal);
      const file = fileNameOf(response.headers.get('content-disposition'), FALLBACK_NAMES[kind]);
      saveBlob(blob, file);
      announce(t('inbox.downloads.done', { file }));
    } catch (failure) {
      if (current.signal.aborted) return;
      setError(
        failure instanceof ApiError && (failure.status === 403 || failure.status === 401)
          ? t('inbox.downloads.forbidden')
          : failure instanceof TypeError
            ? t('inbox.downloads.network')
            : t('inbox.downloads.failed'),
      );
    } finally {
      setBusy(null);
      controller.current = null;
    }
  };

  const button = (kind: Kind) => (
    <button
      type="button"
      className="ds-button"
      data-variant="secondary"
      aria-disabled={busy !== null || undefined}
      onClick={() => void download(kind)}
    >
      {busy === kind ? t('inbox.downloads.preparing') : t(`inbox.downloads.${kind}`)}
    </button>
  );

  return (
    <section aria-labelledby={`${id}-heading`} className="mb-10">
      <h2 id={`${id}-heading`} className="ds-heading mb-2" data-size="xs">
        {t('inbox.downloads.heading')}
      </h2>
      <p className="ds-paragraph mb-4" data-size="sm">
        {t('inbox.downloads.intro')}
      </p>
      <div className="ds-field mb-4">
        <label className="ds-label" htmlFor={`${id}-consultation`}>
          {t('inbox.downloads.consultation')}
        </label>
        <select
          id={`${id}-consultation`}
          className="ds-input w-full sm:w-auto"
          value={chosen}
          onChange={(event) => setConsultation(event.target.value)}
        >
          {consultations.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
          <option value="">{t('inbox.downloads.allInput')}</option>
        </select>
      </div>
      <div className="flex flex-wrap gap-3">
        {button('docx')}
        {button('pdf')}
        {button('csv')}
      </div>
      <div className="mt-3">
        <FormMessage message={error} />
      </div>
    </section>
  );
}
