import { useId } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { formatShortDay, formatNumber } from './insight-format';
import type { TensionSeries } from './tension-series';

/**
 * The chart as a table, behind "Toon als tabel": one row per day with a tension, oldest first.
 * For screen readers, keyboard users and anyone who prefers numbers. On a narrow screen with
 * large text the table scrolls inside its own box (reachable by keyboard), never the page.
 */
export function TensionTable({ series, period, class: className }: { series: TensionSeries; period: string; class?: string }) {
  const t = useT();
  const locale = useLocale();
  const captionId = useId();
  if (series.days.length === 0) return null;
  // The year only when the period spans more than one: the caption already says which period.
  const withYear = series.start.slice(0, 4) !== series.end.slice(0, 4);
  return (
    <details class={`disclosure tension-table ${className ?? ''}`.trim()}>
      <summary>{t('insights.table.show')}</summary>
      <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="data-table">
          <caption id={captionId}>
            <span>{t('insights.table.caption', { period })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('insights.table.date')}</th>
              <th scope="col" class="data-table__number">
                {t('insights.table.average')}
              </th>
              <th scope="col" class="data-table__number">
                {t('insights.table.range')}
              </th>
              <th scope="col" class="data-table__number">
                {t('insights.table.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {series.days.map((day) => (
              <tr key={day.date}>
                <th scope="row">{formatShortDay(day.date, locale, withYear)}</th>
                <td class="data-table__number">{formatNumber(day.average, locale, 1)}</td>
                <td class="data-table__number">
                  {day.lowest === day.highest ? formatNumber(day.lowest, locale) : t('insights.table.rangeValue', { lowest: formatNumber(day.lowest, locale), highest: formatNumber(day.highest, locale) })}
                </td>
                <td class="data-table__number">{formatNumber(day.count, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
