import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { useLockStatus } from '../lock/use-lock-status';
import { dismissLockOffer, lockOfferDismissed } from './lock-offer-store';

/**
 * The offer appears in the empty diary (before the first entry: what is written before the lock
 * may stay readable in the browser's files for a while) and after the first and the second
 * entry; later it no longer interrupts.
 */
export const OFFER_UP_TO_ENTRIES = 2;

/** Only while the lock is known to be off (never while it is on, or still being read). */
function useOfferable(): boolean {
  const status = useLockStatus();
  // Read after mounting: a prerendered page cannot know what this device remembers.
  const [dismissed, setDismissed] = useState(true);
  useEffect(() => setDismissed(lockOfferDismissed()), []);
  return status === 'off' && !dismissed;
}

/**
 * Inside the diary, after the first or second saved entry: "Wil je een code op je dagboek?"
 * with a link to the lock page and "Nee, dank je", which is remembered on this device. Inline,
 * never a modal: the parent can read past it.
 */
export function LockOffer({ entryCount }: { entryCount: number }) {
  const t = useT();
  const locale = useLocale();
  const offerable = useOfferable();
  const [answered, setAnswered] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);

  // The offer disappears under the parent's finger: say what happened, where the focus was.
  useEffect(() => {
    if (answered) thanks.current?.focus();
  }, [answered]);

  if (answered) {
    return (
      <p ref={thanks} tabIndex={-1} class="lock-offer-thanks muted" role="status">
        {t('diary.lockOffer.dismissed')}
      </p>
    );
  }
  if (!offerable || entryCount > OFFER_UP_TO_ENTRIES) return null;
  return (
    <section class="lock-offer" aria-labelledby="lock-offer-title">
      <p>
        <strong id="lock-offer-title">{t('diary.lockOffer.title')}</strong> {t('diary.lockOffer.text')}
      </p>
      {entryCount === 0 && <p>{t('diary.lockOffer.beforeFirst')}</p>}
      <div class="button-row">
        <a class="button" href={pathFor(locale, { name: 'lock' })}>
          {t('diary.lockOffer.yes')}
        </a>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            dismissLockOffer();
            setAnswered(true);
          }}
        >
          {t('diary.lockOffer.no')}
        </button>
      </div>
    </section>
  );
}

/** Above the first entry ever (the lock off): one quiet line with the link, before anything is written. */
export function LockOfferLine({ before = false }: { before?: boolean }) {
  const t = useT();
  const locale = useLocale();
  if (!useOfferable()) return null;
  return (
    <p class="lock-offer-line muted">
      {t(before ? 'diary.lockOffer.lineFirst' : 'diary.lockOffer.lineBefore')} <a href={pathFor(locale, { name: 'lock' })}>{t('diary.lockOffer.lineLink')}</a>
    </p>
  );
}
