import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { featureTextRoutes, lazyRoutes } from '../../tests/support/bundleSize';
import { CLIENT, keysOutside, lazyModulesIn, resolveModule } from '../../tests/support/textKeys';
import { shellNb } from '../i18n/shell/nb';
import { participationNb } from '../i18n/participation/nb';
import { featuresNb } from '../i18n/features/nb';

/**
 * The pages above FeatureMessages in router.tsx (the plan list, logging in, password reset) and
 * the frame around every page render with the shell's texts only (client/i18n/shell/): a key from
 * participation/ or features/ would show as the raw key there. This follows their static imports
 * through client/ and looks at every key they name.
 */
const gated = featureTextRoutes();
const shellPages = [...lazyRoutes()]
  .filter(([path]) => !gated.has(path))
  .map(([, module]) => resolveModule(join(CLIENT, 'app/router.tsx'), `../${module}`)!);
const entries = [
  join(CLIENT, 'main.tsx'),
  ...shellPages,
  ...lazyModulesIn(join(CLIENT, 'password-reset/passwordResetRoutes.tsx')),
];

describe('the shell pages’ texts', () => {
  it('finds the shell pages', () => {
    expect(shellPages.map((file) => relative(CLIENT, file))).toContain(
      'plan-list/PlanListPage.tsx',
    );
    expect(entries.length).toBeGreaterThan(shellPages.length + 1);
  });

  it('uses only keys the shell has', () => {
    expect(
      keysOutside(entries, Object.keys(shellNb), [
        ...Object.keys(participationNb),
        ...Object.keys(featuresNb),
      ]),
    ).toEqual([]);
  });
});
