import type { Localized } from '../help/help-lines';

/**
 * "Nu even": the ten minutes after it has gone wrong at home, one calm step per screen.
 * Guidance text, written to CONTENT-GUIDE.md (B1, safe messaging, threats as pressure) and kept
 * in line with "Als het misgaat" (help/when-it-goes-wrong.ts) and "Als je kind dreigt"
 * (help/threat-guidance.ts). Review it like a module (docs/editorial-log.md).
 */
export type RightNowStepId = 'danger' | 'away' | 'later' | 'talk' | 'write';
export const RIGHT_NOW_STEPS: readonly RightNowStepId[] = ['danger', 'away', 'later', 'talk', 'write'];

export interface RightNowText {
  title: Localized;
  text: Localized;
}

export const STEP_TEXT: Record<RightNowStepId, RightNowText> = {
  danger: {
    title: { nl: 'Is iemand nu in gevaar?', en: 'Is anyone in danger right now?' },
    text: {
      nl: 'Is iemand gewond, of dreigt iemand een ander of zichzelf pijn te doen? Bel dan 112. Dat geldt voor jou, je kind en de rest van het gezin.',
      en: 'Is someone hurt, or is someone threatening to hurt another person or themselves? Then call 112. That goes for you, your child and the rest of the family.',
    },
  },
  away: {
    title: { nl: 'Ga even weg', en: 'Step away for a moment' },
    text: {
      nl: 'Loop naar een andere kamer of naar buiten. Neem je telefoon mee, en jongere kinderen als dat kan. Je hoeft nu niets op te lossen.',
      en: 'Go to another room or outside. Take your phone, and younger children if you can. You do not have to solve anything now.',
    },
  },
  later: {
    title: { nl: 'Reageer later', en: 'Respond later' },
    text: {
      nl: 'Je hoeft nu niet te winnen of gelijk te krijgen. Zeg kort: "Ik stop nu. We praten later." Praat er pas over als iedereen rustig is. Dat mag ook morgen zijn.',
      en: 'You do not have to win or be right now. Say briefly: "I am stopping now. We will talk later." Only talk about it once everyone is calm. Tomorrow is fine too.',
    },
  },
  talk: {
    title: { nl: 'Wil je iemand spreken?', en: 'Would you like to talk to someone?' },
    text: {
      nl: 'Je hoeft dit niet alleen te dragen. Deze lijnen zijn nu open, dag en nacht.',
      en: 'You do not have to carry this alone. These lines are open now, day and night.',
    },
  },
  write: {
    title: { nl: 'Schrijf het later op', en: 'Write it down later' },
    text: {
      nl: 'Als het weer rustig is, kun je opschrijven wat er gebeurde en hoe gespannen het was. Dat helpt je later, ook in een gesprek met een hulpverlener.',
      en: 'Once things are calm, you can write down what happened and how tense it was. It helps you later, also in a talk with a care worker.',
    },
  },
};

/** The exception to "step away" (CONTENT-GUIDE.md, threats as pressure): stay near a child who talks about suicide. */
export const STAY_NEAR: Localized = {
  nl: 'Praat je kind over niet meer willen leven, of dreigt het zichzelf iets aan te doen? Ga dan niet weg. Blijf in de buurt als dat veilig is, vraag er rustig naar en bel samen of alleen:',
  en: 'Does your child talk about not wanting to live, or threaten to hurt themselves? Then do not leave. Stay nearby if that is safe, ask about it calmly, and call, together or on your own:',
};

/** Who to call for a suicide threat, per country (the help-line ids of help-lines.ts). */
export const SUICIDE_LINES = { NL: ['nl-113'], BE: ['be-1813'] } as const;
