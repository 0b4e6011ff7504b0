// Reading the gold split that the learned and derived figures of the wide scope come from. Both
// `npm run train:attributions` and `npm run calibrate:wide` refuse a dev or test file, so that
// nothing shipped is fitted to the data its accuracy is measured on.
import { readFileSync } from 'node:fs';
import type { GoldQuote } from './score.js';

export interface GoldArticle {
  text: string;
  quotes: GoldQuote[];
}

/** The articles of a JSONL gold file; throws for a dev or test file (`what` names the task). */
export function readTrainSplit(file: string, what: string): GoldArticle[] {
  if (/dev|test/u.test(file.split('/').pop() ?? '')) throw new Error(`${what} on polnear_train only, not ${file}`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldArticle);
}
