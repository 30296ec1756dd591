import { useT } from '../../app/i18n';
import { CallLinks } from './CallLinks';
import type { HelpLine } from './help-lines';
import { openState } from './open-now';

/** "Nu open" or "Nu gesloten" beside a line's hours, from the device clock; nothing when unsure. */
export function OpenNow({ line, now }: { line: HelpLine; now: Date | null }) {
  const t = useT();
  if (!now) return null;
  const state = openState(line.schedule, now);
  if (state === 'unknown') return null;
  return (
    <>
      <span class={`open-now open-now--${state}`}>{t(state === 'open' ? 'help.openNow' : 'help.closedNow')}</span>
      {state === 'closed' && line.whenClosed && (
        <span class="open-now__instead">
          {' '}
          {t('help.closedInstead')} <CallLinks ids={line.whenClosed} />
        </span>
      )}
    </>
  );
}
