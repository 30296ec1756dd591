import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';

/** Only on paper: where to read the module online (the address is known once in the browser). */
export function PrintUrl({ path }: { path: string }) {
  const t = useT();
  const [url, setUrl] = useState(path);
  useEffect(() => setUrl(`${location.origin}${path}`), [path]);
  return (
    <p class="print-only print-url">
      {t('reader.printUrl')} {url}
    </p>
  );
}
