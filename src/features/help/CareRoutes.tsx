import { useEffect, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { Country } from '../../storage/preferences';
import { CallLinks } from './CallLinks';
import { CARE_ROUTES } from './care-routes';
import { useCountry } from './use-country';

/**
 * The shared "Waar kun je terecht?" block below every module: the general routes for the parent's
 * country, with a button that shows the other country (without changing the saved choice).
 */
export function CareRoutes() {
  const t = useT();
  const locale = useLocale();
  const [saved] = useCountry();
  const [shown, setShown] = useState<Country>(saved);
  useEffect(() => setShown(saved), [saved]);
  const other: Country = shown === 'NL' ? 'BE' : 'NL';

  return (
    <section class="care-routes" aria-labelledby="care-routes-title" data-country={shown}>
      <h2 id="care-routes-title">{t('help.routesTitle')}</h2>
      <p class="care-routes__country">{t('help.routesIntro', { country: t(`help.countries.${shown}`) })}</p>
      <ul class="care-routes__list">
        {CARE_ROUTES[shown].map((route) => {
          const module = route.module ? findModule(locale, route.module) : undefined;
          return (
            <li key={route.id}>
              <h3>{route.title[locale]}</h3>
              <p>{route.text[locale]}</p>
              {route.lines && <CallLinks ids={route.lines} />}
              {module && (
                <p>
                  <a href={pathFor(locale, { name: 'module', id: module.id })}>{module.title}</a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <p class="care-routes__tools">
        <button type="button" class="button" onClick={() => setShown(other)}>
          {t('help.routesShow', { country: t(`help.countries.${other}`) })}
        </button>{' '}
        <a href={pathFor(locale, { name: 'help' })}>{t('help.routesAll')}</a>
      </p>
    </section>
  );
}
