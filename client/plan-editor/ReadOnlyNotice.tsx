import { useTranslation } from 'react-i18next';
import { editsDirectly } from '../../shared/discussion/permissions';
import { useDiscussionContext } from './discussion/discussionContext';

/**
 * Says why the plan cannot be changed here. In suggest-only mode an editor still writes, as
 * suggestions the owner takes or leaves; "you can only read" would be wrong for them.
 */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  const discussion = useDiscussionContext();
  const settings = discussion?.view?.settings;
  const suggesting = discussion?.canSuggest === true && settings !== undefined && !editsDirectly(discussion.role, settings);
  return (
    <div className="ds-alert mb-6" data-color="info" data-testid="read-only-notice">
      {suggesting ? t('editor.suggestOnly') : t('editor.readOnly')}
    </div>
  );
}
