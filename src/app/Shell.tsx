import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useLocale, useT } from './i18n';
import { LOCALES } from './locales';
import { pathFor, translatePath } from './paths';
import { savePreferences } from '../storage/preferences';
import { Logo } from './Logo';
import { ServiceWorkerBridge } from './ServiceWorkerBridge';
import { QuickExitButton } from '../features/quick-exit/QuickExitButton';
import { TabBar } from './shell/TabBar';

/**
 * The frame around every page: skip link, a one-row header that stays at the top (help and quick
 * exit always in reach), the tab bar at the bottom, main, footer.
 */
export function Shell({ children }: { children: ComponentChildren }) {
  const locale = useLocale();
  const t = useT();
  const { path, url } = useLocation();
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  const otherHref = translatePath(url, other);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const current = (href: string) => (path === href ? 'page' : undefined);

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header class="site-header">
        <div class="site-header__bar">
          {/* Help comes first in the focus order (right after "skip to content"); CSS puts the brand on the left. */}
          <div class="header-actions">
            <a class="help-button" href={pathFor(locale, { name: 'help' })} aria-label={t('app.helpButtonLabel')} aria-current={current(pathFor(locale, { name: 'help' }))}>
              {t('app.helpButton')}
            </a>
            <QuickExitButton />
          </div>
          <a class="brand" href={pathFor(locale, { name: 'home' })} aria-label={t('app.brandLabel')}>
            <Logo />
            <span class="brand__name">Kier</span>
          </a>
        </div>
      </header>
      <TabBar />
      <main id="main" class="site-main">
        {children}
      </main>
      <footer class="site-footer">
        <p>{t('app.privacy')}</p>
        <p>
          <a
            href={otherHref}
            hrefLang={other}
            lang={other}
            aria-label={t('app.otherLanguageLabel')}
            onClick={(event) => {
              savePreferences({ locale: other });
              // Hydration keeps the prerendered href, which has no query (which plan, which step).
              event.currentTarget.href = otherHref;
              // A full page load, which brings the other language's strings (not client routing).
              event.stopPropagation();
            }}
          >
            {t('app.otherLanguage')}
          </a>
        </p>
      </footer>
      <ServiceWorkerBridge />
    </div>
  );
}
