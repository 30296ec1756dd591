import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { guessTime, GUESSES_PER_SECOND } from '../../src/features/lock/offline-guessing';
import { estimatedBits, passcodeStrength } from '../../src/features/lock/passcode-strength';
import type { DiaryEntry } from '../../src/storage/diary/diary-entry';
import { database } from '../../src/storage/db/open-database';
import type { LockConfig } from '../../src/storage/lock/lock-config';
import { deriveKey, seal } from '../../src/storage/lock/lock-crypto';
import { sealRecord } from '../../src/storage/lock/sealed-records';
import { diaryRepository } from '../../src/storage/diary/diary-repository';
import { lockRepository } from '../../src/storage/lock/lock-repository';
import { forgetLockState, lockStatus, resetLockStateForTests } from '../../src/storage/lock/lock-state';
import { freshDatabase } from '../support/fresh-database';

/** Few iterations keep the tests fast; the real lock uses 600,000. */
const FAST = { iterations: 1_000 };
const CODE = 'zonnebloem-42';
const SECRET = 'Hij kwam even naar beneden voor het ontbijt';

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}


beforeEach(freshDatabase);
afterEach(freshDatabase);

function entry(): DiaryEntry {
  const at = '2026-11-20T19:00:00.000Z';
  return { id: 'a', occurredAt: at, createdAt: at, updatedAt: at, kind: 'step', text: SECRET, tension: 3, tags: [] };
}

/** A diary with one entry behind a lock, as after a reload: locked, key forgotten. */
async function lockedDiary() {
  await diaryRepository.save(entry());
  await lockRepository.enable(CODE, FAST);
  resetLockStateForTests();
}

/** Replaces the lock's passcode by the six digits 480273 (a version 1 lock), as one made before the floor could be. */
async function tamperSixDigitLock() {
  const db = await database();
  const record = await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get('lock'));
  const config = record!.value as LockConfig;
  const key = await deriveKey('480273', config.kdf.salt, config.kdf.iterations);
  const verifier = await seal(key, 'kier-lock-ok', 'kier:lock-verifier');
  const sealedEntry = await sealRecord('diary', entry(), key);
  await db.transaction(['meta', 'diary'], 'readwrite', async ({ meta, diary }) => {
    await meta.put({ key: 'lock', value: { ...config, version: 1, verifier } });
    await diary.put(sealedEntry as never);
  });
}

function type(label: string | RegExp, value: string) {
  fireEvent.input(screen.getByLabelText(label), { target: { value } });
}

describe('passcode strength', () => {
  it('grades length, variety and words, and names the reason', () => {
    expect(passcodeStrength('')).toBeNull();
    expect(passcodeStrength('kwp')).toMatchObject({ level: 'weak', reason: 'tooShort' });
    expect(passcodeStrength('123456')).toMatchObject({ level: 'weak', reason: 'onlyDigits' });
    expect(passcodeStrength('aaaaaaaaaaaa')).toMatchObject({ level: 'weak', reason: 'pattern' });
    expect(passcodeStrength('abcdefghijk')).toMatchObject({ level: 'weak', reason: 'pattern' });
    expect(passcodeStrength('Wachtwoord1')).toMatchObject({ level: 'weak', reason: 'common' });
    expect(passcodeStrength('480273')).toMatchObject({ level: 'weak', reason: 'onlyDigits' });
    expect(passcodeStrength('4802739150')).toMatchObject({ level: 'weak', reason: 'onlyDigits' });
    expect(passcodeStrength('!#%&()*+,-/')).toMatchObject({ level: 'weak', reason: 'noLetters' });
    expect(passcodeStrength('kwpzvr')).toMatchObject({ level: 'weak', reason: 'tooShort' });
    expect(passcodeStrength('kat hond')).toMatchObject({ level: 'weak', reason: 'tooShort' });
    expect(passcodeStrength('zonnebloem')?.level).toBe('fair');
    expect(passcodeStrength('de kat zit')?.level).toBe('fair');
    expect(passcodeStrength('Zonnebloem-tafel-42')?.level).toBe('strong');
    expect(passcodeStrength('de kat zit op de mat')?.level).toBe('strong');
  });

  it('counts a phrase by its words, not its letters', () => {
    expect(estimatedBits('zon maan ster')).toBe(42);
    expect(estimatedBits('kwpzvrtxqb')).toBeCloseTo(10 * Math.log2(26));
  });

  it('puts the offline guessing time at one fast graphics card (about 18,577 guesses a second at 600,000 iterations)', () => {
    expect(GUESSES_PER_SECOND).toBeCloseTo(18_577, 0);
    // Six digits: 10^6 codes, half of them on average: about half a minute, all of them in about a minute.
    expect(guessTime(Math.log2(1e6))).toEqual({ unit: 'seconds', count: 26 });
    expect(guessTime(Math.log2(26) * 8)).toEqual({ unit: 'days', count: 65 });
    expect(guessTime(42)).toEqual({ unit: 'years', count: 3 });
    expect(guessTime(Math.log2(62) * 10)).toEqual({ unit: 'centuries' });
    expect(guessTime(0)).toEqual({ unit: 'instant' });
  });
});

describe('switching the lock on', () => {
  it('puts the form first, with the forgotten-passcode warning beside the tick, and the explanation behind "Hoe werkt het?"', async () => {
    renderAt('/nl/instellingen/slot');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dagboekslot' })).toBeTruthy();
    expect(screen.getByText(/Het slot staat uit/)).toBeTruthy();
    const form = screen.getByRole('region', { name: 'Slot aanzetten' });
    // The warning that cannot wait stays in the form, and describes the tick.
    const warning = within(form).getByText(/Ook Kier niet/);
    expect(warning.closest('p')!.textContent).toContain('alles wissen en opnieuw beginnen');
    expect(within(form).getByRole('checkbox', { name: 'Ik begrijp dat niemand mijn code kan terughalen' }).getAttribute('aria-describedby')).toContain(warning.closest('p')!.id);

    const how = screen.getByText('Hoe werkt het?');
    expect(how.tagName).toBe('SUMMARY');
    const details = how.closest('details')!;
    expect(details.open).toBe(false);
    // Form before explanation, in document order.
    expect(form.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Every part of the explanation is still there, including what the lock does not protect.
    for (const text of ['Versleutelen betekent', 'vraagt Kier eerst je code', 'vanzelf weer op', 'altijd lezen, ook zonder code', 'Kies daarom een code die je goed onthoudt', 'willekeurig nummer']) {
      expect(details.textContent).toContain(text);
    }
    expect(within(details).getByRole('heading', { name: 'Wat blijft leesbaar?' })).toBeTruthy();
    const field = screen.getByLabelText('Nieuwe code') as HTMLInputElement;
    expect(field.type).toBe('password');
    expect(field.autocomplete).toBe('new-password');
    expect((screen.getByRole('radio', { name: 'Na 5 minuten' }) as HTMLInputElement).checked).toBe(true);
  });

  it('refuses a short passcode, a different repeat and a missing tick, and changes nothing', async () => {
    renderAt('/nl/instellingen/slot');
    await screen.findByLabelText('Nieuwe code');
    type('Nieuwe code', 'kwpz');
    type('Typ je code nog een keer', 'kwpz');
    fireEvent.click(screen.getByRole('button', { name: 'Slot aanzetten' }));
    expect((await screen.findByText('Deze code is nog te makkelijk te raden. Nog te kort. Gebruik minstens 10 tekens, of 3 woorden.')).getAttribute('role')).toBe('alert');
    expect(screen.getByLabelText('Nieuwe code').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Nieuwe code')));

    type('Nieuwe code', CODE);
    type('Typ je code nog een keer', 'zonnebloem-43');
    fireEvent.click(screen.getByRole('button', { name: 'Slot aanzetten' }));
    expect(await screen.findByText('De twee codes zijn niet hetzelfde. Typ je code nog een keer.')).toBeTruthy();
    expect(screen.queryByText(/te makkelijk te raden/)).toBeNull();

    type('Typ je code nog een keer', CODE);
    fireEvent.click(screen.getByRole('button', { name: 'Slot aanzetten' }));
    expect(await screen.findByText(/Zet eerst een vinkje/)).toBeTruthy();
    expect(await lockRepository.status()).toBe('off');
  });

  it('refuses a six-digit code, which an offline copy gives up in about a minute, and says why', async () => {
    renderAt('/nl/instellingen/slot');
    await screen.findByLabelText('Nieuwe code');
    type('Nieuwe code', '480273');
    type('Typ je code nog een keer', '480273');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik begrijp dat niemand mijn code kan terughalen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slot aanzetten' }));
    expect(await screen.findByText('Deze code is nog te makkelijk te raden. Alleen cijfers zijn snel te raden. Gebruik ook letters, of een paar woorden.')).toBeTruthy();
    expect(document.getElementById('lock-new-strength')!.textContent).toContain('Een computer met een snelle videokaart doet er naar schatting ongeveer 26 seconden over om hem te raden.');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await lockRepository.status()).toBe('off');
    await expect(lockRepository.enable('480273', FAST)).rejects.toThrow('too weak');
  });

  it('shows and hides the passcode', async () => {
    renderAt('/nl/instellingen/slot');
    const field = (await screen.findByLabelText('Nieuwe code')) as HTMLInputElement;
    const toggle = within(field.closest('.passcode-field') as HTMLElement).getByRole('button', { name: 'Toon code' });
    fireEvent.click(toggle);
    expect(field.type).toBe('text');
    fireEvent.click(within(field.closest('.passcode-field') as HTMLElement).getByRole('button', { name: 'Verberg code' }));
    expect(field.type).toBe('password');
  });

  it('hints at the strength while typing, politely', async () => {
    renderAt('/nl/instellingen/slot');
    await screen.findByLabelText('Nieuwe code');
    type('Nieuwe code', '123456');
    const hint = document.getElementById('lock-new-strength')!;
    expect(hint.getAttribute('aria-live')).toBe('polite');
    expect(hint.textContent).toContain('Hoe sterk: zwak.');
    expect(hint.textContent).toContain('Alleen cijfers zijn snel te raden');
    expect(screen.getByLabelText('Nieuwe code').getAttribute('aria-describedby')).toContain('lock-new-strength');
    type('Nieuwe code', 'zonnebloem');
    expect(hint.textContent).toContain('Hoe sterk: redelijk.');
    expect(hint.textContent).toContain('meer dan 100 jaar');
    type('Nieuwe code', 'zon maan ster');
    expect(hint.textContent).toContain('ongeveer 3 jaar');
    type('Nieuwe code', 'Zonnebloem-tafel-42');
    expect(hint.textContent).toContain('Hoe sterk: sterk.');
    expect(hint.textContent).toContain('meer dan 100 jaar');
  });

  it('suggests five random words on request, puts them in the field, and shows their true strength', async () => {
    renderAt('/nl/instellingen/slot');
    await screen.findByLabelText('Nieuwe code');
    fireEvent.click(screen.getByRole('button', { name: 'Bedenk een zin voor mij' }));
    expect(await screen.findByText('Een voorstel van vijf willekeurige woorden, op dit apparaat gekozen:', {}, { timeout: 5_000 })).toBeTruthy();
    const phrase = document.querySelector('.passphrase-suggest__phrase')!.textContent!;
    expect(phrase).toMatch(/^[a-z]{3,9}( [a-z]{3,9}){4}$/);
    fireEvent.click(screen.getByRole('button', { name: 'Andere zin' }));
    await waitFor(() => expect(document.querySelector('.passphrase-suggest__phrase')!.textContent).not.toBe(phrase));
    const second = document.querySelector('.passphrase-suggest__phrase')!.textContent!;
    fireEvent.click(screen.getByRole('button', { name: 'Gebruik deze zin' }));
    expect((screen.getByLabelText('Nieuwe code') as HTMLInputElement).value).toBe(second);
    // The repeat is the parent's own (also the first practice), and focus is there.
    expect((screen.getByLabelText('Typ je code nog een keer') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByLabelText('Typ je code nog een keer'));
    expect(screen.getByText('De zin staat in het veld. Typ hem hieronder nog een keer.')).toBeTruthy();
    // About 50.7 bits (5 × log2 of 1,137 words), not the 70 a chosen five-word phrase is credited with.
    const hint = document.getElementById('lock-new-strength')!;
    expect(hint.dataset.level).toBe('fair');
    expect(hint.textContent).toContain('meer dan 100 jaar');
    // Typing changes it: then it is the parent's own passcode, estimated as such.
    type('Nieuwe code', `${second}x`);
    expect(document.getElementById('lock-new-strength')!.dataset.level).toBe('strong');
  });

  it('switches on with a good passcode: busy, then on, with the settings for a lock that is on', async () => {
    await diaryRepository.save(entry());
    renderAt('/nl/instellingen/slot');
    await screen.findByLabelText('Nieuwe code');
    type('Nieuwe code', CODE);
    type('Typ je code nog een keer', CODE);
    fireEvent.click(screen.getByRole('radio', { name: 'Na 1 minuut' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Ik begrijp dat niemand mijn code kan terughalen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Slot aanzetten' }));
    expect(await screen.findByText('Bezig met beveiligen…')).toBeTruthy();
    expect(await screen.findByText('Klaar. Vanaf nu vraagt Kier je code als je je dagboek of je plan opent.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(lockStatus()).toBe('unlocked');
    expect(await lockRepository.autoLockMinutes()).toBe(1);
    expect(screen.getByRole('button', { name: 'Nu vergrendelen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Code veranderen' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Slot uitzetten' })).toBeTruthy();
  }, 15_000);
});

describe('the lock screen', () => {
  it('shows in place of the diary while locked, with focus in the passcode field; the help button stays', async () => {
    await lockedDiary();
    renderAt('/nl/dagboek');
    expect(await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toBeTruthy();
    const field = screen.getByLabelText('Je code') as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(field));
    expect(field.type).toBe('password');
    expect(field.autocomplete).toBe('current-password');
    expect(screen.queryByText(SECRET)).toBeNull();
    expect(screen.getByRole('banner').querySelector('a.help-button')?.getAttribute('href')).toBe('/nl/hulp');
  });

  it('refuses a wrong passcode, and opens the page with the right one', async () => {
    await lockedDiary();
    renderAt('/nl/dagboek');
    await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' });
    type('Je code', 'verkeerd-1');
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect((await screen.findByText('Deze code klopt niet.')).getAttribute('role')).toBe('alert');
    expect((screen.getByLabelText('Je code') as HTMLInputElement).value).toBe('');

    type('Je code', CODE);
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dagboek' })).toBeTruthy();
    expect(await screen.findByText(SECRET)).toBeTruthy();
    expect(performance.getEntriesByName('kier-unlock', 'measure').length).toBeGreaterThan(0);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1, name: 'Dagboek' })));
  });

  it('says the lock record was changed or damaged when it holds an iteration count Kier never writes, and tries nothing', async () => {
    await lockedDiary();
    const db = await database();
    const record = await db.transaction(['meta'], 'readonly', ({ meta }) => meta.get('lock'));
    const config = record!.value as { kdf: { iterations: number } };
    await db.transaction(['meta'], 'readwrite', ({ meta }) => meta.put({ key: 'lock', value: { ...config, kdf: { ...config.kdf, iterations: 200_000_000 } } }));
    renderAt('/nl/dagboek');
    await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' });
    type('Je code', CODE);
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    const message = await screen.findByText(/Het slot van dit apparaat is veranderd of beschadigd/, {}, { timeout: 2_000 });
    expect(message.textContent).toContain('Er is niets gewist.');
    expect(screen.getByText('Code vergeten?')).toBeTruthy();
  });

  it('counts down after repeated wrong passcodes, also after a reload, then lets the parent try again', async () => {
    await lockedDiary();
    renderAt('/nl/dagboek');
    await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' });
    const button = screen.getByRole('button', { name: 'Ontgrendelen' }) as HTMLButtonElement;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      type('Je code', `verkeerd-${attempt}`);
      fireEvent.click(button);
      // The field is emptied once the lock has answered.
      await waitFor(() => expect((screen.getByLabelText('Je code') as HTMLInputElement).value).toBe(''));
    }
    expect(await screen.findByText('Probeer het over 2 seconden opnieuw.')).toBeTruthy();
    expect(button.disabled).toBe(true);
    expect(screen.getByLabelText('Je code').getAttribute('aria-describedby')).toContain('lock-code-wait');

    // A reload does not skip the wait: it is kept in the database.
    cleanup();
    resetLockStateForTests();
    renderAt('/nl/dagboek');
    expect(await screen.findByText(/Probeer het over \d seconden? opnieuw\./)).toBeTruthy();
    const again = screen.getByRole('button', { name: 'Ontgrendelen' }) as HTMLButtonElement;
    expect(again.disabled).toBe(true);
    expect(await screen.findByText('Je kunt het nu opnieuw proberen.', {}, { timeout: 4_000 })).toBeTruthy();
    expect(again.disabled).toBe(false);
    expect(screen.queryByText(/Probeer het over/)).toBeNull();
  }, 15_000);

  it('a lock made before the floor (six digits) still opens, and the lock page then suggests a passphrase', async () => {
    await diaryRepository.save(entry());
    // A lock written before new passcodes had to be stronger: the repository refuses to make it now.
    await lockRepository.enable(CODE, FAST);
    await tamperSixDigitLock();
    resetLockStateForTests();
    renderAt('/nl/instellingen/slot');
    await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' });
    type('Je code', '480273');
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText(/Kies liever een wachtzin van een paar woorden/)).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Wat het slot wel en niet doet' })).toBeTruthy();
  });

  it('says on the lock page that text written before may stay in the browser\'s files, and how to start clean', async () => {
    renderAt('/nl/instellingen/slot');
    const holds = (await screen.findByRole('heading', { name: 'Wat het slot wel en niet doet' })).closest('section')!;
    expect(holds.textContent).toContain('Wat je schreef vóór het slot aan ging, kan nog een tijd leesbaar in de bestanden van de browser staan.');
    expect(holds.textContent).toContain('Maak eerst een back-up, wis daarna alles, zet het slot aan en zet dan de back-up terug.');
    expect(within(holds).getByRole('link', { name: 'Naar je gegevens (back-up en wissen)' }).getAttribute('href')).toBe('/nl/instellingen/gegevens');
  });

  it('explains a forgotten passcode and offers to delete everything', async () => {
    await lockedDiary();
    renderAt('/nl/dagboek');
    const summary = await screen.findByText('Code vergeten?');
    fireEvent.click(summary);
    expect(screen.getByText(/niemand hem terughalen, ook Kier niet/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alles wissen en opnieuw beginnen…' })).toBeTruthy();
  });
});

describe('opening with a fingerprint or face (passkey)', () => {
  it('says plainly when the browser cannot, and offers nothing to switch on', async () => {
    // happy-dom has no WebAuthn (no PublicKeyCredential), like an older browser.
    expect('PublicKeyCredential' in window).toBe(false);
    await lockRepository.enable(CODE, FAST);
    renderAt('/nl/instellingen/slot');
    const section = await screen.findByRole('region', { name: 'Openen met je vingerafdruk of gezicht' });
    expect(await within(section).findByText('Deze browser of dit apparaat kan Kier niet openen met een vingerafdruk of gezicht. Je code blijft je sleutel.')).toBeTruthy();
    expect(within(section).queryByRole('button', { name: 'Zet aan' })).toBeNull();
    expect(within(section).queryByLabelText('Je code')).toBeNull();
  });
});

describe('locking', () => {
  it('"Nu vergrendelen" on the lock page shows the lock screen at once', async () => {
    await lockRepository.enable(CODE, FAST);
    renderAt('/nl/instellingen/slot');
    fireEvent.click(await screen.findByRole('button', { name: 'Nu vergrendelen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toBeTruthy();
    expect(lockStatus()).toBe('locked');
  });

  it('the slim bar on a private page locks it, and the page is back after unlocking', async () => {
    await diaryRepository.save(entry());
    await lockRepository.enable(CODE, FAST);
    renderAt('/nl/dagboek');
    expect(await screen.findByText(SECRET)).toBeTruthy();
    expect(screen.getByText('Je dagboek is open.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vergrendel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toBeTruthy();
    expect(screen.queryByText(SECRET)).toBeNull();
    type('Je code', CODE);
    fireEvent.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    expect(await screen.findByText(SECRET)).toBeTruthy();
  });

  it('shows no bar and no lock screen while the lock is off, and never gates the library', async () => {
    await diaryRepository.save(entry());
    renderAt('/nl/dagboek');
    expect(await screen.findByText(SECRET)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Vergrendel' })).toBeNull();
    cleanup();
    await lockRepository.enable(CODE, FAST);
    resetLockStateForTests();
    renderAt('/nl/bibliotheek');
    expect(await screen.findByRole('heading', { level: 1, name: 'Bibliotheek' })).toBeTruthy();
    expect(screen.queryByText('Je dagboek is vergrendeld')).toBeNull();
  });

  it('wrong passcode when switching off: the same message, and the records stay sealed', async () => {
    await lockRepository.enable(CODE, FAST);
    renderAt('/nl/instellingen/slot');
    const section = await screen.findByRole('region', { name: 'Slot uitzetten' });
    fireEvent.input(within(section).getByLabelText('Je code'), { target: { value: 'verkeerd-1' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Slot uitzetten' }));
    expect(await within(section).findByText('Deze code klopt niet.')).toBeTruthy();
    expect(await lockRepository.status()).toBe('unlocked');
    fireEvent.input(within(section).getByLabelText('Je code'), { target: { value: CODE } });
    fireEvent.click(within(section).getByRole('button', { name: 'Slot uitzetten' }));
    expect(await screen.findByText(/Het slot staat uit. Je dagboek en plannen staan weer gewoon leesbaar/)).toBeTruthy();
    expect(lockStatus()).toBe('off');
    expect(screen.getByRole('button', { name: 'Slot aanzetten' })).toBeTruthy();
  });

  it('locks when another tab changed the lock (the status is read again)', async () => {
    await diaryRepository.save(entry());
    await lockRepository.enable(CODE, FAST);
    renderAt('/nl/dagboek');
    expect(await screen.findByText(SECRET)).toBeTruthy();
    forgetLockState();
    expect(await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toBeTruthy();
  });

  it('locks after the chosen minutes in the background, checked with the clock on return', async () => {
    await diaryRepository.save(entry());
    await lockRepository.enable(CODE, { ...FAST, autoLockMinutes: 5 });
    renderAt('/nl/dagboek');
    expect(await screen.findByText(SECRET)).toBeTruthy();
    let visibility: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    const start = Date.now();
    const now = vi.spyOn(Date, 'now');
    const show = (state: DocumentVisibilityState, at: number) => {
      visibility = state;
      now.mockReturnValue(at);
      document.dispatchEvent(new Event('visibilitychange'));
    };
    // Away for four minutes: still open.
    show('hidden', start);
    show('visible', start + 4 * 60_000);
    expect(lockStatus()).toBe('unlocked');
    // Away for five minutes while timers were frozen: locked on return.
    show('hidden', start + 5 * 60_000);
    show('visible', start + 10 * 60_000 + 1);
    expect(await screen.findByRole('heading', { level: 1, name: 'Je dagboek is vergrendeld' })).toBeTruthy();
    expect(screen.queryByText(SECRET)).toBeNull();
  });
  it('keeps counting the minutes in the background after the parent left the private pages', async () => {
    await diaryRepository.save(entry());
    await lockRepository.enable(CODE, { ...FAST, autoLockMinutes: 5 });
    const { unmount } = renderAt('/nl/dagboek');
    expect(await screen.findByText(SECRET)).toBeTruthy();
    // The parent goes on to the library: no private page is on screen any more.
    unmount();
    cleanup();
    renderAt('/nl/bibliotheek');
    await screen.findByRole('heading', { level: 1 });
    let visibility: DocumentVisibilityState = 'visible';
    vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => visibility);
    const start = Date.now();
    const now = vi.spyOn(Date, 'now');
    visibility = 'hidden';
    now.mockReturnValue(start);
    document.dispatchEvent(new Event('visibilitychange'));
    visibility = 'visible';
    now.mockReturnValue(start + 6 * 60_000);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(lockStatus()).toBe('locked');
  });
});
