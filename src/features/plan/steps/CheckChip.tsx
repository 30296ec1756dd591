/**
 * A checkbox styled as a chip: the whole chip is the target; the real input stays for
 * keyboards and screen readers. `onChange` may return false to refuse the change: the box
 * then keeps its state (the platform would already have toggled it).
 */
export function CheckChip({ label, checked, onChange }: { label: string; checked: boolean; onChange: () => boolean | void }) {
  return (
    <label class="chip chip--wide">
      <input
        type="checkbox"
        checked={checked}
        onChange={(event) => {
          if (onChange() === false) event.currentTarget.checked = checked;
        }}
      />
      <span>{label}</span>
    </label>
  );
}
