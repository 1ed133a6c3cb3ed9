import type { participationNb } from './nb';
import { workshopEn } from '../workshops/en';
import { workshopBoardEn } from '../workshopBoard/en';
import { workshopResultsEn } from '../workshopResults/en';
import { workshopForRoomEn } from '../workshopForRoom/en';
import { associationsEn } from '../associations/en';
import { inviteEn } from '../invite/en';

/**
 * English: the texts of joining and taking part in a workshop (joining by code or invitation,
 * the participant page), loaded with the first such page; every other page behind
 * FeatureMessages (client/app/FeatureMessages.tsx) loads them with features/. A participant on a
 * phone downloads this part only (issue #16's participant bundle).
 */
export const participationEn: typeof participationNb = {
  ...workshopEn,
  ...workshopBoardEn,
  ...workshopResultsEn,
  ...workshopForRoomEn,
  ...associationsEn,
  ...inviteEn,
};
