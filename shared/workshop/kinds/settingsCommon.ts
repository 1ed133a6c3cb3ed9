import { z } from 'zod';
import { WorkshopLimits as L } from '../limits';

/** The settings every kind has. */
export const commonSettings = {
  prompt: z.string().trim().min(1).max(L.prompt),
  timeboxMinutes: z.int().min(1).max(L.timeboxMinutes).nullable(),
};
