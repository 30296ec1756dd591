import { describe, expect, it } from 'vitest';
import { LIMITS, readability } from '../../src/content/quality/readability';
import { paragraphs, splitSentences } from '../../src/content/quality/prose';
import { crisisMentions, forbiddenPhrases } from '../../src/content/quality/safe-messaging';
import { structureProblems } from '../../src/content/quality/structure';
import { syllables } from '../../src/content/quality/syllables';

// Two samples written for this test: plain B1 guidance, and dense newspaper prose on the same topic.
const B1_NL = `Je kind komt al weken de kamer niet uit. Dat is zwaar voor jou. Je bent niet de enige ouder met dit probleem. Veel gezinnen maken het mee. Het is geen teken dat je iets fout hebt gedaan. Je kunt wel iets doen. Begin klein. Klop elke avond op de deur en zeg welterusten. Vraag niets terug.`;
const NEWS_NL = `Hoewel de maatschappelijke aandacht voor sociaal teruggetrokken jongvolwassenen de afgelopen jaren aanzienlijk is toegenomen, constateren hulpverleners van uiteenlopende zorginstellingen dat de beschikbare behandelmogelijkheden, mede door de versnipperde organisatie van de geestelijke gezondheidszorg en de wettelijke verschillen tussen jeugdhulp en volwassenenzorg, onvoldoende aansluiten bij de specifieke problematiek van deze kwetsbare doelgroep.`;
const B1_EN = `Your child has not left their room for weeks. That is hard for you. You are not the only parent with this problem. Many families go through it. It is not a sign that you did something wrong. There are things you can do. Start small. Knock on the door each night and say good night. Ask for nothing back.`;
const NEWS_EN = `Although public attention to socially withdrawn young adults has increased considerably in recent years, practitioners across a variety of healthcare institutions observe that available treatment options, partly owing to the fragmented organisation of mental healthcare and the statutory distinctions between youth services and adult provision, insufficiently correspond to the particular difficulties experienced by this vulnerable population.`;

describe('readability thresholds', () => {
  it('pass plain B1 text and fail newspaper prose, in Dutch', () => {
    expect(readability(B1_NL, 'nl').score).toBeGreaterThanOrEqual(LIMITS.minScore);
    expect(readability(NEWS_NL, 'nl').score).toBeLessThan(LIMITS.minScore);
    expect(readability(NEWS_NL, 'nl').longestSentence.words).toBeGreaterThan(LIMITS.maxSentenceWords);
  });

  it('pass plain B1 text and fail newspaper prose, in English', () => {
    expect(readability(B1_EN, 'en').score).toBeGreaterThanOrEqual(LIMITS.minScore);
    expect(readability(NEWS_EN, 'en').score).toBeLessThan(LIMITS.minScore);
    expect(readability(NEWS_EN, 'en').averageSentenceWords).toBeGreaterThan(LIMITS.maxAverageSentenceWords);
  });
});

describe('syllables', () => {
  it('counts Dutch syllables, with a diaeresis starting a new one', () => {
    expect(syllables('kind', 'nl')).toBe(1);
    expect(syllables('ouders', 'nl')).toBe(2);
    expect(syllables('geïsoleerd', 'nl')).toBe(4);
    expect(syllables('terugtrekken', 'nl')).toBe(4);
  });

  it('counts English syllables', () => {
    expect(syllables('child', 'en')).toBe(1);
    expect(syllables('parent', 'en')).toBe(2);
    expect(syllables('little', 'en')).toBe(2);
    expect(syllables('anxiety', 'en')).toBeGreaterThanOrEqual(3);
  });
});

describe('sentences and paragraphs', () => {
  it('splits sentences but not abbreviations', () => {
    expect(splitSentences('Bel de huisarts, bijv. morgen. Dat helpt!')).toEqual(['Bel de huisarts, bijv. morgen.', 'Dat helpt!']);
  });

  it('counts list items as their own units and skips headings', () => {
    const units = paragraphs('## Kop\n\nEen zin. Nog een.\n\n- punt een\n- punt twee. Met uitleg.\n');
    expect(units.map((unit) => unit.sentences.length)).toEqual([2, 1, 2]);
    expect(units.map((unit) => unit.kind)).toEqual(['text', 'item', 'item']);
  });
});

describe('safe messaging', () => {
  it('catches the forbidden phrases and their variants', () => {
    for (const text of ['Hij heeft zelfmoord gepleegd.', 'om zelfmoord te plegen', 'een mislukte poging', 'een geslaagde zelfmoordpoging', 'he committed suicide', 'a failed attempt', 'successful suicide attempts']) {
      expect(forbiddenPhrases(text), text).not.toEqual([]);
    }
    expect(forbiddenPhrases('Na een poging tot zelfdoding is steun nodig.')).toEqual([]);
  });

  it('finds crisis topics but not service names or look-alikes', () => {
    expect(crisisMentions('Bel 113 Zelfmoordpreventie of de Zelfmoordlijn 1813.')).toEqual([]);
    expect(crisisMentions('Dat was een geweldig idee. Nieuwe Autoriteit is geweldloos.')).toEqual([]);
    expect(crisisMentions('Non-violent resistance helps.')).toEqual([]);
    expect(crisisMentions('Is er geweld in huis?')).not.toEqual([]);
    expect(crisisMentions('Praat je kind over niet meer willen leven?')).not.toEqual([]);
    expect(crisisMentions('If your child talks about suicide')).not.toEqual([]);
  });
});

describe('structure', () => {
  it('accepts the guide\'s shape and names what is missing', () => {
    const good = '## In het kort\n\n- a\n- b\n- c\n\n## Een?\n\nx\n\n## Twee?\n\nx\n\n## Drie?\n\nx\n\n## Probeer dit\n\n1. x\n';
    expect(structureProblems(good, 'nl')).toEqual([]);
    expect(structureProblems('## Een?\n\nx\n', 'nl')).toEqual(
      expect.arrayContaining(['the first section must be "## In het kort" (found "Een?")', 'a "## Probeer dit" section with exercises is missing']),
    );
    expect(structureProblems(`${good}\n## Bronnen\n`, 'nl')).toContain('remove "## Bronnen": the app renders sources from the front matter');
  });
});
