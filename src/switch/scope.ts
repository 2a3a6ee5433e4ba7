/**
 * Whose file is it? A switch target is this stage's (its path or its key
 * names the stage, by any of its names), another stage's (never flipped for
 * this one), or shared (nothing ties it to one stage: flipping it changes
 * every stage deployed from the branch). Some files are never targets
 * whatever they hold: documentation, examples and samples, tests, and the
 * files of local development (docker, compose, dev containers). Pure.
 */
import { type StageMention, stageOf, type StageTable, stagesInPath } from '../config/stages.js';

export type PathScope = { kind: 'this'; word: string } | { kind: 'other'; stage: string; word: string } | { kind: 'none' };

/** What the path alone says: another stage's as soon as it names one (a file that names two stages is no single stage's to flip). */
export function pathScope(file: string, stage: string, table: StageTable): PathScope {
  const own = stageOf(stage, table) ?? stage;
  const mentions: StageMention[] = stagesInPath(file, table);
  const other = mentions.find((m) => m.stage !== own);
  if (other) return { kind: 'other', stage: other.stage, word: other.word };
  const mine = mentions.find((m) => m.stage === own) ?? wordNaming(file, stage);
  return mine ? { kind: 'this', word: mine.word } : { kind: 'none' };
}

/** A stage the table does not know still names itself, as a whole word (its own name may hold - or _). */
function wordNaming(file: string, stage: string): StageMention | undefined {
  const escaped = stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const hit = new RegExp(`(?:^|[/.\\-_])(${escaped})(?=$|[/.\\-_])`, 'i').exec(file);
  return hit ? { stage, word: hit[1]! } : undefined;
}

const words = (file: string) => file.split(/[/.\-_]/).filter(Boolean);

const DOC = /\.(md|mdx|markdown|rst|adoc|txt|html?)$/i;
const EXAMPLE = new Set(['example', 'examples', 'sample', 'samples', 'dist', '.devcontainer', 'devcontainer']);
const TEST_FOLDERS = new Set(['__tests__', 'tests', 'spec', 'specs', 'e2e', '__mocks__', 'fixtures', 'cypress', 'playwright']);
const LOCAL = new Set(['docker', 'compose', 'devcontainer', 'localstack']);

/** Why a file is never a switch target, whatever it holds; null when it may be one. */
export function neverTarget(file: string, stage: string): string | null {
  const parts = file.split('/');
  const base = parts[parts.length - 1]!;
  const lower = words(file).map((w) => w.toLowerCase());
  if (DOC.test(base)) return 'documentation: never a switch target (update it by hand if it should say file)';
  if (parts.includes('.devcontainer') || lower.some((w) => EXAMPLE.has(w)))
    return 'an example or sample: never a switch target (it describes a setup, nothing deploys it)';
  const testFolder = parts.slice(0, -1).some((p) => TEST_FOLDERS.has(p) || (p === 'test' && stage.toLowerCase() !== 'test'));
  const testWord = stage.toLowerCase() !== 'test' && words(base).some((w) => ['test', 'tests', 'spec'].includes(w.toLowerCase()));
  if (testFolder || testWord) return 'a test: never a switch target (it asserts what the app does; change it with the app)';
  if (lower.some((w) => LOCAL.has(w))) return 'local development (docker, compose, dev container): never a switch target';
  return null;
}
