import { createContext, useContext } from 'react';
import type { PromoteSource } from '../../../shared/api/workshopResults';

/** Opens "use in the plan" for a theme or note; null where the person may not use results. */
export type OpenPromote = ((source: PromoteSource, label: string) => void) | null;

export const PromoteContext = createContext<OpenPromote>(null);

export function useOpenPromote(): OpenPromote {
  return useContext(PromoteContext);
}
