import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { formatDateTime } from '../../i18n/formatDate';
import { inputFileUrl } from '../../http/inputsApi';
import { Icon } from '../../ui/icons';
import { formatFileSize } from '../../plan-editor/knowledge/formatFileSize';

interface Props {
  planId: string;
  input: InputItem;
  consultationTitle: string | null;
  workshopTitle: string | null;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col sm:flex-row sm:gap-3">
      <dt className="font-semibold sm:w-48 sm:shrink-0">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/**
 * One input as it was given: who, where, when, the text and its attachments. Everything here
 * was typed by someone outside: it is shown as text (line breaks kept), never as markup, and
 * attachments are downloads the server never serves inline.
 */
export function InputFacts({ planId, input, consultationTitle, workshopTitle }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nb';
  return (
    <>
      <section aria-labelledby="input-facts-heading" className="mt-6 mb-8">
        <h2 id="input-facts-heading" className="ds-heading mb-4" data-size="sm">
          {t('inbox.detail.factsHeading')}
        </h2>
        <dl className="flex flex-col gap-2" data-testid="input-facts">
          <Fact term={t('inbox.detail.received')}>
            {formatDateTime(input.receivedAt, language)}
          </Fact>
          <Fact term={t('inbox.detail.channel')}>{t(`inbox.channel.${input.channel}`)}</Fact>
          {consultationTitle && (
            <Fact term={t('inbox.detail.consultation')}>{consultationTitle}</Fact>
          )}
          {workshopTitle && <Fact term={t('inbox.detail.workshop')}>{workshopTitle}</Fact>}
          <Fact term={t('inbox.detail.section')}>{input.sectionLabel}</Fact>
          <Fact term={t('inbox.detail.kind')}>{t(`inbox.kind.${input.submitterKind}`)}</Fact>
          {input.organisation && (
            <Fact term={t('inbox.detail.organisation')}>{input.organisation}</Fact>
          )}
          {input.personalDataRemoved ? (
            <Fact term={t('inbox.detail.personalData')}>
              {t('inbox.detail.personalDataRemoved')}
            </Fact>
          ) : (
            <>
              {input.name && <Fact term={t('inbox.detail.name')}>{input.name}</Fact>}
              {input.email && <Fact term={t('inbox.detail.email')}>{input.email}</Fact>}
              {input.submitterKind === 'resident' && input.name && (
                <Fact term={t('inbox.detail.namePublic')}>
                  {input.namePublic
                    ? t('inbox.detail.namePublicYes')
                    : t('inbox.detail.namePublicNo')}
                </Fact>
              )}
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="input-text-heading" className="mb-8">
        <h2 id="input-text-heading" className="ds-heading mb-4" data-size="sm">
          {t('inbox.detail.textHeading')}
        </h2>
        <div
          className="ds-paragraph whitespace-pre-wrap break-words rounded-lg border border-neutral-border-subtle bg-neutral-background-tinted p-4"
          data-testid="input-text"
        >
          {input.text}
        </div>
      </section>

      <section aria-labelledby="input-attachments-heading" className="mb-8">
        <h2 id="input-attachments-heading" className="ds-heading mb-4" data-size="sm">
          {t('inbox.detail.attachmentsHeading')}
        </h2>
        {input.attachments.length === 0 ? (
          <p className="ds-paragraph">{t('inbox.detail.noAttachments')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {input.attachments.map((file) => (
              <li key={file.id}>
                <a
                  className="ds-link inline-flex items-center gap-1 break-all"
                  href={inputFileUrl(planId, input.id, file.id)}
                  download={file.name}
                >
                  <Icon name="download" className="size-4" />
                  {t('inbox.detail.download', {
                    name: file.name,
                    kind: file.kind.toUpperCase(),
                    size: formatFileSize(file.size, language),
                  })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
