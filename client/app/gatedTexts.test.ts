import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureTextRoutes, lazyRoutes, type TextPartName } from '../../tests/support/bundleSize';
import { CLIENT, keysOutside, resolveModule } from '../../tests/support/textKeys';
import { shellNb } from '../i18n/shell/nb';
import { participationNb } from '../i18n/participation/nb';
import { featuresNb } from '../i18n/features/nb';

/**
 * Each page behind FeatureMessages in router.tsx renders once the text parts it waits for are
 * in (`parts={[…]}`, or all of them): a key from a part it does not wait for would show as the
 * raw key. This follows each page's imports through client/ (its lazy parts too, which render
 * under the same texts) and looks at every key they name.
 */
const GROUPS: Record<TextPartName, string[]> = {
  participation: Object.keys(participationNb),
  features: Object.keys(featuresNb),
};
const router = join(CLIENT, 'app/router.tsx');
const gated = [...featureTextRoutes()].map(([path, parts]) => ({
  path,
  parts,
  page: resolveModule(router, `../${lazyRoutes().get(path)}`)!,
}));

describe('the texts of the pages behind FeatureMessages', () => {
  it('finds the pages and the parts each waits for', () => {
    const only = (part: TextPartName) =>
      gated
        .filter(({ parts }) => parts.length === 1 && parts[0] === part)
        .map(({ page }) => relative(CLIENT, page));
    // Joining and taking part (issue #16's participant bundle) wait for participation only.
    expect(only('participation')).toEqual(
      expect.arrayContaining([
        'invite/InvitePage.tsx',
        'join/JoinByCodePage.tsx',
        'join/JoinCodePage.tsx',
        'workshops/ParticipantPage.tsx',
      ]),
    );
    expect(only('features')).toContain('plan-editor/PlanEditorPage.tsx');
  });

  for (const { path, parts, page } of gated) {
    it(`/${path} uses only keys the shell and its parts (${parts.join(', ')}) have`, () => {
      const available = [...Object.keys(shellNb), ...parts.flatMap((part) => GROUPS[part])];
      const others = Object.values(GROUPS).flat();
      expect(keysOutside([page], available, others, { dynamic: true })).toEqual([]);
    });
  }
});
