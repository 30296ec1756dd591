import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';
import { DEFAULT_EXIT_URL, doubleEscapeDetector, quickExit, quickExitUrl } from './quick-exit';

/**
 * "Snel weg": on every screen, and Escape twice. Without JavaScript it is a plain link
 * to the same neutral site.
 */
export function QuickExitButton() {
  const t = useT();
  const [url, setUrl] = useState(DEFAULT_EXIT_URL);

  useEffect(() => {
    setUrl(quickExitUrl());
    const onKeyDown = doubleEscapeDetector(() => quickExit());
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <a
      class="quick-exit"
      href={url}
      rel="noopener noreferrer"
      aria-label={t('quickExit.label')}
      onClick={(event) => {
        event.preventDefault();
        quickExit(quickExitUrl());
      }}
    >
      {t('quickExit.button')}
    </a>
  );
}
