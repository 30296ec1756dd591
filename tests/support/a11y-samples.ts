/**
 * The modules axe checks in the real browser (light and dark), one per language. Modules share one
 * template; the content tests make sure every other module renders only markup these samples use.
 */
export const A11Y_SAMPLE_MODULES = { nl: 'crisis-herkennen', en: 'crisis-herkennen' } as const;
