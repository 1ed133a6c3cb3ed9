import type { Messages } from './nb';
import { shellEn } from './shell/en';
import { participationEn } from './participation/en';
import { featuresEn } from './features/en';

/** English. Typed against bokmål, so a missing key fails the typecheck; texts in shell/, participation/ and features/. */
export const en: Messages = { ...shellEn, ...participationEn, ...featuresEn };
