import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { newPlan } from '../../src/features/plan/plan-edits';
import { plansSaved } from '../../src/features/plan/plan-store';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import type { Plan } from '../../src/storage/plans/plan';
import { planRepository } from '../../src/storage/plans/plan-repository';
import { freshDatabase } from '../support/fresh-database';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

async function freshPlanDatabase() {
  await plansSaved();
  await freshDatabase();
}

beforeEach(freshPlanDatabase);
afterEach(freshPlanDatabase);

/** A plan with one "no longer accept" item chosen as the start, and a safety item. */
function samplePlan(patch: Partial<Plan> = {}): Plan {
  return {
    ...newPlan('plan-1', new Date('2026-11-20T10:00:00Z')),
    items: [
      { id: 'meals', catalogueId: 'meals-to-room', decision: 'stop' },
      { id: 'games', catalogueId: 'pay-games', decision: 'stop' },
      { id: 'debts', catalogueId: 'pay-debts', decision: 'stop' },
      { id: 'threats', catalogueId: 'shouting-threats' },
      { id: 'own', text: 'Ik was om middernacht nog af' },
    ],
    startItemIds: ['meals'],
    ...patch,
  };
}

const QUESTION = 'Gaat dit over geweld, dreigen of vernielen in huis?';
const CHECK = 'Weet je het zeker? Als hier geweld, dreigen of vernielen in zit, hoef je dat nooit te accepteren.';
const KICKED = 'Toen ik de wifi uitzette, schopte hij een keer tegen de deur';

async function stored(): Promise<Plan | undefined> {
  await plansSaved();
  return planRepository.current();
}

describe('plan builder, step 1: what happens now', () => {
  it('stores nothing until the parent chooses something, then every change', async () => {
    renderAt('/nl/plan/stap?n=1');
    // The first test of the file loads the builder's lazy modules cold (about a second here).
    const meals = await screen.findByRole('checkbox', { name: 'Ik breng het eten naar de kamer van mijn kind.' }, { timeout: 8000 });
    expect(await planRepository.all()).toEqual([]);
    fireEvent.click(meals);
    await waitFor(async () => expect((await stored())?.items).toEqual([expect.objectContaining({ catalogueId: 'meals-to-room' })]));
    expect(screen.getByRole('group', { name: 'Eten en verzorging' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Agressie en veiligheid' })).toBeTruthy();
  });

  it('adds and removes an own situation, with an optional group', async () => {
    renderAt('/nl/plan/stap?n=1');
    const input = await screen.findByLabelText('Wat gebeurt er nog meer bij jullie thuis?');
    fireEvent.input(input, { target: { value: 'Ik was om middernacht nog af' } });
    fireEvent.change(screen.getByLabelText(/Bij welk onderwerp hoort het/), { target: { value: 'family' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    fireEvent.click(within(await screen.findByRole('group', { name: QUESTION })).getByRole('button', { name: 'Nee' }));
    await waitFor(async () => expect((await stored())?.items).toEqual([expect.objectContaining({ text: 'Ik was om middernacht nog af', group: 'family', aboutViolence: false })]));
    expect((input as HTMLInputElement).value).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Weghalen: Ik was om middernacht nog af' }));
    await waitFor(async () => expect((await stored())?.items).toEqual([]));
  });

  it('asks once whether words that sound like violence are about violence at home; "Nee" keeps the chosen group', async () => {
    renderAt('/nl/plan/stap?n=1');
    const input = await screen.findByLabelText('Wat gebeurt er nog meer bij jullie thuis?');
    fireEvent.input(input, { target: { value: 'Hij dreigt te stoppen met school' } });
    fireEvent.change(screen.getByLabelText(/Bij welk onderwerp hoort het/), { target: { value: 'school' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const question = await screen.findByRole('group', { name: 'Gaat dit over geweld, dreigen of vernielen in huis?' });
    await waitFor(() => expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Ja' })));
    expect(await planRepository.all()).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: 'Nee' }));
    await waitFor(async () => expect((await stored())?.items).toEqual([{ id: expect.any(String), text: 'Hij dreigt te stoppen met school', group: 'school', aboutViolence: false }]));
    expect(screen.queryByRole('group', { name: /Gaat dit over geweld/ })).toBeNull();
    expect((input as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('stores an own item as a safety item on "Ja"', async () => {
    renderAt('/nl/plan/stap?n=1');
    const input = await screen.findByLabelText('Wat gebeurt er nog meer bij jullie thuis?');
    fireEvent.input(input, { target: { value: 'Hij slaat zijn broertje' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const question = await screen.findByRole('group', { name: 'Gaat dit over geweld, dreigen of vernielen in huis?' });
    fireEvent.click(within(question).getByRole('button', { name: 'Ja' }));
    await waitFor(async () => expect((await stored())?.items).toEqual([{ id: expect.any(String), text: 'Hij slaat zijn broertje', group: 'safety', aboutViolence: true }]));
  });

  // Usability review 2026-12, problem 1: the parent's own words from the review.
  it('asks about the review\'s own item in the past tense, with "Ja" suggested, and "Ja" makes it a safety item', async () => {
    renderAt('/nl/plan/stap?n=1');
    const input = await screen.findByLabelText('Wat gebeurt er nog meer bij jullie thuis?');
    fireEvent.input(input, { target: { value: KICKED } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const question = await screen.findByRole('group', { name: QUESTION });
    const yes = within(question).getByRole('button', { name: 'Ja' });
    await waitFor(() => expect(document.activeElement).toBe(yes));
    expect(yes.className).toContain('button--primary');
    fireEvent.click(yes);
    await waitFor(async () => expect((await stored())?.items).toEqual([{ id: expect.any(String), text: KICKED, group: 'safety', aboutViolence: true }]));
  });

  it('asks about ordinary words too, without suggesting an answer; not when the parent chose the safety group', async () => {
    renderAt('/nl/plan/stap?n=1');
    const input = await screen.findByLabelText('Wat gebeurt er nog meer bij jullie thuis?');
    fireEvent.input(input, { target: { value: 'Ik was om middernacht nog af' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    const question = await screen.findByRole('group', { name: QUESTION });
    await waitFor(() => expect(document.activeElement?.textContent).toBe(QUESTION));
    expect(within(question).getByRole('button', { name: 'Ja' }).className).not.toContain('button--primary');
    expect(await planRepository.all()).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: 'Nee' }));
    await waitFor(async () => expect((await stored())?.items).toHaveLength(1));
    fireEvent.input(input, { target: { value: 'Hij schopt tegen de deur' } });
    fireEvent.change(screen.getByLabelText(/Bij welk onderwerp hoort het/), { target: { value: 'safety' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(async () => expect((await stored())?.items[1]).toEqual({ id: expect.any(String), text: 'Hij schopt tegen de deur', group: 'safety', aboutViolence: true }));
    expect(screen.queryByRole('group', { name: /Gaat dit over geweld/ })).toBeNull();
  });

  it('after removing a line, puts focus on the next line, else the previous, else the field', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'a', text: 'Eerste' }, { id: 'b', text: 'Tweede' }, { id: 'c', text: 'Derde' }] }));
    renderAt('/nl/plan/stap?n=1');
    fireEvent.click(await screen.findByRole('button', { name: 'Weghalen: Tweede' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Weghalen: Derde' })));
    fireEvent.click(screen.getByRole('button', { name: 'Weghalen: Derde' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Weghalen: Eerste' })));
    fireEvent.click(screen.getByRole('button', { name: 'Weghalen: Eerste' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Wat gebeurt er nog meer bij jullie thuis?')));
    await waitFor(async () => expect((await stored())?.items).toEqual([]));
  });

  it('offers about 25 situations in seven groups, each with its words in both languages', async () => {
    renderAt('/en/plan/step?n=1');
    await screen.findByRole('group', { name: 'Aggression and safety' });
    expect(screen.getAllByRole('checkbox').length).toBeGreaterThanOrEqual(24);
    expect(screen.getByRole('checkbox', { name: "I take meals to my child's room." })).toBeTruthy();
  });
});

describe('plan builder, step 2: sort', () => {
  it('sorts an item into one of three groups with one tap', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Ik betaal games, abonnementen en aankopen in games.' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Accepteer ik voor nu' }));
    await waitFor(async () => expect((await stored())?.items.find((item) => item.id === 'games')?.decision).toBe('accept'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Ik was om middernacht nog af' })).getByRole('radio', { name: 'Later' }));
    await waitFor(async () => expect((await stored())?.items.find((item) => item.id === 'own')?.decision).toBe('later'));
  });

  it('asks once more, gently and right there, before an own item goes under "accept"; "Ja" stores it', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'own', text: 'Ik was om middernacht nog af', aboutViolence: false }] }));
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Ik was om middernacht nog af' });
    const accept = within(group).getByRole('radio', { name: 'Accepteer ik voor nu' }) as HTMLInputElement;
    fireEvent.click(accept);
    const check = await screen.findByRole('group', { name: CHECK });
    expect(accept.checked).toBe(false);
    expect(screen.queryByRole('dialog')).toBeNull();
    const sure = within(check).getByRole('button', { name: 'Ja, ik accepteer dit voor nu' });
    await waitFor(() => expect(document.activeElement).toBe(sure));
    expect((await stored())?.items[0]?.decision).toBeUndefined();
    fireEvent.click(sure);
    await waitFor(async () => expect((await stored())?.items[0]).toEqual({ id: 'own', text: 'Ik was om middernacht nog af', aboutViolence: false, acceptConfirmed: true, decision: 'accept' }));
    expect(screen.queryByRole('group', { name: CHECK })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(accept));
    // Asked once: later and back to "accept" is one tap.
    fireEvent.click(within(group).getByRole('radio', { name: 'Later' }));
    await waitFor(async () => expect((await stored())?.items[0]?.decision).toBe('later'));
    fireEvent.click(accept);
    await waitFor(async () => expect((await stored())?.items[0]?.decision).toBe('accept'));
    expect(screen.queryByRole('group', { name: CHECK })).toBeNull();
  });

  it('lets the parent correct an own item to violence from the gentle question: then it can never be accepted', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'own', text: KICKED, aboutViolence: false }] }));
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: KICKED });
    fireEvent.click(within(group).getByRole('radio', { name: 'Accepteer ik voor nu' }));
    fireEvent.click(within(await screen.findByRole('group', { name: CHECK })).getByRole('button', { name: 'Het gaat toch over geweld' }));
    await waitFor(async () => expect((await stored())?.items[0]).toEqual({ id: 'own', text: KICKED, group: 'safety', aboutViolence: true }));
    const accept = within(screen.getByRole('group', { name: KICKED })).getByRole('radio', { name: 'Accepteer ik voor nu' });
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    const item = accept.closest('li')!;
    expect(within(item).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
    expect(within(item).getByRole('link', { name: /Veilig Thuis/ }).getAttribute('href')).toBe('tel:08002000');
    fireEvent.click(accept);
    expect((await screen.findByRole('alert')).textContent).toContain('Dit kan niet bij');
    expect((await stored())?.items[0]?.decision).toBeUndefined();
  });

  it('asks about an own item from an older plan that was never asked, with "Ja" suggested by its words', async () => {
    // A plan stored before the builder asked: no answer on the item (it must still load).
    await planRepository.save(samplePlan({ items: [{ id: 'old', text: KICKED, decision: 'stop' }, { id: 'plain', text: 'Ik was om middernacht nog af' }] }));
    renderAt('/nl/plan/stap?n=2');
    await screen.findByRole('group', { name: KICKED });
    const questions = screen.getAllByRole('group', { name: QUESTION });
    expect(questions).toHaveLength(2);
    expect(within(questions[0]!).getByRole('button', { name: 'Ja' }).className).toContain('button--primary');
    expect(within(questions[1]!).getByRole('button', { name: 'Ja' }).className).not.toContain('button--primary');
    fireEvent.click(within(questions[0]!).getByRole('button', { name: 'Ja' }));
    await waitFor(async () => expect((await stored())?.items[0]).toEqual({ id: 'old', text: KICKED, group: 'safety', aboutViolence: true, decision: 'stop' }));
    fireEvent.click(within(screen.getByRole('group', { name: QUESTION })).getByRole('button', { name: 'Nee' }));
    await waitFor(async () => expect((await stored())?.items[1]).toEqual({ id: 'plain', text: 'Ik was om middernacht nog af', aboutViolence: false }));
    expect(screen.queryByRole('group', { name: QUESTION })).toBeNull();
  });

  it('never lets violence or threats go into "accept", says why and points to help', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Mijn kind scheldt of dreigt als iets niet mag.' });
    const accept = within(group).getByRole('radio', { name: 'Accepteer ik voor nu' }) as HTMLInputElement;
    expect(accept.getAttribute('aria-disabled')).toBe('true');
    expect(document.getElementById(accept.getAttribute('aria-describedby')!)?.textContent).toContain('accepteer je nooit');
    fireEvent.click(accept);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Dit kan niet bij ‘Accepteer ik voor nu’. Kies ‘Accepteer ik niet meer’ of ‘Later’.');
    expect(accept.checked).toBe(false);
    expect(screen.getByRole('link', { name: 'Hulp en hulplijnen' }).getAttribute('href')).toBe('/nl/hulp');
    expect((await stored())?.items.find((item) => item.id === 'threats')?.decision).toBeUndefined();
    // A second try is a new alert, so screen readers say it again.
    fireEvent.click(accept);
    await waitFor(() => expect(screen.getByRole('alert')).not.toBe(alert));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('shows 112 and Veilig Thuis right in the safety note', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Mijn kind scheldt of dreigt als iets niet mag.' });
    const item = group.closest('li')!;
    expect(within(item).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
    expect(within(item).getByRole('link', { name: /Veilig Thuis/ }).getAttribute('href')).toBe('tel:08002000');
  });

  it('shows 112 and 1712 in the safety note for Flanders', async () => {
    localStorage.setItem('kier:preferences:v1', JSON.stringify({ country: 'BE' }));
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Mijn kind scheldt of dreigt als iets niet mag.' });
    await waitFor(() => expect(within(group.closest('li')!).getByRole('link', { name: /1712/ }).getAttribute('href')).toBe('tel:1712'));
    expect(within(group.closest('li')!).queryByRole('link', { name: /Veilig Thuis/ })).toBeNull();
  });

  it('treats an own item marked as safety as a safety item, and words alone not', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'own', text: 'Hij slaat zijn broertje', group: 'safety' }, { id: 'films', text: 'Hij kijkt films met geweld' }] }));
    renderAt('/nl/plan/stap?n=2');
    const group = await screen.findByRole('group', { name: 'Hij slaat zijn broertje' });
    fireEvent.click(within(group).getByRole('radio', { name: 'Accepteer ik voor nu' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Dit kan niet bij');
    fireEvent.click(within(screen.getByRole('group', { name: 'Hij kijkt films met geweld' })).getByRole('radio', { name: 'Accepteer ik voor nu' }));
    fireEvent.click(within(await screen.findByRole('group', { name: CHECK })).getByRole('button', { name: 'Ja, ik accepteer dit voor nu' }));
    await waitFor(async () => expect((await stored())?.items.find((item) => item.id === 'films')?.decision).toBe('accept'));
  });

  it('points back to step 1 when the list is empty', async () => {
    renderAt('/nl/plan/stap?n=2');
    expect((await screen.findByRole('link', { name: /Ga naar stap 1/ })).getAttribute('href')).toBe('/nl/plan/stap?n=1');
  });
});

describe('plan builder, step 3: where to start', () => {
  it('offers only "no longer accept" items, and warns kindly at a third', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=3');
    const group = await screen.findByRole('group', { name: 'Waar begin je mee?' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(3);
    fireEvent.click(within(group).getByRole('checkbox', { name: /games/ }));
    await screen.findByText('Twee is het maximum. Vaak is één al genoeg.');
    const third = within(group).getByRole('checkbox', { name: /schulden/ }) as HTMLInputElement;
    fireEvent.click(third);
    expect(await screen.findByText(/Begin met één punt, hooguit twee/)).toBeTruthy();
    expect(third.checked).toBe(false);
    await waitFor(async () => expect((await stored())?.startItemIds).toEqual(['meals', 'games']));
  });
});

describe('plan builder, step 4: what I will do differently', () => {
  it('fills a supportive template with my own words and date, to edit', async () => {
    await planRepository.save(samplePlan({ changes: [{ itemId: 'meals', action: 'het eten om zes uur op tafel zetten.', startsOn: '2026-11-30', announcement: '' }] }));
    renderAt('/nl/plan/stap?n=4');
    await screen.findByRole('heading', { name: 'Ik breng het eten naar de kamer van mijn kind.' });
    fireEvent.click(screen.getAllByRole('button', { name: 'Gebruik dit voorbeeld' })[0]!);
    const words = screen.getByLabelText('Wat zeg je tegen je kind?') as HTMLTextAreaElement;
    await waitFor(() => expect(words.value).toBe('Ik weet dat dit moeilijk voor je is. Ik vertrouw erop dat je dit aankunt. Vanaf maandag 30 november ga ik het eten om zes uur op tafel zetten.'));
    await waitFor(async () => expect((await stored())?.changes[0]?.announcement).toBe(words.value));
  });

  it('offers the announcement against violence and the help lines for a safety item, not the "you can cope" examples', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'threats', catalogueId: 'shouting-threats', decision: 'stop' }], startItemIds: ['threats'] }));
    renderAt('/nl/plan/stap?n=4');
    const section = (await screen.findByRole('heading', { name: 'Mijn kind scheldt of dreigt als iets niet mag.' })).closest('section')!;
    expect(within(section).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
    expect(within(section).getByRole('link', { name: /Veilig Thuis/ }).getAttribute('href')).toBe('tel:08002000');
    expect(within(section).getAllByRole('button', { name: 'Gebruik dit voorbeeld' })).toHaveLength(1);
    expect(section.textContent).not.toContain('Ik vertrouw erop dat je dit aankunt');
    fireEvent.click(within(section).getByRole('button', { name: 'Gebruik dit voorbeeld' }));
    const words = within(section).getByLabelText('Wat zeg je tegen je kind?') as HTMLTextAreaElement;
    await waitFor(() => expect(words.value).toMatch(/^Ik accepteer geen geweld meer in ons huis\./));
    expect(words.value).toContain('Ik blijf van je houden');
  });

  it('nudges gently when the text is about what the child must do', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=4');
    const action = await screen.findByLabelText(/Wat ga je anders doen/);
    expect(screen.queryByText(/Je tekst gaat misschien over wat je kind moet doen/)).toBeNull();
    fireEvent.input(action, { target: { value: 'Hij moet zelf zijn eten halen' } });
    expect(await screen.findByText(/Je tekst gaat misschien over wat je kind moet doen/)).toBeTruthy();
  });

  it('keeps very long texts whole', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=4');
    const long = 'Ik zet het eten klaar. '.repeat(200);
    fireEvent.input(await screen.findByLabelText('Wat zeg je tegen je kind?'), { target: { value: long } });
    await waitFor(async () => expect((await stored())?.changes[0]?.announcement).toBe(long));
  });
});

describe('plan builder, steps 5 to 8', () => {
  it('step 5: ticks contact ideas and adds own ones', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=5');
    fireEvent.click(await screen.findByRole('checkbox', { name: /aankloppen en welterusten/ }));
    fireEvent.input(screen.getByLabelText('Iets anders wat je blijft doen'), { target: { value: 'Samen naar het voetbal kijken' } });
    fireEvent.click(screen.getByRole('button', { name: 'Toevoegen' }));
    await waitFor(async () => expect((await stored())?.contact).toEqual([expect.objectContaining({ catalogueId: 'knock-good-night' }), expect.objectContaining({ text: 'Samen naar het voetbal kijken' })]));
  });

  it('step 6: what I do, who I call, and when it is 112 or Veilig Thuis', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=6');
    fireEvent.click(await screen.findByRole('checkbox', { name: /Hier kom ik later op terug/ }));
    fireEvent.input(screen.getByLabelText('Wie bel je?'), { target: { value: 'Mijn zus' } });
    await waitFor(async () => expect((await stored())?.escalation).toEqual({ responses: [expect.objectContaining({ catalogueId: 'delay' })], whoToCall: 'Mijn zus' }));
    const when = screen.getByRole('region', { name: 'Wanneer bel je hulp?' });
    expect(within(when).getByRole('link', { name: /112/ }).getAttribute('href')).toBe('tel:112');
    expect(within(when).getByRole('link', { name: /Veilig Thuis/ }).getAttribute('href')).toBe('tel:08002000');
    expect(within(when).getByText(/Praat je kind over niet meer willen leven/)).toBeTruthy();
    expect(within(when).getByRole('link', { name: /113 Zelfmoordpreventie: 0800-0113/ }).getAttribute('href')).toBe('tel:08000113');
    // Plain words, no reversed proverb (usability review 2026-12, problem 15).
    const intro = document.querySelector('.step-intro')!.textContent!;
    expect(intro).toContain('Praat er later over, als iedereen rustig is.');
    expect(intro).not.toMatch(/smeed|ijzer/i);
  });

  it('step 6: shows 1712 for Flanders', async () => {
    localStorage.setItem('kier:preferences:v1', JSON.stringify({ country: 'BE' }));
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=6');
    const when = await screen.findByRole('region', { name: 'Wanneer bel je hulp?' });
    await waitFor(() => expect(within(when).getByRole('link', { name: /1712/ })).toBeTruthy());
    expect(within(when).getByRole('link', { name: /1813/ }).getAttribute('href')).toBe('tel:1813');
    expect(within(when).queryByRole('link', { name: /0800-0113/ })).toBeNull();
  });

  it('step 7: adds a person and puts the cursor in the name', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=7');
    fireEvent.click(await screen.findByRole('button', { name: 'Persoon toevoegen' }));
    const name = await screen.findByLabelText('Naam');
    await waitFor(() => expect(document.activeElement).toBe(name));
    fireEvent.input(name, { target: { value: 'Anna' } });
    fireEvent.input(screen.getByLabelText(/Wie is het/), { target: { value: 'Zus' } });
    await waitFor(async () => expect((await stored())?.supporters).toEqual([expect.objectContaining({ name: 'Anna', role: 'Zus' })]));
  });

  it('step 7: after removing a person, focus goes to the next remove button, else the add button', async () => {
    await planRepository.save(samplePlan({ supporters: [{ id: 's1', name: 'Anna', role: '' }, { id: 's2', name: 'Karin', role: '' }] }));
    renderAt('/nl/plan/stap?n=7');
    fireEvent.click(await screen.findByRole('button', { name: 'Persoon 1 weghalen' }));
    // Karin is now person 1.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Persoon 1 weghalen' })));
    expect((screen.getByLabelText('Naam') as HTMLInputElement).value).toBe('Karin');
    fireEvent.click(screen.getByRole('button', { name: 'Persoon 1 weghalen' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Persoon toevoegen' })));
    await waitFor(async () => expect((await stored())?.supporters).toEqual([]));
  });

  it('step 8: a typed day in the past is not stored, and the screen says why', async () => {
    await planRepository.save(samplePlan({ reviewOn: '2999-01-01' }));
    renderAt('/nl/plan/stap?n=8');
    const date = await screen.findByLabelText('Op welke dag kijk je terug?');
    fireEvent.input(date, { target: { value: '2020-01-01' } });
    expect((await screen.findByText('Die dag is al voorbij. Kies vandaag of een dag later.')).closest('[aria-live]')).toBeTruthy();
    await plansSaved();
    expect((await stored())?.reviewOn).toBe('2999-01-01');
    fireEvent.input(date, { target: { value: '2999-02-01' } });
    await waitFor(async () => expect((await stored())?.reviewOn).toBe('2999-02-01'));
    expect(screen.queryByText('Die dag is al voorbij. Kies vandaag of een dag later.')).toBeNull();
  });

  it('step 8: a review date in four weeks, mirrored for the home page', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=8');
    fireEvent.click(await screen.findByRole('button', { name: 'Over 4 weken' }));
    const inFourWeeks = new Date();
    inFourWeeks.setDate(inFourWeeks.getDate() + 28);
    const day = `${inFourWeeks.getFullYear()}-${String(inFourWeeks.getMonth() + 1).padStart(2, '0')}-${String(inFourWeeks.getDate()).padStart(2, '0')}`;
    await waitFor(async () => expect((await stored())?.reviewOn).toBe(day));
    expect(JSON.parse(localStorage.getItem('kier:plan-review')!)).toBe(day);
    expect((screen.getByLabelText('Op welke dag kijk je terug?') as HTMLInputElement).value).toBe(day);
  });
});

describe('plan builder, moving between steps', () => {
  it('resumes at the step where the parent left off', async () => {
    await planRepository.save(samplePlan({ step: 'contact' }));
    renderAt('/nl/plan/stap');
    expect(await screen.findByRole('heading', { level: 1, name: /^Stap 5 van 8\s+Contact dat ik blijf bieden$/ })).toBeTruthy();
    await waitFor(() => expect(location.search).toBe('?n=5'));
  });

  it('puts the step number in the heading that gets focus on a new step', async () => {
    await planRepository.save(samplePlan({ step: 'start' }));
    renderAt('/nl/plan/stap?n=3');
    await screen.findByRole('heading', { level: 1, name: /^Stap 3 van 8\s+Waar begin ik\?$/ });
    fireEvent.click(await screen.findByRole('link', { name: 'Volgende stap' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: /^Stap 4 van 8\s+Wat ga ik anders doen\?$/ })));
  });

  it('does not change "last changed" when the parent only moves between steps', async () => {
    const updatedAt = '2026-11-21T10:00:00.000Z';
    await planRepository.save(samplePlan({ step: 'now', updatedAt }));
    renderAt('/nl/plan/stap?n=3');
    await screen.findByRole('group', { name: 'Waar begin je mee?' });
    await waitFor(async () => expect((await stored())?.step).toBe('start'));
    expect((await stored())?.updatedAt).toBe(updatedAt);
  });

  it('lists all eight steps with the current one marked', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan/stap?n=3');
    const list = await screen.findByRole('navigation', { name: 'Alle stappen' });
    expect(within(list).getAllByRole('link')).toHaveLength(8);
    expect(within(list).getByRole('link', { name: /Waar begin ik/ }).getAttribute('aria-current')).toBe('step');
  });
});

describe('plan page', () => {
  it('invites to start when there is no plan', async () => {
    renderAt('/nl/plan');
    expect((await screen.findByRole('link', { name: 'Begin je plan' })).getAttribute('href')).toBe('/nl/plan/stap?n=1');
  });

  it('summarises the plan with the diary entries about its start item', async () => {
    await planRepository.save(samplePlan({ changes: [{ itemId: 'meals', action: 'het eten beneden zetten', startsOn: '2026-11-30', announcement: 'Ik weet dat het moeilijk is.' }] }));
    await diaryRepository.save({ id: 'e1', occurredAt: '2026-12-01T18:00:00.000Z', createdAt: '2026-12-01T18:00:00.000Z', updatedAt: '2026-12-01T18:00:00.000Z', kind: 'step', text: 'Hij kwam naar beneden om te eten.', tags: [], planItemId: 'meals' });
    await diaryRepository.save({ id: 'e2', occurredAt: '2026-12-02T18:00:00.000Z', createdAt: '2026-12-02T18:00:00.000Z', updatedAt: '2026-12-02T18:00:00.000Z', kind: 'event', text: 'Niet over het plan.', tags: [] });
    renderAt('/nl/plan');
    const start = await screen.findByRole('region', { name: 'Hier begin ik mee' });
    expect(within(start).getByText('het eten beneden zetten')).toBeTruthy();
    expect(within(start).getByText('Ik weet dat het moeilijk is.')).toBeTruthy();
    expect(within(start).getByRole('heading', { name: '1 notitie in je dagboek' })).toBeTruthy();
    expect(within(start).getByText('Hij kwam naar beneden om te eten.')).toBeTruthy();
    expect(screen.queryByText('Niet over het plan.')).toBeNull();
    expect(screen.getByRole('region', { name: 'Dit accepteer ik niet meer' }).textContent).toContain('games');
  });

  it('keeps diary entries about other items of the plan, in their own small section', async () => {
    await planRepository.save(samplePlan());
    await diaryRepository.save({ id: 'e3', occurredAt: '2026-12-03T18:00:00.000Z', createdAt: '2026-12-03T18:00:00.000Z', updatedAt: '2026-12-03T18:00:00.000Z', kind: 'step', text: 'Over de schulden, toen nog een startpunt.', tags: [], planItemId: 'debts' });
    renderAt('/nl/plan');
    const others = await screen.findByRole('region', { name: 'Notities over andere punten van dit plan' });
    expect(within(others).getByRole('heading', { name: 'Ik betaal rekeningen, boetes of schulden van mijn kind.' })).toBeTruthy();
    expect(within(others).getByText('Over de schulden, toen nog een startpunt.')).toBeTruthy();
    expect(within(screen.getByRole('region', { name: 'Hier begin ik mee' })).queryByText('Over de schulden, toen nog een startpunt.')).toBeNull();
  });

  it('has no section for other items when no entry points at one', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/plan');
    await screen.findByRole('region', { name: 'Hier begin ik mee' });
    expect(screen.queryByRole('region', { name: 'Notities over andere punten van dit plan' })).toBeNull();
  });

  it('names 112 and Veilig Thuis on the printed plan, or 1712 in Flanders', async () => {
    await planRepository.save(samplePlan());
    const view = renderAt('/nl/plan');
    const escalation = await screen.findByRole('region', { name: 'Als het escaleert' });
    expect(escalation.textContent).toContain('Bij direct gevaar: bel 112.');
    await waitFor(() => expect(escalation.textContent).toContain('Veilig Thuis, 0800-2000'));
    view.unmount();
    localStorage.setItem('kier:preferences:v1', JSON.stringify({ country: 'BE' }));
    renderAt('/nl/plan');
    const flemish = await screen.findByRole('region', { name: 'Als het escaleert' });
    await waitFor(() => expect(flemish.textContent).toContain('1712'));
    expect(flemish.textContent).not.toContain('Veilig Thuis');
    expect(within(flemish).getByRole('link', { name: '1712' }).getAttribute('href')).toBe('tel:1712');
  });

  // Usability review 2026-12, problem 12: the plan page as a tool for the moment itself.
  it('makes the numbers in "Wie ik bel" and the safety line tap-to-call links', async () => {
    await planRepository.save(samplePlan({ escalation: { responses: [], whoToCall: 'Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567' }, supporters: [{ id: 's1', name: 'Karin', role: 'buurvrouw, 06 87654321' }] }));
    renderAt('/nl/plan');
    const escalation = await screen.findByRole('region', { name: 'Als het escaleert' });
    expect(within(escalation).getByRole('link', { name: '06-12345678' }).getAttribute('href')).toBe('tel:0612345678');
    expect(within(escalation).getByRole('link', { name: '070-1234567' }).getAttribute('href')).toBe('tel:0701234567');
    expect(within(escalation).getByText(/Mijn zus Anna:/).textContent).toBe('Mijn zus Anna: 06-12345678\nDe huisarts: 070-1234567');
    expect(within(escalation).getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112');
    await waitFor(() => expect(within(escalation).getByRole('link', { name: '0800-2000' }).getAttribute('href')).toBe('tel:08002000'));
    expect(within(screen.getByRole('region', { name: 'Wie steunt mij?' })).getByRole('link', { name: '06 87654321' }).getAttribute('href')).toBe('tel:0687654321');
  });

  it('makes printing the main action and starting a new plan a quiet one; shows no zero counts', async () => {
    await planRepository.save(samplePlan({ completedAt: '2026-11-21T10:00:00.000Z' }));
    renderAt('/nl/plan');
    const start = await screen.findByRole('region', { name: 'Hier begin ik mee' });
    expect([...document.querySelectorAll('.plan-page .button--primary')].map((button) => button.textContent)).toEqual(['Afdrukken']);
    expect(screen.getByRole('button', { name: 'Nieuw plan op basis van dit plan' }).className).not.toContain('button--primary');
    expect(document.body.textContent).not.toMatch(/\b0 notities/);
    expect(within(start).queryByRole('heading', { level: 4 })).toBeNull();
    const write = within(start).getByRole('link', { name: 'Schrijf een notitie over dit punt' });
    expect(write.getAttribute('href')).toBe('/nl/dagboek/notitie?item=meals&terug=%2Fnl%2Fplan');
    expect(screen.getByRole('link', { name: 'Schrijf hoe het ging' }).getAttribute('href')).toBe('/nl/dagboek/notitie?item=meals&terug=%2Fnl%2Fplan');
  });

  it('never lists violence under "Dit accepteer ik voor nu", also from a plan made before the builder asked', async () => {
    await planRepository.save(samplePlan({ items: [{ id: 'kick', text: KICKED, decision: 'accept' }, { id: 'marked', text: 'Het loopt uit de hand', aboutViolence: true, decision: 'accept' }, { id: 'fine', text: 'Ik was om middernacht nog af', decision: 'accept' }], startItemIds: [] }));
    renderAt('/nl/plan');
    const accepted = await screen.findByRole('region', { name: 'Dit accepteer ik voor nu' });
    expect(accepted.textContent).toContain('Ik was om middernacht nog af');
    expect(accepted.textContent).not.toContain('schopte');
    expect(accepted.textContent).not.toContain('uit de hand');
    const unsorted = screen.getByRole('region', { name: 'Nog niet gesorteerd' });
    expect(unsorted.textContent).toContain('schopte');
    expect(unsorted.textContent).toContain('uit de hand');
  });

  it('starts a new plan as a copy; the earlier one stays readable', async () => {
    await planRepository.save(samplePlan({ completedAt: '2026-11-21T10:00:00.000Z' }));
    renderAt('/nl/plan');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw plan op basis van dit plan' }));
    await waitFor(async () => expect(await planRepository.all()).toHaveLength(2));
    const [copy, earlier] = await planRepository.all();
    expect(copy!.items.map((item) => item.catalogueId ?? item.text)).toEqual(earlier!.items.map((item) => item.catalogueId ?? item.text));
    expect(copy!.items.map((item) => item.id)).not.toContain('meals');
    expect(earlier!.id).toBe('plan-1');
  });
});

describe('diary entry form and the plan', () => {
  it('picks a start item of the current plan, and preselects it from the plan page link', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/dagboek/notitie?item=meals');
    const choice = await screen.findByRole('group', { name: 'Hoort bij je plan' });
    expect(within(choice).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Nee, hoort niet bij mijn plan', 'Ik breng het eten naar de kamer van mijn kind.']);
    expect((within(choice).getByRole('radio', { name: 'Ik breng het eten naar de kamer van mijn kind.' }) as HTMLInputElement).checked).toBe(true);
  });

  it('goes back to the plan after saving an entry started there, and only for the plan\'s own path', async () => {
    await planRepository.save(samplePlan());
    renderAt('/nl/dagboek/notitie?item=meals&terug=%2Fnl%2Fplan');
    fireEvent.input(await screen.findByLabelText('Wat wil je opschrijven?'), { target: { value: 'Hij at mee.' } });
    expect(screen.getByRole('link', { name: 'Terug naar je plan' }).getAttribute('href')).toBe('/nl/plan');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByRole('heading', { level: 1, name: 'Je plan' });
    expect(location.pathname).toBe('/nl/plan');
    expect(await screen.findByText('Je notitie is opgeslagen. Je ziet haar hier bij je plan.')).toBeTruthy();
  });

  it.each(['https://example.com/nl/plan', '//example.com', '/nl/dagboek', '/nl/plan?id=x', 'javascript:alert(1)'])('ignores ?terug=%s and goes to the diary', async (value) => {
    await planRepository.save(samplePlan());
    renderAt(`/nl/dagboek/notitie?terug=${encodeURIComponent(value)}`);
    fireEvent.input(await screen.findByLabelText('Wat wil je opschrijven?'), { target: { value: 'Gewoon een notitie.' } });
    expect(screen.getByRole('link', { name: 'Terug naar je dagboek' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(location.pathname).toBe('/nl/dagboek'));
  });

  it('names another item of the current plan by its words, and only an unknown item "from an earlier plan"', async () => {
    await planRepository.save(samplePlan());
    await diaryRepository.save({ id: 'e3', occurredAt: '2026-12-03T18:00:00.000Z', createdAt: '2026-12-03T18:00:00.000Z', updatedAt: '2026-12-03T18:00:00.000Z', kind: 'step', text: 'Over de schulden.', tags: [], planItemId: 'debts' });
    await diaryRepository.save({ id: 'e4', occurredAt: '2026-12-04T18:00:00.000Z', createdAt: '2026-12-04T18:00:00.000Z', updatedAt: '2026-12-04T18:00:00.000Z', kind: 'step', text: 'Oud plan.', tags: [], planItemId: 'gone' });
    const view = renderAt('/nl/dagboek/notitie?id=e3');
    const choice = await screen.findByRole('group', { name: 'Hoort bij je plan' });
    expect(within(choice).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Nee, hoort niet bij mijn plan', 'Ik breng het eten naar de kamer van mijn kind.', 'Ik betaal rekeningen, boetes of schulden van mijn kind.']);
    expect((within(choice).getByRole('radio', { name: 'Ik betaal rekeningen, boetes of schulden van mijn kind.' }) as HTMLInputElement).checked).toBe(true);
    view.unmount();
    renderAt('/nl/dagboek/notitie?id=e4');
    const earlier = await screen.findByRole('group', { name: 'Hoort bij je plan' });
    expect((within(earlier).getByRole('radio', { name: 'Een punt uit een eerder plan' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows no plan choice without a plan', async () => {
    renderAt('/nl/dagboek/notitie');
    await screen.findByLabelText('Wat wil je opschrijven?');
    expect(screen.queryByRole('group', { name: 'Hoort bij je plan' })).toBeNull();
  });
});

describe('home', () => {
  it('says calmly that it is time to look back, from the review day on', async () => {
    localStorage.setItem('kier:plan-review', JSON.stringify('2020-01-01'));
    renderAt('/nl');
    expect(await screen.findByRole('heading', { name: 'Tijd om terug te kijken op je plan' })).toBeTruthy();
  });

  it('says nothing before the review day', async () => {
    localStorage.setItem('kier:plan-review', JSON.stringify('2999-01-01'));
    renderAt('/nl');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByText('Tijd om terug te kijken op je plan')).toBeNull();
  });
});
