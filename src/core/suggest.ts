/**
 * "Did you mean": the closest known word when it is close enough to be a likely typo (an edit
 * distance of at most a third of the word, and at most 3), else nothing.
 */
import { closest, distance } from 'fastest-levenshtein';

export function suggest(word: string, known: readonly string[]): string | undefined {
  if (known.length === 0 || word.length === 0) return undefined;
  const near = closest(word, known as string[]);
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return distance(word, near) <= limit ? near : undefined;
}
