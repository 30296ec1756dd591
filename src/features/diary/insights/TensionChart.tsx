import { useLocale, useT } from '../../../app/i18n';
import { axisDays, consecutiveRuns, GRID_VALUES, VIEW, whiskerWidth, xFor, yFor } from './chart-geometry';
import { formatDay, formatDayNoYear, formatNumber, formatShortDay } from './insight-format';
import { daysBetween } from '../../shared/local-date';
import type { TensionSeries } from './tension-series';

/** Below this many days in the range, every day gets a dot as well as the line. */
const DOTS_UP_TO_DAYS = 42;

/**
 * Tension per day as a small hand-drawn SVG: gridlines at 0, 5 and 10, a light whisker from the
 * lowest to the highest value of a day, and a line through the daily averages that breaks on
 * days without a tension (a lone day is a dot). Colours come from the theme's CSS variables
 * (see insights.css). The accessible name says the gist in one sentence; TensionTable has the rest.
 */
export function TensionChart({ series, period }: { series: TensionSeries; period: string }) {
  const t = useT();
  const locale = useLocale();
  const { stats, highestOn } = series;
  if (stats.average === null || stats.highest === null || highestOn === null) return null;

  const crossesYears = series.start.slice(0, 4) !== series.end.slice(0, 4);
  const name = t(series.highestDays > 1 ? 'insights.chart.nameRepeated' : 'insights.chart.name', {
    period,
    average: formatNumber(stats.average, locale, 1),
    highest: formatNumber(stats.highest, locale),
    date: crossesYears ? formatDay(highestOn, locale) : formatDayNoYear(highestOn, locale),
  });
  const labels = axisDays(series, crossesYears ? 3 : 4);
  const runs = consecutiveRuns(series.days);
  const dotted = daysBetween(series.start, series.end) < DOTS_UP_TO_DAYS ? series.days : runs.filter((run) => run.length === 1).flat();

  return (
    <svg class="tension-chart" viewBox={`0 0 ${VIEW.width} ${VIEW.height}`} role="img" aria-label={name} focusable="false">
      <g class="tension-chart__grid">
        {GRID_VALUES.map((value) => (
          <line key={value} x1={VIEW.left - 6} x2={VIEW.right + 6} y1={yFor(value)} y2={yFor(value)} />
        ))}
      </g>
      <g class="tension-chart__label" font-size={VIEW.fontSize}>
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
      <g class="tension-chart__range" stroke-width={whiskerWidth(series)}>
        {series.days
          .filter((day) => day.highest > day.lowest)
          .map((day) => (
            <line key={day.date} x1={xFor(day.date, series)} x2={xFor(day.date, series)} y1={yFor(day.lowest)} y2={yFor(day.highest)} />
          ))}
      </g>
      <g class="tension-chart__line">
        {runs
          .filter((run) => run.length > 1)
          .map((run) => (
            <polyline key={run[0]!.date} points={run.map((day) => `${round(xFor(day.date, series))},${round(yFor(day.average))}`).join(' ')} />
          ))}
      </g>
      <g class="tension-chart__dot">
        {dotted.map((day) => (
          <circle key={day.date} cx={round(xFor(day.date, series))} cy={round(yFor(day.average))} r={4} />
        ))}
      </g>
    </svg>
  );
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
