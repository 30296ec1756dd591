import { describe, expect, it } from 'vitest';
import { missingInlineLines } from '../../src/content/quality/inline-lines';
import { repeatedSentences } from '../../src/content/quality/repeated-sentences';
import { researchNamesInBody } from '../../src/content/quality/research-names';

describe('missingInlineLines', () => {
  it('asks for 113 and 1813 where suicide is discussed', () => {
    expect(missingInlineLines('Praat je kind over niet meer willen leven? Vraag ernaar.')).toEqual([
      '113 (0800-0113) (it mentions suicide or self-harm)',
      '1813 (it mentions suicide or self-harm)',
    ]);
    expect(missingInlineLines('Denkt je kind aan zelfdoding? Bel [0800-0113](tel:08000113) of in België [1813](tel:1813).')).toEqual([]);
  });

  it('asks for 112, Veilig Thuis and 1712 where violence is discussed', () => {
    expect(missingInlineLines('Is er geweld in huis? Bel [112](tel:112).')).toEqual([
      'Veilig Thuis 0800-2000 (it mentions violence)',
      '1712 (it mentions violence)',
    ]);
    expect(missingInlineLines('Violence at home: call 112, Veilig Thuis on 0800-2000, or 1712 in Belgium.')).toEqual([]);
  });

  it('counts a tel: link by its visible number, not by its target alone', () => {
    expect(missingInlineLines('Zelfdoding: [bel ons](tel:1813) of [hier](tel:08000113).')).toHaveLength(2);
  });

  it('does not count service names, "geweldloos" or other numbers as a mention or a line', () => {
    expect(missingInlineLines('Bel 113 Zelfmoordpreventie of de Zelfmoordlijn 1813 als je wilt. Geweldloos verzet helpt.')).toEqual([]);
    expect(missingInlineLines('Suicide: call 0800-01134 or 18130.')).toHaveLength(2);
  });
});

describe('repeatedSentences', () => {
  const boiler = 'Dit gebeurt in veel gezinnen en het is geen teken dat je hebt gefaald.';
  const module = (id: string, text: string) => ({ id, markdown: `## In het kort\n\n${text}\n` });

  it('finds a sentence of 8+ words in more than three modules, ignoring case and punctuation', () => {
    const found = repeatedSentences([
      module('a', boiler),
      module('b', boiler.toUpperCase()),
      module('c', boiler.replace(',', '')),
      module('d', `- ${boiler.replace('.', '!')}`),
    ]);
    expect(found).toEqual([{ sentence: boiler, modules: ['a', 'b', 'c', 'd'] }]);
  });

  it('allows three modules, short sentences and repeats within one module', () => {
    expect(repeatedSentences([module('a', boiler), module('b', boiler), module('c', boiler)])).toEqual([]);
    expect(repeatedSentences(['a', 'b', 'c', 'd'].map((id) => module(id, 'Bel 112 bij direct gevaar.')))).toEqual([]);
    expect(repeatedSentences([module('a', `${boiler} ${boiler} ${boiler} ${boiler}`)])).toEqual([]);
  });
});

describe('researchNamesInBody', () => {
  const names = (markdown: string, locale: 'nl' | 'en' = 'nl') => researchNamesInBody(markdown, locale).map((hit) => `${hit.name} in "${hit.section}"`);

  it('finds programme, author and source names in the reading text', () => {
    expect(names('## Waarom helpt meegaan niet?\n\nDit idee komt uit een aanpak voor ouders (SPACE).\nPsycholoog Haim Omer bedacht geweldloos verzet.\n')).toEqual([
      'SPACE in "Waarom helpt meegaan niet?"',
      'Omer in "Waarom helpt meegaan niet?"',
      'geweldloos verzet in "Waarom helpt meegaan niet?"',
    ]);
    expect(names('## Is it laziness?\n\nA mother told de Volkskrant about CRAFT and Nonviolent Resistance.\n', 'en')).toEqual([
      'CRAFT in "Is it laziness?"',
      'Volkskrant in "Is it laziness?"',
      'non-?violent resistance in "Is it laziness?"',
    ]);
  });

  it('lets a name stand where a parent asks for help, and ignores ordinary words and link targets', () => {
    expect(names('## Wanneer hulp zoeken\n\nVraag naar een training Nieuwe Autoriteit (zo heet die training vaak).\n')).toEqual([]);
    expect(names('## What help is there for me as a parent?\n\nAsk for a New Authority training.\n', 'en')).toEqual([]);
    expect(names('## Why?\n\nGive your child some space. Craft a short note. [Read](/nl/m/space-omer).\n', 'en')).toEqual([]);
    expect(names('## Hoe stap ik uit het hotel?\n\nEen welzijnsorganisatie in Den Haag helpt ouders. Bel 113 of Veilig Thuis.\n')).toEqual([]);
  });

  it('still checks a section with "help" in its heading that is not about finding help', () => {
    expect(names("## Why doesn't going along help?\n\nThis comes from SPACE.\n", 'en')).toEqual(['SPACE in "Why doesn\'t going along help?"']);
  });
});
