import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe (WCAG 2.2 AA) on the page as it is, in light and dark (or only the schemes given),
 * and expects no violations.
 */
export async function expectNoAxeViolations(page: Page, context = '', schemes: readonly ('light' | 'dark')[] = ['light', 'dark']): Promise<void> {
  // The header sticks to the top and the tab bar to the bottom: whatever has scrolled under them
  // counts as covered for axe's target-size rule, which is about layout, not about where the page
  // happens to be scrolled. From the top nothing sits under the header.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (const colorScheme of schemes) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${context} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`.trim())).toEqual([]);
  }
}
