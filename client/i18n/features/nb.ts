import { planEditorNb } from '../planEditor/nb';
import { associationsNb } from '../associations/nb';
import { peopleNb } from '../people/nb';
import { versionsNb } from '../versions/nb';
import { discussionNb } from '../discussion/nb';
import { editorToolbarNb } from '../editorToolbar/nb';
import { workshopNb } from '../workshops/nb';
import { workshopBoardNb } from '../workshopBoard/nb';
import { workshopResultsNb } from '../workshopResults/nb';
import { publicSettingsNb } from '../publicSettings/nb';
import { inboxNb } from '../inbox/nb';
import { planStructureNb } from '../planStructure/nb';
import { presentNb } from '../present/nb';
import { workshopTemplatesNb } from '../workshopTemplates/nb';
import { workshopForRoomNb } from '../workshopForRoom/nb';

/**
 * Bokmål: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them. A new group of texts for such a page goes here.
 */
export const featuresNb = {
  ...planEditorNb,
  ...associationsNb,
  ...peopleNb,
  ...versionsNb,
  ...discussionNb,
  ...editorToolbarNb,
  ...workshopNb,
  ...workshopBoardNb,
  ...workshopResultsNb,
  ...publicSettingsNb,
  ...inboxNb,
  ...planStructureNb,
  ...presentNb,
  ...workshopTemplatesNb,
  ...workshopForRoomNb,
};
