import { InstallGuide } from '../keep-safe/InstallGuide';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { LOCALES, type Locale } from '../../app/locales';
import { pathFor, translatePath } from '../../app/paths';
import { savePreferences } from '../../storage/preferences';
import { ChoiceGroup } from './ChoiceGroup';
import { CountrySetting } from './CountrySetting';
import { QuickExitSetting } from './QuickExitSetting';
import { TextSizeControl } from './TextSizeControl';
import { QuickExitLimits } from '../quick-exit/QuickExitLimits';

export default function SettingsPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('settings.title') });

  const choose = (next: Locale) => {
    savePreferences({ locale: next });
    // A full page load, which brings the other language's strings.
    if (next !== locale) location.assign(translatePath(location.pathname, next));
  };

  return (
    <div class="page settings-page">
      <h1>{t('settings.title')}</h1>
      <ChoiceGroup
        name="language"
        legend={t('settings.language')}
        hint={t('settings.languageHint')}
        choices={LOCALES.map((value) => ({ value, label: t(`settings.languageNames.${value}`), lang: value }))}
        value={locale}
        onChange={choose}
      />
      <div class="choice-group">
        <TextSizeControl name="text-size-settings" />
      </div>
      <CountrySetting />
      <QuickExitSetting />
      <div class="panel">
        <QuickExitLimits headingLevel={2} />
      </div>
      <InstallGuide place="settings" />
      <section class="panel" aria-labelledby="settings-data">
        <h2 id="settings-data">{t('settings.dataTitle')}</h2>
        <p>{t('settings.dataText')}</p>
        <p>
          <a href={pathFor(locale, { name: 'data' })}>{t('settings.dataLink')}</a>
        </p>
      </section>
      <section class="panel" aria-labelledby="settings-lock">
        <h2 id="settings-lock">{t('lock.title')}</h2>
        <p>{t('lock.settingsText')}</p>
        <p>
          <a href={pathFor(locale, { name: 'lock' })}>{t('lock.settingsLink')}</a>
        </p>
      </section>
      <p class="counsellor-link">
        <a href={pathFor(locale, { name: 'counsellor' })}>{t('recommend.forCounsellors')}</a>
      </p>
    </div>
  );
}
