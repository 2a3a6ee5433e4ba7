import { InputError } from '../core/errors.js';
import { spellOption } from '../core/option-name.js';
import { flagOf, type OptionName, OPTION_SPECS, type OptionSpec, type OptionValue } from './options.js';

/** Where a raw value came from: the command line (`--name`) or an action input (`input name`). */
export type ValueSource = 'option' | 'input';

const SHOWN_CHARS = 80;

/** The value as given, on one line and not too long, for a message. */
function shown(raw: string): string {
  return JSON.stringify(raw.length > SHOWN_CHARS ? `${raw.slice(0, SHOWN_CHARS)}...` : raw);
}

/**
 * Turns one raw string (from argv or an action input) into the option's
 * typed value, or throws an InputError naming the option and what it takes.
 */
export function parseOptionValue<K extends OptionName>(name: K, raw: string, where: ValueSource): OptionValue<K> {
  return parseValue(name, raw, where) as OptionValue<K>;
}

function parseValue(name: OptionName, raw: string, where: ValueSource): string | number | boolean | string[] {
  const spec: OptionSpec = OPTION_SPECS[name];
  const label = spellOption(flagOf(name), where === 'option' ? 'flag' : 'input');
  const value = raw.trim();
  const refuse = (expected: string, got = `, got ${shown(raw)}`): never => {
    throw new InputError(`${label}: expected ${expected}${got}`);
  };
  switch (spec.type) {
    case 'boolean': {
      const v = value.toLowerCase();
      if (v === '' || v === 'true') return true;
      if (v === 'false') return false;
      return refuse('true or false');
    }
    case 'integer':
      return parseInteger(value, spec.max, refuse);
    case 'list': {
      const items = value
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s.length > 0);
      if (items.length === 0) return refuse('a comma-separated list');
      const bad = spec.item ? items.find((s) => !spec.item!.pattern.test(s)) : undefined;
      if (bad !== undefined) return refuse(`a comma-separated list of names made of ${spec.item!.shape}`, `, got ${shown(bad)}`);
      return items;
    }
    case 'enum': {
      if (!spec.choices?.includes(value)) return refuse(`one of ${spec.choices?.join(', ')}`);
      return value;
    }
    case 'url':
      return parseEndpoint(value, refuse);
    default:
      if (value === '') throw new InputError(`${label}: needs a value`);
      return value;
  }
}

type Refuse = (expected: string, got?: string) => never;

/** An endpoint from the environment (AWS_ENDPOINT_URL_DYNAMODB...), checked as the url option type is, the variable named. */
export function parseEndpointVariable(variable: string, raw: string): string {
  return parseEndpoint(raw.trim(), (expected, got = `, got ${shown(raw)}`) => {
    throw new InputError(`${variable}: expected ${expected}${got}`);
  });
}

/** Digits only (no sign, exponent, decimals or separators), 1 up to max and a safe integer. */
function parseInteger(value: string, max: number | undefined, refuse: Refuse): number {
  const limit = max ?? Number.MAX_SAFE_INTEGER;
  const shape = `a whole number from 1 to ${limit}`;
  if (!/^\d+$/.test(value)) return refuse(`${shape}, written in digits only`);
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > limit) return refuse(shape);
  return n;
}

const ENDPOINT_SHAPE = 'an http(s) URL such as http://127.0.0.1:8000';

/**
 * An endpoint: http or https, a host, an optional port, nothing else. The
 * value is echoed only when it holds no credentials. Returns the origin
 * (no trailing slash), which is what the SDK is given.
 */
function parseEndpoint(value: string, refuse: Refuse): string {
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    return refuse(`${ENDPOINT_SHAPE} (scheme, host and optional port)`);
  }
  if (url.username || url.password) {
    return refuse(
      `${ENDPOINT_SHAPE} without credentials; give credentials through AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE`,
      '',
    );
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash || value.includes('?') || value.includes('#')) {
    return refuse(`${ENDPOINT_SHAPE}, without a path, query or fragment`);
  }
  return url.origin;
}

/** An ISO 8601 time as given to --export-time, normalised; anything else is bad input. */
export function isoTime(value: string, option: string): string {
  const ms = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || Number.isNaN(ms))
    throw new InputError(`${option} ${JSON.stringify(value)}: expected an ISO 8601 time such as 2026-12-01T09:30:00Z`);
  return new Date(ms).toISOString();
}
