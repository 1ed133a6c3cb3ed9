import type { participationNb } from './nb';
import { workshopNn } from '../workshops/nn';
import { workshopBoardNn } from '../workshopBoard/nn';
import { workshopResultsNn } from '../workshopResults/nn';
import { workshopForRoomNn } from '../workshopForRoom/nn';
import { associationsNn } from '../associations/nn';
import { inviteNn } from '../invite/nn';

/**
 * Nynorsk: the texts of joining and taking part in a workshop (joining by code or invitation,
 * the participant page), loaded with the first such page; every other page behind
 * FeatureMessages (client/app/FeatureMessages.tsx) loads them with features/. A participant on a
 * phone downloads this part only (issue #16's participant bundle).
 */
export const participationNn: typeof participationNb = {
  ...workshopNn,
  ...workshopBoardNn,
  ...workshopResultsNn,
  ...workshopForRoomNn,
  ...associationsNn,
  ...inviteNn,
};
