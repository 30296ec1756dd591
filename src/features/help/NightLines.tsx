import { useT } from '../../app/i18n';
import type { Country } from '../../storage/preferences';
import { CallLinks } from './CallLinks';
import { alwaysOpenLines } from './help-lines';
import { isNight } from './open-now';

/**
 * At night (22:00 to 07:00 on the device clock), before the full list: the lines that are open
 * now, so a parent at 01:30 does not have to read which ones answer (the usability review, P4).
 */
export function NightLines({ country, now }: { country: Country; now: Date | null }) {
  const t = useT();
  if (!now || !isNight(now)) return null;
  return (
    <section class="panel night-lines" aria-labelledby="night-lines">
      <h2 id="night-lines">{t('help.nightTitle')}</h2>
      <p>{t('help.nightText')}</p>
      <CallLinks ids={alwaysOpenLines(country).map((line) => line.id)} />
    </section>
  );
}
