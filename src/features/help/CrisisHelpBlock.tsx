import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { HELP_LINES, telHref } from './help-lines';

const CRISIS_LINE_IDS = ['alarm-112', 'nl-113', 'be-1813'];

/** Shown at the top of modules marked `crisis: true`: the lines that matter most, one tap each. */
export function CrisisHelpBlock() {
  const t = useT();
  const locale = useLocale();
  const lines = HELP_LINES.filter((line) => CRISIS_LINE_IDS.includes(line.id));
  return (
    <aside class="crisis-block" aria-labelledby="crisis-block-title">
      <h2 id="crisis-block-title">{t('help.title')}</h2>
      <ul>
        {lines.map((line) => {
          const number = line.numbers[0];
          return (
            <li key={line.id}>
              {line.name[locale]} ({line.countries.join(', ')}):{' '}
              {number && <a href={telHref(number)}>{number.display}</a>}
            </li>
          );
        })}
      </ul>
      <p>
        <a href={pathFor(locale, { name: 'help' })}>{t('home.helpLink')}</a>
      </p>
    </aside>
  );
}
