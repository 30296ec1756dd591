/** Finds runs of `size` words that a text shares with a source (case and punctuation ignored). */
export function sharedRuns(text: string, source: string, size = 8): string[] {
  const normalise = (value: string) =>
    value
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9\s]/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
  const runs = (list: string[]) => {
    const set = new Set<string>();
    for (let i = 0; i + size <= list.length; i++) set.add(list.slice(i, i + size).join(' '));
    return set;
  };
  const fromSource = runs(normalise(source));
  return [...runs(normalise(text))].filter((run) => fromSource.has(run));
}
