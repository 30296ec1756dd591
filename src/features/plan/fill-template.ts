/**
 * An announcement template with the parent's words filled in. `action` finishes the sentence
 * "Vanaf … ga ik …" / "From … I will …": a trailing full stop is dropped so the template's
 * own punctuation reads right. Missing parts stay as a visible placeholder to edit.
 */
export function fillTemplate(template: string, values: { action: string; date: string; actionPlaceholder: string; datePlaceholder: string }): string {
  const action = values.action.trim().replace(/[.!]+$/, '') || values.actionPlaceholder;
  const date = values.date || values.datePlaceholder;
  return template.replaceAll('{{action}}', action).replaceAll('{{date}}', date);
}

/** Puts a chosen text in an announcement: in place of nothing, else after what is there. */
export function insertTemplate(current: string, text: string): string {
  return current.trim() === '' ? text : `${current.replace(/\s+$/, '')}\n\n${text}`;
}
