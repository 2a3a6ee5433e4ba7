/**
 * Retries that run out: an endpoint that throttles every request. The one
 * kind of case here that is a runtime failure (exit 1), not bad input; it
 * waits out the retry policy, so it has a file of its own and the other
 * corpus files stay fast.
 */
import { type BadCase, runCorpus } from './run-case.js';
import { makeWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const WHY = 'the endpoint throttled every request until the retries ran out: the work was attempted and failed, nothing was wrong with the input';

const cases: BadCase[] = [
  {
    name: 'export: every request throttled',
    argv: (w) => ['export', '--out', 'exports/new', '--endpoint', w.throttling],
    code: 1,
    why: WHY,
    error: /(ProvisionedThroughputExceeded|throttl).*--resume|--resume.*(ProvisionedThroughputExceeded|throttl)/i,
  },
];

describe('corpus: retries that run out', () => runCorpus(() => world, cases));
