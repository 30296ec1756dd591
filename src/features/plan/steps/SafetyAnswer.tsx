import { useT } from '../../../app/i18n';
import type { PlanItem } from '../../../storage/plans/plan';
import { mentionsViolence } from '../safety';

/**
 * "Is this about violence, threats or destruction?" for an own item from a plan made before
 * step 1 asked it: one tap, Yes or No. Words that sound like violence make "yes" the filled
 * button; only the parent's answer decides.
 */
export function SafetyAnswer({ item, onAnswer }: { item: PlanItem; onAnswer: (aboutViolence: boolean) => void }) {
  const t = useT();
  const suggested = mentionsViolence(item.text ?? '');
  const id = `violence-question-${item.id}`;
  // The question goes away after a tap: focus goes back to the item's choices.
  const answer = (aboutViolence: boolean) => () => {
    onAnswer(aboutViolence);
    setTimeout(() => {
      const name = `decision-${item.id}`;
      (document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`) ?? document.querySelector<HTMLInputElement>(`input[name="${name}"]`))?.focus();
    });
  };
  return (
    <div class="add-line__question sort-item__question" role="group" aria-labelledby={id} aria-describedby={`${id}-hint`}>
      <p id={id} class="add-line__question-text">
        {t('plan.now.safetyQuestion')}
      </p>
      <p id={`${id}-hint`} class="hint">
        {suggested ? t('plan.now.safetyQuestionHint') : t('plan.now.safetyQuestionHintAll')}
      </p>
      <p class="add-line__answers">
        <button type="button" class={suggested ? 'button button--primary' : 'button'} onClick={answer(true)}>
          {t('plan.now.yes')}
        </button>
        <button type="button" class="button" onClick={answer(false)}>
          {t('plan.now.no')}
        </button>
      </p>
    </div>
  );
}
