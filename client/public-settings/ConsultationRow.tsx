import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consultation } from '../../shared/api/publicPage';
import { removeConsultation } from '../http/consultationsApi';
import type { VersionSummary } from '../http/versionsApi';
import { formatDateTime } from '../i18n/formatDate';
import { useAnnounce } from '../ui/announcerContext';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { FormMessage } from '../ui/FormMessage';
import { SmallButton } from '../ui/SmallButton';
import { actionError } from './actionError';
import { ConsultationForm } from './ConsultationForm';
import { consultationPhase } from './consultationPhase';

const PHASE_COLOR = { upcoming: 'info', open: 'success', closed: 'neutral' } as const;

interface Props {
  planId: string;
  consultation: Consultation;
  versions: readonly VersionSummary[];
  serverNow: number;
  onChanged: (consultation: Consultation) => void;
  onRemoved: () => void;
}

/** One consultation: its window and state in server time, its version, editing and deleting. */
export function ConsultationRow({
  planId,
  consultation,
  versions,
  serverNow,
  onChanged,
  onRemoved,
}: Props) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const editButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const { title } = consultation;
  const phase = consultationPhase(consultation, serverNow);
  const version = versions.find((v) => v.id === consultation.versionId);
  const language = i18n.resolvedLanguage ?? 'nb';

  const remove = async () => {
    setMessage(null);
    try {
      await removeConsultation(planId, consultation.id);
      announce(t('publicSettings.consultations.removed', { title }));
      onRemoved();
    } catch (failure) {
      const kind = actionError(failure);
      setMessage(
        kind === 'in-use'
          ? t('publicSettings.consultations.inUse', { title })
          : t(`publicSettings.errors.${kind}`),
      );
      deleteButton.current?.focus();
    }
  };

  const finishEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <li className="rounded-md border border-neutral-border-subtle p-3" data-testid="consultation">
      {editing ? (
        <ConsultationForm
          planId={planId}
          versions={versions}
          consultation={consultation}
          onSaved={(saved) => {
            onChanged(saved);
            finishEditing();
          }}
          onCancel={finishEditing}
        />
      ) : (
        <div className="flex flex-wrap items-start gap-3">
          <div className="min-w-0 flex-1 basis-60">
            <p className="ds-paragraph flex flex-wrap items-center gap-2 font-semibold break-words">
              {title}
              <span className="ds-tag" data-color={PHASE_COLOR[phase]} data-size="sm">
                {t(`publicSettings.consultations.phase.${phase}`)}
              </span>
            </p>
            <p className="text-sm">
              {t('publicSettings.consultations.window', {
                opens: formatDateTime(consultation.opensAt, language),
                closes: formatDateTime(consultation.closesAt, language),
              })}
            </p>
            <p className="text-sm text-neutral-text-subtle">
              {t('publicSettings.consultations.versionShown', {
                version: version?.name ?? t('publicSettings.consultations.unknownVersion'),
              })}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-1">
            <SmallButton
              ref={editButton}
              variant="tertiary"
              aria-label={t('publicSettings.consultations.editNamed', { title })}
              onClick={() => setEditing(true)}
            >
              {t('publicSettings.edit')}
            </SmallButton>
            <SmallButton
              ref={deleteButton}
              variant="tertiary"
              color="danger"
              aria-label={t('publicSettings.consultations.removeNamed', { title })}
              onClick={() => setConfirming(true)}
            >
              {t('publicSettings.remove')}
            </SmallButton>
          </div>
        </div>
      )}
      <FormMessage message={message} />
      {confirming && (
        <ConfirmDialog
          title={t('publicSettings.consultations.removeTitle', { title })}
          text={t('publicSettings.consultations.removeText')}
          confirmLabel={t('publicSettings.remove')}
          cancelLabel={t('publicSettings.cancel')}
          onConfirm={() => void remove()}
          onClose={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
