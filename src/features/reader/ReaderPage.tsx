import { useRef } from 'preact/hooks';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { formatDate } from '../../app/format-date';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import { CareRoutes } from '../help/CareRoutes';
import { CrisisHelpBlock } from '../help/CrisisHelpBlock';
import { TextSizeControl } from '../settings/TextSizeControl';
import { BookmarkButton } from './BookmarkButton';
import { PrintUrl } from './PrintUrl';
import { RelatedModules } from './RelatedModules';
import { SourceList } from './SourceList';
import { useModuleBody } from './use-module-body';
import { useReadingProgress } from './use-reading-progress';

export default function ReaderPage({ params }: { params: { id: string } }) {
  const t = useT();
  const locale = useLocale();
  const meta = findModule(locale, params.id);
  const body = useModuleBody(locale, params.id);
  const article = useRef<HTMLElement>(null);
  const end = useRef<HTMLDivElement>(null);
  useReadingProgress(params.id, article, end);
  usePageHead(meta ? { title: meta.title, description: meta.summary } : { title: t('reader.notFoundTitle') });

  if (!meta) {
    return (
      <section class="page">
        <h1>{t('reader.notFoundTitle')}</h1>
        <p>{t('reader.notFoundText')}</p>
        <p>
          <a href={pathFor(locale, { name: 'library' })}>{t('reader.backToLibrary')}</a>
        </p>
      </section>
    );
  }

  if (!body) return null;

  return (
    <article class="page reader" aria-labelledby="module-title" ref={article}>
      <header class="reader__header">
        <h1 id="module-title">{meta.title}</h1>
        <p class="lead">{meta.summary}</p>
        <p class="reader__meta">
          {t('library.readingTime', { count: meta.readingMinutes })} · {t('reader.reviewed', { date: formatDate(body.reviewed, locale) })}
        </p>
        <div class="reader__tools">
          <BookmarkButton id={meta.id} />
          <details class="disclosure">
            <summary>
              <span aria-hidden="true">Aa</span>
              {t('settings.textSize')}
            </summary>
            <TextSizeControl name="text-size-reader" legendClass="visually-hidden" />
          </details>
        </div>
      </header>
      {body.crisis && <CrisisHelpBlock />}
      <nav class="toc" aria-label={t('reader.contents')}>
        <details class="disclosure">
          <summary>{t('reader.contents')}</summary>
          <ul>
            {body.headings.map((heading) => (
              <li key={heading.id}>
                <a href={`#${heading.id}`}>{heading.text}</a>
              </li>
            ))}
            <li>
              <a href="#bronnen">{t('reader.sources')}</a>
            </li>
          </ul>
        </details>
      </nav>
      {/* Build-time HTML from markdown-it with raw HTML disabled and links validated. */}
      <div class="prose" dangerouslySetInnerHTML={{ __html: body.html }} />
      <CareRoutes />
      <div ref={end}>
        <SourceList sources={body.sources} />
      </div>
      <PrintUrl path={pathFor(locale, { name: 'module', id: meta.id })} />
      <RelatedModules ids={body.related} />
      <p class="reader__back">
        <a href={pathFor(locale, { name: 'library' })}>{t('reader.backToLibrary')}</a>
      </p>
    </article>
  );
}
