/**
 * Workflow checks for jest: the rules themselves are in workflow-rules.ts
 * (no jest globals there, so init's tests and scripts can import them).
 */
import { shellcheckAvailable } from './workflow-rules.js';

export * from './workflow-rules.js';

/**
 * Shellcheck runs where it is installed, and always in CI (ci.yml installs
 * it); elsewhere its tests show as skipped rather than pass unchecked.
 */
export const withShellcheck = shellcheckAvailable() || process.env.CI ? it : it.skip;
