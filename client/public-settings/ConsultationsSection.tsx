import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../shared/api/publicPage';
import { versionsPath } from '../app/paths';
import { fetchConsultations } from '../http/consultationsApi';
import type { VersionSummary } from '../http/versionsApi';
import { PageLoading } from '../ui/PageLoading';
import { ResourceError } from '../versions/ResourceError';
import { ConsultationForm } from './ConsultationForm';
import { ConsultationRow } from './ConsultationRow';
import { useServerList } from './useServerList';

const byOpening = (a: Consultation, b: Consultation) => a.opensAt - b.opensAt;

/**
 * Section 4: the consultations (høring), each a window on a frozen version. Whether one is
 * upcoming, open or closed follows the server's clock (its `serverNow`, kept as an offset from
 * this browser's clock, which may be wrong).
 */
export function ConsultationsSection({
  planId,
  versions,
}: {
  planId: string;
  versions: readonly VersionSummary[] | null;
}) {
  const { t } = useTranslation();
  const [clockOffset, setClockOffset] = useState(0);
  const { resource, items, setItems, reload } = useServerList(
    `consultations:${planId}`,
    async (signal) => {
      const answer = await fetchConsultations(planId, signal);
      setClockOffset(answer.serverNow - Date.now());
      return answer.consultations;
    },
  );
  const listHeading = useRef<HTMLHeadingElement>(null);
  const serverNow = Date.now() + clockOffset;

  return (
    <section aria-labelledby="consultations-heading" className="mb-14">
      <h2 id="consultations-heading" className="ds-heading mb-2" data-size="md">
        {t('publicSettings.consultations.heading')}
      </h2>
      <p className="ds-paragraph mb-6">{t('publicSettings.consultations.intro')}</p>

      <h3
        id="consultations-list-heading"
        ref={listHeading}
        tabIndex={-1}
        className="ds-heading mb-3 outline-none"
        data-size="xs"
      >
        {t('publicSettings.consultations.listHeading')}
      </h3>
      {resource.state === 'loading' && <PageLoading label={t('app.loading')} />}
      {(resource.state === 'failed' || resource.state === 'refused') && (
        <ResourceError message={t('publicSettings.loadFailed')} retry={reload} />
      )}
      {items &&
        (items.length === 0 ? (
          <p className="ds-paragraph mb-8">{t('publicSettings.consultations.empty')}</p>
        ) : (
          <ul className="mb-8 flex flex-col gap-2" aria-labelledby="consultations-list-heading">
            {items.map((consultation) => (
              <ConsultationRow
                key={consultation.id}
                planId={planId}
                consultation={consultation}
                versions={versions ?? []}
                serverNow={serverNow}
                onChanged={(changed) =>
                  setItems((current) =>
                    current.map((c) => (c.id === changed.id ? changed : c)).sort(byOpening),
                  )
                }
                onRemoved={() => {
                  setItems((current) => current.filter((c) => c.id !== consultation.id));
                  listHeading.current?.focus();
                }}
              />
            ))}
          </ul>
        ))}

      {items && versions && (
        <section
          aria-labelledby="consultation-add-heading"
          className="rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4 sm:p-6"
        >
          <h3 id="consultation-add-heading" className="ds-heading mb-4" data-size="xs">
            {t('publicSettings.consultations.addHeading')}
          </h3>
          {versions.length === 0 ? (
            <p className="ds-paragraph">
              {t('publicSettings.consultations.noVersions')}{' '}
              <Link className="ds-link" to={versionsPath(planId)}>
                {t('publicSettings.consultations.toVersions')}
              </Link>
            </p>
          ) : (
            <ConsultationForm
              planId={planId}
              versions={versions}
              onSaved={(created) => setItems((current) => [...current, created].sort(byOpening))}
            />
          )}
        </section>
      )}
    </section>
  );
}
