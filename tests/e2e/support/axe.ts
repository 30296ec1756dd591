import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules a colour scheme can change. The dark theme redefines colour custom properties and
 * nothing else (tests/unit/color-scheme.test.ts keeps it so), so after the first scheme only these
 * need a second pass: the same page, the same structure, other colours.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe runs on each template once, in Dutch, the first language. The English screens are the same
 * components with other strings (tests/unit/strings.test.ts keeps both languages' keys equal), and
 * each pass takes seconds. Module pages are the exception: their markup comes from content files,
 * so a11y.spec.ts checks a sample module in each language.
 */
export const AXE_LOCALES = ['nl'] as const;

/**
 * Runs axe (WCAG 2.2 AA) on the page as it is, in light and dark (or only the schemes given),
 * and expects no violations. The first scheme gets every rule, the others the colour rules.
 */
export async function expectNoAxeViolations(page: Page, context = '', schemes: readonly ('light' | 'dark')[] = ['light', 'dark']): Promise<void> {
  // The header sticks to the top and the tab bar to the bottom: whatever has scrolled under them
  // counts as covered for axe's target-size rule, which is about layout, not about where the page
  // happens to be scrolled. From the top nothing sits under the header.
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (const [index, colorScheme] of schemes.entries()) {
    await page.emulateMedia({ colorScheme });
    const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    const results = await (index === 0 ? builder.withTags(TAGS) : builder.withRules(COLOUR_RULES)).analyze();
    expect(results.violations.map((v) => `${context} ${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`.trim())).toEqual([]);
  }
}
