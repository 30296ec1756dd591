import { useT } from '../../app/i18n';
import { COUNTRIES } from '../help/help-lines';
import { useCountry } from '../help/use-country';
import { ChoiceGroup } from './ChoiceGroup';

export function CountrySetting() {
  const t = useT();
  const [country, setCountry] = useCountry();
  return (
    <ChoiceGroup
      name="country"
      legend={t('settings.country')}
      hint={t('settings.countryHint')}
      choices={COUNTRIES.map((value) => ({ value, label: t(`help.countries.${value}`) }))}
      value={country}
      onChange={setCountry}
    />
  );
}
