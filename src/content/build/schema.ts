import * as v from 'valibot';
import { MODULE_ID_PATTERN } from '../../app/paths.ts';
import { THEMES } from '../types.ts';

const slug = v.pipe(v.string(), v.regex(MODULE_ID_PATTERN, 'must be a lowercase slug such as "het-hotel-patroon"'));

const isoDate = v.pipe(
  v.string('must be a date written as YYYY-MM-DD (quote it if needed)'),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD'),
  v.check((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'is not a real calendar date'),
);

const text = (max: number) =>
  v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(max, `must be at most ${max} characters`));

export const SourceSchema = v.strictObject({
  title: text(300),
  author: text(200),
  // A year, or "n.d." for a source that carries no date (said on purpose, never left out by accident).
  year: v.union(
    [
      v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1900, 'is before 1900'), v.maxValue(2100, 'is after 2100')),
      v.literal('n.d.'),
    ],
    'must be a year such as 2024, or "n.d." for an undated source',
  ),
  url: v.optional(v.pipe(v.string('must be text'), v.url('must be a full URL'), v.startsWith('https://', 'must start with https://'))),
});

export const FrontMatterSchema = v.strictObject({
  id: slug,
  title: text(90),
  summary: text(160),
  theme: v.picklist(THEMES, `must be one of ${THEMES.join(', ')}`),
  order: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(1, 'must be 1 or more')),
  tags: v.pipe(v.array(text(40), 'must be a list'), v.maxLength(12, 'has more than 12 tags')),
  related: v.array(slug, 'must be a list of module ids'),
  reviewed: isoDate,
  crisis: v.optional(v.boolean('must be true or false'), false),
  sources: v.pipe(v.array(SourceSchema, 'must be a list of sources'), v.minLength(1, 'must list at least one source')),
});

export type FrontMatter = v.InferOutput<typeof FrontMatterSchema>;

/** Validates front matter; throws one message per problem, each naming the file and the field. */
export function parseFrontMatter(file: string, data: unknown): FrontMatter {
  const result = v.safeParse(FrontMatterSchema, data ?? {}, { abortEarly: false });
  if (result.success) return result.output;
  const lines = result.issues.map((issue) => {
    const field = issue.path?.map((item) => String(item.key)).join('.') ?? '(front matter)';
    const message =
      issue.kind === 'schema' && issue.received === 'undefined' ? 'is missing' :
      issue.type === 'strict_object' && issue.expected === 'never' ? 'is not a known field' :
      issue.message;
    return `${file}: field '${field}' ${message}`;
  });
  throw new Error(lines.join('\n'));
}
