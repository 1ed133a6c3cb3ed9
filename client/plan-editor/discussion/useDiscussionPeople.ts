import { useEffect, useState } from 'react';
import type { DiscussionPeopleResponse } from '../../../shared/api/discussion';
import { fetchDiscussionPeople } from './discussionApi';

/**
 * Who the person is in the discussion and whom they may mention. Fetched once per plan; a
 * failure leaves it null (comments still show, mentions cannot be picked, "mine" is empty).
 */
export function useDiscussionPeople(planId: string, enabled: boolean): DiscussionPeopleResponse | null {
  const [state, setState] = useState<{ planId: string; people: DiscussionPeopleResponse } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    fetchDiscussionPeople(planId, controller.signal).then(
      (people) => setState({ planId, people }),
      () => {},
    );
    return () => controller.abort();
  }, [planId, enabled]);
  return enabled && state?.planId === planId ? state.people : null;
}
