import { useLocale, useT } from '../../../app/i18n';
import { ENTRY_KINDS, type EntryKind } from '../../../storage/diary/diary-entry';
import { formatNumber } from './insight-format';

/** How many entries of each kind that has any (a kind with none is left out), with the total. */
export function KindCounts({ counts }: { counts: Record<EntryKind, number> }) {
  const t = useT();
  const locale = useLocale();
  const total = ENTRY_KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  return (
    <table class="data-table kind-counts">
      <caption>{t('insights.summary.countsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('insights.summary.kind')}</th>
          <th scope="col" class="data-table__number">
            {t('insights.summary.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ENTRY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => (
          <tr key={kind}>
            <th scope="row">{t(`diary.kinds.${kind}`)}</th>
            <td class="data-table__number">{formatNumber(counts[kind], locale)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('insights.summary.total')}</th>
          <td class="data-table__number">{formatNumber(total, locale)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
