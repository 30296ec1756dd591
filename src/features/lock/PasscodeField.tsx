import type { ComponentChildren, RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../app/i18n';

/**
 * A passcode field: hidden while typing, with a button that shows it (handy on a phone, when
 * nobody is looking). A hint and an error are tied to the field for screen readers.
 */
export function PasscodeField(props: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  autoComplete: 'new-password' | 'current-password';
  hint?: string;
  error?: string | null;
  /** Ids of more text that describes the field (a strength hint, a wait). */
  describedBy?: readonly (string | false | null | undefined)[];
  inputRef?: RefObject<HTMLInputElement>;
  disabled?: boolean;
  children?: ComponentChildren;
}) {
  const t = useT();
  const [shown, setShown] = useState(false);
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const described = [props.hint && hintId, props.error && errorId, ...(props.describedBy ?? [])].filter(Boolean).join(' ');
  return (
    <div class="field passcode-field">
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div class="passcode-field__row">
        <input
          id={props.id}
          ref={props.inputRef}
          type={shown ? 'text' : 'password'}
          autoComplete={props.autoComplete}
          autoCapitalize="none"
          autoCorrect="off"
          spellcheck={false}
          value={props.value}
          disabled={props.disabled}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={described || undefined}
          onInput={(event) => props.onInput((event.target as HTMLInputElement).value)}
        />
        <button type="button" class="button button--small button--quiet passcode-field__toggle" aria-controls={props.id} onClick={() => setShown(!shown)}>
          {shown ? t('lock.hide') : t('lock.show')}
        </button>
      </div>
      {props.error && (
        <p id={errorId} class="field__error" role="alert">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}
