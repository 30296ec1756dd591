import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { linesFor, telHref, type Situation } from './help-lines';
import { useCountry } from './use-country';

/** The situations a crisis module can touch: danger, suicide, violence at home. */
const CRISIS_SITUATIONS: readonly Situation[] = ['danger', 'suicide', 'violence'];
/** Belgium's violence line 1712 is a daytime line: at night the police (101) is the route. */
const NIGHT_ROUTES = ['be-politie'];

/** Shown at the top of modules marked `crisis: true`: the lines that matter most, for the parent's country. */
export function CrisisHelpBlock() {
  const t = useT();
  const locale = useLocale();
  const [country] = useCountry();
  const lines = linesFor(country).filter((line) => (CRISIS_SITUATIONS.includes(line.situation) || NIGHT_ROUTES.includes(line.id)) && line.numbers.length > 0);
  return (
    <aside class="crisis-block" aria-labelledby="crisis-block-title">
      <h2 id="crisis-block-title">{t('help.crisisTitle')}</h2>
      <p class="crisis-block__country">{t(`help.countries.${country}`)}</p>
      <ul>
        {lines.map((line) => {
          const number = line.numbers[0]!;
          return (
            <li key={line.id}>
              {line.name[locale]}:{' '}
              <a href={telHref(number)} aria-label={t('help.call', { name: line.name[locale], number: number.display })}>
                {number.display}
              </a>
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
