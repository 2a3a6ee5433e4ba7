/**
 * A location: a local folder or an S3 prefix. Whether a text names one or
 * the other is decided here, once, where commands/ reads an option (or the
 * config) that holds one; the work receives the parsed Location and never
 * looks at the text again.
 */
import path from 'node:path';
import { InputError } from './errors.js';

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing slash; '' for the bucket root. */
  prefix: string;
}

export type Location = { kind: 'dir'; path: string } | ({ kind: 's3' } & S3Location);

/**
 * The location a text names. name is the option or field, for messages.
 * A folder is resolved against cwd; without one it stays as given (status
 * resolves its paths itself and prints them as the config gives them).
 */
export function parseLocation(text: string, name: string, cwd?: string): Location {
  if (namesS3(text)) return { kind: 's3', ...parseS3Uri(text, name) };
  return { kind: 'dir', path: cwd === undefined ? text : path.resolve(cwd, text) };
}

/**
 * Whether a text names an S3 location. For a text read back from a record
 * (a report, the config) where a malformed URI is no input to refuse; an
 * option is parsed with parseLocation.
 */
export function namesS3(text: string): boolean {
  return text.startsWith('s3://');
}

/** The config's publish: an S3 URI naming a bucket (checked as text; publish parses it). */
export const S3_URI_WITH_BUCKET = /^s3:\/\/[^/]+/;

/** A recorded export URI (the record's locations.json): s3:// and something after it. */
export const S3_URI_NOT_EMPTY = /^s3:\/\/./;

/** The location as messages and reports print it: the folder's path, or s3://bucket/prefix. */
export function describeLocation(loc: Location): string {
  return loc.kind === 's3' ? s3UriOf(loc) : loc.path;
}

/** Parses s3://bucket/prefix (the prefix may be empty). */
export function parseS3Uri(uri: string, option = 's3-uri'): S3Location {
  const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
  if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1]!)) {
    throw new InputError(`${option} "${uri}": expected s3://bucket/prefix with a valid bucket name`);
  }
  const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
  if (prefix.split('/').some((part) => part === '.' || part === '..')) {
    throw new InputError(`${option} "${uri}": the prefix may not contain . or .. segments`);
  }
  return { bucket: m[1]!, prefix };
}

/** The key of rel under the location's prefix. */
export function s3Key(loc: S3Location, rel: string): string {
  return loc.prefix ? `${loc.prefix}/${rel}` : rel;
}

export function s3UriOf(loc: S3Location, rel = ''): string {
  const key = rel ? s3Key(loc, rel) : loc.prefix;
  return `s3://${loc.bucket}${key ? `/${key}` : ''}`;
}
