import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../shared/workshop/coverage';

/**
 * Rows: associations (the list's, then those written in); columns: workshops, oldest first;
 * cells: participants. Wide tables scroll sideways in a region that keyboard users can focus.
 */
export function CoverageTable({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const cell = 'border-b border-neutral-border-subtle px-3 py-2';
  const number = `${cell} text-right tabular-nums`;
  return (
    <div
      className="overflow-x-auto"
      role="region"
      aria-labelledby="coverage-table-caption"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard
      tabIndex={0}
    >
      <table className="w-full border-collapse text-left" data-testid="coverage-table">
        <caption id="coverage-table-caption" className="mb-2 text-left text-neutral-text-subtle">
          {t('coverage.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={cell}>
              {t('coverage.association')}
            </th>
            {coverage.workshops.map((workshop) => (
              <th key={workshop.id} scope="col" className={`${cell} text-right break-words`}>
                {workshop.title}
              </th>
            ))}
            <th scope="col" className={`${cell} text-right`}>
              {t('coverage.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={`${row.listed ? 'l' : 'w'}:${row.name}`}>
              <th scope="row" className={`${cell} font-normal break-words`}>
                {row.name}
                {!row.listed && (
                  <span className="block text-sm text-neutral-text-subtle">
                    {t('coverage.writtenIn')}
                  </span>
                )}
              </th>
              {row.counts.map((count, column) => (
                <td key={coverage.workshops[column]?.id ?? column} className={number}>
                  {count}
                </td>
              ))}
              <td className={`${number} font-semibold`}>{row.total}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className={`${cell} font-normal`}>
              {t('coverage.unaffiliated')}
            </th>
            {coverage.unaffiliated.map((count, column) => (
              <td key={coverage.workshops[column]?.id ?? column} className={number}>
                {count}
              </td>
            ))}
            <td className={`${number} font-semibold`}>
              {coverage.unaffiliated.reduce((sum, count) => sum + count, 0)}
            </td>
          </tr>
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={`${cell} font-semibold`}>
              {t('coverage.participants')}
            </th>
            {coverage.workshops.map((workshop) => (
              <td key={workshop.id} className={`${number} font-semibold`}>
                {workshop.participants}
              </td>
            ))}
            <td className={`${number} font-semibold`}>
              {coverage.workshops.reduce((sum, workshop) => sum + workshop.participants, 0)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
