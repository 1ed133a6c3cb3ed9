import type { featuresNb } from './nb';
import { planEditorEn } from '../planEditor/en';
import { associationsEn } from '../associations/en';
import { peopleEn } from '../people/en';
import { versionsEn } from '../versions/en';
import { discussionEn } from '../discussion/en';
import { editorToolbarEn } from '../editorToolbar/en';
import { workshopEn } from '../workshops/en';
import { workshopBoardEn } from '../workshopBoard/en';
import { workshopResultsEn } from '../workshopResults/en';
import { publicSettingsEn } from '../publicSettings/en';
import { inboxEn } from '../inbox/en';
import { planStructureEn } from '../planStructure/en';
import { presentEn } from '../present/en';
import { workshopTemplatesEn } from '../workshopTemplates/en';
import { workshopForRoomEn } from '../workshopForRoom/en';

/**
 * English: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them. A new group of texts for such a page goes here.
 */
export const featuresEn: typeof featuresNb = {
  ...planEditorEn,
  ...associationsEn,
  ...peopleEn,
  ...versionsEn,
  ...discussionEn,
  ...editorToolbarEn,
  ...workshopEn,
  ...workshopBoardEn,
  ...workshopResultsEn,
  ...publicSettingsEn,
  ...inboxEn,
  ...planStructureEn,
  ...presentEn,
  ...workshopTemplatesEn,
  ...workshopForRoomEn,
};
