import { shellNb } from './shell/nb';
import { participationNb } from './participation/nb';
import { featuresNb } from './features/nb';

/**
 * Norsk bokmål: the reference language. `nn` and `en` are typed against this object. The texts
 * come in three parts so a page downloads only what it shows: shell/nb.ts (the frame and the pages
 * every visit sees; core texts in core/nb.ts), participation/nb.ts (joining and taking part in a
 * workshop) and features/nb.ts (everything else; add new groups there). client/i18n/setup.ts loads them.
 */
export const nb = { ...shellNb, ...participationNb, ...featuresNb };

export type Messages = typeof nb;
