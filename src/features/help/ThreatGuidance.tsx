import { useLocale, useT } from '../../app/i18n';
import type { Country } from '../../storage/preferences';
import { pathFor } from '../../app/paths';
import { GuidanceStepItem } from './GuidanceStepItem';
import { THREAT_INTRO, THREAT_STEPS } from './threat-guidance';
import { useCountry } from './use-country';

/**
 * "Als je kind dreigt", on the help page and in the plan builder's step 6: the steps, with the
 * parent's country's lines as call buttons on the same screen, and the module for the long version.
 */
export function ThreatGuidance({ country: chosen }: { country?: Country }) {
  const t = useT();
  const locale = useLocale();
  const [saved] = useCountry();
  // The help page passes its switch's country, so the lines follow the switch at once.
  const country = chosen ?? saved;
  return (
    <section class="panel panel--help threat-guidance" id="als-je-kind-dreigt" aria-labelledby="threat-guidance-title">
      <h2 id="threat-guidance-title">{t('help.threatTitle')}</h2>
      <p>{THREAT_INTRO[locale]}</p>
      <ol class="steps">
        {THREAT_STEPS.map((step) => (
          <GuidanceStepItem key={step.id} step={step} country={country} />
        ))}
      </ol>
      <p>
        <a href={pathFor(locale, { name: 'module', id: 'als-je-kind-dreigt' })}>{t('help.threatMore')}</a>
      </p>
    </section>
  );
}
