/** JSON (comments and trailing commas tolerated) by JSON pointer, through jsonc-parser's tree: offsets, not a rewrite. */
import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode, type Segment } from 'jsonc-parser';
import { InputError } from '../core/errors.js';
import { lineAt, type Occurrence, withoutBom } from './occurrence.js';

/** `/database/type` -> ['database', 'type'] (RFC 6901 escapes decoded). */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new InputError(`pointer ${pointer}: a JSON pointer starts with /`);
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

export function findJson(text: string, pointer: string, where: string): Occurrence[] {
  const { body, shift } = withoutBom(text);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    throw new InputError(
      `${where}${e ? `:${lineAt(body, e.offset)}` : ''}: not valid JSON (${e ? printParseErrorCode(e.error) : 'empty'}); fix the file first`,
    );
  }
  const path: Segment[] = pointerSegments(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
  // An array index written as a number only matches arrays; an object key of digits is tried as a string too.
  const node = findNodeAtLocation(root, path) ?? findNodeAtLocation(root, pointerSegments(pointer));
  if (!node) return [];
  if (node.type !== 'string')
    throw new InputError(`${where}:${lineAt(body, node.offset)}: ${pointer} is a ${node.type}, not a string; flip it by hand`);
  const start = node.offset + 1 + shift;
  return [
    {
      start,
      end: node.offset + node.length - 1 + shift,
      value: String(node.value),
      line: lineAt(body, node.offset),
      encode: (v) => JSON.stringify(v).slice(1, -1),
    },
  ];
}
