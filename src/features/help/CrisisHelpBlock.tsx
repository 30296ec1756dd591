import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { COUNTRIES, linesFor, telHref, type Situation } from './help-lines';

/** The situations a crisis module can touch: danger, suicide, violence at home. */
const CRISIS_SITUATIONS: readonly Situation[] = ['danger', 'suicide', 'violence'];

/** Shown at the top of modules marked `crisis: true`: the lines that matter most, one tap each, per country. */
export function CrisisHelpBlock() {
  const t = useT();
  const locale = useLocale();
  return (
    <aside class="crisis-block" aria-labelledby="crisis-block-title">
      <h2 id="crisis-block-title">{t('help.crisisTitle')}</h2>
      {COUNTRIES.map((country) => (
        <div key={country} class="crisis-block__country">
          <h3>{t(`help.countries.${country}`)}</h3>
          <ul>
            {linesFor(country)
              .filter((line) => CRISIS_SITUATIONS.includes(line.situation) && line.numbers.length > 0)
              .map((line) => {
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
        </div>
      ))}
      <p>
        <a href={pathFor(locale, { name: 'help' })}>{t('home.helpLink')}</a>
      </p>
    </aside>
  );
}
