import { useLocale, useT } from '../../../app/i18n';
import type { Country } from '../../../storage/preferences';
import { HELP_LINES, telHref, type HelpLine } from '../../help/help-lines';
import { useCountry } from '../../help/use-country';

/** The lines this list can show: their sentence on when to call, and a short form for the compact list. */
const WORDS = {
  'alarm-112': { when: 'plan.escalationWhen.112', short: 'plan.safetyLines.112' },
  'nl-veilig-thuis': { when: 'plan.escalationWhen.veiligThuis', short: 'plan.safetyLines.veiligThuis' },
  'be-1712': { when: 'plan.escalationWhen.1712', short: 'plan.safetyLines.1712' },
  'nl-113': { when: 'plan.escalationWhen.113' },
  'be-1813': { when: 'plan.escalationWhen.1813' },
} as const;
type LineId = keyof typeof WORDS;
type ViolenceLineId = 'alarm-112' | 'nl-veilig-thuis' | 'be-1712';

/** Violence at home: 112 in danger, then Veilig Thuis (NL) or 1712 (BE). */
const VIOLENCE: Record<Country, readonly ViolenceLineId[]> = {
  NL: ['alarm-112', 'nl-veilig-thuis'],
  BE: ['alarm-112', 'be-1712'],
};

/** When the child talks about not wanting to live: 113 (NL) or 1813 (BE). */
const SUICIDE: Record<Country, Exclude<LineId, ViolenceLineId>> = { NL: 'nl-113', BE: 'be-1813' };

const lineById = (id: LineId) => HELP_LINES.find((line) => line.id === id);

/**
 * The help lines for violence at home in the parent's country, on the screen where the plan
 * meets violence (content guide: always a way to help on the same screen). `compact`: one short
 * line each, for the note under a safety item; else a sentence each on when to call, and with
 * `suicide` the suicide-prevention line too (step 6).
 */
export function SafetyLines({ compact = false, suicide = false }: { compact?: boolean; suicide?: boolean }) {
  const t = useT();
  const [country] = useCountry();
  const lines = compact
    ? VIOLENCE[country].map((id) => ({ id, text: t(WORDS[id].short) }))
    : [...VIOLENCE[country], ...(suicide ? [SUICIDE[country]] : [])].map((id) => ({ id, text: t(WORDS[id].when) }));
  return (
    <ul class={compact ? 'safety-lines safety-lines--compact' : 'safety-lines when-to-call'}>
      {lines.map(({ id, text }) => {
        const line = lineById(id);
        return line ? <SafetyLine key={id} line={line} text={text} compact={compact} /> : null;
      })}
    </ul>
  );
}

function SafetyLine({ line, text, compact }: { line: HelpLine; text: string; compact: boolean }) {
  const t = useT();
  const locale = useLocale();
  const name = line.name[locale];
  const links = line.numbers.map((number) => (
    <a key={number.dial} class={compact ? 'call-link call-link--small' : 'call-link'} href={telHref(number)} aria-label={t('help.call', { name, number: number.display })}>
      {number.display}
    </a>
  ));
  return compact ? (
    <li>
      <span>{text}:</span> {links}
    </li>
  ) : (
    <li>
      <p>{text}</p>
      <span class="safety-lines__numbers">{links}</span>
    </li>
  );
}
