import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { listModules } from '../../content/catalog';
import { startHere } from './start-here';
import { PlanReviewNotice } from './PlanReviewNotice';
import { Recommendations } from './Recommendations';
import { YourReading } from './YourReading';
import { RightNowEntry } from '../right-now/RightNowEntry';

export function HomePage() {
  const t = useT();
  const locale = useLocale();
  usePageHead({ title: 'Kier', description: t('app.tagline') });
  const first = startHere(listModules(locale));

  return (
    <div class="page home-page">
      <h1>{t('home.title')}</h1>
      <p class="lead">{t('home.intro')}</p>

      <RightNowEntry />

      <PlanReviewNotice />

      {/* What is this parent's own comes first on a return visit; "Begin hier" after it. */}
      <Recommendations />
      <YourReading />

      <section aria-labelledby="start-here" class="panel">
        <h2 id="start-here">{t('home.startHere')}</h2>
        <ul class="card-list">
          {first.map((module) => (
            <li key={module.id} class="card card--link">
              <a class="card__link" href={pathFor(locale, { name: 'module', id: module.id })}>
                {module.title}
              </a>
              <p class="card__summary">{module.summary}</p>
            </li>
          ))}
        </ul>
        <p>
          <a href={pathFor(locale, { name: 'library' })}>{t('home.browseLibrary')}</a>
        </p>
      </section>


      <section aria-labelledby="help-now" class="panel panel--help">
        <h2 id="help-now">{t('home.helpTitle')}</h2>
        <p>{t('home.helpText')}</p>
        <p>
          <a href={pathFor(locale, { name: 'help' })}>{t('home.helpLink')}</a>
        </p>
      </section>

      <section aria-labelledby="privacy" class="panel">
        <h2 id="privacy">{t('home.privacyTitle')}</h2>
        <p>{t('home.privacyText')}</p>
      </section>
    </div>
  );
}
