import { useT } from '../../../app/i18n';
import type { DiaryEntriesState } from '../use-diary-entries';

/**
 * A notice when another tab runs a newer version, and a loading line until the whole diary is
 * read (these pages summarise everything, so the first screen of entries is not enough).
 */
export function InsightsStatus({ state }: { state: DiaryEntriesState }) {
  const t = useT();
  return (
    <>
      {state.outdated && (
        <p class="notice" role="alert">
          {t('insights.outdated')}
        </p>
      )}
      {!completeEntries(state) && (
        <p class="insights-loading" role="status">
          {t('insights.loading')}
        </p>
      )}
    </>
  );
}

/** The entries once every one of them is read; null before. */
export function completeEntries(state: DiaryEntriesState) {
  return state.complete && state.entries ? state.entries : null;
}
