import { useT } from '../../../app/i18n';

/**
 * Step 2: "Wat wil je zeker zeggen of vragen?" A textarea kept in the page's memory only (not
 * in the URL, not stored): the hint says so, and to print before closing the page.
 */
export function SummaryQuestions({ value, onChange, labelledBy }: { value: string; onChange: (next: string) => void; labelledBy: string }) {
  const t = useT();
  return (
    <div class="field summary-questions-field">
      <p class="hint" id="summary-say-hint">
        {t('insights.summary.sayHint')}
      </p>
      <textarea id="summary-say" rows={5} maxLength={4000} value={value} aria-labelledby={labelledBy} aria-describedby="summary-say-hint" onInput={(event) => onChange(event.currentTarget.value)} />
    </div>
  );
}
