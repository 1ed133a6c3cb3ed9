import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../../support/browser';

/** Every page state must have 0 WCAG 2.1 A/AA violations; the diff shows the offending nodes. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
