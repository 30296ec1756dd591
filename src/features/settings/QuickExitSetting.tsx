import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { isSafeExitUrl, savePreferences } from '../../storage/preferences';
import { DEFAULT_EXIT_URL, EXIT_SITES, quickExitUrl } from '../quick-exit/quick-exit';
import { ChoiceGroup } from './ChoiceGroup';

const OWN = 'own';

export function QuickExitSetting() {
  const t = useT();
  const [url, setUrl] = useState(DEFAULT_EXIT_URL);
  const [own, setOwn] = useState('');
  const [ownChosen, setOwnChosen] = useState(false);
  const [error, setError] = useState(false);

  useEffect(() => {
    const saved = quickExitUrl();
    setUrl(saved);
    if (!EXIT_SITES.some((site) => site.url === saved)) {
      setOwnChosen(true);
      setOwn(saved);
    }
  }, []);

  const choose = (next: string) => {
    setOwnChosen(false);
    setError(false);
    setUrl(next);
    savePreferences({ quickExitUrl: next });
  };

  const saveOwn = (value: string) => {
    setOwn(value);
    const candidate = value.trim();
    const valid = isSafeExitUrl(candidate);
    setError(candidate !== '' && !valid);
    if (valid) {
      setUrl(candidate);
      savePreferences({ quickExitUrl: candidate });
    }
  };

  return (
    <ChoiceGroup
      name="quick-exit"
      legend={t('settings.quickExit')}
      hint={t('settings.quickExitHint')}
      choices={[...EXIT_SITES.map((site) => ({ value: site.url, label: site.name })), { value: OWN, label: t('settings.quickExitOwn') }]}
      value={ownChosen ? OWN : url}
      onChange={(value) => (value === OWN ? setOwnChosen(true) : choose(value))}
    >
      {ownChosen && (
        <div class="field">
          <label for="quick-exit-own">{t('settings.quickExitOwnLabel')}</label>
          <input
            id="quick-exit-own"
            type="url"
            inputMode="url"
            autoComplete="off"
            value={own}
            aria-invalid={error}
            aria-describedby={error ? 'quick-exit-error' : undefined}
            onInput={(event) => saveOwn((event.target as HTMLInputElement).value)}
          />
          {error && (
            <p id="quick-exit-error" class="field__error" role="alert">
              {t('settings.quickExitInvalid')}
            </p>
          )}
        </div>
      )}
    </ChoiceGroup>
  );
}
