import { useLocale, useT } from '../../../app/i18n';
import { pathFor } from '../../../app/paths';
import { axisDays, chartLayout, GRID_VALUES, HIT_RADIUS, VIEW, whiskerWidth, xFor, yFor } from './chart-geometry';
import { formatDay, formatDayNoYear, formatNumber, formatShortDay } from './insight-format';
import { chartKey } from './tension-sentence';
import type { TensionSeries } from './tension-series';

/** A day's value as printed: "8", or "5,5" for an average that is not whole. */
function valueText(value: number, locale: Parameters<typeof formatNumber>[1]): string {
  return formatNumber(value, locale, Number.isInteger(value) ? 0 : 1);
}

/**
 * Tension per day as a small hand-drawn SVG: gridlines at 0, 5 and 10, a point on every day
 * with a tension and its value printed beside it, one line from day to day (see chartLayout for
 * why it crosses the gaps), and a light whisker from the lowest to the highest value of a day
 * noted more than once. Each point is a link to the entry of that day with the highest tension,
 * reachable by keyboard. Under the chart a key names only what is drawn. Colours come from the
 * theme's CSS variables (see insights.css). TensionTable has the same data as a table.
 */
export function TensionChart({ series, period }: { series: TensionSeries; period: string }) {
  const t = useT();
  const locale = useLocale();
  const { stats, highestOn } = series;
  if (stats.average === null || stats.highest === null || highestOn === null) return null;

  const crossesYears = series.start.slice(0, 4) !== series.end.slice(0, 4);
  const dayName = (day: string) => (crossesYears ? formatDay(day, locale) : formatDayNoYear(day, locale));
  const name = t(series.highestDays > 1 ? 'insights.chart.nameRepeated' : 'insights.chart.name', {
    period,
    average: formatNumber(stats.average, locale, 1),
    highest: formatNumber(stats.highest, locale),
    date: dayName(highestOn),
  });
  const labels = axisDays(series, crossesYears ? 3 : 4);
  const layout = chartLayout(series, (value) => valueText(value, locale));
  const entryPath = pathFor(locale, { name: 'diaryEntry' });

  return (
    <div class="tension-figure">
      {/* A group, not an image: the points inside are links. Its name sums the chart up. */}
      <svg class="tension-chart" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="group" aria-label={name}>
        <g class="tension-chart__grid" aria-hidden="true">
          {GRID_VALUES.map((value) => (
            <line key={value} x1={VIEW.left - 6} x2={VIEW.right + 6} y1={yFor(value)} y2={yFor(value)} />
          ))}
        </g>
        <g class="tension-chart__label" font-size={VIEW.fontSize} aria-hidden="true">
          {GRID_VALUES.map((value) => (
            <text key={value} x={VIEW.left - 12} y={yFor(value)} dy="0.35em" text-anchor="end">
              {value}
            </text>
          ))}
          {labels.map((day, index) => (
            <text key={day} x={xFor(day, series)} y={VIEW.labelBaseline} text-anchor={labels.length === 1 ? 'middle' : index === 0 ? 'start' : index === labels.length - 1 ? 'end' : 'middle'}>
              {formatShortDay(day, locale, crossesYears)}
            </text>
          ))}
        </g>
        <g class="tension-chart__range" stroke-width={whiskerWidth(series)} aria-hidden="true">
          {layout.whiskers.map((whisker) => (
            <line key={whisker.date} x1={whisker.x} x2={whisker.x} y1={whisker.y1} y2={whisker.y2} />
          ))}
        </g>
        {layout.line && (
          <g class="tension-chart__line" aria-hidden="true">
            <polyline points={layout.line} />
          </g>
        )}
        <g class="tension-chart__points">
          {layout.points.map(({ day, x, y, label }) => (
            <a
              key={day.date}
              class="tension-chart__point"
              href={`${entryPath}?id=${encodeURIComponent(day.entryId)}`}
              aria-label={
                day.count > 1
                  ? t('insights.chart.pointSeveral', { date: dayName(day.date), value: formatNumber(day.average, locale, 1), count: day.count })
                  : t('insights.chart.point', { date: dayName(day.date), value: formatNumber(day.average, locale) })
              }
            >
              <circle class="tension-chart__hit" cx={x} cy={y} r={HIT_RADIUS} />
              <circle class="tension-chart__ring" cx={x} cy={y} r={layout.radius + 4} />
              <circle class="tension-chart__dot" cx={x} cy={y} r={layout.radius} />
              {label && (
                <text class="tension-chart__value" x={label.x} y={label.y} text-anchor="middle" font-size={VIEW.fontSize}>
                  {label.text}
                </text>
              )}
            </a>
          ))}
        </g>
      </svg>
      <p class="chart-key">
        {chartKey(t, layout).join(' ')} <span class="screen-only">{t('insights.chart.keyOpen')}</span>
      </p>
    </div>
  );
}
