import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { isSafeExitUrl, savePreferences } from '../../storage/preferences';
import { DEFAULT_EXIT_URL, EXIT_SITES, quickExitUrl } from '../quick-exit/quick-exit';

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
    <fieldset class="choice-group">
      <legend>{t('settings.quickExit')}</legend>
      <p class="hint" id="quick-exit-hint">
        {t('settings.quickExitHint')}
      </p>
      {EXIT_SITES.map((site) => (
        <label key={site.id} class="choice">
          <input type="radio" name="quick-exit" value={site.id} checked={!ownChosen && url === site.url} aria-describedby="quick-exit-hint" onChange={() => choose(site.url)} />
          {site.name}
        </label>
      ))}
      <label class="choice">
        <input type="radio" name="quick-exit" value={OWN} checked={ownChosen} onChange={() => setOwnChosen(true)} />
        {t('settings.quickExitOwn')}
      </label>
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
    </fieldset>
  );
}
