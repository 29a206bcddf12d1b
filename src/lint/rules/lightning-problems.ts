/**
 * The problems of one Lightning config, computed once and shared by the two rules that report
 * them (`invalid-lightning-config`, `deprecated-lightning-key`).
 */
import { validateLightningConfig, type LightningProblem } from '../../parse/lightning/validate.js';
import type { DocumentSubject } from './stages.js';

type LightningDocument = Extract<DocumentSubject, { kind: 'lightning' }>;

const cache = new WeakMap<object, readonly LightningProblem[]>();

export function lightningProblems(subject: LightningDocument): readonly LightningProblem[] {
  let problems = cache.get(subject.config);
  if (!problems) cache.set(subject.config, (problems = validateLightningConfig(subject.doc, subject.config)));
  return problems;
}
