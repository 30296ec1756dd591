/** A stable, readable anchor id: "Waarom gaat hij niet naar buiten?" -> "waarom-gaat-hij-niet-naar-buiten". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'sectie';
}
