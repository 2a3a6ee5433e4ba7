/**
 * Retries that run out: an endpoint that throttles every request. The one
 * kind of case here that is a runtime failure (exit 1), not bad input; it
 * waits out the retry budget (--retry-budget 2), so it has a file of its
 * own and the other corpus files stay fast.
 */
import { type BadCase, runCorpus } from './run-case.js';
import { makeWorld, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});
afterAll(() => world.close());

const WHY =
  'the endpoint throttled every request until the retries ran out: the work was attempted and failed, nothing was wrong with the input';

/**
 * The same exhausted retry, the same exit code and the same shape of line, whichever command met it:
 * the endpoint, the throttling, and what to do (a larger --retry-budget, or --resume for an export).
 */
const exhausted = /endpoint http:\/\/127\.0\.0\.1:\d+.*(ProvisionedThroughputExceeded|throttl).*(--retry-budget|--resume)/i;
const budget = ['--retry-budget', '2'];

const cases: BadCase[] = [
  {
    name: 'status: every request throttled',
    argv: (w) => ['status', '--endpoint', w.throttling, ...budget],
    code: 1,
    why: WHY,
    error: exhausted,
  },
  {
    name: 'backup: every request throttled',
    argv: (w) => ['backup', '--endpoint', w.throttling, ...budget],
    code: 1,
    why: WHY,
    error: exhausted,
  },
  {
    name: 'export: every request throttled',
    argv: (w) => ['export', '--out', 'exports/new', '--endpoint', w.throttling, ...budget],
    code: 1,
    why: WHY,
    error: exhausted,
  },
];

describe('corpus: retries that run out', () => runCorpus(() => world, cases));
