import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { likelyDuplicates } from '../../../shared/workshop/duplicates';
import type { Participant } from '../../../shared/workshop/types';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';
import { SmallButton } from '../../ui/SmallButton';
import { useSendAction, type Send } from '../useSendAction';

/** What the facilitator is about to merge: everyone in `merge` into `keep`. */
interface Pending {
  keep: Participant;
  merge: Participant[];
}

/**
 * Someone who joined twice (a second phone, another browser) shows up as two participants with
 * two vote budgets. The facilitator sees who share a name ("likely duplicates") and merges them,
 * or picks any two people someone in the room points out. Every merge is confirmed first.
 */
export function MergeDuplicates({
  view,
  send,
  participantId,
}: {
  view: WorkshopView;
  send: Send;
  participantId: string | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const [pending, setPending] = useState<Pending | null>(null);
  const present = view.participants.filter(
    (person) => !person.removed && !person.facilitator && person.id !== participantId,
  );
  const groups = likelyDuplicates(present);
  const [keepId, setKeepId] = useState('');
  const [mergeId, setMergeId] = useState('');
  const [pickError, setPickError] = useState<string | null>(null);
  // Same names need telling apart in the lists: "Kari (2)", in list order.
  const label = (person: Participant) => {
    const same = present.filter((other) => other.name === person.name);
    const base = person.association ? `${person.name} (${person.association})` : person.name;
    return same.length > 1 ? `${base} – ${same.indexOf(person) + 1}` : base;
  };

  const merge = async ({ keep, merge: others }: Pending) => {
    for (const other of others) {
      const done = await run(
        { type: 'mergeParticipants', keepId: keep.id, mergeId: other.id },
        t('workshop.lead.merge.done', { name: keep.name }),
      );
      if (!done) return;
    }
    setKeepId('');
    setMergeId('');
  };

  const pick = (event: FormEvent) => {
    event.preventDefault();
    const keep = present.find((person) => person.id === keepId);
    const other = present.find((person) => person.id === mergeId);
    if (!keep || !other || keep.id === other.id) {
      setPickError(t('workshop.lead.merge.pickTwo'));
      return;
    }
    setPickError(null);
    setPending({ keep, merge: [other] });
  };

  return (
    <div className="mt-6 flex flex-col gap-4">
      <section aria-labelledby={`${id}-heading`}>
        <h3 id={`${id}-heading`} className="ds-heading mb-2" data-size="xs">
          {t('workshop.lead.merge.heading')}
        </h3>
        <p className="mb-3 text-neutral-text-subtle">{t('workshop.lead.merge.intro')}</p>
        {groups.length === 0 ? (
          <p className="ds-paragraph">{t('workshop.lead.merge.none')}</p>
        ) : (
          <ul className="flex flex-col gap-2" data-testid="duplicates">
            {groups.map((group) => {
              const [keep, ...others] = group as [Participant, ...Participant[]];
              return (
                <li
                  key={group.map((person) => person.id).join(' ')}
                  className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-neutral-border-subtle p-2 pl-3"
                >
                  <span className="break-words">
                    {t('workshop.lead.merge.sameName', { name: keep.name, count: group.length })}
                  </span>
                  <SmallButton
                    variant="secondary"
                    disabled={busy}
                    aria-label={t('workshop.lead.merge.mergeName', {
                      name: keep.name,
                      count: group.length,
                    })}
                    onClick={() => setPending({ keep, merge: others })}
                  >
                    {t('workshop.lead.merge.merge')}
                  </SmallButton>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {present.length >= 2 && (
        <form onSubmit={pick} noValidate className="flex flex-col gap-3">
          <fieldset className="ds-fieldset">
            <legend className="ds-label">{t('workshop.lead.merge.pickLegend')}</legend>
            <div className="flex flex-wrap gap-4">
              <div className="ds-field">
                <label className="ds-label" htmlFor={`${id}-keep`}>
                  {t('workshop.lead.merge.keepLabel')}
                </label>
                <select
                  id={`${id}-keep`}
                  className="ds-input"
                  value={keepId}
                  onChange={(event) => setKeepId(event.target.value)}
                >
                  <option value="">{t('workshop.lead.merge.choose')}</option>
                  {present.map((person) => (
                    <option key={person.id} value={person.id}>
                      {label(person)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="ds-field">
                <label className="ds-label" htmlFor={`${id}-merge`}>
                  {t('workshop.lead.merge.mergeLabel')}
                </label>
                <select
                  id={`${id}-merge`}
                  className="ds-input"
                  value={mergeId}
                  onChange={(event) => setMergeId(event.target.value)}
                >
                  <option value="">{t('workshop.lead.merge.choose')}</option>
                  {present.map((person) => (
                    <option key={person.id} value={person.id}>
                      {label(person)}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          </fieldset>
          <div>
            <button type="submit" className="ds-button" data-variant="secondary" disabled={busy}>
              {t('workshop.lead.merge.mergeChosen')}
            </button>
          </div>
          <FormMessage message={pickError} />
        </form>
      )}
      <FormMessage message={error} />
      {pending && (
        <ConfirmDialog
          title={t('workshop.lead.merge.confirmTitle', { name: pending.keep.name })}
          text={t('workshop.lead.merge.confirmText', {
            keep: label(pending.keep),
            merge: pending.merge.map(label).join(', '),
          })}
          confirmLabel={t('workshop.lead.merge.confirm')}
          cancelLabel={t('workshopBoard.board.cancel')}
          onConfirm={() => void merge(pending)}
          onClose={() => setPending(null)}
        />
      )}
    </div>
  );
}
