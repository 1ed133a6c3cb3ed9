import { createContext, useContext } from 'react';
import type { InputListResponse } from '../../shared/api/inputs';
import type { Consultation } from '../../shared/api/publicPage';
import type { Resource } from '../http/useResource';
import type { InboxLive } from './useInboxLive';

/** What every view of the inbox shares: the plan, this person's access, the live list. */
export interface Inbox {
  planId: string;
  planTitle: string;
  /** 'handle': change, register, bulk, download (owner, editors); 'read': read only. */
  access: 'handle' | 'read';
  /** The owner: may look up, export and erase a person's data. */
  managesPersonalData: boolean;
  /** Every input of the plan, unfiltered (counts, filter choices, duplicates); kept live. */
  all: Resource<InputListResponse>;
  reloadAll: () => void;
  consultations: readonly Consultation[];
  live: InboxLive;
  /** Inputs registered on this page: their arrival is not announced as news. */
  registeredHere: Set<string>;
  /** The list's query string, so "back to the list" returns to the same filtered view. */
  listSearch: string;
  setListSearch: (search: string) => void;
  /** Where focus goes when the list is shown again (the input just seen, or the list itself). */
  returnFocus: { current: ListFocus | null };
}

export interface ListFocus {
  focusInput?: string;
  focusList?: boolean;
}

export const InboxContext = createContext<Inbox | null>(null);

export function useInbox(): Inbox {
  const inbox = useContext(InboxContext);
  if (!inbox) throw new Error('useInbox outside the inbox');
  return inbox;
}
