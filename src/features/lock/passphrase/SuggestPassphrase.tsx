import { useRef, useState } from 'preact/hooks';
import { useLocale, useT } from '../../../app/i18n';
import { suggestPassphrase, type Passphrase } from './suggest-passphrase';

type State = { kind: 'idle' } | { kind: 'loading' } | { kind: 'shown'; passphrase: Passphrase } | { kind: 'failed' };

/**
 * "Bedenk een zin voor mij": five random words made on this device, shown so the parent can write
 * them down, and put in the new-passcode field with one tap (the parent types the repeat
 * themselves, which is also the first practice). Nothing is kept: a new page, a new phrase.
 */
export function SuggestPassphrase({ onUse }: { onUse: (passphrase: Passphrase) => void }) {
  const t = useT();
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [used, setUsed] = useState(false);
  const phraseRef = useRef<HTMLParagraphElement>(null);

  const suggest = async () => {
    setUsed(false);
    // "Andere zin" keeps the current phrase on screen until the next one is there.
    if (state.kind !== 'shown') setState({ kind: 'loading' });
    try {
      setState({ kind: 'shown', passphrase: await suggestPassphrase(locale) });
      requestAnimationFrame(() => phraseRef.current?.focus());
    } catch {
      setState({ kind: 'failed' });
    }
  };

  return (
    <div class="passphrase-suggest">
      {state.kind === 'shown' ? (
        <>
          <p class="passphrase-suggest__intro">{t('lock.suggest.intro')}</p>
          <p ref={phraseRef} tabIndex={-1} class="passphrase-suggest__phrase" lang={locale}>
            {state.passphrase.phrase}
          </p>
          <p class="hint">{t('lock.suggest.how')}</p>
          <p class="passphrase-suggest__actions">
            <button
              type="button"
              class="button button--small"
              onClick={() => {
                onUse(state.passphrase);
                setUsed(true);
              }}
            >
              {t('lock.suggest.use')}
            </button>{' '}
            <button type="button" class="button button--small button--quiet" onClick={() => void suggest()}>
              {t('lock.suggest.again')}
            </button>
          </p>
        </>
      ) : (
        <p>
          <button type="button" class="button button--small button--quiet" disabled={state.kind === 'loading'} onClick={() => void suggest()}>
            {t('lock.suggest.button')}
          </button>
        </p>
      )}
      <div role="status">
        {state.kind === 'loading' && <p>{t('lock.suggest.loading')}</p>}
        {state.kind === 'failed' && <p>{t('lock.suggest.failed')}</p>}
        {used && <p>{t('lock.suggest.used')}</p>}
      </div>
    </div>
  );
}
