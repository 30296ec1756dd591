/**
 * Safe messaging (CONTENT-GUIDE.md, after 113 Zelfmoordpreventie and the WHO media guidelines).
 * FORBIDDEN: phrases never to use. CRISIS_TOPICS: words that make a module a crisis module,
 * which must carry `crisis: true` so the reader shows the help block on top.
 */
export const FORBIDDEN: { pattern: RegExp; instead: string }[] = [
  { pattern: /\bzelfmoord\s+(?:te\s+)?(?:plegen|pleegt|pleegde|pleegden|gepleegd|pleeg)\b/i, instead: 'zelfdoding, "overleden door zelfdoding"' },
  { pattern: /\b(?:geslaagde|mislukte)\s+(?:zelfmoord|suïcide|suicide)?\s*poging\b/i, instead: '"poging tot zelfdoding" without judging it' },
  { pattern: /\b(?:geslaagde|mislukte)\s+(?:zelfmoord|suïcide|suicide)poging\b/i, instead: '"poging tot zelfdoding" without judging it' },
  { pattern: /\bcommit(?:s|ted|ting)?\s+suicide\b/i, instead: '"died by suicide", "took their own life"' },
  { pattern: /\b(?:successful|failed|unsuccessful)\s+(?:suicide\s+)?attempts?\b/i, instead: '"suicide attempt" without judging it' },
];

/** Service names that contain a crisis word but are not a mention of the topic. */
const SERVICE_NAMES = /113 Zelfmoordpreventie|Zelfmoordlijn(?: 1813)?|Zelfmoordpreventie|Suicide Prevention|Suicide line(?: 1813)?|zelfmoord1813\.be|Veilig Thuis/gi;

/** Words for suicide and self-harm. */
export const SUICIDE_TOPICS: RegExp[] = [
  /\bzelfdoding\b/i,
  /\bsuïcid\w*/i,
  /\bsuicid\w*/i,
  /\bzelfmoord\w*/i,
  /\bzelfbeschadig\w*/i,
  /\bzichzelf (?:iets )?(?:aandoen|aandoet|te lijf)\b/i,
  /\bniet meer (?:willen )?leven\b/i,
  /\bself-harm\w*/i,
  /\bharm (?:themselves|himself|herself)\b/i,
  /\bnot (?:wanting|want) to live\b/i,
];

/** Words for violence (not "geweldloos", "geweldig" or "non-violent"). */
export const VIOLENCE_TOPICS: RegExp[] = [/\b(?:huiselijk )?geweld(?!loos|ig)\w*/i, /\b(?<!non-)violen(?:ce|t)\b/i];

export const CRISIS_TOPICS: RegExp[] = [...SUICIDE_TOPICS, ...VIOLENCE_TOPICS];

export function forbiddenPhrases(text: string): string[] {
  return FORBIDDEN.flatMap(({ pattern, instead }) => {
    const match = pattern.exec(text);
    return match ? [`"${match[0]}" (write ${instead})`] : [];
  });
}

/** Text without the service names that contain a crisis word ("113 Zelfmoordpreventie"). */
export function withoutServiceNames(text: string): string {
  return text.replace(SERVICE_NAMES, '');
}

export function crisisMentions(text: string, topics: RegExp[] = CRISIS_TOPICS): string[] {
  const plain = withoutServiceNames(text);
  return topics.flatMap((pattern) => {
    const match = pattern.exec(plain);
    return match ? [match[0]] : [];
  });
}
