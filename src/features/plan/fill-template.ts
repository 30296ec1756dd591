/** "Ik ga …" / "I will …" at the start: the template already says it. */
const LEADING_VERB = /^(?:ik\s+ga|i\s+will|i['’]ll)\s+/i;

/**
 * The action as the end of "Vanaf … ga ik …" / "From … I will …": without a leading "Ik ga" or
 * "I will", with a small first letter ("Het eten …" → "het eten …"; "TV" stays), and without a
 * trailing full stop, so the template's own words and punctuation read right.
 */
function asSentenceEnd(action: string): string {
  const rest = action.trim().replace(/[.!]+$/, '').replace(LEADING_VERB, '');
  return /^\p{Lu}\p{Ll}/u.test(rest) ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
}

/**
 * An announcement template with the parent's words filled in. Missing parts stay as a visible
 * placeholder to edit.
 */
export function fillTemplate(template: string, values: { action: string; date: string; actionPlaceholder: string; datePlaceholder: string }): string {
  const action = asSentenceEnd(values.action) || values.actionPlaceholder;
  const date = values.date || values.datePlaceholder;
  return template.replaceAll('{{action}}', action).replaceAll('{{date}}', date);
}

/** Puts a chosen text in an announcement: in place of nothing, else after what is there. */
export function insertTemplate(current: string, text: string): string {
  return current.trim() === '' ? text : `${current.replace(/\s+$/, '')}\n\n${text}`;
}
