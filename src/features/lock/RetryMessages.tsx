import { useT } from '../../app/i18n';
import type { RetryWait } from './use-retry-wait';

/** The id of the wait message for a field, to add to its aria-describedby while it shows. */
export function waitId(fieldId: string): string {
  return `${fieldId}-wait`;
}

/**
 * "Try again in 8 seconds" while a wait runs (not live: a screen reader would hear every
 * second; the field points at it instead), then "You can try again now" once, politely.
 */
export function RetryMessages({ fieldId, retry }: { fieldId: string; retry: RetryWait }) {
  const t = useT();
  const { seconds } = retry;
  return (
    <>
      {seconds > 0 && (
        <p id={waitId(fieldId)} class="lock-wait">
          <strong>{seconds > 60 ? t('lock.waitMinutes', { count: Math.ceil(seconds / 60) }) : t('lock.waitSeconds', { count: seconds })}</strong> {t('lock.waitWhy')}
        </p>
      )}
      <p role="status" class="lock-retry-status">
        {retry.ended ? t('lock.tryAgain') : ''}
      </p>
    </>
  );
}
