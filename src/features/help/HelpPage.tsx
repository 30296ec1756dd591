import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { formatDate } from '../../app/format-date';
import { pathFor } from '../../app/paths';
import { CountrySwitch } from './CountrySwitch';
import { HELP_LINES, SITUATIONS, linesFor } from './help-lines';
import { GuidanceStepItem } from './GuidanceStepItem';
import { HelpLineItem } from './HelpLineItem';
import { ThreatGuidance } from './ThreatGuidance';
import { useCountry } from './use-country';
import { WHEN_IT_GOES_WRONG } from './when-it-goes-wrong';
import { RightNowEntry } from '../right-now/RightNowEntry';
import { NightLines } from './NightLines';
import { useNow } from '../shared/use-now';
import { QuickExitLimits } from '../quick-exit/QuickExitLimits';

export default function HelpPage() {
  const t = useT();
  const locale = useLocale();
  const [country, setCountry] = useCountry();
  usePageHead({ title: t('help.title'), description: t('help.emergency') });
  const lines = linesFor(country);
  const now = useNow();
  const lastChecked = HELP_LINES.map((line) => line.checked).sort().at(-1) ?? '';

  return (
    <div class="page help-page">
      <h1>{t('help.title')}</h1>
      <p class="emergency">
        {t('help.emergency')}{' '}
        <a class="call-link call-link--emergency" href="tel:112" aria-label={t('help.call', { name: '112', number: '112' })}>
          112
        </a>
      </p>
      <RightNowEntry />
      <p>{t('help.intro')}</p>
      <CountrySwitch value={country} onChange={setCountry} />
      <NightLines country={country} now={now} />

      {SITUATIONS.filter((situation) => situation !== 'danger').map((situation) => (
        <section key={situation} aria-labelledby={`situation-${situation}`} class="situation">
          <h2 id={`situation-${situation}`}>{t(`help.situations.${situation}.title`)}</h2>
          <p class="situation__when">{t(`help.situations.${situation}.when`)}</p>
          <ul class="help-lines">
            {lines
              .filter((line) => line.situation === situation)
              .map((line) => (
                <HelpLineItem key={line.id} line={line} now={now} />
              ))}
          </ul>
        </section>
      ))}

      <section aria-labelledby="als-het-misgaat" class="panel panel--help when-wrong">
        <h2 id="als-het-misgaat">{t('help.wrongTitle')}</h2>
        <p>{t('help.wrongIntro')}</p>
        <ol class="steps">
          {WHEN_IT_GOES_WRONG.map((step) => (
            <GuidanceStepItem key={step.id} step={step} country={country}>
              {step.link === 'threats' && (
                <>
                  {' '}
                  <a href="#als-je-kind-dreigt">{t('help.threatTitle')}</a>
                </>
              )}
              {step.link === 'diary' && (
                <>
                  {' '}
                  <a href={pathFor(locale, { name: 'diaryEntry' })}>{t('help.writeNow')}</a>
                </>
              )}
            </GuidanceStepItem>
          ))}
        </ol>
      </section>

      <ThreatGuidance country={country} />

      <section aria-labelledby="snel-weg" class="quick-exit-info">
        <h2 id="snel-weg">{t('help.exitTitle')}</h2>
        <p>{t('help.exitText')}</p>
        <QuickExitLimits />
        <p>
          <a href={pathFor(locale, { name: 'settings' })}>{t('help.exitSettings')}</a>
        </p>
      </section>

      <p class="fine-print">{t('help.checked', { date: formatDate(lastChecked, locale) })}</p>
    </div>
  );
}
