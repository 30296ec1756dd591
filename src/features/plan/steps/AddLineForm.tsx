import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useT } from '../../../app/i18n';
import { PLAN_LIMITS } from '../../../storage/plans/plan';

/** One line of the parent's own words, added to a list with Enter or the button. */
export function AddLineForm(props: { id: string; label: string; full?: boolean; onAdd: (text: string) => void; children?: ComponentChildren }) {
  const t = useT();
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const add = (event: Event) => {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      input.current?.focus();
      return;
    }
    props.onAdd(trimmed);
    setText('');
    input.current?.focus();
  };
  // The list is as long as a plan may hold (the backup file's limits); say so instead.
  if (props.full) return <p class="hint">{t('plan.builder.listFull')}</p>;
  return (
    <form class="add-line" onSubmit={add}>
      <div class="field">
        <label for={props.id}>{props.label}</label>
        <input id={props.id} ref={input} type="text" value={text} maxLength={PLAN_LIMITS.shortText} autocomplete="off" onInput={(event) => setText(event.currentTarget.value)} />
      </div>
      {props.children}
      <button type="submit" class="button">
        {t('plan.builder.add')}
      </button>
    </form>
  );
}
