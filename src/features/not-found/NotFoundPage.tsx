import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';

export function NotFoundPage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: t('notFound.title') });
  return (
    <section class="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={pathFor(locale, { name: 'home' })}>{t('notFound.home')}</a>
      </p>
    </section>
  );
}
