import { useTranslation } from 'react-i18next';
import { apiPath } from '../http/request';

const FORMATS = [
  ['docx', 'compare.reportDocx'],
  ['pdf', 'compare.reportPdf'],
  ['html', 'compare.reportHtml'],
] as const;

/** Plain download links: the session cookie goes along, so no script is needed. */
export function ChangeReportLinks({ planId, from, to }: { planId: string; from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const query = (format: string) =>
    new URLSearchParams({ from, to, format, lang: i18n.resolvedLanguage ?? 'nb' }).toString();
  return (
    <section aria-labelledby="change-report-heading" className="mt-8">
      <h2 id="change-report-heading" className="text-xl font-semibold">
        {t('compare.reportHeading')}
      </h2>
      <p className="mt-1">{t('compare.reportIntro')}</p>
      <ul className="mt-2 list-disc pl-6">
        {FORMATS.map(([format, label]) => (
          <li key={format}>
            <a className="ds-link" href={`${apiPath`/api/plans/${planId}/changes`}?${query(format)}`} download>
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
