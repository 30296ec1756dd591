import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { PLAN_LIMITS } from '../../../storage/plans/plan';

/**
 * A yes/no question asked once before a line is added (step 1: "is this about violence?"),
 * answered in one tap.
 */
export interface AddQuestion {
  /** False when the answer is already known (the parent chose the safety group). */
  needed: () => boolean;
  /** True when the words suggest "yes": "yes" is then the filled button and has focus. */
  suggestYes: (text: string) => boolean;
  question: string;
  /** Under the question; `hintSuggested` when the words suggest "yes". */
  hint: string;
  hintSuggested: string;
  yes: string;
  no: string;
}

/**
 * One line of the parent's own words, added to a list with Enter or the button. With `ask`,
 * every line first gets the question; the line is added with the answer.
 */
export function AddLineForm(props: { id: string; label: string; full?: boolean; ask?: AddQuestion; onAdd: (text: string, answer?: boolean) => void; children?: ComponentChildren }) {
  const t = useT();
  const [text, setText] = useState('');
  // The text waiting for an answer to the question.
  const [asking, setAsking] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const questionText = useRef<HTMLParagraphElement>(null);
  const suggested = asking !== null && props.ask !== undefined && props.ask.suggestYes(asking);

  // The question takes focus: on "yes" when the words suggest it, else on the question itself.
  useEffect(() => {
    if (asking !== null) (suggested ? yes.current : questionText.current)?.focus();
  }, [asking]);

  const finish = (trimmed: string, answer?: boolean) => {
    props.onAdd(trimmed, answer);
    setText('');
    setAsking(null);
    input.current?.focus();
  };

  const add = (event: Event) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      input.current?.focus();
      return;
    }
    if (props.ask?.needed()) {
      setAsking(trimmed);
      return;
    }
    finish(trimmed);
  };

  // The list is as long as a plan may hold (the backup file's limits); say so instead.
  if (props.full) return <p class="hint">{t('plan.builder.listFull')}</p>;
  const questionId = `${props.id}-question`;
  return (
    <form class="add-line" onSubmit={add}>
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <input
          id={props.id}
          ref={input}
          type="text"
          value={text}
          maxLength={PLAN_LIMITS.shortText}
          autocomplete="off"
          onInput={(event) => {
            setText(event.currentTarget.value);
            // A changed text is a new line: the question waits for the next "add".
            setAsking(null);
          }}
        />
      </div>
      {props.children}
      <button type="submit" class="button">
        {t('plan.builder.add')}
      </button>
      {asking !== null && props.ask && (
        <div class="add-line__question" role="group" aria-labelledby={questionId} aria-describedby={`${questionId}-hint`}>
          <p id={questionId} class="add-line__question-text" ref={questionText} tabIndex={-1}>
            {props.ask.question}
          </p>
          <p id={`${questionId}-hint`} class="hint">
            {suggested ? props.ask.hintSuggested : props.ask.hint}
          </p>
          <p class="add-line__answers">
            <button type="button" class={suggested ? 'button button--primary' : 'button'} ref={yes} onClick={() => finish(asking, true)}>
              {props.ask.yes}
            </button>
            <button type="button" class="button" onClick={() => finish(asking, false)}>
              {props.ask.no}
            </button>
          </p>
        </div>
      )}
    </form>
  );
}
