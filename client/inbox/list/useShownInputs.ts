import { useEffect, useState } from 'react';
import type { InputItem, InputQuery } from '../../../shared/api/inputs';
import { fetchInputs } from '../../http/inputsApi';
import { useResource, type Resource } from '../../http/useResource';
import { isFiltered, queryKey } from '../inboxQuery';
import { useInbox } from '../inboxContext';

export interface ShownInputs {
  resource: Resource<InputItem[]>;
  /** The filters changed and their answer is on its way: the previous answer is still shown. */
  busy: boolean;
  retry: () => void;
}

/**
 * The inputs the list shows: the whole inbox when nothing is filtered, otherwise the server's
 * answer to the filters and search (read again whenever the inbox changes). While a new
 * answer is on its way the last one stays on screen, so typing in the search box never empties
 * the list.
 */
export function useShownInputs(query: InputQuery): ShownInputs {
  const { planId, all, reloadAll, live } = useInbox();
  const filtered = isFiltered(query);
  const key = filtered ? `inputs:${planId}:${queryKey(query)}` : `inputs:${planId}:all`;
  const { resource, reload } = useResource(key, (signal) =>
    filtered ? fetchInputs(planId, query, signal) : Promise.resolve({ inputs: [], tags: [] }),
  );
  useEffect(() => {
    if (filtered && live.revision > 0) reload();
    // Only a change in the inbox reads again here; a change of filters changes the key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live.revision]);

  const current: Resource<InputItem[]> = !filtered
    ? all.state === 'ready'
      ? { state: 'ready', data: all.data.inputs }
      : all
    : resource.state === 'ready'
      ? { state: 'ready', data: resource.data.inputs }
      : resource;
  const [last, setLast] = useState<InputItem[] | null>(null);
  if (current.state === 'ready' && current.data !== last) setLast(current.data);
  if (current.state === 'loading' && last)
    return { resource: { state: 'ready', data: last }, busy: true, retry: reload };
  return { resource: current, busy: false, retry: filtered ? reload : reloadAll };
}
