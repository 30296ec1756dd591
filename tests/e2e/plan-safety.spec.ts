import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { gotoReady } from './support/page-ready';
import { nextStep, putPlans, readPlans } from './support/plan-builder';

const THREATS = 'Mijn kind scheldt of dreigt als iets niet mag.';
const KICKED = 'Toen ik de wifi uitzette, schopte hij een keer tegen de deur';

function planWith(patch: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'plan-safety',
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    step: 'now',
    items: [],
    startItemIds: [],
    changes: [],
    contact: [],
    escalation: { responses: [], whoToCall: '' },
    supporters: [],
    reviewOn: '',
    ...patch,
  };
}

async function openWithPlan(page: Page, url: string, plan: Record<string, unknown>) {
  await gotoReady(page, '/nl/plan');
  await expect(page.getByRole('link', { name: 'Begin je plan' })).toBeVisible();
  await putPlans(page, [plan]);
  await gotoReady(page, url);
}

test('an own line that sounds like violence: the form asks once, by keyboard, and "Nee" keeps it ordinary', async ({ page }) => {
  await gotoReady(page, '/nl/plan/stap?n=1');
  const field = page.getByLabel('Wat gebeurt er nog meer bij jullie thuis?');
  await field.fill('Hij dreigt te stoppen met school');
  await field.press('Enter');
  const question = page.getByRole('group', { name: 'Gaat dit over geweld, dreigen of vernielen in huis?' });
  await expect(question.getByRole('button', { name: 'Ja' })).toBeFocused();
  await expectNoAxeViolations(page, 'step 1 question', ['light']);
  await page.keyboard.press('Tab');
  await expect(question.getByRole('button', { name: 'Nee' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(field).toBeFocused();
  await expect(page.getByText('1 situatie op je lijst')).toBeVisible();

  await nextStep(page, 'Sorteer je lijst');
  // "Accept" on an own item asks once more, inline; "Ja" stores it.
  await page.getByRole('group', { name: 'Hij dreigt te stoppen met school' }).getByRole('radio', { name: 'Accepteer ik voor nu' }).click();
  const check = page.getByRole('group', { name: /^Weet je het zeker\?/ });
  await expect(check.getByRole('button', { name: 'Ja, ik accepteer dit voor nu' })).toBeFocused();
  await expectNoAxeViolations(page, 'step 2 gentle question', ['light']);
  await page.keyboard.press('Enter');
  await expect(check).toHaveCount(0);
  await expect.poll(async () => ((await readPlans(page))[0]?.items as { decision?: string }[] | undefined)?.[0]?.decision).toBe('accept');
});

// Usability review 2026-12, problem 1: her own words, tapped on a phone, could be "accepted".
test('the review\'s own item: "Ja" is suggested, it can never be accepted, and the printed plan never lists it under "accept"', async ({ page }) => {
  await gotoReady(page, '/nl/plan/stap?n=1');
  const field = page.getByLabel('Wat gebeurt er nog meer bij jullie thuis?');
  await field.fill(KICKED);
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  const question = page.getByRole('group', { name: 'Gaat dit over geweld, dreigen of vernielen in huis?' });
  await expect(question.getByRole('button', { name: 'Ja' })).toBeFocused();
  await question.getByRole('button', { name: 'Ja' }).click();
  await nextStep(page, 'Sorteer je lijst');
  const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: KICKED }) });
  const accept = item.getByRole('radio', { name: 'Accepteer ik voor nu' });
  await accept.click({ force: true }); // aria-disabled
  await expect(item.getByRole('alert')).toContainText('Dit kan niet bij ‘Accepteer ik voor nu’');
  await expect(accept).not.toBeChecked();
  await expect(item.getByRole('link', { name: /Veilig Thuis/ })).toHaveAttribute('href', 'tel:08002000');
  await gotoReady(page, '/nl/plan');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Dit accepteer ik voor nu' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Nog niet gesorteerd' })).toContainText(KICKED);
});

test('a safety item to start with: help lines and an announcement against violence, not "you can cope"', async ({ page }) => {
  await openWithPlan(page, '/nl/plan/stap?n=4', planWith({ step: 'change', items: [{ id: 'i1', catalogueId: 'shouting-threats', decision: 'stop' }], startItemIds: ['i1'] }));
  const section = page.getByRole('region', { name: THREATS });
  await expect(section.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
  await expect(section.getByRole('link', { name: /Veilig Thuis/ })).toHaveAttribute('href', 'tel:08002000');
  await section.getByText('Voorbeelden om mee te beginnen').click();
  await expect(section.getByRole('button', { name: 'Gebruik dit voorbeeld' })).toHaveCount(1);
  await expect(section).not.toContainText('aankunt');
  await section.getByRole('button', { name: 'Gebruik dit voorbeeld' }).click();
  await expect(section.getByLabel('Wat zeg je tegen je kind?')).toHaveValue(/^Ik accepteer geen geweld meer in ons huis\./);
  await expectNoAxeViolations(page, 'nl step 4, safety item');
});

test('the sort step shows the help lines beside a safety item', async ({ page }) => {
  await openWithPlan(page, '/nl/plan/stap?n=2', planWith({ step: 'sort', items: [{ id: 'i1', catalogueId: 'shouting-threats' }] }));
  const item = page.getByRole('listitem').filter({ has: page.getByRole('group', { name: THREATS }) });
  await expect(item.getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');
  await expect(item.getByRole('link', { name: /Veilig Thuis/ })).toHaveAttribute('href', 'tel:08002000');
});

test('step 8 keeps a typed day only from today on, and says why', async ({ page }) => {
  await openWithPlan(page, '/nl/plan/stap?n=8', planWith({ step: 'review' }));
  const date = page.getByLabel('Op welke dag kijk je terug?');
  const message = page.getByText('Die dag is al voorbij. Kies vandaag of een dag later.');
  // Typed digit by digit (day and month the same, whatever order the browser shows): on the
  // way the browser gives a day in year 2, 20 and 202.
  await date.focus();
  await page.keyboard.type('02022999');
  await expect.poll(async () => (await readPlans(page))[0]?.reviewOn).toBe('2999-02-02');
  await expect(message).toHaveCount(0);
  await date.fill('2020-01-01');
  await expect(message).toBeVisible();
  await expect(page.getByText(/Je kijkt terug op .*2 februari 2999/)).toBeVisible();
  expect((await readPlans(page))[0]?.reviewOn).toBe('2999-02-02');
});
