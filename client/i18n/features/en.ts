import type { featuresNb } from './nb';
import { planEditorEn } from '../planEditor/en';
import { planOriginEn } from '../planOrigin/en';
import { peopleEn } from '../people/en';
import { versionsEn } from '../versions/en';
import { discussionEn } from '../discussion/en';
import { editorToolbarEn } from '../editorToolbar/en';
import { publicSettingsEn } from '../publicSettings/en';
import { inboxEn } from '../inbox/en';
import { planStructureEn } from '../planStructure/en';
import { presentEn } from '../present/en';
import { workshopTemplatesEn } from '../workshopTemplates/en';

/**
 * English: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them (with participation/). A new group of texts for such a page goes
 * here; for the pages of joining and taking part in a workshop, in participation/.
 */
export const featuresEn: typeof featuresNb = {
  ...planEditorEn,
  ...planOriginEn,
  ...peopleEn,
  ...versionsEn,
  ...discussionEn,
  ...editorToolbarEn,
  ...publicSettingsEn,
  ...inboxEn,
  ...planStructureEn,
  ...presentEn,
  ...workshopTemplatesEn,
};
