import type { GuidanceStep } from './guidance-step';

/**
 * "Als het misgaat": what to do right now when a situation escalates at home.
 * Guidance text: written to CONTENT-GUIDE.md (B1, safe messaging), grounded in
 * non-violent resistance (delay your response, safety first; Weinblatt & Omer 2008),
 * 113 Zelfmoordpreventie's advice (ask directly, stay near, do not carry it alone)
 * and the help-line table. Review it like a module (docs/editorial-log.md).
 */
export interface Step extends GuidanceStep {
  /** A link under the text: to the threat guidance on the same page, or to a new diary entry. */
  link?: 'threats' | 'diary';
}

export const WHEN_IT_GOES_WRONG: Step[] = [
  {
    id: 'safety',
    title: { nl: 'Veiligheid eerst', en: 'Safety first' },
    text: {
      nl: 'Is iemand in gevaar, of dreigt dat? Bel 112. Dat geldt voor jou, je kind en de rest van het gezin.',
      en: 'Is someone in danger, or about to be? Call 112. That goes for you, your child and the rest of the family.',
    },
    lines: { NL: ['alarm-112'], BE: ['alarm-112'] },
  },
  {
    id: 'step-away',
    title: { nl: 'Ga even weg', en: 'Step away' },
    text: {
      nl: 'Loop naar een andere kamer of naar buiten. Neem je telefoon mee. Neem jongere kinderen mee als dat kan. Maar praat je kind over niet meer willen leven? Ga dan niet weg. Blijf in de buurt als dat veilig is.',
      en: 'Go to another room or outside. Take your phone. Take younger children with you if you can. But does your child talk about not wanting to live? Then do not leave. Stay close if that is safe.',
    },
  },
  {
    id: 'respond-later',
    title: { nl: 'Reageer later', en: 'Respond later' },
    text: {
      nl: 'Je hoeft nu niets op te lossen of te winnen. Zeg kort: "Ik stop nu. We praten later." Praat pas als iedereen rustig is.',
      en: 'You do not have to solve or win anything now. Say briefly: "I am stopping now. We will talk later." Only talk when everyone is calm.',
    },
  },
  {
    id: 'threats',
    title: { nl: 'Dreigt je kind?', en: 'Is your child making threats?' },
    text: {
      nl: 'Dreigt je kind zichzelf of iemand anders iets aan te doen, bijvoorbeeld nu jij iets verandert? Neem het altijd serieus. Wat je dan doet, staat hieronder.',
      en: 'Does your child threaten to hurt themselves or someone else, for example now that you are changing something? Always take it seriously. What to do then is below.',
    },
    link: 'threats',
  },
  {
    id: 'call',
    title: { nl: 'Bel iemand', en: 'Call someone' },
    text: {
      nl: "Bel iemand die je vertrouwt. Advies over geweld thuis, ook als het geweld van je eigen kind komt: in Nederland Veilig Thuis, dag en nacht. In België overdag 1712; 's nachts of bij gevaar de politie op 101. Wil je 's nachts praten? Bel Tele-Onthaal (106).",
      en: 'Call someone you trust. Advice about violence at home, also when it comes from your own child: in the Netherlands Veilig Thuis, day and night. In Belgium 1712 in the daytime; at night or in danger the police on 101. Want to talk at night? Call Tele-Onthaal (106).',
    },
    lines: { NL: ['nl-veilig-thuis'], BE: ['be-1712', 'be-politie', 'be-tele-onthaal'] },
  },
  {
    id: 'suicide',
    title: { nl: 'Zorgen om zelfdoding', en: 'Worried about suicide' },
    text: {
      nl: 'Praat je kind over niet meer willen leven? Blijf in de buurt als dat veilig is en vraag er rustig naar. Bel 113 (gratis 0800-0113) of in België 1813.',
      en: 'Does your child talk about not wanting to live? Stay close if that is safe, and ask about it calmly. Call 113 (free on 0800-0113) or 1813 in Belgium.',
    },
    lines: { NL: ['nl-113'], BE: ['be-1813'] },
  },
  {
    id: 'write-later',
    title: { nl: 'Schrijf het later op', en: 'Write it down later' },
    text: {
      nl: 'Noteer wat er gebeurde als het weer rustig is. Dat helpt je in een gesprek met een hulpverlener.',
      en: 'Write down what happened once things are calm again. It helps you in a talk with a care worker.',
    },
    link: 'diary',
  },
];
