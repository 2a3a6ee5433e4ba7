/** Attribute paths for messages: `a.b[2].c`, with unusual names quoted (`a["x.y"]`). Names only, never values. */

const PLAIN_NAME = /^[A-Za-z_$][\w$-]*$/;

export function childPath(parent: string, name: string): string {
  if (PLAIN_NAME.test(name)) return parent === '' ? name : `${parent}.${name}`;
  return `${parent}[${JSON.stringify(name)}]`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
