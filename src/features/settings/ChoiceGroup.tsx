import type { ComponentChildren } from 'preact';

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  lang?: string;
}

/** A labelled group of radio buttons with a hint: one setting, one choice. */
export function ChoiceGroup<Value extends string>(props: {
  name: string;
  legend: string;
  hint: string;
  choices: Choice<Value>[];
  value: Value | null;
  onChange: (value: Value) => void;
  children?: ComponentChildren;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class="choice-group">
      <legend>{props.legend}</legend>
      <p class="hint" id={hintId}>
        {props.hint}
      </p>
      {props.choices.map((choice) => (
        <label key={choice.value} class="choice" lang={choice.lang}>
          <input
            type="radio"
            name={props.name}
            value={choice.value}
            checked={choice.value === props.value}
            aria-describedby={hintId}
            onChange={() => props.onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
      {props.children}
    </fieldset>
  );
}
