import type { Localized } from './help-lines';

/**
 * "Als het misgaat": what to do right now when a situation escalates at home.
 * Guidance text: written to CONTENT-GUIDE.md (B1, safe messaging), grounded in
 * non-violent resistance (delay your response, safety first; Weinblatt & Omer 2008)
 * and the help-line table. Review it like a module.
 */
export interface Step {
  title: Localized;
  text: Localized;
}

export const WHEN_IT_GOES_WRONG: Step[] = [
  {
    title: { nl: 'Veiligheid eerst', en: 'Safety first' },
    text: {
      nl: 'Is iemand in gevaar, of dreigt dat? Bel 112. Dat geldt voor jou, je kind en de rest van het gezin.',
      en: 'Is someone in danger, or about to be? Call 112. That goes for you, your child and the rest of the family.',
    },
  },
  {
    title: { nl: 'Ga even weg', en: 'Step away' },
    text: {
      nl: 'Loop naar een andere kamer of naar buiten. Neem je telefoon mee. Neem jongere kinderen mee als dat kan.',
      en: 'Go to another room or outside. Take your phone. Take younger children with you if you can.',
    },
  },
  {
    title: { nl: 'Reageer later', en: 'Respond later' },
    text: {
      nl: 'Je hoeft nu niets op te lossen of te winnen. Zeg kort: "Ik stop nu. We praten later." Praat pas als iedereen rustig is.',
      en: 'You do not have to solve or win anything now. Say briefly: "I am stopping now. We will talk later." Only talk when everyone is calm.',
    },
  },
  {
    title: { nl: 'Bel iemand', en: 'Call someone' },
    text: {
      nl: 'Bel iemand die je vertrouwt. Voor advies over geweld of onveilig thuis: Veilig Thuis (0800-2000) in Nederland, 1712 in België.',
      en: 'Call someone you trust. For advice about violence or feeling unsafe at home: Veilig Thuis (0800-2000) in the Netherlands, 1712 in Belgium.',
    },
  },
  {
    title: { nl: 'Zorgen om zelfdoding', en: 'Worried about suicide' },
    text: {
      nl: 'Praat je kind over niet meer willen leven? Blijf in de buurt als dat veilig is en vraag er rustig naar. Bel 113 (gratis 0800-0113) of in België 1813.',
      en: 'Does your child talk about not wanting to live? Stay close if that is safe, and ask about it calmly. Call 113 (free on 0800-0113) or 1813 in Belgium.',
    },
  },
  {
    title: { nl: 'Schrijf het later op', en: 'Write it down later' },
    text: {
      nl: 'Noteer wat er gebeurde als het weer rustig is. Dat helpt je in een gesprek met een hulpverlener.',
      en: 'Write down what happened once things are calm again. It helps you in a talk with a care worker.',
    },
  },
];
