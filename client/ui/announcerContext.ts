import { createContext, useContext } from 'react';

/** Says something to screen-reader users without moving focus (a polite live region). */
export type Announce = (message: string) => void;

export const AnnouncerContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
