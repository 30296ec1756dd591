import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { readingOf, type ReadingRecord } from '../../storage/reading';

/**
 * "Not read yet / Started / Read": known only on the device, so it appears right after the
 * page is hydrated, on the same line as the reading time (no layout shift).
 */
export function ReadingStatus({ id }: { id: string }) {
  const t = useT();
  const [record, setRecord] = useState<ReadingRecord | null | undefined>(undefined);
  useEffect(() => setRecord(readingOf(id) ?? null), [id]);
  if (record === undefined) return null;
  const status = record === null ? 'notStarted' : record.status;
  return (
    <>
      {' · '}
      <span class={`status status--${status}`}>{t(`library.status.${status}`)}</span>
      {record?.bookmarked && (
        <>
          {' · '}
          <span class="status status--saved">{t('library.status.saved')}</span>
        </>
      )}
    </>
  );
}
