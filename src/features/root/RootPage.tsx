import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useT } from '../../app/i18n';
import { prepareLocale } from '../../app/prepare-locale';
import { pathFor } from '../../app/paths';
import { preferredLocale } from '../../app/preferred-locale';

/** `/`: goes to the saved language, else the browser's, else Dutch. Without JavaScript it offers both. */
export function RootPage() {
  const t = useT();
  const { route } = useLocation();
  usePageHead({ title: 'Kier' });

  useEffect(() => {
    const locale = preferredLocale();
    void prepareLocale(locale).then(() => route(pathFor(locale, { name: 'home' }), true));
  }, [route]);

  return (
    <section class="page root-page">
      <h1>Kier</h1>
      <p>{t('root.choose')}</p>
      <ul class="link-list">
        <li>
          <a href="/nl" hrefLang="nl" lang="nl">
            Nederlands
          </a>
        </li>
        <li>
          <a href="/en" hrefLang="en" lang="en">
            English
          </a>
        </li>
      </ul>
    </section>
  );
}
