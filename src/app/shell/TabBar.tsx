import { useLocation } from 'preact-iso';
import { useLocale, useT } from '../i18n';
import { parsePath, pathFor, type Page } from '../paths';
import { TabIcon, type TabIconName } from './TabIcon';

interface Tab {
  page: Page;
  icon: TabIconName;
  label: string;
  /** Settings shows only its icon; its name stays for screen readers (the review's "settings behind an icon"). */
  iconOnly?: boolean;
}

/** Which tab a page belongs to: the diary's and the plan's own pages light up their tab too. */
function tabOf(page: Page | undefined): Page['name'] | undefined {
  if (!page) return undefined;
  if (page.name === 'module') return 'library';
  if (page.name.startsWith('diary')) return 'diary';
  if (page.name.startsWith('plan')) return 'plan';
  if (page.name === 'data' || page.name === 'lock' || page.name === 'counsellor') return 'settings';
  return page.name;
}

/**
 * The main navigation as a tab bar fixed to the bottom of the screen, under the thumb: it never
 * wraps, at any text size. It comes right after the header in the focus order.
 */
export function TabBar() {
  const t = useT();
  const locale = useLocale();
  const { path } = useLocation();
  const active = tabOf(parsePath(path)?.page);
  const tabs: Tab[] = [
    { page: { name: 'home' }, icon: 'home', label: t('app.nav.home') },
    { page: { name: 'library' }, icon: 'library', label: t('app.nav.library') },
    { page: { name: 'diary' }, icon: 'diary', label: t('app.nav.diary') },
    { page: { name: 'plan' }, icon: 'plan', label: t('app.nav.plan') },
    { page: { name: 'settings' }, icon: 'settings', label: t('app.nav.settings'), iconOnly: true },
  ];

  return (
    <nav class="tab-bar" aria-label={t('app.mainNav')}>
      <ul class="tab-bar__list">
        {tabs.map((tab) => {
          const href = pathFor(locale, tab.page);
          return (
            <li key={tab.page.name}>
              <a
                class={tab.iconOnly ? 'tab-bar__tab tab-bar__tab--icon' : 'tab-bar__tab'}
                href={href}
                aria-current={path === href ? 'page' : active === tab.page.name ? 'true' : undefined}
              >
                <TabIcon name={tab.icon} />
                <span class={tab.iconOnly ? 'visually-hidden' : 'tab-bar__label'}>{tab.label}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
