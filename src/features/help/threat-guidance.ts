import type { GuidanceStep } from './guidance-step';
import type { Localized } from './help-lines';

/**
 * "Als je kind dreigt": what a parent does when the child answers a change with a threat to hurt
 * themselves or someone else (CONTENT-GUIDE.md, "Threats as pressure"; the guidance review, X1).
 * Shown on the help page and in the plan builder's step 6; the module `als-je-kind-dreigt` is the
 * long version. Review it like a module (docs/editorial-log.md).
 */
export const THREAT_INTRO: Localized = {
  nl: 'Je verandert iets, en je kind dreigt zichzelf of iemand anders iets aan te doen. Dit doe je dan.',
  en: 'You change something, and your child threatens to hurt themselves or someone else. This is what you do.',
};

export const THREAT_STEPS: GuidanceStep[] = [
  {
    id: 'serious',
    title: { nl: 'Neem het altijd serieus', en: 'Always take it seriously' },
    text: {
      nl: 'Ook als je denkt dat het alleen druk is. Ga nu niet in discussie en onderhandel niet.',
      en: 'Even if you think it is only pressure. Do not argue or bargain now.',
    },
  },
  {
    id: 'stay-ask',
    title: { nl: 'Blijf dichtbij en vraag het', en: 'Stay close and ask' },
    text: {
      nl: 'Blijf in de buurt als dat veilig is. Vraag rustig: "Denk je erover om jezelf iets aan te doen?" Die vraag brengt je kind niet op het idee. Beloof niet dat je het geheimhoudt.',
      en: 'Stay nearby if that is safe. Ask calmly: "Are you thinking about hurting yourself?" Asking does not put the idea in your child’s head. Do not promise to keep it secret.',
    },
  },
  {
    id: 'call',
    title: { nl: 'Bel, samen of alleen', en: 'Call, together or on your own' },
    text: {
      nl: 'Bel samen met je kind, of zelf: 113 in Nederland (gratis 0800-0113), de Zelfmoordlijn 1813 in België. Dag en nacht. Is er direct gevaar? Bel 112.',
      en: 'Call with your child, or on your own: 113 in the Netherlands (free on 0800-0113), the suicide line 1813 in Belgium. Day and night. Is there immediate danger? Call 112.',
    },
    lines: { NL: ['nl-113', 'alarm-112'], BE: ['be-1813', 'alarm-112'] },
  },
  {
    id: 'pause',
    title: { nl: 'Zet de verandering even stil', en: 'Put the change on hold' },
    text: {
      nl: 'Wacht met de stap tot je een hulpverlener hebt gesproken, zoals je huisarts of 113 of 1813. Beslis samen of je de stap aanpast, of doorgaat met meer veiligheid. Stilzetten voor de veiligheid is geen toegeven. Je doet niets fout.',
      en: 'Wait with the step until you have spoken to a professional, such as your GP or 113 or 1813. Decide together whether to change the step, or go on with more safety in place. Pausing for safety is not giving in. You are doing nothing wrong.',
    },
    lines: { NL: ['nl-113'], BE: ['be-1813'] },
  },
  {
    id: 'others',
    title: { nl: 'Dreigt je kind jou of anderen?', en: 'Is your child threatening you or others?' },
    text: {
      nl: "Ga naar een veilige plek en neem jongere kinderen mee. Bij gevaar: 112. Advies, ook over geweld van je eigen kind: Veilig Thuis (dag en nacht) in Nederland; 1712 in België, overdag. In België 's nachts: politie 101.",
      en: 'Go somewhere safe and take younger children with you. In danger: 112. Advice, also about violence from your own child: Veilig Thuis (day and night) in the Netherlands; 1712 in Belgium, in the daytime. In Belgium at night: police 101.',
    },
    lines: { NL: ['alarm-112', 'nl-veilig-thuis'], BE: ['alarm-112', 'be-1712', 'be-politie'] },
  },
];
