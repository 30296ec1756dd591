import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { formatDate } from '../../app/format-date';
import { COUNTRIES, HELP_LINES, linesFor } from './help-lines';
import { HelpLineItem } from './HelpLineItem';

export default function HelpPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('help.title'), description: t('help.intro') });
  const lastChecked = HELP_LINES.map((line) => line.checked).sort().at(-1) ?? '';

  return (
    <div class="page help-page">
      <h1>{t('help.title')}</h1>
      <p class="emergency">{t('help.emergency')}</p>
      <p class="lead">{t('help.intro')}</p>
      {COUNTRIES.map((country) => (
        <section key={country} aria-labelledby={`country-${country}`} class="help-country">
          <h2 id={`country-${country}`}>{t(`help.countries.${country}`)}</h2>
          <ul class="help-lines">
            {linesFor(country).map((line) => (
              <HelpLineItem key={line.id} line={line} />
            ))}
          </ul>
        </section>
      ))}
      <p class="fine-print">{t('help.checked', { date: formatDate(lastChecked, locale) })}</p>
    </div>
  );
}
