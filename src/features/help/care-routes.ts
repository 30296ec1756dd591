import type { Country } from '../../storage/preferences';
import type { Localized } from './help-lines';

/**
 * "Waar kun je terecht?": the general care routes every module shows below its text, for the parent's
 * country (the guidance review, X3 and X5: one block instead of fourteen drifting copies). A module's own
 * text keeps only what is specific to it. Facts as verified in the review of December 2026
 * (docs/editorial-log.md); review this file like a module.
 */
export interface CareRoute {
  id: string;
  title: Localized;
  text: Localized;
  /** Help-line ids (help-lines.ts) shown as call buttons. */
  lines?: string[];
  /** A module that tells more. */
  module?: string;
}

export const CARE_ROUTES: Record<Country, CareRoute[]> = {
  NL: [
    {
      id: 'huisarts',
      title: { nl: 'Je huisarts', en: 'Your GP' },
      text: {
        nl: "De eerste deur, ook voor jezelf. De huisarts kan doorverwijzen naar de ggz. 's Avonds, 's nachts en in het weekend bel je het nummer van je eigen huisarts voor de huisartsenpost.",
        en: "The first door, also for yourself. The GP can refer to mental-health care. In the evening, at night and at the weekend, call your own GP's number for the out-of-hours service.",
      },
    },
    {
      id: 'wijkteam',
      title: { nl: 'Het wijkteam of CJG van je gemeente', en: "Your municipality's local team or CJG" },
      text: {
        nl: 'Gratis. Voor steun aan het gezin en voor jeugdhulp tot 18 jaar, soms tot 23 jaar. Je hoeft niet te wachten tot je kind zelf hulp vraagt.',
        en: 'Free. For support for the family and youth help up to 18, sometimes up to 23. You do not have to wait until your child asks for help.',
      },
    },
    {
      id: 'meldpunt',
      title: { nl: 'Je volwassen kind wil geen hulp', en: 'Your adult child refuses help' },
      text: {
        nl: 'Gaat het steeds slechter? Bel het Meldpunt Zorgwekkend Gedrag. Gratis, geen spoedlijn.',
        en: 'Are things getting worse and worse? Call the Meldpunt Zorgwekkend Gedrag. Free, not an emergency line.',
      },
      lines: ['nl-meldpunt-zorgwekkend-gedrag'],
      module: 'volwassen-kind-weigert-hulp',
    },
    {
      id: 'praten',
      title: { nl: 'Iemand om mee te praten', en: 'Someone to talk to' },
      text: { nl: 'De Luisterlijn, dag en nacht.', en: 'De Luisterlijn, day and night.' },
      lines: ['nl-luisterlijn'],
    },
    {
      id: 'crisis',
      title: { nl: 'Als het niet veilig is', en: 'When it is not safe' },
      text: {
        nl: 'Zorgen om zelfdoding: 113, gratis op 0800-0113. Geweld thuis, ook van je eigen kind: Veilig Thuis. Direct gevaar: 112. Alle drie dag en nacht.',
        en: 'Worried about suicide: 113, free on 0800-0113. Violence at home, also from your own child: Veilig Thuis. Immediate danger: 112. All three day and night.',
      },
      lines: ['nl-113', 'nl-veilig-thuis', 'alarm-112'],
    },
  ],
  BE: [
    {
      id: 'huisarts',
      title: { nl: 'Je huisarts', en: 'Your GP' },
      text: {
        nl: "De eerste deur, ook voor jezelf. 's Avonds, 's nachts en in het weekend: de huisarts van wacht via 1733, in de meeste gemeenten.",
        en: 'The first door, also for yourself. In the evening, at night and at the weekend: the doctor on duty on 1733, in most municipalities.',
      },
      lines: ['be-huisarts-van-wacht'],
    },
    {
      id: 'caw',
      title: { nl: 'Het CAW, en het JAC voor jongeren', en: 'The CAW, and the JAC for young people' },
      text: {
        nl: 'Het CAW (Centrum Algemeen Welzijnswerk) is gratis en er ook voor ouders. Jongeren van 12 tot 25 kunnen zelf naar het JAC, het jongerenaanbod van het CAW.',
        en: 'The CAW (general welfare centre) is free and also there for parents. Young people aged 12 to 25 can go to the JAC themselves, the CAW’s service for young people.',
      },
    },
    {
      id: 'clb',
      title: { nl: 'Het CLB, als je kind op school zit', en: 'The CLB, if your child is at school' },
      text: {
        nl: 'Het Centrum voor Leerlingenbegeleiding hoort bij elke school en is gratis.',
        en: 'The pupil guidance centre (CLB) belongs to every school and is free.',
      },
    },
    {
      id: 'psycholoog',
      title: { nl: 'Een eerstelijnspsycholoog', en: 'A first-line psychologist' },
      text: {
        nl: 'Gratis voor jongeren tot en met 23 jaar, zonder verwijzing. Volwassenen, ook jij, betalen een kleine bijdrage. Je huisarts of het CAW weet waar je in je regio terechtkunt.',
        en: 'Free for young people up to and including 23, with no referral. Adults, you too, pay a small fee. Your GP or the CAW knows where to go in your area.',
      },
    },
    {
      id: 'familie',
      title: { nl: 'Steun als familie', en: 'Support as a family' },
      text: {
        nl: 'Similes is een vereniging voor familie van mensen met psychische problemen, met praatgroepen en een luisterlijn. Kijk op similes.be.',
        en: 'Similes is an association for families of people with mental-health problems, with support groups and a listening line. See similes.be.',
      },
    },
    {
      id: 'crisis',
      title: { nl: 'Als het niet veilig is', en: 'When it is not safe' },
      text: {
        nl: "Zorgen om zelfdoding: 1813, dag en nacht. 's Nachts praten: Tele-Onthaal 106. Geweld thuis, ook van je eigen kind: 1712, overdag. 's Nachts of bij gevaar: politie 101 of 112.",
        en: 'Worried about suicide: 1813, day and night. To talk at night: Tele-Onthaal 106. Violence at home, also from your own child: 1712, in the daytime. At night or in danger: police 101 or 112.',
      },
      lines: ['be-1813', 'be-tele-onthaal', 'be-1712', 'be-politie', 'alarm-112'],
    },
  ],
};
