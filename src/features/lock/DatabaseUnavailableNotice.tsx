import { useEffect, useRef } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useT } from '../../app/i18n';
import type { UnavailableReason } from '../../storage/db/database-unavailable';

/**
 * In a private page's place when the database cannot be opened although the browser allows
 * storage: a newer Kier holds it, an older tab blocks it, or opening took too long. Nothing is
 * lost, and nothing may be written into memory as if it were kept: the way on is a reload.
 */
export function DatabaseUnavailableNotice({ reason }: { reason: UnavailableReason }) {
  const t = useT();
  usePageHead({ title: t(`lock.unavailable.${reason}Title`) });
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <section class="panel notice notice--warning database-unavailable" aria-labelledby="database-unavailable">
      <h1 id="database-unavailable" ref={heading} tabIndex={-1}>
        {t(`lock.unavailable.${reason}Title`)}
      </h1>
      <p>{t(`lock.unavailable.${reason}`)}</p>
      <p>{t('lock.unavailable.nothingLost')}</p>
      <p>
        <button type="button" class="button button--primary" onClick={() => location.reload()}>
          {t('lock.unavailable.reload')}
        </button>
      </p>
    </section>
  );
}
