import { workshopNb } from '../workshops/nb';
import { workshopBoardNb } from '../workshopBoard/nb';
import { workshopResultsNb } from '../workshopResults/nb';
import { workshopForRoomNb } from '../workshopForRoom/nb';
import { associationsNb } from '../associations/nb';
import { inviteNb } from '../invite/nb';

/**
 * Bokmål: the texts of joining and taking part in a workshop (joining by code or invitation,
 * the participant page), loaded with the first such page; every other page behind
 * FeatureMessages (client/app/FeatureMessages.tsx) loads them with features/. A participant on a
 * phone downloads this part only (issue #16's participant bundle).
 */
export const participationNb = {
  ...workshopNb,
  ...workshopBoardNb,
  ...workshopResultsNb,
  ...workshopForRoomNb,
  ...associationsNb,
  ...inviteNb,
};
