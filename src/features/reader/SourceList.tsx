import { useT } from '../../app/i18n';
import type { Source } from '../../content/types';

export function SourceList({ sources }: { sources: Source[] }) {
  const t = useT();
  return (
    <section aria-labelledby="bronnen" class="sources">
      <h2 id="bronnen">{t('reader.sources')}</h2>
      <ol>
        {sources.map((source) => (
          <li key={`${source.author}-${source.title}`}>
            {source.author} ({source.year === 'n.d.' ? t('reader.undated') : source.year}). <cite>{source.title}</cite>
            {source.url && (
              <>
                {' '}
                <a href={source.url} rel="noopener noreferrer" target="_blank" class="source-url">
                  {source.url.replace(/^https:\/\//, '')}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
