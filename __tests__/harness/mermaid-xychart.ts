/**
 * A strict check of Mermaid `xychart-beta` source, written from Mermaid's
 * syntax page (mermaid.js.org/syntax/xyChart). No parser on npm reads
 * xychart in Node: @mermaid-js/parser (2.0.1) has grammars for info,
 * packet, pie, architecture, gitGraph, radar, treemap and a few others but
 * not xychart, and mermaid's own parser is bundled with its DOM renderer.
 * So this accepts a subset of the grammar, stricter than Mermaid (every
 * series as long as the x-axis, one title and axis each, numbers as plain
 * decimals), and returns every problem with its line.
 */

const TEXT = String.raw`(?:"[^"\n]*"|[A-Za-z0-9_][A-Za-z0-9_.-]*)`;
const NUMBER = String.raw`-?(?:\d+(?:\.\d+)?|\.\d+)`;
const LIST_OF = (item: string) => String.raw`\[\s*(?:${item}(?:\s*,\s*${item})*)?\s*\]`;

const RULES: { name: string; re: RegExp }[] = [
  { name: 'title', re: new RegExp(`^title\\s+${TEXT}$`) },
  { name: 'x-axis', re: new RegExp(`^x-axis(?:\\s+${TEXT})?\\s*(?:${LIST_OF(TEXT)}|${NUMBER}\\s*-->\\s*${NUMBER})$`) },
  { name: 'y-axis', re: new RegExp(`^y-axis(?:\\s+${TEXT})?(?:\\s+${NUMBER}\\s*-->\\s*${NUMBER})?$`) },
  { name: 'line', re: new RegExp(`^line(?:\\s+${TEXT})?\\s*${LIST_OF(NUMBER)}$`) },
  { name: 'bar', re: new RegExp(`^bar(?:\\s+${TEXT})?\\s*${LIST_OF(NUMBER)}$`) },
];

function listItems(line: string): string[] {
  const inside = line.slice(line.indexOf('[') + 1, line.lastIndexOf(']')).trim();
  if (inside === '') return [];
  return inside.match(/"[^"]*"|[^,\s][^,]*/g)!.map((s) => s.trim());
}

export function checkXyChart(source: string): string[] {
  const problems: string[] = [];
  const lines = source.split('\n');
  if (!/^xychart-beta(?:\s+(?:horizontal|vertical))?$/.test(lines[0] ?? ''))
    problems.push(`line 1: expected "xychart-beta", got ${JSON.stringify(lines[0])}`);
  const seen = new Map<string, number>();
  let categories: number | null = null;
  const lengths: number[] = [];
  lines.slice(1).forEach((raw, i) => {
    const n = i + 2;
    const line = raw.trim();
    if (line === '') return;
    const rule = RULES.find((r) => r.re.test(line));
    if (!rule) {
      problems.push(`line ${n}: not a title, x-axis, y-axis, line or bar statement: ${JSON.stringify(line.slice(0, 80))}`);
      return;
    }
    seen.set(rule.name, (seen.get(rule.name) ?? 0) + 1);
    if (rule.name === 'x-axis' && line.includes('[')) categories = listItems(line).length;
    if (rule.name === 'line' || rule.name === 'bar') {
      const values = listItems(line);
      if (values.length === 0) problems.push(`line ${n}: a ${rule.name} without values`);
      lengths.push(values.length);
    }
    if (rule.name === 'y-axis' && line.includes('-->')) {
      const [lo, hi] = line
        .slice(line.search(/-?[\d.]+\s*-->/))
        .split('-->')
        .map((s) => Number(s.trim()));
      if (!(lo! < hi!)) problems.push(`line ${n}: y-axis range ${lo} --> ${hi} is empty`);
    }
  });
  for (const single of ['title', 'x-axis', 'y-axis']) if ((seen.get(single) ?? 0) > 1) problems.push(`more than one ${single}`);
  if (lengths.length === 0) problems.push('no line or bar series');
  if (new Set(lengths).size > 1) problems.push(`series of different lengths: ${lengths.join(', ')}`);
  if (categories !== null && lengths.some((l) => l !== categories))
    problems.push(`${categories} x-axis categories but series of ${lengths.join(', ')} values`);
  return problems;
}
