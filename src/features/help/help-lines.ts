import type { Locale } from '../../app/locales';
import type { Country } from '../../storage/preferences';

/**
 * Help lines for the Netherlands and Flanders: the one data file the app reads.
 * Source: the help-line table in CONTENT-GUIDE.md. Check a line there before changing it.
 * Where hours are uncertain, `hours` says to check the service's site; never invent hours.
 */
export type { Country };
export const COUNTRIES: readonly Country[] = ['NL', 'BE'];

export type Situation = 'danger' | 'suicide' | 'violence' | 'talk' | 'child' | 'medical' | 'police';
export const SITUATIONS: readonly Situation[] = ['danger', 'suicide', 'violence', 'talk', 'child', 'medical', 'police'];

export type Localized = Record<Locale, string>;

export interface PhoneNumber {
  /** Digits as dialled, used in the `tel:` link. */
  dial: string;
  /** As people write it. */
  display: string;
}

export interface HelpLine {
  id: string;
  countries: Country[];
  situation: Situation;
  name: Localized;
  /** Empty when there is no single number (e.g. the regional huisartsenpost). */
  numbers: PhoneNumber[];
  hours: Localized;
  forWhom: Localized;
  /** Website or chat address, shown as text; opened only when tapped. */
  web?: string;
  /** Date this line was last checked against the source table. */
  checked: string;
}

const CHECKED = '2026-11-22';

export const HELP_LINES: HelpLine[] = [
  {
    id: 'alarm-112',
    countries: ['NL', 'BE'],
    situation: 'danger',
    name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
    numbers: [{ dial: '112', display: '112' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    forWhom: { nl: 'Bij direct gevaar voor iemands leven of veiligheid.', en: "When someone's life or safety is in immediate danger." },
    checked: CHECKED,
  },
  {
    id: 'nl-113',
    countries: ['NL'],
    situation: 'suicide',
    name: { nl: '113 Zelfmoordpreventie', en: '113 Suicide Prevention' },
    numbers: [
      { dial: '08000113', display: '0800-0113' },
      { dial: '113', display: '113' },
    ],
    hours: { nl: 'Dag en nacht, anoniem. 0800-0113 is gratis.', en: 'Day and night, anonymous. 0800-0113 is free.' },
    forWhom: { nl: 'Als je denkt aan zelfdoding, of je zorgen maakt om je kind. Chatten kan ook.', en: 'If you think about suicide, or worry about your child. You can also chat.' },
    web: 'https://www.113.nl',
    checked: CHECKED,
  },
  {
    id: 'nl-veilig-thuis',
    countries: ['NL'],
    situation: 'violence',
    name: { nl: 'Veilig Thuis', en: 'Veilig Thuis (Safe at Home)' },
    numbers: [{ dial: '08002000', display: '0800-2000' }],
    hours: { nl: 'Dag en nacht, gratis', en: 'Day and night, free' },
    forWhom: { nl: 'Bij huiselijk geweld of kindermishandeling. Voor advies of een melding. Anoniem als je dat wilt.', en: 'For domestic violence or child abuse. For advice or a report. Anonymous if you want.' },
    checked: CHECKED,
  },
  {
    id: 'nl-luisterlijn',
    countries: ['NL'],
    situation: 'talk',
    name: { nl: 'De Luisterlijn', en: 'De Luisterlijn (listening line)' },
    numbers: [{ dial: '0880767000', display: '088 0767 000' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    forWhom: { nl: 'Als je met iemand wilt praten. Chatten kan ook.', en: 'When you want to talk to someone. You can also chat.' },
    web: 'https://www.deluisterlijn.nl',
    checked: CHECKED,
  },
  {
    id: 'nl-kindertelefoon',
    countries: ['NL'],
    situation: 'child',
    name: { nl: 'De Kindertelefoon', en: 'De Kindertelefoon (children’s helpline)' },
    numbers: [{ dial: '08000432', display: '0800-0432' }],
    hours: { nl: 'Elke dag; kijk voor de tijden op kindertelefoon.nl', en: 'Every day; check the hours on kindertelefoon.nl' },
    forWhom: { nl: 'Voor kinderen van 8 tot 18 jaar. Gratis en anoniem.', en: 'For children aged 8 to 18. Free and anonymous.' },
    web: 'https://www.kindertelefoon.nl',
    checked: CHECKED,
  },
  {
    id: 'nl-huisartsenpost',
    countries: ['NL'],
    situation: 'medical',
    name: { nl: 'Huisartsenpost', en: 'Out-of-hours GP (huisartsenpost)' },
    numbers: [],
    hours: { nl: "'s Avonds, 's nachts en in het weekend", en: 'Evenings, nights and weekends' },
    forWhom: { nl: 'Er is geen landelijk nummer. Bel het nummer van je eigen huisarts; je hoort dan hoe je de huisartsenpost bereikt.', en: "There is no national number. Call your own GP's number; it tells you how to reach the out-of-hours service." },
    checked: CHECKED,
  },
  {
    id: 'nl-politie',
    countries: ['NL'],
    situation: 'police',
    name: { nl: 'Politie (geen spoed)', en: 'Police (non-emergency)' },
    numbers: [{ dial: '09008844', display: '0900-8844' }],
    hours: { nl: 'Dag en nacht; niet gratis', en: 'Day and night; not free' },
    forWhom: { nl: 'Als je de politie nodig hebt, maar er geen direct gevaar is.', en: 'When you need the police but there is no immediate danger.' },
    checked: CHECKED,
  },
  {
    id: 'be-1813',
    countries: ['BE'],
    situation: 'suicide',
    name: { nl: 'Zelfmoordlijn 1813', en: 'Suicide line 1813' },
    numbers: [{ dial: '1813', display: '1813' }],
    hours: { nl: 'Dag en nacht, gratis en anoniem', en: 'Day and night, free and anonymous' },
    forWhom: { nl: 'Als je denkt aan zelfdoding, of je zorgen maakt om je kind. Chatten kan ook.', en: 'If you think about suicide, or worry about your child. You can also chat.' },
    web: 'https://www.zelfmoord1813.be',
    checked: CHECKED,
  },
  {
    id: 'be-1712',
    countries: ['BE'],
    situation: 'violence',
    name: { nl: '1712', en: '1712' },
    numbers: [{ dial: '1712', display: '1712' }],
    hours: { nl: 'Kijk voor de tijden op 1712.be', en: 'Check the hours on 1712.be' },
    forWhom: { nl: 'Bij geweld, misbruik of kindermishandeling. Gratis. Geen noodnummer: bel 112 bij gevaar.', en: 'For violence, abuse or child abuse. Free. Not an emergency line: call 112 in danger.' },
    web: 'https://www.1712.be',
    checked: CHECKED,
  },
  {
    id: 'be-tele-onthaal',
    countries: ['BE'],
    situation: 'talk',
    name: { nl: 'Tele-Onthaal', en: 'Tele-Onthaal (listening line)' },
    numbers: [{ dial: '106', display: '106' }],
    hours: { nl: 'Dag en nacht, gratis en anoniem', en: 'Day and night, free and anonymous' },
    forWhom: { nl: 'Als je met iemand wilt praten. Chatten kan ook.', en: 'When you want to talk to someone. You can also chat.' },
    web: 'https://www.tele-onthaal.be',
    checked: CHECKED,
  },
  {
    id: 'be-awel',
    countries: ['BE'],
    situation: 'child',
    name: { nl: 'Awel', en: 'Awel' },
    numbers: [{ dial: '102', display: '102' }],
    hours: { nl: 'Kijk voor de tijden op awel.be', en: 'Check the hours on awel.be' },
    forWhom: { nl: 'Voor kinderen en jongeren.', en: 'For children and young people.' },
    web: 'https://www.awel.be',
    checked: CHECKED,
  },
  {
    id: 'be-huisarts-van-wacht',
    countries: ['BE'],
    situation: 'medical',
    name: { nl: 'Huisarts van wacht', en: 'Doctor on duty (huisarts van wacht)' },
    numbers: [{ dial: '1733', display: '1733' }],
    hours: { nl: "'s Avonds, 's nachts en in het weekend", en: 'Evenings, nights and weekends' },
    forWhom: { nl: 'Als je buiten de uren van je huisarts een dokter nodig hebt.', en: "When you need a doctor outside your GP's hours." },
    checked: CHECKED,
  },
  {
    id: 'be-politie',
    countries: ['BE'],
    situation: 'police',
    name: { nl: 'Politie (dringend)', en: 'Police (urgent)' },
    numbers: [{ dial: '101', display: '101' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    forWhom: { nl: 'Als je dringend de politie nodig hebt.', en: 'When you urgently need the police.' },
    checked: CHECKED,
  },
];

export function linesFor(country: Country): HelpLine[] {
  return HELP_LINES.filter((line) => line.countries.includes(country)).sort(
    (a, b) => SITUATIONS.indexOf(a.situation) - SITUATIONS.indexOf(b.situation),
  );
}

export function telHref(number: PhoneNumber): string {
  return `tel:${number.dial}`;
}
