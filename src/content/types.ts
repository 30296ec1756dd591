import type { Locale } from '../app/locales.ts';

export const THEMES = ['begrijpen', 'omgaan', 'zorg-voor-jezelf', 'hulp'] as const;
export type Theme = (typeof THEMES)[number];

export interface Source {
  title: string;
  author: string;
  /** "n.d.": the source carries no date. */
  year: number | 'n.d.';
  url?: string;
}

/** What lists need: small, shipped with the library page. */
export interface ModuleMeta {
  id: string;
  title: string;
  summary: string;
  theme: Theme;
  order: number;
  readingMinutes: number;
}

export interface Heading {
  id: string;
  text: string;
}

/** What the reader needs: loaded lazily, one chunk per module and language. */
export interface ModuleBody {
  id: string;
  locale: Locale;
  html: string;
  headings: Heading[];
  sources: Source[];
  related: string[];
  reviewed: string;
  crisis: boolean;
}
