import { expect, test, type Page } from '@playwright/test';
import { AXE_LOCALES, expectNoAxeViolations } from './support/axe';
import { gotoReady } from './support/page-ready';
import { nextStep, putPlans, readPlans, sort, tick } from './support/plan-builder';
import { waitForServiceWorker } from './support/service-worker';

const MEALS = 'Ik breng het eten naar de kamer van mijn kind.';
const THREATS = 'Mijn kind scheldt of dreigt als iets niet mag.';
const OWN = 'Ik sta om drie uur ’s nachts op om de wifi te herstarten';

/** A full plan in both languages' catalogue ids, with long texts, for axe and print. */
function fullPlan(id = 'plan-full'): Record<string, unknown> {
  const long = 'Ik zet het eten om zes uur op tafel en breng het niet meer naar boven. '.repeat(4).trim();
  return {
    id,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-21T10:00:00.000Z',
    step: 'review',
    items: [
      { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
      { id: 'i2', catalogueId: 'pay-games', decision: 'stop' },
      { id: 'i3', catalogueId: 'screens-all-night', decision: 'accept' },
      { id: 'i4', catalogueId: 'excuses-school', decision: 'later' },
      { id: 'i5', catalogueId: 'shouting-threats', decision: 'later' },
      { id: 'i6', catalogueId: 'hygiene-unmentioned', decision: 'accept' },
      { id: 'i7', text: OWN, group: 'rhythm', decision: 'stop' },
      { id: 'i8', catalogueId: 'keep-secret' },
    ],
    startItemIds: ['i1', 'i2'],
    changes: [
      { itemId: 'i1', action: long, startsOn: '2026-11-30', announcement: `Ik weet dat dit moeilijk voor je is. Ik vertrouw erop dat je dit aankunt. ${long}` },
      { itemId: 'i2', action: 'geen aankopen in games meer betalen', startsOn: '2026-12-07', announcement: 'Ik zie dat games belangrijk voor je zijn. Vanaf 7 december betaal ik geen aankopen in games meer.' },
    ],
    contact: [{ id: 'c1', catalogueId: 'knock-good-night' }, { id: 'c2', catalogueId: 'meal-fixed-time' }, { id: 'c3', text: 'Op zaterdag samen naar het voetbal kijken' }],
    escalation: { responses: [{ id: 'e1', catalogueId: 'delay' }, { id: 'e2', catalogueId: 'step-away' }, { id: 'e3', text: 'De buurvrouw een berichtje sturen' }], whoToCall: 'Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567' },
    supporters: [
      { id: 's1', name: 'Anna', role: 'Zus, is erbij als ik het vertel' },
      { id: 's2', name: 'Karin', role: 'Lotgenoot' },
    ],
    reviewOn: '2026-12-20',
    completedAt: '2026-11-21T10:00:00.000Z',
  };
}

async function openWithPlans(page: Page, url: string, plans: Record<string, unknown>[]) {
  await gotoReady(page, '/nl/plan');
  await expect(page.getByRole('link', { name: 'Begin je plan' })).toBeVisible();
  await putPlans(page, plans);
  await gotoReady(page, url);
}

test.describe('plan builder, offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('build a full plan, reload offline and find it intact', async ({ page, context }) => {
    await gotoReady(page, '/nl/plan');
    await waitForServiceWorker(page);
    await page.getByRole('link', { name: 'Begin je plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Wat gebeurt er nu?' })).toBeVisible();

    // 1. What happens now
    await tick(page, MEALS);
    await tick(page, THREATS);
    await page.getByLabel('Wat gebeurt er nog meer bij jullie thuis?').fill(OWN);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('group', { name: 'Gaat dit over geweld, dreigen of vernielen in huis?' }).getByRole('button', { name: 'Nee' }).click();
    await expect(page.getByText('3 situaties op je lijst')).toBeVisible();

    // 2. Sort; a safety item cannot be accepted
    await nextStep(page, 'Sorteer je lijst');
    await sort(page, MEALS, 'Accepteer ik niet meer');
    await page.getByRole('group', { name: OWN }).getByRole('radio', { name: 'Accepteer ik voor nu' }).click();
    await page.getByRole('button', { name: 'Ja, ik accepteer dit voor nu' }).click();
    await expect(page.getByRole('group', { name: OWN }).getByRole('radio', { name: 'Accepteer ik voor nu' })).toBeChecked();
    const accept = page.getByRole('group', { name: THREATS }).getByRole('radio', { name: 'Accepteer ik voor nu' });
    await accept.click({ force: true }); // aria-disabled: Playwright would wait for it to be enabled
    await expect(page.getByRole('alert')).toContainText('Dit kan niet bij ‘Accepteer ik voor nu’');
    await expect(accept).not.toBeChecked();
    await sort(page, THREATS, 'Later');

    // 3. Where to start
    await nextStep(page, 'Waar begin ik?');
    await tick(page, MEALS);

    // 4. What I will do differently
    await nextStep(page, 'Wat ga ik anders doen?');
    await page.getByLabel(/Wat ga je anders doen/).fill('het eten om zes uur op tafel zetten');
    await page.getByLabel('Vanaf welke dag?').fill('2026-11-30');
    await page.getByText('Voorbeelden om mee te beginnen').click();
    await page.getByRole('button', { name: 'Gebruik dit voorbeeld' }).first().click();
    const words = page.getByLabel('Wat zeg je tegen je kind?');
    await expect(words).toBeFocused();
    await expect(words).toHaveValue('Ik weet dat dit moeilijk voor je is. Ik vertrouw erop dat je dit aankunt. Vanaf maandag 30 november ga ik het eten om zes uur op tafel zetten.');

    // 5. Contact
    await nextStep(page, 'Contact dat ik blijf bieden');
    await tick(page, /aankloppen en welterusten/);

    // 6. Escalation
    await nextStep(page, 'Als het escaleert');
    await tick(page, /Hier kom ik later op terug/);
    await page.getByLabel('Wie bel je?').fill('Mijn zus Anna');
    await expect(page.getByRole('region', { name: 'Wanneer bel je hulp?' }).getByRole('link', { name: /112/ })).toHaveAttribute('href', 'tel:112');

    // 7. Supporters
    await nextStep(page, 'Wie steunt mij?');
    await page.getByRole('button', { name: 'Persoon toevoegen' }).click();
    await expect(page.getByLabel('Naam')).toBeFocused();
    await page.getByLabel('Naam').fill('Anna');
    await page.getByLabel(/Wie is het/).fill('Zus');

    // 8. Review
    await nextStep(page, 'Wanneer kijk ik terug?');
    await page.getByRole('button', { name: 'Over 4 weken' }).click();
    await expect(page.getByText(/Je kijkt terug op/)).toBeVisible();
    await page.getByRole('button', { name: 'Klaar: bekijk je plan' }).click();

    const check = async () => {
      await expect(page.getByRole('heading', { level: 1, name: 'Je plan' })).toBeVisible();
      const start = page.getByRole('region', { name: 'Hier begin ik mee' });
      await expect(start.getByRole('heading', { name: MEALS })).toBeVisible();
      await expect(start).toContainText('het eten om zes uur op tafel zetten');
      await expect(start).toContainText('maandag 30 november 2026');
      await expect(page.getByRole('region', { name: 'Dit accepteer ik voor nu' })).toContainText(OWN);
      await expect(page.getByRole('region', { name: 'Hier kijk ik later naar' })).toContainText(THREATS);
      await expect(page.getByRole('region', { name: 'Contact dat ik blijf bieden' })).toContainText('aankloppen');
      await expect(page.getByRole('region', { name: 'Als het escaleert' })).toContainText('Mijn zus Anna');
      await expect(page.getByRole('region', { name: 'Wie steunt mij?' })).toContainText('Anna — Zus');
      await expect(page.getByText('Je plan is nog niet af.')).toHaveCount(0);
    };
    await check();

    await context.setOffline(true);
    await page.reload();
    await check();
    await page.goto('/nl/plan/stap?n=4');
    await expect(page.getByLabel('Wat zeg je tegen je kind?')).toHaveValue(/Vanaf maandag 30 november/);
  });
});

test('leaving halfway resumes at the same step; Back and Forward keep the data', async ({ page }) => {
  await gotoReady(page, '/nl/plan/stap?n=1');
  await tick(page, MEALS);
  await nextStep(page, 'Sorteer je lijst');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat gebeurt er nu?' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: MEALS })).toBeChecked();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Sorteer je lijst' })).toBeVisible();
  await sort(page, MEALS, 'Accepteer ik niet meer');

  await gotoReady(page, '/nl');
  await gotoReady(page, '/nl/plan/stap');
  await expect(page.getByRole('heading', { level: 1, name: 'Sorteer je lijst' })).toBeVisible();
  await expect(page).toHaveURL(/\/nl\/plan\/stap\?n=2$/);
  await expect(page.getByRole('group', { name: MEALS }).getByRole('radio', { name: 'Accepteer ik niet meer' })).toBeChecked();
  await page.goto('/nl/plan');
  await expect(page.getByRole('link', { name: 'Ga verder bij stap 2: Sorteer je lijst' })).toBeVisible();
});

test('very long texts are kept whole', async ({ page }) => {
  await openWithPlans(page, '/nl/plan/stap?n=4', [fullPlan()]);
  const long = 'Ik blijf rustig en zeg wat ik ga doen. '.repeat(120).trim();
  await page.getByLabel('Wat zeg je tegen je kind?').first().fill(long);
  // The builder stores each change as it is typed; reload once this one is stored, as a parent would see it.
  await expect
    .poll(async () => {
      const [plan] = await readPlans(page);
      // A changed change moves to the end of the list: find it by its item.
      return (plan?.changes as { itemId: string; announcement?: string }[] | undefined)?.find((change) => change.itemId === 'i1')?.announcement;
    })
    .toBe(long);
  await page.reload();
  await expect(page.getByLabel('Wat zeg je tegen je kind?').first()).toHaveValue(long);
});

test('a diary entry linked to a start item shows on the plan', async ({ page }) => {
  await openWithPlans(page, '/nl/plan', [fullPlan()]);
  const item = page.getByRole('article').filter({ has: page.getByRole('heading', { name: MEALS }) });
  await expect(item.getByRole('heading', { level: 4 })).toHaveCount(0);
  await item.getByRole('link', { name: 'Schrijf een notitie over dit punt' }).click();
  const choice = page.getByRole('group', { name: 'Hoort bij je plan' });
  await expect(choice.getByRole('radio', { name: MEALS })).toBeChecked();
  await page.getByLabel('Wat wil je opschrijven?').fill('Hij kwam om zes uur naar beneden en at mee.');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  // Back on the plan, with the entry under its item.
  await expect(page.getByText('Je notitie is opgeslagen. Je ziet haar hier bij je plan.')).toBeVisible();
  await expect(item.getByRole('heading', { name: '1 notitie in je dagboek' })).toBeVisible();
  await expect(item).toContainText('Hij kwam om zes uur naar beneden en at mee.');

  // The other way round: a new entry picks the plan item itself.
  await gotoReady(page, '/nl/dagboek/notitie');
  await page.getByLabel('Wat wil je opschrijven?').fill('Geen game-aankopen betaald. Hij was boos, ik bleef rustig.');
  await choice.getByRole('radio', { name: 'Ik betaal games, abonnementen en aankopen in games.' }).check();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByText('Je notitie is opgeslagen.')).toBeVisible();

  await gotoReady(page, '/nl/plan');
  const games = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Ik betaal games, abonnementen en aankopen in games.' }) });
  await expect(games).toContainText('Hij was boos, ik bleef rustig.');
});

test('print shows the summary only, on one or two A4 pages', async ({ page }) => {
  await openWithPlans(page, '/nl/plan', [fullPlan()]);
  await expect(page.getByRole('region', { name: 'Hier begin ik mee' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Hier begin ik mee' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Wie steunt mij?' })).toBeVisible();
  for (const hidden of [page.locator('.site-header'), page.locator('.site-footer'), page.getByRole('button', { name: 'Afdrukken' }), page.getByRole('heading', { name: 'Een nieuw plan' })]) {
    await expect(hidden).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('home says when it is time to look back', async ({ page }) => {
  await openWithPlans(page, '/nl', [{ ...fullPlan(), reviewOn: '2026-01-01' }]);
  // The reminder date is mirrored when the app saves a plan; change the plan so it does. (A
  // review day in the past cannot be typed: step 8 refuses it.)
  await gotoReady(page, '/nl/plan/stap?n=1');
  await tick(page, 'We nodigen niemand meer uit bij ons thuis.');
  await expect.poll(async () => (await readPlans(page))[0]?.items).toContainEqual(expect.objectContaining({ catalogueId: 'no-visitors' }));
  await gotoReady(page, '/nl');
  await expect(page.getByRole('heading', { name: 'Tijd om terug te kijken op je plan' })).toBeVisible();
  await page.getByRole('link', { name: 'Bekijk je plan' }).click();
  await expect(page.getByRole('heading', { name: 'Tijd om terug te kijken', exact: true })).toBeVisible();
});

test('the language switch keeps which plan and which step', async ({ page }) => {
  await openWithPlans(page, '/nl/plan/stap?n=3', [fullPlan()]);
  await page.getByRole('link', { name: 'Read Kier in English' }).click();
  await expect(page).toHaveURL(/\/en\/plan\/step\?n=3$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Where do I start?' })).toBeVisible();
  await gotoReady(page, '/en/plan?id=plan-full');
  await page.getByRole('link', { name: 'Lees Kier in het Nederlands' }).click();
  await expect(page).toHaveURL(/\/nl\/plan\?id=plan-full$/);
});

test('an earlier plan stays readable after a new plan starts as its copy', async ({ page }) => {
  await openWithPlans(page, '/nl/plan', [fullPlan()]);
  await page.getByRole('button', { name: 'Nieuw plan op basis van dit plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wat gebeurt er nu?' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: MEALS })).toBeChecked();
  await expect.poll(async () => (await readPlans(page)).length).toBe(2);
  await gotoReady(page, '/nl/plan');
  await page.getByRole('link', { name: /Plan van 20 november 2026/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Een eerder plan' })).toBeVisible();
  await expect(page.getByText('Dit is een eerder plan.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Plan aanpassen' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Hier begin ik mee' })).toContainText('het eten om zes uur op tafel');
});

test('the module explains and links into the builder, and the builder links back', async ({ page }) => {
  await gotoReady(page, '/nl/m/wat-accepteer-ik');
  await page.getByRole('main').getByRole('link', { name: 'Maak je plan', exact: true }).first().click();
  await expect(page).toHaveURL(/\/nl\/plan\/stap/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await gotoReady(page, '/nl/plan/stap?n=3');
  await expect(page.getByRole('link', { name: /Wat accepteer ik/ }).first()).toHaveAttribute('href', '/nl/m/wat-accepteer-ik');
});

// Every step and the plan page, light and dark (see AXE_LOCALES for the language), in groups of a
// few screens so that each test stays well inside its timeout and the groups spread over the workers.
const AXE_SCREENS = [['empty', 1, 2, 3], [4, 5, 6], [7, 8, 'plan']] as const;
for (const locale of AXE_LOCALES) {
  for (const screens of AXE_SCREENS) {
    test(`axe: the plan builder in ${locale}, ${screens.join(', ')}`, async ({ page }) => {
      test.setTimeout(60_000);
      const stepPath = { nl: '/nl/plan/stap', en: '/en/plan/step' }[locale];
      await gotoReady(page, `/${locale}/plan`);
      if (screens[0] === 'empty') await expectNoAxeViolations(page, `${locale} plan, empty`);
      await putPlans(page, [fullPlan()]);
      for (const screen of screens) {
        if (screen === 'empty') continue;
        if (screen === 'plan') {
          await gotoReady(page, `/${locale}/plan`);
          await expect(page.locator('.plan-summary')).toBeVisible();
          await expectNoAxeViolations(page, `${locale} plan page`);
          continue;
        }
        await gotoReady(page, `${stepPath}?n=${screen}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('.step-intro')).toBeVisible();
        if (screen === 2) {
          await page.getByRole('radio', { name: locale === 'nl' ? 'Accepteer ik voor nu' : 'I accept this for now' }).nth(4).click({ force: true });
          await expect(page.getByRole('alert')).toBeVisible();
        }
        if (screen === 3) await page.getByRole('checkbox').nth(2).click();
        if (screen === 4) await page.locator('details.templates summary').first().click();
        await expectNoAxeViolations(page, `${locale} step ${screen}`);
      }
    });
  }
}

test('text at 200% does not break the builder or the plan page', async ({ page }) => {
  await openWithPlans(page, '/nl/plan', [fullPlan()]);
  for (const route of ['/nl/plan', '/nl/plan/stap?n=1', '/nl/plan/stap?n=2', '/nl/plan/stap?n=4', '/nl/plan/stap?n=7']) {
    await gotoReady(page, route);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${route} scrolls sideways at 200% text`).toBeLessThanOrEqual(0);
  }
});

test('two tabs on one plan: the other tab is told, and nothing is silently overwritten', async ({ page, context }) => {
  await openWithPlans(page, '/nl/plan/stap?n=1', [fullPlan()]);
  const other = await context.newPage();
  await gotoReady(other, '/nl/plan/stap?n=1');
  await expect(other.getByRole('checkbox', { name: MEALS })).toBeChecked();

  await tick(page, /Ik doe alle was van mijn kind/);
  await expect(other.getByRole('alert')).toContainText('in een ander venster of tabblad veranderd');
  // A change made here before loading the newest version is refused, not written over the other tab's.
  await tick(other, /Ik mag de kamer niet in/);
  await other.getByRole('button', { name: 'Laad de nieuwste versie' }).click();
  await expect(other.getByRole('checkbox', { name: /Ik doe alle was van mijn kind/ })).toBeChecked();
  await expect(other.getByRole('checkbox', { name: /Ik mag de kamer niet in/ })).not.toBeChecked();
  await tick(other, /Ik mag de kamer niet in/);
  await expect(page.getByRole('alert')).toContainText('in een ander venster of tabblad veranderd');

  await gotoReady(page, '/nl/plan/stap?n=1');
  await expect(page.getByRole('checkbox', { name: /Ik doe alle was van mijn kind/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Ik mag de kamer niet in/ })).toBeChecked();
});
