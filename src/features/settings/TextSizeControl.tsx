import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { readPreferences, TEXT_SIZES, type TextSize } from '../../storage/preferences';
import { chooseTextSize } from './text-size';

/** Text size for every page, remembered on the device; used in the reader and in settings. */
export function TextSizeControl({ name, legendClass }: { name: string; legendClass?: string }) {
  const t = useT();
  const [size, setSize] = useState<TextSize>('normal');
  useEffect(() => setSize(readPreferences().textSize ?? 'normal'), []);
  return (
    <fieldset class="segmented segmented--small text-size">
      <legend class={legendClass}>{t('settings.textSize')}</legend>
      {TEXT_SIZES.map((option) => (
        <label key={option} class="segmented__option">
          <input
            type="radio"
            name={name}
            value={option}
            checked={size === option}
            onChange={() => {
              setSize(option);
              chooseTextSize(option);
            }}
          />
          <span>{t(`settings.textSizes.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
