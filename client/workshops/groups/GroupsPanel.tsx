import { useTranslation } from 'react-i18next';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { FormMessage } from '../../ui/FormMessage';
import { useSendAction, type Send } from '../useSendAction';
import { groupLabel } from './groupLabel';
import { openGroupsWithMembers } from './groupMembers';
import { SplitForm } from './SplitForm';

/**
 * Breakout groups on the facilitator's page: who is in which open group and "End the groups",
 * or the form to split when nobody is in a group.
 */
export function GroupsPanel({ view, send }: { view: WorkshopView; send: Send }) {
  const { t } = useTranslation();
  const { run, busy, error } = useSendAction(send);
  const open = openGroupsWithMembers(view);
  if (view.meta.status === 'ended') return null;
  if (open.length === 0) return <SplitForm view={view} send={send} />;
  return (
    <div className="flex flex-col gap-4">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="groups">
        {open.map(({ group, members }) => (
          <li key={group.id} className="rounded-md border border-neutral-border-subtle p-3">
            <h3 className="ds-heading mb-1" data-size="2xs">
              {groupLabel(group, t)}{' '}
              <span className="font-normal text-neutral-text-subtle">
                ({t('workshopBoard.groups.members', { count: members.length })})
              </span>
            </h3>
            {members.length === 0 ? (
              <p className="text-neutral-text-subtle">{t('workshopBoard.groups.noMembers')}</p>
            ) : (
              <ul className="list-disc pl-5">
                {members.map((member) => (
                  <li key={member.id} className="break-words">
                    {member.name}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <div>
        <button
          type="button"
          className="ds-button"
          data-variant="secondary"
          disabled={busy}
          onClick={() => void run({ type: 'endGroups' }, t('workshopBoard.groups.ended'))}
        >
          {t('workshopBoard.groups.end')}
        </button>
      </div>
      <FormMessage message={error} />
    </div>
  );
}
