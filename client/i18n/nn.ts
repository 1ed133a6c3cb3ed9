import type { Messages } from './nb';
import { shellNn } from './shell/nn';
import { participationNn } from './participation/nn';
import { featuresNn } from './features/nn';

/** Norsk nynorsk. Typed against bokmål, so a missing key fails the typecheck; texts in shell/, participation/ and features/. */
export const nn: Messages = { ...shellNn, ...participationNn, ...featuresNn };
