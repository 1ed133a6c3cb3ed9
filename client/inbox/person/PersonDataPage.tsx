import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { InputItem } from '../../../shared/api/inputs';
import { inboxPath, inputPath } from '../../app/paths';
import { saveBlob } from '../../export/downloadExport';
import { erasePerson, fetchPersonInputs } from '../../http/inputsApi';
import { formatDateTime } from '../../i18n/formatDate';
import { useAnnounce } from '../../ui/announcerContext';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessage } from '../../ui/FormMessage';
import { PlanSubpage } from '../../ui/PlanSubpage';
import { SubmitButton } from '../../ui/SubmitButton';
import { TextField } from '../../ui/TextField';
import { usePageTitle } from '../../ui/usePageTitle';
import { useInbox } from '../inboxContext';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What a person gets when they ask for their data: their input, as the inbox holds it. */
function personExport(email: string, inputs: readonly InputItem[]): Blob {
  const body = { email, exportedAt: new Date().toISOString(), inputs };
  return new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' });
}

/**
 * Route `/plans/:planId/inputs/person` (the owner's): a person asks what the municipality holds
 * about them. Find their input by e-mail, give it to them as JSON, or delete their name and
 * e-mail from it (the text stays, as it does after the retention time).
 */
export function PersonDataPage() {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const inbox = useInbox();
  const { planId, planTitle } = inbox;
  usePageTitle(t('inbox.person.documentTitle', { plan: planTitle }));
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [found, setFound] = useState<{ email: string; inputs: InputItem[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const language = i18n.resolvedLanguage ?? 'nb';

  const find = async (event?: FormEvent<HTMLFormElement>) => {
    event?.preventDefault();
    if (busy) return;
    const wanted = email.trim().toLowerCase();
    if (!EMAIL.test(wanted)) {
      setEmailError(t('inbox.person.emailInvalid'));
      return;
    }
    setEmailError(null);
    setMessage(null);
    setBusy(true);
    try {
      const inputs = await fetchPersonInputs(planId, wanted);
      setFound({ email: wanted, inputs });
      announce(t('inbox.person.found', { count: inputs.length, email: wanted }));
    } catch {
      setMessage(t('inbox.person.failed'));
    } finally {
      setBusy(false);
    }
  };

  const erase = async () => {
    if (!found) return;
    setBusy(true);
    setMessage(null);
    try {
      const erased = await erasePerson(planId, found.email);
      announce(t('inbox.person.erased', { count: erased }));
      inbox.reloadAll();
      setFound({ email: found.email, inputs: await fetchPersonInputs(planId, found.email) });
      resultHeading.current?.focus();
    } catch {
      setMessage(t('inbox.person.eraseFailed'));
    } finally {
      setBusy(false);
    }
  };

  const withPersonalData = found?.inputs.filter((input) => input.name || input.email) ?? [];
  return (
    <PlanSubpage
      planId={planId}
      planTitle={planTitle}
      title={t('inbox.person.title')}
      intro={t('inbox.person.intro')}
      back={{ to: inboxPath(planId), label: t('inbox.detail.back') }}
    >
      <form noValidate onSubmit={(event) => void find(event)} className="mb-10 flex flex-col gap-4">
        <TextField
          label={t('inbox.person.email')}
          type="email"
          autoComplete="off"
          value={email}
          error={emailError}
          onChange={(event) => setEmail(event.target.value)}
        />
        <SubmitButton
          busy={busy}
          label={t('inbox.person.find')}
          busyLabel={t('inbox.person.finding')}
        />
      </form>
      <FormMessage message={message} />
      {found && (
        <section aria-labelledby="person-result-heading">
          <h2
            id="person-result-heading"
            ref={resultHeading}
            tabIndex={-1}
            className="ds-heading mb-2 outline-none"
            data-size="sm"
          >
            {t('inbox.person.resultHeading', { email: found.email })}
          </h2>
          <p className="ds-paragraph mb-4">
            {t('inbox.person.found', { count: found.inputs.length, email: found.email })}
          </p>
          {found.inputs.length > 0 && (
            <>
              <ul className="mb-6 flex flex-col gap-2" data-testid="person-inputs">
                {found.inputs.map((input) => (
                  <li key={input.id}>
                    <Link to={inputPath(planId, input.id)} className="ds-link">
                      {input.reference}
                    </Link>{' '}
                    – {input.sectionLabel}, {formatDateTime(input.receivedAt, language)}
                    {input.personalDataRemoved && <> ({t('inbox.detail.personalDataRemoved')})</>}
                  </li>
                ))}
              </ul>
              <div className="flex flex-wrap gap-3">
                <button
                  type="button"
                  className="ds-button"
                  data-variant="secondary"
                  onClick={() => {
                    saveBlob(
                      personExport(found.email, found.inputs),
                      `innspill-${found.email}.json`,
                    );
                    announce(t('inbox.person.downloaded'));
                  }}
                >
                  {t('inbox.person.download')}
                </button>
                {withPersonalData.length > 0 && (
                  <button
                    type="button"
                    className="ds-button"
                    data-variant="secondary"
                    data-color="danger"
                    aria-disabled={busy || undefined}
                    onClick={() => !busy && setAsking(true)}
                  >
                    {t('inbox.person.erase')}
                  </button>
                )}
              </div>
            </>
          )}
        </section>
      )}
      {asking && found && (
        <ConfirmDialog
          title={t('inbox.person.eraseTitle')}
          text={t('inbox.person.eraseText', { count: withPersonalData.length, email: found.email })}
          confirmLabel={t('inbox.person.eraseConfirm')}
          cancelLabel={t('inbox.delete.cancel')}
          onConfirm={() => void erase()}
          onClose={() => setAsking(false)}
        />
      )}
    </PlanSubpage>
  );
}
