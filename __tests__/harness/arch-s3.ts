/**
 * The architecture check of issue 20's "a location is parsed once": the
 * files under a src folder, but for the location parser, that test a
 * string for s3:// (startsWith, includes, a comparison, a regular
 * expression). Messages and help that mention s3:// in prose are no test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sources } from './arch-stages.js';

/** The one file allowed to decide whether a text is a folder or S3. */
export const LOCATION_PARSER = path.join('core', 'location.ts');

const TESTS: RegExp[] = [
  // x.startsWith('s3://'), x.includes("s3://..."), x.indexOf(`s3://`), x.match('s3://')
  /\.(?:startsWith|endsWith|includes|indexOf|lastIndexOf|match|search)\(\s*(['"`])s3:\/\//i,
  // x.slice(0, 5) === 's3://', 's3://' !== head
  /(?:===|!==|==|!=)\s*(['"`])s3:\/\/\1/i,
  /(['"`])s3:\/\/\1\s*(?:===|!==|==|!=)/i,
  // a regular expression literal: /^s3:\/\//
  /s3:\\\/\\\//i,
  // new RegExp('^s3://')
  /RegExp\(\s*(['"`])[^'"`]*s3:\/\//i,
];

/** Whether a line of code (comment lines left out) tests a string for s3://. */
export function testsForS3(line: string): boolean {
  const code = line.trim();
  if (code.startsWith('//') || code.startsWith('*') || code.startsWith('/*')) return false;
  return TESTS.some((re) => re.test(code));
}

/** The files under srcDir (relative, / separators, with a line number) that test a string for s3:// outside the location parser. */
export function s3TestsOutsideLocationParser(srcDir: string): string[] {
  return sources(srcDir)
    .filter((f) => path.relative(srcDir, f) !== LOCATION_PARSER)
    .flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (testsForS3(line) ? [`${path.relative(srcDir, f).split(path.sep).join('/')}:${i + 1}`] : [])),
    );
}
