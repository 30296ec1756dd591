import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';

/**
 * "Is het net misgegaan?": the way into "Nu even", on the first screen of home and of Hulp nu,
 * with the module for after a clash. Small on purpose: it is part of the home page's first JavaScript.
 */
export function RightNowEntry() {
  const t = useT();
  const locale = useLocale();
  const calm = findModule(locale, 'rustig-blijven');
  return (
    <section class="right-now-entry" aria-labelledby="right-now-entry">
      <h2 id="right-now-entry">{t('rightNowEntry.title')}</h2>
      <p>{t('rightNowEntry.text')}</p>
      <p class="right-now-entry__actions">
        <a class="button button--primary" href={pathFor(locale, { name: 'rightNow' })}>
          {t('rightNowEntry.link')}
        </a>
        {calm && <a href={pathFor(locale, { name: 'module', id: calm.id })}>{t('rightNowEntry.calm', { title: calm.title })}</a>}
      </p>
    </section>
  );
}
