import { evaluateStacking, type StackingDecision } from '../../src/stacking/index.js';
import { exampleData } from './examples.js';

/** The recognition decision of the example portfolio against the example qualification and policy. */
export function exampleDecision(): StackingDecision {
  const portfolio = exampleData('stacking-portfolio.json') as { credentials: unknown[] };
  return evaluateStacking(
    portfolio.credentials as never,
    exampleData('qualification.json') as never,
    exampleData('recognition-policy.json') as never,
  );
}
