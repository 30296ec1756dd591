import { describe, expect, it } from 'vitest';
import { SITUATIONS } from '../../src/features/plan/catalogue';
import { fillTemplate, insertTemplate } from '../../src/features/plan/fill-template';
import { addDays, isDateKey as isDay, localDateKey as localDay } from '../../src/features/shared/local-date';
import { addOwnItem, answerViolence, changeFor, confirmAccept, copyPlan, decide, newPlan, removeItem, startItems, toggleSituation, toggleStart, updateChange, withoutAcceptedSafety } from '../../src/features/plan/plan-edits';
import { stepFromQuery, stepNumber } from '../../src/features/plan/plan-steps';
import { isSafetyItem, mentionsViolence, showsAsAccepted, soundsLikeChildsTask } from '../../src/features/plan/safety';
import { isReviewDue } from '../../src/storage/plans/plan-review-reminder';
import { PLAN_STEPS, type Plan } from '../../src/storage/plans/plan';

const NOW = new Date('2026-11-23T09:00:00Z');
let counter = 0;
const id = () => `id-${++counter}`;

function plan(patch: Partial<Plan> = {}): Plan {
  return { ...newPlan('p', NOW), ...patch };
}

describe('situation catalogue', () => {
  it('has about 25 situations, unique ids, every group, and four safety items', () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
    expect(new Set(SITUATIONS.map((s) => s.group))).toEqual(new Set(['food', 'room', 'rhythm', 'money', 'school', 'family', 'safety']));
    expect(SITUATIONS.filter((s) => s.group === 'safety').map((s) => s.id)).toEqual(['shouting-threats', 'hitting-pushing', 'breaking-things', 'afraid-at-home']);
  });
});

describe('safety items', () => {
  it('are the safety group of the catalogue, and own items the parent marked as safety', () => {
    expect(isSafetyItem({ id: 'a', catalogueId: 'hitting-pushing' })).toBe(true);
    expect(isSafetyItem({ id: 'a', catalogueId: 'meals-to-room' })).toBe(false);
    expect(isSafetyItem({ id: 'a', text: 'Deur dicht', group: 'safety' })).toBe(true);
    expect(isSafetyItem({ id: 'a', text: 'Hij slaat tegen de muur', group: 'safety' })).toBe(true);
  });

  // Words alone never decide: they only make the builder ask the parent (step 1).
  it.each([
    'Hij slaat tegen de muur',
    'Hij gaat niet aan de slag met zijn huiswerk',
    'Ik duw de deur open om te luchten',
    'Hij dreigt te stoppen met school',
    'Hij kijkt films met geweld',
    'He hits the sack at 6 am',
    'We have to push dinner back',
  ])('are not decided by words alone: "%s" without the safety group', (text) => {
    expect(isSafetyItem({ id: 'a', text })).toBe(false);
    expect(isSafetyItem({ id: 'a', text, group: 'school' })).toBe(false);
  });

  it.each([
    'Hij slaat zijn zus',
    'Ze dreigt de boel kapot te maken',
    'bedreigt me met een mes',
    'Hij schopt tegen de deur',
    'Mijn kind gooit met borden',
    'He hits his brother',
    'She threatens to leave',
    'They smash things when angry',
    'Geweld in huis',
  ])('recognises violence in "%s"', (text) => {
    expect(mentionsViolence(text)).toBe(true);
  });

  it.each(['Hij slaat het ontbijt over', 'Ik sla het eten op', 'Ze sloeg de les over', 'Ik ben kapot na een dag werken', 'Ik ben bang dat hij niet eet', 'Hij slaapt tot twee uur', 'Slagroom kopen', 'He hitchhikes to town', 'Het mest van de hond', 'Ze zit op de slaapkamer', 'Hij gaat niet aan de slag met zijn huiswerk'])(
    'leaves ordinary words alone: "%s"',
    (text) => {
      expect(mentionsViolence(text)).toBe(false);
    },
  );

  // Usability review 2026-12, problem 1: past tenses and phrases a parent writes after a bad night.
  it.each([
    'Toen ik de wifi uitzette, schopte hij een keer tegen de deur',
    'Hij duwde me tegen de kast',
    'duwde me',
    'Hij gooide zijn bord door de kamer',
    'gooide zijn bord',
    'Hij stompte een gat in de muur',
    'stompte een gat',
    'Hij trapte tegen de deur',
    'trapte tegen de deur',
    'De deur is kapotgeschopt',
    'kapotgeschopt',
    'Ik ben bang dat hij me iets aandoet',
    'dat hij me iets aandoet',
    'Hij heeft de deur geschopt',
    'Ze schopten tegen de kast',
    'Ze duwden elkaar van de trap',
    'Hij heeft met een stoel gegooid',
    'Ze gooiden met borden',
    'Ze gooit naar haar zus',
    'Hij heeft hem gestompt',
    'Hij trapt tegen de deur',
    'Hij heeft zijn broertje getrapt',
    'Hij sloeg op tafel',
    'Ze bedreigde haar vader',
    'Ik voel me bedreigd',
    'Hij vernielde zijn kamer',
    'Alles is vernield',
    'Hij wil me pijn doen',
    'Hij heeft me pijn gedaan',
    'Hij zegt dat hij zichzelf iets aan gaat doen',
    'Ik ben bang dat hij zichzelf iets aandoet',
    'Hij heeft de deur kapot getrapt',
    'Hij smeet zijn telefoon tegen de muur',
    'He kicked the door',
    'He pushed me',
    'She threw her plate at me',
    'He threw a plate',
    'He hurt me',
    'He might hurt himself',
    'He punched a hole in the wall',
    'He broke things in his room',
  ])('recognises violence in "%s"', (text) => {
    expect(mentionsViolence(text)).toBe(true);
  });

  it.each([
    'Hij gooide het over een andere boeg',
    'Ik heb zijn oude kleren weggegooid',
    'Hij zit de hele dag op de trap',
    'Hij loopt de trappen op en af',
    'Ik wil er iets aan doen',
    'We moeten daar iets aan doen',
    'Hij doet niets aan school',
    'Ik ben kapot na een dag werken',
    'Hij slaat het ontbijt over',
    'Ze sloeg de les over',
    'Ik sla het eten op',
    'He threw up at school',
    'We threw a party for his birthday',
    'He hurt his knee',
    'Hij komt om half acht naar beneden',
  ])('leaves ordinary words alone, also in the past tense: "%s"', (text) => {
    expect(mentionsViolence(text)).toBe(false);
  });

  it('can never be decided "accept"', () => {
    const start = plan({ items: [{ id: 'x', catalogueId: 'shouting-threats' }] });
    expect(decide(start, 'x', 'accept')).toEqual({ ok: false, reason: 'safety' });
    const later = decide(start, 'x', 'later');
    expect(later.ok && later.plan.items[0]?.decision).toBe('later');
  });

  it('keeps the parent\'s answer on an own item; "yes" makes it a safety item', () => {
    const yes = addOwnItem(plan(), { id: 'x', text: 'Het liep uit de hand', group: 'family', aboutViolence: true });
    expect(yes.items[0]).toEqual({ id: 'x', text: 'Het liep uit de hand', group: 'safety', aboutViolence: true });
    expect(isSafetyItem(yes.items[0]!)).toBe(true);
    expect(decide(yes, 'x', 'accept')).toEqual({ ok: false, reason: 'safety' });
    const no = addOwnItem(plan(), { id: 'y', text: 'Hij schopte tegen de deur', aboutViolence: false });
    expect(no.items[0]).toEqual({ id: 'y', text: 'Hij schopte tegen de deur', aboutViolence: false });
    expect(isSafetyItem(no.items[0]!)).toBe(false);
  });

  it('puts an own item under "accept" only after the gentle question, asked once', () => {
    const start = plan({ items: [{ id: 'x', text: 'Ik was om middernacht nog af', aboutViolence: false }] });
    expect(decide(start, 'x', 'accept')).toEqual({ ok: false, reason: 'check' });
    const confirmed = confirmAccept(start, 'x');
    expect(confirmed.ok && confirmed.plan.items[0]).toEqual({ id: 'x', text: 'Ik was om middernacht nog af', aboutViolence: false, acceptConfirmed: true, decision: 'accept' });
    const later = confirmed.ok ? decide(confirmed.plan, 'x', 'later') : undefined;
    const again = later?.ok ? decide(later.plan, 'x', 'accept') : undefined;
    expect(again?.ok && again.plan.items[0]?.decision).toBe('accept');
    // A catalogue item is sorted in one tap, as before.
    const meals = decide(plan({ items: [{ id: 'm', catalogueId: 'meals-to-room' }] }), 'm', 'accept');
    expect(meals.ok && meals.plan.items[0]?.decision).toBe('accept');
  });

  it('turns an own item into a safety item when the parent corrects her answer, and drops its "accept"', () => {
    const accepted = plan({ items: [{ id: 'x', text: 'Hij duwde me', group: 'family', aboutViolence: false, acceptConfirmed: true, decision: 'accept' }] });
    expect(answerViolence(accepted, 'x', true).items[0]).toEqual({ id: 'x', text: 'Hij duwde me', group: 'safety', aboutViolence: true });
    const stopped = plan({ items: [{ id: 'x', text: 'Hij duwde me', decision: 'stop' }] });
    expect(answerViolence(stopped, 'x', true).items[0]).toEqual({ id: 'x', text: 'Hij duwde me', group: 'safety', aboutViolence: true, decision: 'stop' });
    expect(answerViolence(stopped, 'x', false).items[0]).toEqual({ id: 'x', text: 'Hij duwde me', aboutViolence: false, decision: 'stop' });
  });

  it('never lists violence under "accept" on the plan, also not from a plan made before the builder asked', () => {
    expect(showsAsAccepted({ id: 'a', catalogueId: 'screens-all-night', decision: 'accept' })).toBe(true);
    expect(showsAsAccepted({ id: 'a', catalogueId: 'hitting-pushing', decision: 'accept' })).toBe(false);
    expect(showsAsAccepted({ id: 'a', text: 'Ik was af', decision: 'accept' })).toBe(true);
    expect(showsAsAccepted({ id: 'a', text: 'Toen ik de wifi uitzette, schopte hij een keer tegen de deur', decision: 'accept' })).toBe(false);
    expect(showsAsAccepted({ id: 'a', text: 'Hij schopte tegen de deur', aboutViolence: false, acceptConfirmed: true, decision: 'accept' })).toBe(true);
    expect(showsAsAccepted({ id: 'a', text: 'Het loopt uit de hand', aboutViolence: true, decision: 'accept' })).toBe(false);
  });

  it('loses an "accept" only when the item is marked as safety', () => {
    const accepted = plan({ items: [{ id: 'x', text: 'Hij duwt me', decision: 'accept' }] });
    expect(withoutAcceptedSafety(accepted)).toBe(accepted);
    const marked = plan({ items: [{ id: 'x', text: 'Hij duwt me', group: 'safety', decision: 'accept' }] });
    expect(withoutAcceptedSafety(marked).items[0]).toEqual({ id: 'x', text: 'Hij duwt me', group: 'safety' });
  });
});

describe('own behaviour nudge', () => {
  it.each(['Hij moet zelf koken', 'Je moet je kamer opruimen', 'Mijn zoon moet naar school', 'He has to do his own laundry', 'You must get up at nine'])('notices "%s"', (text) => {
    expect(soundsLikeChildsTask(text)).toBe(true);
  });

  it.each(['het eten om zes uur op tafel zetten', 'Ik ga niet meer naar boven met eten', 'stop paying for games', 'I will no longer drive to the shop at night'])('leaves "%s" alone', (text) => {
    expect(soundsLikeChildsTask(text)).toBe(false);
  });
});

describe('plan edits', () => {
  it('toggles a catalogue situation on and off', () => {
    const added = toggleSituation(plan(), 'meals-to-room', id);
    expect(added.items).toEqual([{ id: expect.any(String), catalogueId: 'meals-to-room' }]);
    expect(toggleSituation(added, 'meals-to-room', id).items).toEqual([]);
  });

  it('removing an item also removes it from the start and what I wrote about it', () => {
    const start = plan({ items: [{ id: 'a', catalogueId: 'pay-games', decision: 'stop' }], startItemIds: ['a'], changes: [{ itemId: 'a', action: 'x', startsOn: '', announcement: '' }] });
    expect(removeItem(start, 'a')).toMatchObject({ items: [], startItemIds: [], changes: [] });
  });

  it('adds own items with or without a group', () => {
    expect(addOwnItem(plan(), { id: 'o', text: 'Iets' }).items).toEqual([{ id: 'o', text: 'Iets' }]);
    expect(addOwnItem(plan(), { id: 'o', text: 'Iets', group: 'money' }).items).toEqual([{ id: 'o', text: 'Iets', group: 'money' }]);
  });

  it('takes an item out of the start when it is no longer "no longer accept"', () => {
    const start = plan({ items: [{ id: 'a', catalogueId: 'pay-games', decision: 'stop' }], startItemIds: ['a'] });
    const result = decide(start, 'a', 'later');
    expect(result.ok && result.plan.startItemIds).toEqual([]);
  });

  it('starts with "no longer accept" items only, at most two', () => {
    const items = ['a', 'b', 'c'].map((key) => ({ id: key, catalogueId: 'pay-games', decision: 'stop' as const }));
    let current = plan({ items: [...items, { id: 'd', catalogueId: 'pay-debts', decision: 'accept' }] });
    expect(toggleStart(current, 'd')).toEqual({ ok: false, reason: 'notStop' });
    for (const key of ['a', 'b']) {
      const result = toggleStart(current, key);
      if (!result.ok) throw new Error('refused');
      current = result.plan;
    }
    expect(toggleStart(current, 'c')).toEqual({ ok: false, reason: 'tooMany' });
    const unpicked = toggleStart(current, 'a');
    expect(unpicked.ok && unpicked.plan.startItemIds).toEqual(['b']);
    expect(startItems(current).map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('keeps one change per start item', () => {
    const edited = updateChange(updateChange(plan(), 'a', { action: 'x' }), 'a', { startsOn: '2026-12-01' });
    expect(edited.changes).toEqual([{ itemId: 'a', action: 'x', startsOn: '2026-12-01', announcement: '' }]);
    expect(changeFor(plan(), 'b')).toEqual({ itemId: 'b', action: '', startsOn: '', announcement: '' });
  });

  it('copies a plan with new ids, keeping what the parent wrote and chose, without a review date', () => {
    const earlier = plan({
      step: 'review',
      items: [{ id: 'a', catalogueId: 'pay-games', decision: 'stop' }, { id: 'b', text: 'Eigen' }],
      startItemIds: ['a'],
      changes: [{ itemId: 'a', action: 'x', startsOn: '2026-12-01', announcement: 'y' }],
      contact: [{ id: 'c', catalogueId: 'knock-good-night' }],
      escalation: { responses: [{ id: 'e', catalogueId: 'delay' }], whoToCall: 'Anna' },
      supporters: [{ id: 's', name: 'Anna', role: 'Zus' }],
      reviewOn: '2026-12-20',
      completedAt: NOW.toISOString(),
    });
    const copy = copyPlan(earlier, 'q', new Date('2027-01-01T00:00:00Z'), id);
    expect(copy).toMatchObject({ id: 'q', step: 'now', reviewOn: '', createdAt: '2027-01-01T00:00:00.000Z' });
    expect(copy.completedAt).toBeUndefined();
    const [a, b] = copy.items;
    expect(a).toMatchObject({ catalogueId: 'pay-games', decision: 'stop' });
    expect(b).toMatchObject({ text: 'Eigen' });
    expect([a!.id, b!.id]).not.toContain('a');
    expect(copy.startItemIds).toEqual([a!.id]);
    expect(copy.changes).toEqual([{ itemId: a!.id, action: 'x', startsOn: '2026-12-01', announcement: 'y' }]);
    expect(copy.contact[0]!.id).not.toBe('c');
    expect(copy.escalation.whoToCall).toBe('Anna');
    expect(copy.supporters[0]).toMatchObject({ name: 'Anna', role: 'Zus' });
    expect(earlier.items[0]!.id).toBe('a');
  });
});

describe('templates', () => {
  const placeholders = { actionPlaceholder: '[wat]', datePlaceholder: '[datum]' };
  it('fills in the action without its full stop, and the date', () => {
    expect(fillTemplate('Vanaf {{date}} ga ik {{action}}.', { action: ' het eten beneden zetten. ', date: 'maandag 30 november', ...placeholders })).toBe('Vanaf maandag 30 november ga ik het eten beneden zetten.');
  });
  it.each([
    ['Het eten om zes uur op tafel zetten.', 'Vanaf maandag ga ik het eten om zes uur op tafel zetten.'],
    ['Ik ga het eten om zes uur op tafel zetten', 'Vanaf maandag ga ik het eten om zes uur op tafel zetten.'],
    ['ik ga geen games meer betalen', 'Vanaf maandag ga ik geen games meer betalen.'],
    ['TV om tien uur uitzetten', 'Vanaf maandag ga ik TV om tien uur uitzetten.'],
  ])('reads right after "ga ik": "%s"', (action, expected) => {
    expect(fillTemplate('Vanaf {{date}} ga ik {{action}}.', { action, date: 'maandag', ...placeholders })).toBe(expected);
  });
  it.each([
    ['I will stop paying for games', 'From Monday, I will stop paying for games.'],
    ['I’ll stop paying for games', 'From Monday, I will stop paying for games.'],
    ["I'll stop paying for games", 'From Monday, I will stop paying for games.'],
    ['Stop paying for games', 'From Monday, I will stop paying for games.'],
  ])('reads right after "I will": "%s"', (action, expected) => {
    expect(fillTemplate('From {{date}}, I will {{action}}.', { action, date: 'Monday', ...placeholders })).toBe(expected);
  });
  it('leaves visible placeholders for what is missing', () => {
    expect(fillTemplate('Vanaf {{date}} ga ik {{action}}.', { action: '', date: '', ...placeholders })).toBe('Vanaf [datum] ga ik [wat].');
  });
  it('adds a template after text that is already there', () => {
    expect(insertTemplate('', 'B')).toBe('B');
    expect(insertTemplate('A  \n', 'B')).toBe('A\n\nB');
  });
});

describe('dates and steps', () => {
  it('counts days in local time and checks real days', () => {
    expect(addDays('2026-12-30', 7)).toBe('2027-01-06');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(isDay('2026-02-30')).toBe(false);
    expect(isDay('2026-02-28')).toBe(true);
    expect(localDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('is due from the review day on', () => {
    expect(isReviewDue('2026-11-23', '2026-11-23')).toBe(true);
    expect(isReviewDue('2026-11-24', '2026-11-23')).toBe(false);
    expect(isReviewDue(null, '2026-11-23')).toBe(false);
  });

  it('numbers steps 1 to 8 and reads only those from the URL', () => {
    expect(PLAN_STEPS.map(stepNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(stepFromQuery('3')).toBe('start');
    for (const bad of [undefined, '0', '9', '1.5', ' 2', 'x']) expect(stepFromQuery(bad)).toBeNull();
  });
});
