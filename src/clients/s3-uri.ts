import { InputError } from '../core/errors.js';

export interface S3Location {
  bucket: string;
  /** Key prefix without leading or trailing slash; '' for the bucket root. */
  prefix: string;
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
