import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchUsers } from '../password-reset/resetApi';
import { makeOwner, type PlanSummary } from '../http/plansApi';
import { useResource } from '../http/useResource';
import { FormMessage } from '../ui/FormMessage';

/**
 * For administrators: make an account (their own by default) owner of any plan, so a plan no
 * one owns, or the demo plan of an installation set up by script, can be taken care of.
 */
export function MakeOwnerForm({
  plans,
  me,
  onMade,
}: {
  plans: PlanSummary[];
  me: { id: string; name: string };
  onMade: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { resource: users } = useResource('users', fetchUsers);
  const [planId, setPlanId] = useState(
    () => plans.find((plan) => plan.role !== 'owner')?.id ?? plans[0]?.id ?? '',
  );
  const [userId, setUserId] = useState(me.id);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'danger' } | null>(null);

  const accounts = users.state === 'ready' ? users.data : [{ id: me.id, name: me.name, email: '' }];
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const plan = plans.find((candidate) => candidate.id === planId);
    const account = accounts.find((candidate) => candidate.id === userId);
    if (busy || !plan || !account) return;
    setBusy(true);
    setMessage(null);
    try {
      await makeOwner(plan.id, account.id);
      const name =
        account.id === me.id ? t('planList.ownerMe', { name: account.name }) : account.name;
      setMessage({
        text: t('planList.ownerDone', { name, plan: plan.title || t('planList.untitled') }),
        tone: 'success',
      });
      onMade();
    } catch {
      setMessage({ text: t('planList.ownerFailed'), tone: 'danger' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="ds-heading mb-2" data-size="xs">
        {t('planList.ownerHeading')}
      </h2>
      <p className="ds-paragraph mb-4">{t('planList.ownerIntro')}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="ds-field min-w-48 flex-1">
          <label className="ds-label" htmlFor={`${id}-plan`}>
            {t('planList.ownerPlan')}
          </label>
          <select
            id={`${id}-plan`}
            className="ds-input w-full"
            value={planId}
            onChange={(event) => setPlanId(event.target.value)}
          >
            {plans.map((plan) => (
              <option key={plan.id} value={plan.id}>
                {plan.title || t('planList.untitled')}
              </option>
            ))}
          </select>
        </div>
        <div className="ds-field min-w-48 flex-1">
          <label className="ds-label" htmlFor={`${id}-account`}>
            {t('planList.ownerAccount')}
          </label>
          <select
            id={`${id}-account`}
            className="ds-input w-full"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
          >
            {accounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.id === me.id
                  ? t('planList.ownerMe', { name: account.name })
                  : `${account.name} <${account.email}>`}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="ds-button"
          data-variant="secondary"
          aria-disabled={busy || undefined}
        >
          {t('planList.ownerSubmit')}
        </button>
      </div>
      {users.state !== 'ready' && users.state !== 'loading' && (
        <p className="ds-paragraph mt-2">{t('planList.ownerAccountsFailed')}</p>
      )}
      <div className="mt-3">
        <FormMessage message={message?.text ?? null} tone={message?.tone} />
      </div>
    </form>
  );
}
