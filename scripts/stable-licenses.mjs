// ncc writes one licenses.txt entry per package name. When two versions of
// one package are bundled (depd 1 and 2 under s3rver, say), which copy's
// text it takes depends on the order webpack finished them in, so the file
// changed from build to build. Here every such entry gets all the distinct
// license texts of the installed copies of that name, in a fixed order.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/** Every installed copy of each package, name -> its distinct license texts (sorted). */
function installedLicenses(nodeModules) {
  const byName = new Map();
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      if (e.name.startsWith('@')) {
        visit(path.join(dir, e.name));
        continue;
      }
      const pkgDir = path.join(dir, e.name);
      const pj = path.join(pkgDir, 'package.json');
      if (existsSync(pj)) {
        let name = null;
        try {
          name = JSON.parse(readFileSync(pj, 'utf8')).name ?? null;
        } catch {
          /* not a package */
        }
        const file = readdirSync(pkgDir).find((f) => /^licen[cs]e/i.test(f));
        if (name && file) {
          const texts = byName.get(name) ?? new Set();
          texts.add(readFileSync(path.join(pkgDir, file), 'utf8').trim());
          byName.set(name, texts);
        }
      }
      visit(path.join(pkgDir, 'node_modules'));
    }
  };
  visit(nodeModules);
  return new Map([...byName].map(([n, t]) => [n, [...t].sort()]));
}

/** licenses.txt with each entry of a package installed in several versions made deterministic. */
export function stableLicenses(text, nodeModules) {
  const installed = installedLicenses(nodeModules);
  const lines = text.split('\n');
  // An entry starts at a package's name after a blank line (or the top), its license type on the next line.
  const starts = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if ((i === 0 || lines[i - 1] === '') && installed.has(lines[i]) && /^[A-Za-z0-9.+()\- ]+$/.test(lines[i + 1])) starts.push(i);
  }
  const out = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k];
    const e = k + 1 < starts.length ? starts[k + 1] : lines.length;
    out.push(...lines.slice(from, s));
    const name = lines[s];
    const texts = installed.get(name);
    if (texts.length > 1) {
      out.push(name, lines[s + 1], texts.join('\n\n'), '', '');
    } else {
      out.push(...lines.slice(s, e));
    }
    from = e;
  }
  out.push(...lines.slice(from));
  return out.join('\n');
}
