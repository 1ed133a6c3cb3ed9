import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WorkshopLimits } from '../../../shared/workshop/limits';
import type { WorkshopView } from '../../../shared/workshop/views/workshopView';
import { useSendAction, type Send } from '../useSendAction';
import { FormMessage } from '../../ui/FormMessage';
import { cleanAssignments, splittable } from './groupMembers';

type Mode = 'random' | 'manual';

/**
 * Splitting into breakout groups: how many, and at random (seeded on the server) or by hand
 * with one "Group for …" choice per person, starting from an even round robin.
 */
export function SplitForm({ view, send }: { view: WorkshopView; send: Send }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, busy, error } = useSendAction(send);
  const people = splittable(view);
  const max = Math.max(2, Math.min(WorkshopLimits.groups, people.length));
  const [count, setCount] = useState(2);
  const [mode, setMode] = useState<Mode>('random');
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const groups = Math.min(count, max);
  const assignments = cleanAssignments(chosen, people, groups);

  if (people.length < 2) return <p className="ds-paragraph">{t('workshopBoard.groups.tooFew')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await run(
      mode === 'random'
        ? { type: 'splitIntoGroups', count: groups, mode }
        : { type: 'splitIntoGroups', count: groups, mode, assignments },
      t('workshopBoard.groups.splitDone', { count: groups }),
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} className="flex flex-col gap-4">
      <p>{t('workshopBoard.groups.intro')}</p>
      <div className="ds-field">
        <label className="ds-label" htmlFor={`${id}-count`}>
          {t('workshopBoard.groups.countLabel')}
        </label>
        <select
          id={`${id}-count`}
          className="ds-input max-w-32"
          value={groups}
          onChange={(event) => setCount(Number(event.target.value))}
        >
          {Array.from({ length: max - 1 }, (_, index) => index + 2).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t('workshopBoard.groups.modeLegend')}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {(['random', 'manual'] as const).map((value) => (
            <div className="ds-field" key={value}>
              <input
                id={`${id}-${value}`}
                type="radio"
                className="ds-input"
                name={`${id}-mode`}
                value={value}
                checked={mode === value}
                onChange={() => setMode(value)}
              />
              <label className="ds-label" data-weight="regular" htmlFor={`${id}-${value}`}>
                {t(`workshopBoard.groups.${value}`)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {mode === 'manual' && (
        <fieldset className="ds-fieldset">
          <legend className="ds-label">{t('workshopBoard.groups.assignLegend')}</legend>
          <ul className="flex flex-col gap-2">
            {people.map((person) => (
              <li key={person.id} className="ds-field flex flex-wrap items-center gap-3">
                <span className="min-w-40 break-words" aria-hidden="true">
                  {person.name}
                </span>
                <select
                  aria-label={t('workshopBoard.groups.assignLabel', { name: person.name })}
                  className="ds-input max-w-48"
                  value={assignments[person.id] ?? 0}
                  onChange={(event) =>
                    setChosen((before) => ({ ...before, [person.id]: Number(event.target.value) }))
                  }
                >
                  {Array.from({ length: groups }, (_, index) => (
                    <option key={index} value={index}>
                      {t('workshopBoard.groups.groupName', { number: index + 1 })}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div>
        <button type="submit" className="ds-button" data-variant="primary" disabled={busy}>
          {t('workshopBoard.groups.split')}
        </button>
      </div>
      <FormMessage message={error} />
    </form>
  );
}
