import { useEffect, useState } from 'preact/hooks';
import { useT } from '../../app/i18n';

const SECONDS = 60;
/** Four seconds in, six out: a slow breath that calms (longer out than in). */
const IN = 4;
const CYCLE = 10;

/**
 * One minute of slow breathing, started by the parent. The circle grows and shrinks only when
 * the system allows motion; the words "adem in / adem uit" carry it either way. Screen readers
 * hear the start and the end, not every second.
 */
export function BreathingMinute() {
  const t = useT();
  const [left, setLeft] = useState<number | null>(null);

  useEffect(() => {
    if (left === null || left <= 0) return;
    const timer = setTimeout(() => setLeft(left - 1), 1000);
    return () => clearTimeout(timer);
  }, [left]);

  const running = left !== null && left > 0;
  const elapsed = left === null ? 0 : SECONDS - left;
  const breathingIn = elapsed % CYCLE < IN;

  return (
    <div class="breathing">
      {!running && (
        <button type="button" class="button" onClick={() => setLeft(SECONDS)}>
          {left === 0 ? t('rightNow.breatheAgain') : t('rightNow.breatheStart')}
        </button>
      )}
      {running && (
        <div class="breathing__run">
          <span class={`breathing__circle ${breathingIn ? 'breathing__circle--in' : 'breathing__circle--out'}`} aria-hidden="true" />
          <p class="breathing__word" aria-hidden="true">
            {breathingIn ? t('rightNow.breatheIn') : t('rightNow.breatheOut')}
          </p>
          <p class="breathing__left" aria-hidden="true">
            {t('rightNow.secondsLeft', { count: left })}
          </p>
          <button type="button" class="button button--quiet" onClick={() => setLeft(null)}>
            {t('rightNow.breatheStop')}
          </button>
        </div>
      )}
      <p class="visually-hidden" role="status">
        {running ? t('rightNow.breatheRunning') : left === 0 ? t('rightNow.breatheDone') : ''}
      </p>
    </div>
  );
}
