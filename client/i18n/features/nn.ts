import type { featuresNb } from './nb';
import { planEditorNn } from '../planEditor/nn';
import { associationsNn } from '../associations/nn';
import { peopleNn } from '../people/nn';
import { versionsNn } from '../versions/nn';
import { discussionNn } from '../discussion/nn';
import { editorToolbarNn } from '../editorToolbar/nn';
import { workshopNn } from '../workshops/nn';
import { workshopBoardNn } from '../workshopBoard/nn';
import { workshopResultsNn } from '../workshopResults/nn';
import { publicSettingsNn } from '../publicSettings/nn';
import { inboxNn } from '../inbox/nn';
import { planStructureNn } from '../planStructure/nn';
import { presentNn } from '../present/nn';
import { workshopTemplatesNn } from '../workshopTemplates/nn';
import { workshopForRoomNn } from '../workshopForRoom/nn';

/**
 * Nynorsk: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them. A new group of texts for such a page goes here.
 */
export const featuresNn: typeof featuresNb = {
  ...planEditorNn,
  ...associationsNn,
  ...peopleNn,
  ...versionsNn,
  ...discussionNn,
  ...editorToolbarNn,
  ...workshopNn,
  ...workshopBoardNn,
  ...workshopResultsNn,
  ...publicSettingsNn,
  ...inboxNn,
  ...planStructureNn,
  ...presentNn,
  ...workshopTemplatesNn,
  ...workshopForRoomNn,
};
