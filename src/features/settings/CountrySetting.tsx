import { useT } from '../../app/i18n';
import { COUNTRIES } from '../help/help-lines';
import { useCountry } from '../help/use-country';

export function CountrySetting() {
  const t = useT();
  const [country, setCountry] = useCountry();
  return (
    <fieldset class="choice-group">
      <legend>{t('settings.country')}</legend>
      <p class="hint" id="country-hint">
        {t('settings.countryHint')}
      </p>
      {COUNTRIES.map((option) => (
        <label key={option} class="choice">
          <input type="radio" name="country" value={option} checked={option === country} aria-describedby="country-hint" onChange={() => setCountry(option)} />
          {t(`help.countries.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}
