import { planEditorNb } from '../planEditor/nb';
import { planOriginNb } from '../planOrigin/nb';
import { peopleNb } from '../people/nb';
import { versionsNb } from '../versions/nb';
import { discussionNb } from '../discussion/nb';
import { editorToolbarNb } from '../editorToolbar/nb';
import { publicSettingsNb } from '../publicSettings/nb';
import { inboxNb } from '../inbox/nb';
import { planStructureNb } from '../planStructure/nb';
import { presentNb } from '../present/nb';
import { workshopTemplatesNb } from '../workshopTemplates/nb';

/**
 * Bokmål: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them (with participation/). A new group of texts for such a page goes
 * here; for the pages of joining and taking part in a workshop, in participation/.
 */
export const featuresNb = {
  ...planEditorNb,
  ...planOriginNb,
  ...peopleNb,
  ...versionsNb,
  ...discussionNb,
  ...editorToolbarNb,
  ...publicSettingsNb,
  ...inboxNb,
  ...planStructureNb,
  ...presentNb,
  ...workshopTemplatesNb,
};
