import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { LOCALES, type Locale } from '../../app/locales';
import { translatePath } from '../../app/paths';
import { savePreferences } from '../../storage/preferences';
import { CountrySetting } from './CountrySetting';
import { QuickExitSetting } from './QuickExitSetting';
import { TextSizeControl } from './TextSizeControl';

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
      <fieldset class="choice-group">
        <legend>{t('settings.language')}</legend>
        <p class="hint" id="language-hint">
          {t('settings.languageHint')}
        </p>
        {LOCALES.map((option) => (
          <label key={option} class="choice" lang={option}>
            <input
              type="radio"
              name="language"
              value={option}
              checked={option === locale}
              aria-describedby="language-hint"
              onChange={() => choose(option)}
            />
            {t(`settings.languageNames.${option}`)}
          </label>
        ))}
      </fieldset>
      <div class="choice-group">
        <TextSizeControl name="text-size-settings" />
      </div>
      <CountrySetting />
      <QuickExitSetting />
    </div>
  );
}
