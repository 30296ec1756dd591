/** Kier's mark: a door left ajar, with warm light falling through the gap. Decorative. */
export function Logo() {
  return (
    <svg class="logo" viewBox="0 0 64 64" width="32" height="32" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" class="logo__bg" />
      <path d="M18 12h28v42H18z" class="logo__frame" />
      <path d="M38 15l8-3v42l-8-3z" class="logo__light" />
      <path d="M18 12l20 3v36l-20 3z" class="logo__door" />
      <circle cx="34" cy="34" r="1.6" class="logo__bg" />
    </svg>
  );
}
