import type { Country, Preferences, TextSize } from '../../storage/preferences';

/**
 * The settings a restore (replace mode) takes from a backup file: the country for the help lines
 * and the text size. Never the language (the page being read decides it) and never the quick-exit
 * address: a file must not be able to send "Snel weg" somewhere else (issue #20, point 10). The
 * parent's own choice, or the default, stays.
 */
export type RestoredSetting = { name: 'country'; value: Country } | { name: 'textSize'; value: TextSize };

export function settingsToRestore(file: Preferences, current: Preferences): { patch: Pick<Preferences, 'country' | 'textSize'>; changes: RestoredSetting[] } {
  const patch: Pick<Preferences, 'country' | 'textSize'> = {};
  const changes: RestoredSetting[] = [];
  if (file.country !== undefined) {
    patch.country = file.country;
    if (file.country !== current.country) changes.push({ name: 'country', value: file.country });
  }
  if (file.textSize !== undefined) {
    patch.textSize = file.textSize;
    if (file.textSize !== (current.textSize ?? 'normal')) changes.push({ name: 'textSize', value: file.textSize });
  }
  return { patch, changes };
}
