/** YAML by path (a JSON pointer's segments), through yaml's Document ranges: the scalar's characters are replaced, nothing is re-rendered. */
import { isScalar, parseDocument, Scalar } from 'yaml';
import { InputError } from '../core/errors.js';
import { pointerSegments } from './json.js';
import { lineAt, type Occurrence, withoutBom } from './occurrence.js';

export function findYaml(text: string, pointer: string, where: string): Occurrence[] {
  const { body, shift } = withoutBom(text);
  const doc = parseDocument(body, { uniqueKeys: false });
  if (doc.errors.length > 0) throw new InputError(`${where}:${lineAt(body, doc.errors[0]!.pos[0])}: not valid YAML; fix the file first`);
  const segments = pointerSegments(pointer);
  const node =
    doc.getIn(segments, true) ??
    doc.getIn(
      segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      true,
    );
  if (node === undefined) return [];
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) {
    throw new InputError(`${where}: ${pointer} is not a string value; flip it by hand`);
  }
  const [from, valueEnd] = node.range;
  const line = lineAt(body, from);
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  if (!quoted && node.type !== Scalar.PLAIN) throw new InputError(`${where}:${line}: ${pointer} is a block scalar; flip it by hand`);
  return [
    {
      start: from + shift + (quoted ? 1 : 0),
      end: valueEnd + shift - (quoted ? 1 : 0),
      value: node.value,
      line,
      encode(v) {
        if (node.type === Scalar.QUOTE_DOUBLE) return JSON.stringify(v).slice(1, -1);
        if (node.type === Scalar.QUOTE_SINGLE) return v.replaceAll("'", "''");
        if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(v))
          throw new InputError(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
        return v;
      },
    },
  ];
}
