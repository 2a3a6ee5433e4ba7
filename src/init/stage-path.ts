/**
 * A file that belongs to one stage is written as a `${stage}` template, so
 * the config serves every stage: the stage counts only as a whole folder
 * name or a file's whole stem (`environments/production/production.env`,
 * `cdk/config/production.json`), never inside a longer name
 * (`.env.production.template` is one file every stage's rollback flips,
 * as the built-in defaults have it).
 */

function stemOf(base: string): { stem: string; ext: string } {
  const dot = base.lastIndexOf('.');
  return dot > 0 ? { stem: base.slice(0, dot), ext: base.slice(dot) } : { stem: base, ext: '' };
}

/** The path with the stage's own segments as `${stage}`; unchanged when it has none. */
export function stageTemplate(file: string, stage: string): string {
  const parts = file.split('/');
  return parts
    .map((part, i) => {
      if (part === stage) return '${stage}';
      if (i === parts.length - 1) {
        const { stem, ext } = stemOf(part);
        if (stem === stage) return `\${stage}${ext}`;
      }
      return part;
    })
    .join('/');
}

const STAGE_NAME = /^[A-Za-z0-9_-]+$/;

/** Whether file is template for some other stage name (one value for every `${stage}`): another stage's copy of the same file. */
export function matchesTemplate(file: string, template: string): boolean {
  if (!template.includes('${stage}')) return false;
  const pattern = template
    .split('${stage}')
    .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('([^/]+)');
  const m = new RegExp(`^${pattern}$`).exec(file);
  if (!m) return false;
  const names = m.slice(1);
  return names.every((n) => n === names[0] && STAGE_NAME.test(n));
}
