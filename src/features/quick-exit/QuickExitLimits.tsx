import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { canSkipOwnEntries } from './exit-trail';

/** What quick exit hides and what it cannot, said plainly (help page and settings). */
export function QuickExitLimits({ headingLevel = 3 }: { headingLevel?: 2 | 3 }) {
  const t = useT();
  // Known only in the browser: the prerendered page says nothing about it.
  const [skipsAll, setSkipsAll] = useState(true);
  useEffect(() => setSkipsAll(canSkipOwnEntries()), []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section class="quick-exit-limits" aria-labelledby="quick-exit-limits">
      <Heading id="quick-exit-limits">{t('help.exitLimits.limitsTitle')}</Heading>
      <ul>
        <li>{t('help.exitLimits.hides')}</li>
        {!skipsAll && <li>{t('help.exitLimits.oldBrowser')}</li>}
        <li>{t('help.exitLimits.notHidden')}</li>
      </ul>
      <p>{t('help.exitLimits.clearRest')}</p>
    </section>
  );
}
