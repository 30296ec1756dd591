import type { Locale } from '../../app/locales';
import type { Country } from '../../storage/preferences';
import type { Schedule } from './open-now';

/**
 * Help lines for the Netherlands and Flanders: the one data file the app reads.
 * Source: the help-line table in CONTENT-GUIDE.md, checked against public sources (the services' own
 * pages and dated reports) in the guidance review of December 2026 (docs/editorial-log.md).
 * Where hours are uncertain, `hours` says to check the service's site; never invent hours.
 */
export type { Country };
export const COUNTRIES: readonly Country[] = ['NL', 'BE'];

export type Situation = 'danger' | 'suicide' | 'violence' | 'talk' | 'adult-care' | 'child' | 'medical' | 'police';
export const SITUATIONS: readonly Situation[] = ['danger', 'suicide', 'violence', 'talk', 'adult-care', 'child', 'medical', 'police'];

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
  /** When the phone line is open, where that is certain enough to say "nu open / nu gesloten" (open-now.ts). */
  schedule?: Schedule;
  forWhom: Localized;
  /** Lines to call instead while this one is surely closed (open-now.ts): open day and night. */
  whenClosed?: string[];
  /** Website or chat address, shown as text; opened only when tapped. */
  web?: string;
  /** Date this line was last checked against public sources (see docs/editorial-log.md). */
  checked: string;
}

const CHECKED = '2026-12-03';

export const HELP_LINES: HelpLine[] = [
  {
    id: 'alarm-112',
    countries: ['NL', 'BE'],
    situation: 'danger',
    name: { nl: 'Alarmnummer 112', en: 'Emergency number 112' },
    numbers: [{ dial: '112', display: '112' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    schedule: 'always',
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
    schedule: 'always',
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
    schedule: 'always',
    forWhom: {
      nl: 'Bij huiselijk geweld of kindermishandeling, ook als je eigen (volwassen) kind geweld gebruikt tegen jou. Voor advies of een melding. Anoniem als je dat wilt.',
      en: 'For domestic violence or child abuse, also when your own (adult) child uses violence against you. For advice or a report. Anonymous if you want.',
    },
    checked: CHECKED,
  },
  {
    id: 'nl-luisterlijn',
    countries: ['NL'],
    situation: 'talk',
    name: { nl: 'De Luisterlijn', en: 'De Luisterlijn (listening line)' },
    numbers: [{ dial: '0880767000', display: '088 0767 000' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    schedule: 'always',
    forWhom: { nl: 'Als je met iemand wilt praten. Chatten kan ook; kijk voor de uren op deluisterlijn.nl.', en: 'When you want to talk to someone. You can also chat; check the hours on deluisterlijn.nl.' },
    web: 'https://www.deluisterlijn.nl',
    checked: CHECKED,
  },
  {
    id: 'nl-meldpunt-zorgwekkend-gedrag',
    countries: ['NL'],
    situation: 'adult-care',
    name: { nl: 'Meldpunt Zorgwekkend Gedrag', en: 'Meldpunt Zorgwekkend Gedrag (concerning behaviour)' },
    numbers: [{ dial: '08001205', display: '0800-1205' }],
    hours: { nl: 'Meestal op kantoortijden; gratis. Geen spoedlijn: bij gevaar 112', en: 'Mostly office hours; free. Not an emergency line: in danger, call 112' },
    schedule: 'weekday-daytime',
    whenClosed: ['nl-luisterlijn', 'alarm-112'],
    forWhom: {
      nl: 'Als je je zorgen maakt om een volwassene die geen hulp wil, zoals je eigen kind. Je wordt doorverbonden met het meldpunt van je gemeente.',
      en: 'When you worry about an adult who refuses help, such as your own child. You are put through to your own municipality.',
    },
    web: 'https://www.meldpuntzorgwekkendgedrag.nl',
    checked: CHECKED,
  },
  {
    id: 'be-eerstelijnspsycholoog',
    countries: ['BE'],
    situation: 'adult-care',
    name: { nl: 'Eerstelijnspsycholoog', en: 'First-line psychologist (eerstelijnspsycholoog)' },
    numbers: [],
    hours: { nl: 'Op afspraak; je huisarts of het CAW weet waar in je regio', en: 'By appointment; your GP or CAW knows where in your area' },
    forWhom: {
      nl: 'Geen centraal nummer. Voor lichte tot matige klachten. Gratis voor jongeren tot en met 23 jaar, zonder verwijzing; volwassenen betalen 11 euro per gesprek (4 euro met verhoogde tegemoetkoming). Ook voor jou als ouder.',
      en: 'No central number. For mild to moderate problems. Free for young people up to and including 23, no referral needed; adults pay 11 euros a session (4 euros with increased reimbursement). Also for you as a parent.',
    },
    checked: CHECKED,
  },
  {
    id: 'be-similes',
    countries: ['BE'],
    situation: 'adult-care',
    name: { nl: 'Similes', en: 'Similes (for families)' },
    numbers: [],
    hours: { nl: 'Kijk voor de uren op similes.be', en: 'Check the hours on similes.be' },
    forWhom: {
      nl: 'Geen centraal crisisnummer. Een vereniging voor familie van mensen met psychische problemen, met praatgroepen en een luisterlijn.',
      en: 'No central crisis number. An association for families of people with mental-health problems, with support groups and a listening line.',
    },
    web: 'https://www.similes.be',
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
    forWhom: {
      nl: 'Er is geen landelijk nummer. Bel het nummer van je eigen huisarts; je hoort dan hoe je de huisartsenpost bereikt. De huisarts kan ook de crisisdienst van de ggz inschakelen.',
      en: "There is no national number. Call your own GP's number; it tells you how to reach the out-of-hours service. The GP can also call in the mental-health crisis service.",
    },
    checked: CHECKED,
  },
  {
    id: 'nl-politie',
    countries: ['NL'],
    situation: 'police',
    name: { nl: 'Politie (geen spoed)', en: 'Police (non-emergency)' },
    numbers: [{ dial: '09008844', display: '0900-8844' }],
    hours: { nl: 'Dag en nacht; niet gratis', en: 'Day and night; not free' },
    schedule: 'always',
    forWhom: { nl: 'Als je de politie nodig hebt, maar er geen direct gevaar is.', en: 'When you need the police but there is no immediate danger.' },
    checked: CHECKED,
  },
  {
    id: 'be-1813',
    countries: ['BE'],
    situation: 'suicide',
    name: { nl: 'Zelfmoordlijn 1813', en: 'Suicide line 1813' },
    numbers: [{ dial: '1813', display: '1813' }],
    hours: { nl: 'Bellen: dag en nacht, gratis en anoniem. Chatten: op bepaalde uren; kijk op zelfmoord1813.be', en: 'Phone: day and night, free and anonymous. Chat: at set hours; check zelfmoord1813.be' },
    schedule: 'always',
    forWhom: { nl: 'Als je denkt aan zelfdoding, of je zorgen maakt om je kind.', en: 'If you think about suicide, or worry about your child.' },
    web: 'https://www.zelfmoord1813.be',
    checked: CHECKED,
  },
  {
    id: 'be-1712',
    countries: ['BE'],
    situation: 'violence',
    name: { nl: '1712', en: '1712' },
    numbers: [{ dial: '1712', display: '1712' }],
    hours: {
      nl: "Overdag op werkdagen; kijk voor de uren op 1712.be. 's Nachts of bij gevaar: politie 101 of 112. Praten kan 's nachts bij Tele-Onthaal (106)",
      en: 'Daytime on working days; check the hours on 1712.be. At night or in danger: police 101 or 112. At night you can talk to Tele-Onthaal (106)',
    },
    schedule: 'weekday-daytime',
    whenClosed: ['be-tele-onthaal', 'be-politie', 'alarm-112'],
    forWhom: {
      nl: 'Bij elke vorm van geweld, misbruik of kindermishandeling, ook als je eigen kind geweld gebruikt tegen jou. Ook voor wie zelf geweld gebruikt. Gratis. Geen noodnummer.',
      en: 'For every kind of violence, abuse or child abuse, also when your own child uses violence against you. Also for people who use violence themselves. Free. Not an emergency line.',
    },
    web: 'https://www.1712.be',
    checked: CHECKED,
  },
  {
    id: 'be-tele-onthaal',
    countries: ['BE'],
    situation: 'talk',
    name: { nl: 'Tele-Onthaal', en: 'Tele-Onthaal (listening line)' },
    numbers: [{ dial: '106', display: '106' }],
    hours: { nl: 'Bellen: dag en nacht, gratis en anoniem. Chatten: kijk voor de uren op tele-onthaal.be', en: 'Phone: day and night, free and anonymous. Chat: check the hours on tele-onthaal.be' },
    schedule: 'always',
    forWhom: { nl: "Als je met iemand wilt praten, ook midden in de nacht.", en: 'When you want to talk to someone, also in the middle of the night.' },
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
    forWhom: {
      nl: 'Als je buiten de uren van je huisarts een dokter nodig hebt. 1733 werkt in de meeste gemeenten; werkt het bij jou niet, dan hoor je het nummer van de wachtdienst bij je eigen huisarts.',
      en: "When you need a doctor outside your GP's hours. 1733 works in most municipalities; where it does not, your own GP's number gives you the doctor on duty.",
    },
    checked: CHECKED,
  },
  {
    id: 'be-politie',
    countries: ['BE'],
    situation: 'police',
    name: { nl: 'Politie (dringend)', en: 'Police (urgent)' },
    numbers: [{ dial: '101', display: '101' }],
    hours: { nl: 'Dag en nacht', en: 'Day and night' },
    schedule: 'always',
    forWhom: {
      nl: "Als je dringend de politie nodig hebt, ook 's nachts bij geweld thuis. Is er levensgevaar of heeft iemand medische hulp nodig? Bel 112.",
      en: 'When you urgently need the police, also at night for violence at home. Is a life in danger, or does someone need medical help? Call 112.',
    },
    checked: CHECKED,
  },
];

export function linesFor(country: Country): HelpLine[] {
  return HELP_LINES.filter((line) => line.countries.includes(country)).sort(
    (a, b) => SITUATIONS.indexOf(a.situation) - SITUATIONS.indexOf(b.situation),
  );
}

/** The country's lines that are open day and night, in the order of SITUATIONS (112 first). */
export function alwaysOpenLines(country: Country): HelpLine[] {
  return linesFor(country).filter((line) => line.schedule === 'always' && line.numbers.length > 0);
}

export function telHref(number: PhoneNumber): string {
  return `tel:${number.dial}`;
}
