import { PLAN_LIMITS, type PlanListItem } from '../../../storage/plans/plan';
import { toggleIdea } from '../plan-edits';
import { AddLineForm } from './AddLineForm';
import { CheckChip } from './CheckChip';
import { OwnLines } from './OwnLines';

/** Suggestions to tick and the parent's own lines: contact (step 5) and escalation (step 6). */
export function IdeaList(props: {
  id: string;
  legend: string;
  ownLabel: string;
  ideas: readonly string[];
  ideaLabel: (id: string) => string;
  lines: readonly PlanListItem[];
  onChange: (lines: PlanListItem[]) => void;
}) {
  const own = props.lines.filter((line) => line.catalogueId === undefined);
  return (
    <>
      <fieldset class="chip-group">
        <legend>{props.legend}</legend>
        <div class="chip-group__choices chip-group__choices--stacked">
          {props.ideas.map((idea) => (
            <CheckChip
              key={idea}
              label={props.ideaLabel(idea)}
              checked={props.lines.some((line) => line.catalogueId === idea)}
              onChange={() => props.onChange(toggleIdea(props.lines, idea, (catalogueId) => ({ id: crypto.randomUUID(), catalogueId })))}
            />
          ))}
        </div>
      </fieldset>
      <OwnLines lines={own.map((line) => ({ id: line.id, label: line.text ?? '' }))} onRemove={(id) => props.onChange(props.lines.filter((line) => line.id !== id))} fallbackFocus={`${props.id}-own`} />
      <AddLineForm id={`${props.id}-own`} label={props.ownLabel} full={props.lines.length >= PLAN_LIMITS.listItems} onAdd={(text) => props.onChange([...props.lines, { id: crypto.randomUUID(), text }])} />
    </>
  );
}
