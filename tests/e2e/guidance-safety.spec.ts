import { expect, test, type Page } from '@playwright/test';
import { gotoReady } from './support/page-ready';
import { putPlans } from './support/plan-builder';

/** The saved country for help lines, as the settings and help page keep it. */
async function chooseCountry(page: Page, country: 'NL' | 'BE') {
  await page.evaluate((value) => {
    const key = 'kier:preferences:v1';
    const saved = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
    localStorage.setItem(key, JSON.stringify({ ...saved, country: value }));
  }, country);
}

async function expectCall(region: ReturnType<Page['getByRole']>, number: RegExp, href: string) {
  await expect(region.getByRole('link', { name: number }).first()).toHaveAttribute('href', href);
}

test('the help page: "when it goes wrong" keeps the parent near a child who talks about not wanting to live, and leads to the threat guidance', async ({ page }) => {
  await gotoReady(page, '/nl/hulp');
  const steps = page.getByRole('region', { name: 'Als het misgaat' }).getByRole('listitem');
  await expect(steps).toHaveCount(7);
  await expect(steps.filter({ hasText: 'Ga even weg' })).toContainText('Blijf in de buurt als dat veilig is');
  await steps.filter({ hasText: 'Dreigt je kind?' }).getByRole('link', { name: 'Als je kind dreigt' }).click();
  await expect(page).toHaveURL(/#als-je-kind-dreigt$/);
  await expect(steps.filter({ hasText: 'Schrijf het later op' }).getByRole('link')).toHaveAttribute('href', '/nl/dagboek/notitie');
});

test('the help page shows the threat guidance with the lines of both countries', async ({ page }) => {
  await gotoReady(page, '/nl/hulp');
  const threats = page.getByRole('region', { name: 'Als je kind dreigt' });
  await expect(threats).toContainText('Stilzetten voor de veiligheid is geen toegeven');
  await expectCall(threats, /113 Zelfmoordpreventie: 0800-0113/, 'tel:08000113');
  await expectCall(threats, /Veilig Thuis: 0800-2000/, 'tel:08002000');
  await expect(threats.getByRole('link', { name: 'Lees meer: Als je kind dreigt' })).toHaveAttribute('href', '/nl/m/als-je-kind-dreigt');

  await page.getByRole('radio', { name: 'België (Vlaanderen)' }).check();
  await expectCall(threats, /Zelfmoordlijn 1813: 1813/, 'tel:1813');
  await expectCall(threats, /1712: 1712/, 'tel:1712');
  await expectCall(threats, /Politie \(dringend\): 101/, 'tel:101');
  await expect(threats.getByRole('link', { name: /0800-/ })).toHaveCount(0);
});

test('Belgian help at night: 1712 says it is a daytime line and points to 101, Tele-Onthaal is there, and the police heading fits 101', async ({ page }) => {
  await gotoReady(page, '/nl/hulp');
  await page.getByRole('radio', { name: 'België (Vlaanderen)' }).check();
  const violence = page.getByRole('region', { name: 'Geweld of onveilig thuis' });
  await expect(violence).toContainText('ook als je eigen kind geweld gebruikt tegen jou');
  await expect(violence).toContainText("'s Nachts of bij gevaar: politie 101 of 112");
  await expect(page.getByRole('region', { name: 'Politie' })).not.toContainText('zonder spoed');
  await expect(page.getByRole('region', { name: 'Zorgen om je volwassen kind' })).toContainText('Similes');
  await page.getByRole('radio', { name: 'Nederland' }).check();
  await expectCall(page.getByRole('region', { name: 'Zorgen om je volwassen kind' }), /Meldpunt Zorgwekkend Gedrag: 0800-1205/, 'tel:08001205');
  await expect(page.getByText(/^Nummers en uren nagekeken tegen openbare bronnen/)).toBeVisible();
});

test('plan step 6 shows what to do when the child answers the change with a threat, with the lines of the parent\'s country', async ({ page }) => {
  await gotoReady(page, '/en/plan/step?n=6');
  const threats = page.getByRole('region', { name: 'If your child threatens' });
  await expect(threats).toContainText('Pausing for safety is not giving in');
  await expectCall(threats, /113 Suicide Prevention: 0800-0113/, 'tel:08000113');
  await expectCall(threats, /Veilig Thuis .*: 0800-2000/, 'tel:08002000');

  await chooseCountry(page, 'BE');
  await gotoReady(page, '/en/plan/step?n=6');
  await expectCall(threats, /Suicide line 1813: 1813/, 'tel:1813');
  await expectCall(threats, /1712: 1712/, 'tel:1712');
  await expectCall(threats, /Police \(urgent\): 101/, 'tel:101');
});

test('a module shows the route block for the parent\'s country, and switches to the other', async ({ page }) => {
  await gotoReady(page, '/nl/m/hulp-zoeken');
  const routes = page.getByRole('region', { name: 'Waar kun je terecht?' });
  await expect(routes).toContainText('Hulp in Nederland');
  await expect(routes.getByRole('heading', { level: 3, name: 'Het wijkteam of CJG van je gemeente' })).toBeVisible();
  await expectCall(routes, /Meldpunt Zorgwekkend Gedrag: 0800-1205/, 'tel:08001205');

  await routes.getByRole('button', { name: 'Toon hulp in België (Vlaanderen)' }).click();
  await expect(routes).toContainText('Hulp in België (Vlaanderen)');
  await expect(routes.getByRole('heading', { level: 3, name: 'Het CAW, en het JAC voor jongeren' })).toBeVisible();
  await expectCall(routes, /Zelfmoordlijn 1813: 1813/, 'tel:1813');
  await expect(routes.getByRole('link', { name: /0800-1205/ })).toHaveCount(0);
  // Looking at the other country does not change the parent's saved choice.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Waar kun je terecht?' })).toContainText('Hulp in Nederland');

  await chooseCountry(page, 'BE');
  await gotoReady(page, '/en/m/hulp-zoeken');
  const english = page.getByRole('region', { name: 'Where can you turn?' });
  await expect(english).toContainText('Help in Belgium (Flanders)');
  await expect(english.getByRole('button', { name: 'Show help in The Netherlands' })).toBeVisible();
});

test('food is never the lever: a meal as the first change says food stays available, and the examples use laundry', async ({ page }) => {
  await gotoReady(page, '/nl/plan');
  await expect(page.getByRole('link', { name: 'Begin je plan' })).toBeVisible();
  await putPlans(page, [
    {
      id: 'plan-food',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      step: 'change',
      items: [
        { id: 'i1', catalogueId: 'meals-to-room', decision: 'stop' },
        { id: 'i2', catalogueId: 'laundry-done', decision: 'stop' },
      ],
      startItemIds: ['i1', 'i2'],
      changes: [],
      contact: [],
      escalation: { responses: [], whoToCall: '' },
      supporters: [],
      reviewOn: '',
    },
  ]);
  await gotoReady(page, '/nl/plan/stap?n=4');
  const meal = page.getByRole('region', { name: 'Ik breng het eten naar de kamer van mijn kind.' });
  await expect(meal).toContainText('Eten blijft altijd beschikbaar');
  await expect(meal).toContainText('Kies dan eerst een andere stap');
  const laundry = page.getByRole('region', { name: 'Ik doe alle was van mijn kind en ruim die op.' });
  await expect(laundry).not.toContainText('Eten blijft altijd beschikbaar');
  await expect(laundry).toContainText('ik was alleen nog wat in de wasmand ligt');
});
