import { useT } from '../../app/i18n';
import type { Country } from '../../storage/preferences';
import { COUNTRIES } from './help-lines';

export function CountrySwitch({ value, onChange }: { value: Country; onChange: (country: Country) => void }) {
  const t = useT();
  return (
    <fieldset class="segmented">
      <legend>{t('help.countryLabel')}</legend>
      {COUNTRIES.map((country) => (
        <label key={country} class="segmented__option">
          <input type="radio" name="country" value={country} checked={value === country} onChange={() => onChange(country)} />
          <span>{t(`help.countries.${country}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
