import { useT } from '../../app/i18n';
import { readPreferences, type Preferences } from '../../storage/preferences';
import { settingsToRestore } from '../backup/restored-settings';

/** In the replace confirmation: which settings the file will change, and which never change. */
export function RestoredSettingsList({ settings }: { settings: Preferences }) {
  const t = useT();
  const { changes } = settingsToRestore(settings, readPreferences());
  return (
    <>
      {changes.length === 0 ? (
        <p>{t('data.import.settingsSame')}</p>
      ) : (
        <>
          <p>{t('data.import.settingsChange')}</p>
          <ul>
            {changes.map((change) =>
              change.name === 'country' ? (
                <li key="country">{t('data.import.settingCountry', { value: t(`help.countries.${change.value}`) })}</li>
              ) : (
                <li key="textSize">{t('data.import.settingTextSize', { value: t(`settings.textSizes.${change.value}`) })}</li>
              ),
            )}
          </ul>
        </>
      )}
      <p>{t('data.import.settingsKept')}</p>
    </>
  );
}
