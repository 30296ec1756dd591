import { useT } from '../../../app/i18n';
import { PERIODS, type Period } from './periods';

/** "Periode": 4 weeks, 3 months or all; native radio buttons, so arrow keys work. */
export function PeriodPicker({ value, onChange }: { value: Period; onChange: (period: Period) => void }) {
  const t = useT();
  return (
    <fieldset class="segmented insights-controls">
      <legend>{t('insights.periodLegend')}</legend>
      {PERIODS.map((period) => (
        <label key={period} class="segmented__option">
          <input type="radio" name="tension-period" value={period} checked={value === period} onChange={() => onChange(period)} />
          <span>{t(`insights.periods.${period}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
