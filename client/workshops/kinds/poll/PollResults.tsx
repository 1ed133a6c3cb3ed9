import { useTranslation } from 'react-i18next';

/** A poll's answers as a table with counts and shares; the bars only repeat them for the eye. */
export function PollResults({
  prompt,
  options,
  respondents,
}: {
  prompt: string;
  options: readonly { label: string; count: number | null }[];
  respondents: number;
}) {
  const { t } = useTranslation();
  if (options.some((option) => option.count === null)) {
    // Only in an anonymous workshop with fewer than 3 answers, once the workshop is over.
    return (
      <>
        <p className="mb-3 text-neutral-text-subtle">{t('workshopResults.respondents', { count: respondents })}</p>
        <p className="ds-paragraph">{t('workshopResults.pollTooFew')}</p>
      </>
    );
  }
  const total = options.reduce((sum, option) => sum + (option.count ?? 0), 0);
  const max = Math.max(1, ...options.map((option) => option.count ?? 0));
  return (
    <>
      <p className="mb-3 text-neutral-text-subtle">{t('workshopResults.respondents', { count: respondents })}</p>
      <table className="ds-table w-full" data-border="true">
        <caption className="sr-only">{t('workshopResults.pollCaption', { prompt })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshopResults.option')}</th>
            <th scope="col">{t('workshopResults.count')}</th>
            <th scope="col">{t('workshopResults.share')}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((option, index) => (
            <tr key={index}>
              <th scope="row" className="break-words font-normal">
                {option.label}
              </th>
              <td className="tabular-nums">{option.count}</td>
              <td>
                <div className="flex items-center gap-2">
                  <span className="min-w-10 tabular-nums">
                    {total === 0 ? 0 : Math.round(((option.count ?? 0) / total) * 100)} %
                  </span>
                  <span aria-hidden="true" className="h-3 flex-1 rounded bg-neutral-background-tinted">
                    <span
                      className="block h-3 rounded bg-accent-base-default"
                      style={{ width: `${((option.count ?? 0) / max) * 100}%` }}
                    />
                  </span>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
