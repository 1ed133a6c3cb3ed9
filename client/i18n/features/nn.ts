import type { featuresNb } from './nb';
import { planEditorNn } from '../planEditor/nn';
import { planOriginNn } from '../planOrigin/nn';
import { peopleNn } from '../people/nn';
import { versionsNn } from '../versions/nn';
import { discussionNn } from '../discussion/nn';
import { editorToolbarNn } from '../editorToolbar/nn';
import { publicSettingsNn } from '../publicSettings/nn';
import { inboxNn } from '../inbox/nn';
import { planStructureNn } from '../planStructure/nn';
import { presentNn } from '../present/nn';
import { workshopTemplatesNn } from '../workshopTemplates/nn';

/**
 * Nynorsk: the texts of the pages behind FeatureMessages (client/app/FeatureMessages.tsx),
 * loaded with the first of them (with participation/). A new group of texts for such a page goes
 * here; for the pages of joining and taking part in a workshop, in participation/.
 */
export const featuresNn: typeof featuresNb = {
  ...planEditorNn,
  ...planOriginNn,
  ...peopleNn,
  ...versionsNn,
  ...discussionNn,
  ...editorToolbarNn,
  ...publicSettingsNn,
  ...inboxNn,
  ...planStructureNn,
  ...presentNn,
  ...workshopTemplatesNn,
};
