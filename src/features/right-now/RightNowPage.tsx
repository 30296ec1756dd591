import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { usePageHead } from '../../app/head';
import { useLocale, useT } from '../../app/i18n';
import { pathFor } from '../../app/paths';
import { findModule } from '../../content/catalog';
import type { ModuleMeta } from '../../content/types';
import { CallLinks } from '../help/CallLinks';
import { HelpLineItem } from '../help/HelpLineItem';
import { linesFor } from '../help/help-lines';
import { useCountry } from '../help/use-country';
import { useNow } from '../shared/use-now';
import { BreathingMinute } from './BreathingMinute';
import { OwnPeople } from './OwnPeople';
import { RIGHT_NOW_STEPS, STAY_NEAR, STEP_TEXT, SUICIDE_LINES, type RightNowStepId } from './right-now-steps';
import { stepIndex } from './step-index';

/** The module for the moment after a clash, linked from every step. */
const CALM_MODULE = 'rustig-blijven';
/** Lines for "Wil je iemand spreken?": open day and night, for talking, suicide worries and violence. */
const TALK_SITUATIONS = new Set(['suicide', 'violence', 'talk', 'police']);

/**
 * "Nu even" (`/nl/nu-even?n=1…5`): when it has just gone wrong at home, one calm step per screen.
 * Each step is its own address, so the phone's Back button goes one step back.
 */
export default function RightNowPage() {
  const t = useT();
  const locale = useLocale();
  const { query } = useLocation();
  const [country] = useCountry();
  // Every step is prerendered as step 1 (a prerendered page has no query). Hydration keeps the
  // DOM it finds, attributes included, so the step in the address is rendered right after it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const index = hydrated ? stepIndex(query.n) : 0;
  const id = RIGHT_NOW_STEPS[index]!;
  const step = STEP_TEXT[id];
  const heading = useRef<HTMLHeadingElement>(null);
  usePageHead({ title: t('rightNow.title'), description: STEP_TEXT.danger.text[locale] });

  // A new step gets the focus on its heading, so a screen reader starts reading there.
  // The step the parent opened keeps the page's normal start; moving to another step puts the
  // focus on its heading, so a screen reader starts reading there.
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (!hydrated) return;
    if (shown.current !== null && shown.current !== index) heading.current?.focus();
    shown.current = index;
  }, [index, hydrated]);

  const here = pathFor(locale, { name: 'rightNow' });
  const stepHref = (at: number) => (at === 0 ? here : `${here}?n=${at + 1}`);
  const calm = findModule(locale, CALM_MODULE);
  const last = index === RIGHT_NOW_STEPS.length - 1;

  return (
    <div class="page right-now">
      <p class="right-now__progress">
        <span class="right-now__name">{t('rightNow.title')}</span> · {t('rightNow.progress', { n: index + 1, total: RIGHT_NOW_STEPS.length })}
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {step.title[locale]}
      </h1>
      <p class="lead">{step.text[locale]}</p>
      <StepDetail id={id} country={country} calm={calm} />

      <nav class="right-now__nav" aria-label={t('rightNow.navLabel')}>
        {index > 0 && (
          <a class="button" href={stepHref(index - 1)}>
            {t('rightNow.previous')}
          </a>
        )}
        {last ? (
          <a class="button button--primary" href={pathFor(locale, { name: 'home' })}>
            {t('rightNow.done')}
          </a>
        ) : (
          <a class="button button--primary" href={stepHref(index + 1)}>
            {index === 0 ? t('rightNow.noDanger') : t('rightNow.next')}
          </a>
        )}
      </nav>

      {calm && id !== 'later' && (
        <p class="right-now__calm">
          {t('rightNow.readLater')} <a href={pathFor(locale, { name: 'module', id: calm.id })}>{calm.title}</a>
        </p>
      )}
    </div>
  );
}

function StepDetail({ id, country, calm }: { id: RightNowStepId; country: 'NL' | 'BE'; calm: ModuleMeta | undefined }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow();
  switch (id) {
    case 'danger':
      return (
        <>
          <p>
            <a class="call-link call-link--emergency call-link--large" href="tel:112" aria-label={t('help.call', { name: '112', number: '112' })}>
              {t('rightNow.call112')}
            </a>
          </p>
          <section class="panel panel--help" aria-labelledby="right-now-threat">
            <h2 id="right-now-threat">{t('rightNow.threatTitle')}</h2>
            <p>{STAY_NEAR[locale]}</p>
            <CallLinks ids={SUICIDE_LINES[country]} />
            <p>
              <a href={`${pathFor(locale, { name: 'help' })}#als-je-kind-dreigt`}>{t('rightNow.threatMore')}</a>
            </p>
          </section>
        </>
      );
    case 'away':
      return (
        <>
          <BreathingMinute />
          <section class="panel panel--help" aria-labelledby="right-now-stay">
            <h2 id="right-now-stay">{t('rightNow.stayTitle')}</h2>
            <p>{STAY_NEAR[locale]}</p>
            <CallLinks ids={SUICIDE_LINES[country]} />
          </section>
        </>
      );
    case 'later':
      return calm ? (
        <p>
          <a class="button" href={pathFor(locale, { name: 'module', id: calm.id })}>
            {t('rightNow.readCalm', { title: calm.title })}
          </a>
        </p>
      ) : null;
    case 'talk':
      return (
        <>
          <ul class="help-lines">
            {linesFor(country)
              .filter((line) => line.schedule === 'always' && TALK_SITUATIONS.has(line.situation) && line.numbers.length > 0)
              // The Dutch non-urgent police line is not for tonight; Belgium's 101 is the night route for violence.
              .filter((line) => line.situation !== 'police' || line.id === 'be-politie')
              .map((line) => (
                <HelpLineItem key={line.id} line={line} now={now} />
              ))}
          </ul>
          <OwnPeople />
          <p>
            <a href={pathFor(locale, { name: 'help' })}>{t('rightNow.allLines')}</a>
          </p>
        </>
      );
    case 'write':
      return (
        <p>
          <a class="button" href={`${pathFor(locale, { name: 'diaryEntry' })}?na=nu-even`}>
            {t('rightNow.writeLink')}
          </a>
        </p>
      );
  }
}
