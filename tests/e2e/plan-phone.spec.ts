import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { gotoReady } from './support/page-ready';
import { putPlans } from './support/plan-builder';

// The plan on a 390 px phone, tapped the way a finger does (usability review 2026-12).
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const LONG_OWN = 'Ik breng elke avond om half acht het eten op een dienblad naar de kamer van mijn kind en zet het bij de deur';

function plan(patch: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'plan-phone',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    step: 'review',
    items: [
      { id: 'i1', text: LONG_OWN, group: 'food', aboutViolence: false, decision: 'stop' },
      { id: 'i2', catalogueId: 'screens-all-night', decision: 'accept' },
    ],
    startItemIds: ['i1'],
    changes: [{ itemId: 'i1', action: 'Ik zet het eten om half zeven op tafel.', startsOn: '2026-11-30', announcement: '' }],
    contact: [],
    escalation: { responses: [], whoToCall: 'Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567' },
    supporters: [],
    reviewOn: '2026-12-20',
    ...patch,
  };
}

async function openWithPlan(page: Page, url: string, stored: Record<string, unknown>) {
  await gotoReady(page, '/nl/plan');
  await expect(page.getByRole('link', { name: 'Begin je plan' })).toBeVisible();
  await putPlans(page, [stored]);
  await gotoReady(page, url);
}

test('one tap on "Klaar: bekijk je plan" opens the finished plan and says it is ready', async ({ page }) => {
  await openWithPlan(page, '/nl/plan/stap?n=8', plan());
  await page.getByRole('button', { name: 'Klaar: bekijk je plan' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Je plan is klaar.' })).toBeVisible();
  await expectNoAxeViolations(page, 'plan page, just finished', ['light']);
  // It stays on the plan (the bug replaced it with step 8 right after; the axe pass takes seconds).
  await expect(page).toHaveURL(/\/nl\/plan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan' })).toBeVisible();
  // Shown once: a reload is a calm plan page again.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan' })).toBeVisible();
  await expect(page.getByText('Je plan is klaar.')).toHaveCount(0);
});

test('the plan page: numbers are tel: links, Afdrukken is the main action, no zero counts; a note returns to the plan', async ({ page }) => {
  await openWithPlan(page, '/nl/plan', plan({ completedAt: '2026-11-21T10:00:00.000Z' }));
  const escalation = page.getByRole('region', { name: 'Als het escaleert' });
  await expect(escalation.getByRole('link', { name: '06-12345678' })).toHaveAttribute('href', 'tel:0612345678');
  await expect(escalation.getByRole('link', { name: '070-1234567' })).toHaveAttribute('href', 'tel:0701234567');
  await expect(escalation.getByRole('link', { name: '112' })).toHaveAttribute('href', 'tel:112');
  await expect(escalation.getByRole('link', { name: '0800-2000' })).toHaveAttribute('href', 'tel:08002000');
  await expect(page.locator('.plan-page .button--primary')).toHaveText(['Afdrukken']);
  await expect(page.getByText(/0 notities/)).toHaveCount(0);

  const start = page.getByRole('article').filter({ has: page.getByRole('heading', { name: LONG_OWN }) });
  await start.getByRole('link', { name: 'Schrijf een notitie over dit punt' }).tap();
  await expect(page.getByRole('radio', { name: LONG_OWN })).toBeChecked();
  // The long item wraps: nothing slides sideways on a 390 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(page, 'entry editor with the plan choice');
  await page.getByLabel('Wat wil je opschrijven?').fill('Hij kwam om half zeven naar beneden.');
  await page.getByRole('button', { name: 'Opslaan' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Je plan' })).toBeVisible();
  await expect(start.getByRole('heading', { name: '1 notitie in je dagboek' })).toBeVisible();
  await expect(start).toContainText('Hij kwam om half zeven naar beneden.');
});

test('the entry page ignores a return address that is not the plan', async ({ page }) => {
  await openWithPlan(page, '/nl/dagboek/notitie?terug=https%3A%2F%2Fexample.com%2Fnl%2Fplan', plan());
  await page.getByLabel('Wat wil je opschrijven?').fill('Een gewone notitie.');
  await page.getByRole('button', { name: 'Opslaan' }).tap();
  await expect(page.getByText('Je notitie is opgeslagen.')).toBeVisible();
  await expect(page).toHaveURL(/\/nl\/dagboek$/);
});

test('the step bar stays under the thumb on the long first step, and leaves the last field free', async ({ page }) => {
  await openWithPlan(page, '/nl/plan/stap?n=1', plan({ step: 'now' }));
  const next = page.getByRole('link', { name: 'Volgende stap' });
  // At the top of a 4-screen step the next button is already on screen, at the bottom.
  await expect(next).toBeInViewport();
  const box = await next.boundingBox();
  expect(box!.y + box!.height).toBeGreaterThan(844 - 120);
  // Scrolled to the end, the last control is not covered by the bar.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bar = await page.locator('.plan-builder__nav').boundingBox();
  const add = await page.getByRole('button', { name: 'Toevoegen' }).boundingBox();
  expect(add!.y + add!.height).toBeLessThanOrEqual(bar!.y);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.plan-builder__nav')).toBeHidden();
});
