export const id = 377;
export const ids = [377];
export const modules = {

/***/ 21377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
;// CONCATENATED MODULE: ./src/init/discover-app.ts
/**
 * The app's collections and file database folder, from what the migration
 * left behind: its progress file names the collections it migrated; else
 * the newest folder of its backups holds one `<collection>.json` each. The
 * data dir is the folder holding the most of those files (outside the
 * backups). Each says where it came from; nothing found means the defaults.
 */


const COLLECTION = /^[A-Za-z0-9_.-]+$/;
/** Folders never looked into for the data dir: dependencies, git's own, build output. */
const SKIP = new Set(['node_modules', '.git', 'dist', 'build', 'coverage', 'cdk.out']);
const MAX_DEPTH = 4;
const MAX_FOLDERS = 5_000;
async function discoverApp(input) {
    const collections = (await fromProgress(input)) ?? (await fromBackups(input)) ?? { value: input.defaults.collections, source: null };
    return { collections, dataDir: await findDataDir(input, collections.value) };
}
async function fromProgress({ repoDir, progressFile }) {
    let data;
    try {
        data = JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(repoDir, progressFile), 'utf8'));
    }
    catch {
        return null;
    }
    const listed = data?.collections;
    if (!Array.isArray(listed))
        return null;
    const names = listed.filter((c) => typeof c === 'string' && COLLECTION.test(c));
    return names.length > 0 ? { value: names, source: `${progressFile} (collections)` } : null;
}
async function fromBackups({ repoDir, backupDir }) {
    if (backupDir.startsWith('s3://'))
        return null;
    const root = external_node_path_default().resolve(repoDir, backupDir);
    const folders = (await (0,promises_.readdir)(root, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory()).map((d) => d.name);
    // Backup folders are named by ISO time, so the newest with files in it sorts last.
    for (const folder of folders.sort().reverse()) {
        const names = (await (0,promises_.readdir)(external_node_path_default().join(root, folder)).catch(() => []))
            .filter((n) => n.endsWith('.json'))
            .map((n) => n.slice(0, -'.json'.length))
            .filter((n) => COLLECTION.test(n))
            .sort();
        if (names.length > 0)
            return { value: names, source: `${backupDir}/${folder}` };
    }
    return null;
}
async function findDataDir({ repoDir, backupDir, defaults }, collections) {
    const wanted = new Set(collections.map((c) => `${c}.json`));
    const backups = external_node_path_default().resolve(repoDir, backupDir);
    let best = null;
    let folders = 0;
    const visit = async (dir, depth) => {
        if (folders++ > MAX_FOLDERS)
            return;
        const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => []);
        const count = entries.filter((e) => e.isFile() && wanted.has(e.name)).length;
        const rel = external_node_path_default().relative(repoDir, dir).split((external_node_path_default()).sep).join('/');
        if (count > 0 && (!best || count > best.count || (count === best.count && rel === defaults.dataDir)))
            best = { dir: rel, count };
        if (depth >= MAX_DEPTH)
            return;
        for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
            if (!e.isDirectory() || SKIP.has(e.name) || e.name.startsWith('.'))
                continue;
            const child = external_node_path_default().join(dir, e.name);
            if (child === backups)
                continue;
            await visit(child, depth + 1);
        }
    };
    await visit(repoDir, 0);
    const hit = best;
    if (!hit || hit.dir === '')
        return { value: defaults.dataDir, source: null };
    return { value: hit.dir, source: `${hit.count} of ${collections.length} collection files there` };
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/switch/dotenv.ts
var dotenv = __webpack_require__(21796);
// EXTERNAL MODULE: ./src/switch/edit.ts
var edit = __webpack_require__(66074);
// EXTERNAL MODULE: ./src/switch/js.ts
var js = __webpack_require__(86709);
// EXTERNAL MODULE: ./src/switch/json.ts
var json = __webpack_require__(64740);
// EXTERNAL MODULE: ./src/switch/yaml.ts
var yaml = __webpack_require__(60353);
;// CONCATENATED MODULE: ./src/init/stage-path.ts
/**
 * A file that belongs to one stage is written as a `${stage}` template, so
 * the config serves every stage: the stage counts only as a whole folder
 * name or a file's whole stem (`environments/production/production.env`,
 * `cdk/config/production.json`), never inside a longer name
 * (`.env.production.template` is one file every stage's rollback flips,
 * as the built-in defaults have it).
 */
function stemOf(base) {
    const dot = base.lastIndexOf('.');
    return dot > 0 ? { stem: base.slice(0, dot), ext: base.slice(dot) } : { stem: base, ext: '' };
}
/** The path with the stage's own segments as `${stage}`; unchanged when it has none. */
function stageTemplate(file, stage) {
    const parts = file.split('/');
    return parts
        .map((part, i) => {
        if (part === stage)
            return '${stage}';
        if (i === parts.length - 1) {
            const { stem, ext } = stemOf(part);
            if (stem === stage)
                return `\${stage}${ext}`;
        }
        return part;
    })
        .join('/');
}
const STAGE_NAME = /^[A-Za-z0-9_-]+$/;
/** Whether file is template for some other stage name (one value for every `${stage}`): another stage's copy of the same file. */
function matchesTemplate(file, template) {
    if (!template.includes('${stage}'))
        return false;
    const pattern = template
        .split('${stage}')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('([^/]+)');
    const m = new RegExp(`^${pattern}$`).exec(file);
    if (!m)
        return false;
    const names = m.slice(1);
    return names.every((n) => n === names[0] && STAGE_NAME.test(n));
}

;// CONCATENATED MODULE: ./src/init/discover-targets.ts
/**
 * The switch targets of an app repository: every tracked file that sets the
 * switch key, as the switch's own readers (src/switch/) find it, so a file
 * that merely mentions the key (a README, `process.env.DATABASE_TYPE`) is
 * not one. Besides the key itself, its nested form is looked for: DATABASE_TYPE
 * as `database.type` (the CDK config's `production: { database: { type } }`),
 * there only when the value is the switch's `from` or `to`. Every file that
 * mentions the key but is not a target is reported, with why.
 */









/** Larger files are not config files; skipped unread (and counted as skipped when they mention nothing we can see). */
const MAX_BYTES = 1_000_000;
/** DATABASE_TYPE -> ['database', 'type']; null when the key has no nested form. */
function nestedForm(key) {
    const parts = key.toLowerCase().split('_').filter(Boolean);
    return parts.length > 1 && /^[A-Z0-9_]+$/.test(key) ? parts : null;
}
async function discoverTargets({ files, read, sw, stage, exclude }) {
    const nested = nestedForm(sw.key);
    const found = [];
    const notTargets = [];
    const pending = [];
    let scanned = 0;
    for (const file of files) {
        if (exclude.has(file) || file.split('/').includes('node_modules'))
            continue;
        const text = await read(file);
        if (text === null)
            continue;
        scanned++;
        const mentionsKey = text.includes(sw.key);
        const mentionsNested = nested !== null && nested.every((p) => text.includes(p));
        if (!mentionsKey && !mentionsNested)
            continue;
        const kind = (0,edit/* kindOfPath */.B)(file);
        if (!kind) {
            if (mentionsKey)
                notTargets.push({ file, reason: `mentions ${sw.key}, but no switch format reads this kind of file (set it by hand, or add a command: target)` });
            continue;
        }
        if (text.length > MAX_BYTES) {
            if (mentionsKey)
                notTargets.push({ file, reason: `mentions ${sw.key}, but is larger than ${MAX_BYTES} bytes; not read as a config file` });
            continue;
        }
        let hits;
        try {
            hits = settingsIn(text, file, kind, sw, stage, nested);
        }
        catch (err) {
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            if (mentionsKey)
                notTargets.push({ file, reason: err.message });
            continue;
        }
        const usable = [];
        for (const hit of hits) {
            const odd = hit.occurrences.find((o) => o.value !== sw.from && o.value !== sw.to);
            if (!odd)
                usable.push(hit);
            // The key itself set to something else is worth a line; `type: 'postgres'` elsewhere is not about us.
            else if (!hit.nested)
                notTargets.push({ file, reason: `line ${odd.line}: ${sw.key} is ${JSON.stringify(odd.value)}, neither ${sw.from} nor ${sw.to}; config-pr would refuse to flip it` });
        }
        if (usable.length === 0) {
            if (mentionsKey && !notTargets.some((n) => n.file === file))
                notTargets.push({ file, reason: `mentions ${sw.key} without setting it` });
            continue;
        }
        for (const hit of usable)
            pending.push({ file, hit, kind });
    }
    // The stage's own files first, so another stage's copy finds their template whatever the order of names.
    const own = (file) => (stageTemplate(file, stage) === file ? 1 : 0);
    pending.sort((a, b) => own(a.file) - own(b.file));
    for (const { file, hit, kind } of pending)
        add(found, file, hit, kind, sw, stage);
    found.sort((a, b) => (a.files[0] < b.files[0] ? -1 : a.files[0] > b.files[0] ? 1 : 0));
    return { targets: found, notTargets, scanned };
}
function settingsIn(text, file, kind, sw, stage, nested) {
    if (kind === 'dotenv')
        return nonEmpty([{ occurrences: (0,dotenv/* findDotenv */.O)(text, sw.key, file), nested: false }]);
    if (kind === 'js') {
        const out = [{ occurrences: (0,js/* findJs */.n)(text, file, { key: sw.key }, file).occurrences, nested: false }];
        if (nested) {
            // The stage's own entry only: `database.type` alone would also match every other stage's.
            const property = `${stage}.${nested.join('.')}`;
            out.push({ property: `\${stage}.${nested.join('.')}`, occurrences: (0,js/* findJs */.n)(text, file, { property, key: sw.key }, file).occurrences, nested: true });
        }
        return nonEmpty(out);
    }
    let data;
    if (kind === 'json')
        data = (0,main.parse)(text.replace(/^\uFEFF/, ''), [], { allowTrailingComma: true });
    else {
        try {
            data = (0,dist/* parse */.qg)(text.replace(/^\uFEFF/, ''), { uniqueKeys: false });
        }
        catch {
            throw new errors/* InputError */.dz(`${file}: not valid YAML`);
        }
    }
    const finder = kind === 'json' ? json/* findJson */.o : yaml/* findYaml */.J;
    const out = [];
    for (const { segments, isNested } of stringPaths(data, sw.key, nested)) {
        const pointer = `/${segments.map((s) => s.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
        // The switch's own reader decides: what it cannot find, config-pr could not flip.
        out.push({ pointer, occurrences: finder(text, pointer, file), nested: isNested });
    }
    return nonEmpty(out);
}
function nonEmpty(found) {
    return found.filter((f) => f.occurrences.length > 0);
}
/** Paths to string leaves named by the key, or ending in its nested form. */
function stringPaths(data, key, nested) {
    const out = [];
    const visit = (v, at) => {
        if (typeof v === 'string') {
            if (at[at.length - 1] === key)
                out.push({ segments: at, isNested: false });
            else if (nested && at.length >= nested.length && nested.every((p, i) => at[at.length - nested.length + i] === p))
                out.push({ segments: at, isNested: true });
            return;
        }
        if (Array.isArray(v))
            v.forEach((x, i) => visit(x, [...at, String(i)]));
        else if (v && typeof v === 'object')
            for (const [k, x] of Object.entries(v))
                visit(x, [...at, k]);
    };
    visit(data, []);
    return out;
}
function add(found, file, hit, kind, sw, stage) {
    const lines = hit.occurrences.map((o) => o.line).join(', ');
    const what = hit.pointer ?? hit.property ?? sw.key;
    // Another stage's copy of a file already found as a ${stage} template is that target, not one more.
    const twin = found.find((t) => {
        const p = typeof t.entry === 'string' ? t.entry : t.entry.path;
        const pointer = typeof t.entry === 'string' ? undefined : t.entry.pointer;
        return matchesTemplate(file, p) && pointer === hit.pointer;
    });
    if (twin) {
        twin.files.push(file);
        return;
    }
    const templated = stageTemplate(file, stage);
    const defaultPointer = kind === 'json' || kind === 'yaml' ? `/${sw.key}` : undefined;
    const entry = hit.property !== undefined ? { path: templated, property: hit.property } : hit.pointer !== undefined && hit.pointer !== defaultPointer ? { path: templated, pointer: hit.pointer } : templated;
    found.push({ entry, files: [file], detail: `${what} (line ${lines})` });
}

// EXTERNAL MODULE: ./src/config/load.ts + 2 modules
var load = __webpack_require__(97637);
;// CONCATENATED MODULE: ./src/init/render-config.ts
/**
 * The config file init writes: only what differs from the built-in
 * defaults, under a header that says so, and always the switch targets it
 * found (listed, they are required: config-pr refuses when one goes
 * missing, rather than skip it as it does a default). Checked by loading it
 * as every command will, before anything is written.
 */



const sameSet = (a, b) => a.length === b.length && [...a].sort().join('\0') === [...b].sort().join('\0');
/** The default table naming, for collections the defaults do not name. */
const tableFor = (collection) => `lightningtalk-circle-\${stage}-${collection}`;
function configFile(c) {
    const file = {};
    if (c.stage !== defaults/* DEFAULTS */.zY.stage)
        file.stage = c.stage;
    if (c.region !== undefined && c.region !== defaults/* DEFAULTS */.zY.region)
        file.region = c.region;
    if (!sameSet(c.collections, Object.keys(defaults/* DEFAULTS */.zY.tables))) {
        const known = defaults/* DEFAULTS */.zY.tables;
        file.tables = Object.fromEntries(c.collections.map((name) => [name, known[name] ?? tableFor(name)]));
    }
    if (c.dataDir !== defaults/* DEFAULTS */.zY.dataDir)
        file.dataDir = c.dataDir;
    const sw = {};
    if (c.sw.key !== defaults/* DEFAULTS */.zY.switch.key)
        sw.key = c.sw.key;
    if (c.sw.from !== defaults/* DEFAULTS */.zY.switch.from)
        sw.from = c.sw.from;
    if (c.sw.to !== defaults/* DEFAULTS */.zY.switch.to)
        sw.to = c.sw.to;
    if (c.targets.length > 0)
        sw.targets = c.targets;
    if (Object.keys(sw).length > 0)
        file.switch = sw;
    return file;
}
function renderConfig(c, version) {
    const file = configFile(c);
    const header = [
        `# dynamodb-rollback config, written by \`dynamodb-rollback init\` (v${version}).`,
        '# Only what differs from the built-in defaults is set; every key and its default is',
        "# in the tool's docs/config.md. See the result with: npx dynamodb-rollback config",
        ...(file.switch?.targets ? ['# switch.targets: the tracked files init found setting the switch; each must exist.'] : []),
        ...(file.tables ? ['# tables: the collections the migration left behind; check the table names.'] : []),
    ];
    const body = Object.keys(file).length === 0 ? '{}\n' : (0,dist/* stringify */.As)(file, { lineWidth: 0 });
    const text = `${header.join('\n')}\n${body}`;
    // As every command will read it: a file this tool cannot load must never be written.
    (0,load/* resolveConfig */.pE)((0,load/* parseConfigText */.Bu)(text, '.github/dynamodb-rollback.yml'), '.github/dynamodb-rollback.yml', { stage: c.stage }, {});
    return text;
}

;// CONCATENATED MODULE: ./src/init/render-workflows.ts
/**
 * The bundled workflows as an app repository gets them: every `uses: ./`
 * (this action, in this repository) becomes the pinned commit, with the
 * version beside it as a comment; nothing else in the text changes. Also
 * reads off what the workflows expect the repository to provide (variables,
 * secrets, environments), so init can say what is still to set.
 */

/** `uses: ./` as a step or job key, quoted or not, with or without a trailing comment. */
const LOCAL_USES = /^(\s*(?:-\s+)?uses:\s*)(["']?)\.\/\2([ \t]+#.*)?[ \t]*$/gm;
/**
 * `written`: the workflow files init writes; a job calling one of them
 * (`uses: ./.github/workflows/rollback.yml`) finds it in the app's
 * repository too, so that path stays as it is.
 */
function pinWorkflow(text, pin, file, written) {
    const out = text.replace(LOCAL_USES, (_m, lead) => `${lead}${pin.repository}@${pin.sha} # v${pin.version.replace(/^v/, '')}`);
    // Any other path into this repository means nothing in the app's: refuse to write a workflow that cannot run.
    for (const m of out.matchAll(/^\s*(?:-\s+)?uses:\s*["']?\.\/([^\s"'@]+)/gm)) {
        if (!written.includes(m[1]))
            throw new Error(`internal: ${file} uses ./${m[1]}, which is not in an app repository`);
    }
    return out;
}
/** A full-line comment is not a use (a commented-out schedule may name a variable). */
const withoutComments = (text) => text.replace(/^\s*#.*$/gm, '');
function expectedSettings(workflows) {
    const uses = new Map();
    const secrets = new Set();
    const environments = new Set();
    for (const { file, text } of workflows) {
        const code = withoutComments(text);
        for (const m of code.matchAll(/\bvars\.([A-Za-z_][A-Za-z0-9_]*)(\s*\|\|)?/g)) {
            const u = uses.get(m[1]) ?? { files: new Set(), fallsBack: true };
            u.files.add(file);
            u.fallsBack &&= m[2] !== undefined;
            uses.set(m[1], u);
        }
        // GITHUB_TOKEN is provided by every run; the operator sets nothing for it.
        for (const m of code.matchAll(/\bsecrets\.([A-Za-z_][A-Za-z0-9_]*)/g))
            if (m[1] !== 'GITHUB_TOKEN')
                secrets.add(m[1]);
        const jobs = (0,dist/* parse */.qg)(text)?.jobs ?? {};
        for (const job of Object.values(jobs)) {
            const env = typeof job?.environment === 'string' ? job.environment : job?.environment?.name;
            // dynamodb-rollback-${{ inputs.stage }} or ${{ needs.resolve.outputs.stage }}: the name an admin creates is dynamodb-rollback-<stage>.
            if (env)
                environments.add(env.replace(/\$\{\{[^}]*?\.stage\s*\}\}/g, '<stage>'));
        }
    }
    const described = new Map(workflows.flatMap((w) => [...describedVariables(w.text)]));
    return {
        variables: [...uses.keys()].sort().map((name) => {
            const description = described.get(name) ?? '';
            const u = uses.get(name);
            return { name, description, optional: u.fallsBack || /\boptional\b|\(default:|unset on AWS/i.test(description), files: [...u.files].sort() };
        }),
        secrets: [...secrets].sort(),
        environments: [...environments].sort(),
    };
}
/**
 * The workflow's header comment, as this repository writes it:
 *   # Variables (...):
 *   #   NAME[, NAME]   what it is
 *   #                  continued
 * so what init prints is what the workflow itself says.
 */
function describedVariables(text) {
    const out = new Map();
    const lines = text.split('\n');
    const start = lines.findIndex((l) => /^#\s*Variables\b/.test(l));
    if (start < 0)
        return out;
    let current = [];
    for (const line of lines.slice(start + 1)) {
        if (!line.startsWith('#'))
            break;
        const entry = /^#\s+([A-Z][A-Z0-9_]*(?:,\s*[A-Z][A-Z0-9_]*)*)(?:\s+(.*))?$/.exec(line);
        if (entry) {
            current = entry[1].split(/,\s*/);
            for (const name of current)
                out.set(name, (entry[2] ?? '').trim());
        }
        else if (/^#\s{4,}\S/.test(line) && current.length > 0) {
            for (const name of current)
                out.set(name, `${out.get(name)} ${line.replace(/^#\s+/, '')}`.trim());
        }
        else
            break;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/init/workflow-templates.ts
// Generated by scripts/gen-workflow-templates.ts from .github/workflows/ (npm run gen:workflows); do not edit.
/** The workflows init writes, by path in the app repository; each uses this action as `uses: ./`, pinned on the way out. */
const WORKFLOW_TEMPLATES = {
    ".github/workflows/rollback.yml": "# The rollback: DynamoDB back to the app's file database (DESIGN.md \"The chain\").\n#\n#   preflight   status, read-only, no approval: its `ready` output gates the rest\n#   rollback    in the environment dynamodb-rollback-<stage> (its required\n#               reviewers are the approval): maintenance on, jobs stop, backup,\n#               export (folder + S3, encrypted), rollback, verify --live,\n#               publish, the record (ids and counts only) as an artifact\n#   config-pr   the pull request that flips the switch, its body the record\n#   on-failure  what to do now; maintenance stays on\n#\n# Variables (repository or environment; docs/workflows.md):\n#   DYNAMODB_ROLLBACK_ROLE_ARN       role the rollback job assumes by OIDC\n#   DYNAMODB_ROLLBACK_READ_ROLE_ARN  read-only role for preflight (default: the one above)\n#   DYNAMODB_ROLLBACK_REGION         AWS region of the tables and the bucket\n#   DYNAMODB_ROLLBACK_S3             s3://bucket/prefix for exports and releases\n#   DYNAMODB_ROLLBACK_KMS_KEY_ID     optional: SSE-KMS key instead of AES256\n#   DYNAMODB_ROLLBACK_ENDPOINT, DYNAMODB_ROLLBACK_S3_ENDPOINT\n#                                    a rehearsal's local DynamoDB and S3 (drill); unset on AWS\nname: dynamodb-rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage to roll back (the environment is dynamodb-rollback-<stage>)\n        type: string\n        required: true\n        default: production\n      strategy:\n        description: 'merge: three-way by id; export: exactly what DynamoDB holds; backup: the migration backup as it was'\n        type: choice\n        options: [merge, export, backup]\n        default: merge\n      prefer:\n        description: How merge settles an item changed on both sides\n        type: choice\n        options: [dynamodb, file, newest]\n        default: dynamodb\n      reason:\n        description: Why (recorded in the commit and the pull request)\n        type: string\n        required: true\n      dry-run:\n        description: 'The plan only: nothing written, nothing published, no pull request'\n        type: boolean\n        default: false\n      allow-data-loss:\n        description: Let the backup strategy drop items the export holds\n        type: boolean\n        default: false\n  workflow_call:\n    inputs:\n      stage:\n        type: string\n        required: true\n      strategy:\n        type: string\n        default: merge\n      prefer:\n        type: string\n        default: dynamodb\n      reason:\n        type: string\n        required: true\n      dry-run:\n        type: boolean\n        default: false\n      allow-data-loss:\n        type: boolean\n        default: false\n    outputs:\n      pull-request-url:\n        description: The pull request that flips the switch\n        value: ${{ jobs.config-pr.outputs.pull-request-url }}\n      release-uri:\n        description: The published data dir\n        value: ${{ jobs.rollback.outputs.release-uri }}\n      export-uri:\n        description: The export the rollback was made from\n        value: ${{ jobs.rollback.outputs.export-uri }}\n\npermissions: {}\n\n# One group per stage for every dynamodb-rollback workflow: a rollback, its\n# finish and an export of one stage never overlap, and none is cancelled.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage }}\n  cancel-in-progress: false\n\njobs:\n  preflight:\n    name: preflight (status)\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    permissions:\n      contents: read\n      id-token: write\n    outputs:\n      ready: ${{ steps.status.outputs.ready }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN (or DYNAMODB_ROLLBACK_ROLE_ARN as a repository variable)\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            printf '### Not started\\n\\nRepository variables not set:%s (Settings, Secrets and variables, Actions, Variables).\\n' \"$missing\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-preflight\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: status\n        id: status\n        # Not ready is an answer, not a crash: the next step says why and fails the job.\n        continue-on-error: true\n        uses: ./\n        with:\n          command: status\n          stage: ${{ inputs.stage }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Stop when not ready\n        if: steps.status.outputs.ready != 'true'\n        env:\n          REASONS: ${{ steps.status.outputs.reasons }}\n          STAGE: ${{ inputs.stage }}\n        run: |\n          {\n            echo \"### Not ready: the rollback of $STAGE did not start\"\n            echo\n            if [ -n \"$REASONS\" ]; then\n              echo \"status found (fix these, then dispatch again):\"\n              echo\n              echo \"$REASONS\" | jq -r '.[] | \"- \" + .'\n            else\n              echo \"status stopped before it could answer; its error is in the step log above.\"\n            fi\n            echo\n            echo \"Nothing was changed: no maintenance mode, no backup, no export.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n          echo \"::error::not ready; see the job summary\"\n          exit 1\n\n  rollback:\n    name: rollback (approval required)\n    needs: preflight\n    if: needs.preflight.outputs.ready == 'true'\n    runs-on: ubuntu-latest\n    timeout-minutes: 180\n    # Its required reviewers are the approval; its variables may hold the write role.\n    environment: dynamodb-rollback-${{ inputs.stage }}\n    permissions:\n      contents: read\n      id-token: write\n    outputs:\n      export-uri: ${{ steps.export.outputs.s3-uri }}\n      release-uri: ${{ steps.publish.outputs.release-uri }}\n      backup-arns: ${{ steps.backup.outputs.arns }}\n      snapshot: ${{ steps.rollback.outputs.snapshot }}\n      maintenance: ${{ steps.maintenance-on.outputs.result }}\n      jobs-stop: ${{ steps.jobs-stop.outputs.result }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          S3: ${{ vars.DYNAMODB_ROLLBACK_S3 }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          case \"$S3\" in s3://?*) ;; *) missing=\"$missing DYNAMODB_ROLLBACK_S3 (s3://bucket/prefix)\" ;; esac\n          if [ -n \"$missing\" ]; then\n            echo \"::error::variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            printf '### Not started\\n\\nVariables not set:%s. Nothing was changed.\\n' \"$missing\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-${{ github.run_id }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          # A large export outlives the default hour.\n          role-duration-seconds: 10800\n      - name: maintenance on\n        id: maintenance-on\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: app-command\n          name: maintenanceOn\n          stage: ${{ inputs.stage }}\n      - name: jobs stop\n        id: jobs-stop\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: app-command\n          name: jobsStop\n          stage: ${{ inputs.stage }}\n      - name: backup (CreateBackup of every table)\n        id: backup\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: backup\n          stage: ${{ inputs.stage }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          # Only a local DynamoDB (a rehearsal) lacks CreateBackup; on AWS a backup is never skipped.\n          skip-unsupported: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT != '' }}\n      - name: export (folder and S3, encrypted)\n        id: export\n        uses: ./\n        with:\n          command: export\n          stage: ${{ inputs.stage }}\n          out: ${{ runner.temp }}/dynamodb-rollback-export\n          # A dry run writes nothing to S3 either; the folder is the runner's, gone with it.\n          s3-uri: ${{ !inputs.dry-run && format('{0}/exports/{1}/{2}-{3}', vars.DYNAMODB_ROLLBACK_S3, inputs.stage, github.run_id, github.run_attempt) || '' }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: rollback\n        id: rollback\n        uses: ./\n        with:\n          command: rollback\n          stage: ${{ inputs.stage }}\n          # From the S3 copy when there is one: what the record names is what anyone can read again.\n          from: ${{ steps.export.outputs.s3-uri || steps.export.outputs.path }}\n          strategy: ${{ inputs.strategy }}\n          prefer: ${{ inputs.prefer }}\n          dry-run: ${{ inputs.dry-run }}\n          allow-data-loss: ${{ inputs.allow-data-loss }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: verify --live\n        id: verify\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: verify\n          stage: ${{ inputs.stage }}\n          from: ${{ steps.export.outputs.s3-uri }}\n          live: true\n          report: ${{ steps.rollback.outputs.report }}\n          result-file: ${{ runner.temp }}/dynamodb-rollback-record/verify.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: publish (the rebuilt data dir to S3)\n        id: publish\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: publish\n          stage: ${{ inputs.stage }}\n          to: ${{ format('{0}/releases/{1}', vars.DYNAMODB_ROLLBACK_S3, inputs.stage) }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Gather the record (ids and counts only)\n        id: record\n        # Also after a failed verify: the record is what a reviewer needs to see why.\n        if: ${{ !cancelled() && !inputs.dry-run && steps.rollback.outputs.report != '' }}\n        env:\n          REPORT: ${{ steps.rollback.outputs.report }}\n          RECORD_DIR: ${{ runner.temp }}/dynamodb-rollback-record\n          RELEASE: ${{ steps.publish.outputs.release-uri }}\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          ARNS: ${{ steps.backup.outputs.arns }}\n        run: |\n          backups=\"${ARNS:-}\"\n          [ -n \"$backups\" ] || backups='{}'\n          mkdir -p \"$RECORD_DIR\"\n          cp \"$REPORT\" \"$RECORD_DIR/rollback-report.json\"\n          jq -n --arg export \"$EXPORT_URI\" --arg release \"$RELEASE\" --argjson backups \"$backups\" \\\n            '{export: $export, release: $release, backups: $backups}' > \"$RECORD_DIR/locations.json\"\n          ls -l \"$RECORD_DIR\"\n      - name: report artifact\n        if: ${{ !inputs.dry-run && steps.record.outcome == 'success' }}\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-record-${{ inputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-record\n          if-no-files-found: error\n          retention-days: 90\n      - name: Summary\n        if: success()\n        env:\n          STAGE: ${{ inputs.stage }}\n          DRY_RUN: ${{ inputs.dry-run }}\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          RELEASE: ${{ steps.publish.outputs.release-uri }}\n          ARNS: ${{ steps.backup.outputs.arns }}\n          MAINTENANCE: ${{ steps.maintenance-on.outputs.result }}\n          JOBS: ${{ steps.jobs-stop.outputs.result }}\n          LIVE: ${{ steps.verify.outputs.live }}\n        run: |\n          backups=\"${ARNS:-}\"\n          [ -n \"$backups\" ] || backups='{}'\n          {\n            if [ \"$DRY_RUN\" = \"true\" ]; then\n              echo \"### Dry run of the rollback of $STAGE: the plan above; nothing written, nothing published\"\n              echo\n              echo \"No maintenance mode, no backup, no S3 upload, no pull request. Dispatch again without dry-run to roll back.\"\n            else\n              echo \"### Rollback of $STAGE done: review the pull request next\"\n              echo\n              echo \"| what | where |\"\n              echo \"| --- | --- |\"\n              echo \"| maintenance on / jobs stop | $MAINTENANCE / $JOBS |\"\n              echo \"| on-demand backups | $(echo \"$backups\" | jq -r 'to_entries | map(.value) | join(\"<br>\")') |\"\n              echo \"| export | \\`$EXPORT_URI\\` |\"\n              echo \"| live tables since the export | $LIVE |\"\n              echo \"| published release | \\`$RELEASE\\` |\"\n              echo\n              echo \"Maintenance stays on until rollback-finish runs after the pull request is merged and deployed.\"\n            fi\n          } >> \"$GITHUB_STEP_SUMMARY\"\n\n  config-pr:\n    name: config-pr (the switch)\n    needs: [preflight, rollback]\n    if: ${{ !inputs.dry-run }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    # The only job that may write to the repository: it pushes dynamodb-rollback/<stage> and opens the pull request.\n    permissions:\n      contents: write\n      pull-requests: write\n    outputs:\n      pull-request-url: ${{ steps.config-pr.outputs.pull-request-url }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          # config-pr pushes its branch with the credentials checkout leaves.\n          persist-credentials: true\n      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-record-${{ inputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-record\n      - name: config-pr\n        id: config-pr\n        uses: ./\n        with:\n          command: config-pr\n          stage: ${{ inputs.stage }}\n          reason: ${{ inputs.reason }}\n          report: ${{ runner.temp }}/dynamodb-rollback-record/rollback-report.json\n          verify-result: ${{ runner.temp }}/dynamodb-rollback-record/verify.json\n          release: ${{ needs.rollback.outputs.release-uri }}\n\n  on-failure:\n    name: on failure (what to do now)\n    needs: [preflight, rollback, config-pr]\n    if: ${{ failure() && needs.preflight.result == 'success' }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions: {}\n    steps:\n      - name: What to do now\n        env:\n          STAGE: ${{ inputs.stage }}\n          ROLLBACK: ${{ needs.rollback.result }}\n          CONFIG_PR: ${{ needs.config-pr.result }}\n          MAINTENANCE: ${{ needs.rollback.outputs.maintenance }}\n          JOBS: ${{ needs.rollback.outputs.jobs-stop }}\n          ARNS: ${{ needs.rollback.outputs.backup-arns }}\n          EXPORT_URI: ${{ needs.rollback.outputs.export-uri }}\n          RELEASE: ${{ needs.rollback.outputs.release-uri }}\n          SNAPSHOT: ${{ needs.rollback.outputs.snapshot }}\n        run: |\n          {\n            echo \"### The rollback of $STAGE failed: the app still uses DynamoDB\"\n            echo\n            echo \"rollback job: $ROLLBACK; config-pr job: $CONFIG_PR. The switch was not flipped, so nothing the app reads changed.\"\n            echo\n            echo \"- **Maintenance:** ${MAINTENANCE:-not turned on}; jobs stop: ${JOBS:-not run}. Both stay as they are: fix the cause and dispatch again, or end maintenance with the app's own maintenanceOff command (rollback-finish does it after a finished rollback).\"\n            echo \"- **On-demand backups (the tables before anything else ran):** ${ARNS:-none made}\"\n            echo \"- **Export:** ${EXPORT_URI:-none uploaded}\"\n            echo \"- **Published:** ${RELEASE:-nothing}. A release is read only by pull, after the pull request is merged; an unused one can stay or be deleted.\"\n            echo \"- **Files rebuilt on the runner:** gone with it. Where a data dir was changed in place (the CLI on a host), \\`dynamodb-rollback undo --data-dir <dir>\\` puts it back from its snapshot${SNAPSHOT:+ (here it was \\`$SNAPSHOT\\`)}.\"\n            echo\n            echo \"The step logs above say which step failed and why; the record artifact, when there is one, holds the rollback's report (ids and counts only).\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
    ".github/workflows/rollback-finish.yml": "# After the switch: once the rollback's pull request is merged (and deployed),\n# prove the switch lost nothing, then end maintenance (DESIGN.md \"The chain\").\n#\n#   resolve  the stage and the rollback's run, from the merged pull request\n#            (branch dynamodb-rollback/<stage>, the lines config-pr wrote in\n#            its body) or from the dispatch inputs; no permissions\n#   finish   in the environment dynamodb-rollback-<stage>: approve it once the\n#            deploy is live. pull (the release), the app's health check and\n#            integration tests, verify --live against the rollback's export\n#            (no write reached DynamoDB since), maintenance off, jobs start\n#   comment  the outcome on the pull request; if writes slipped in, their\n#            counts and the catch-up (rollback --base <export>)\n#\n# Variables: as rollback.yml (docs/workflows.md).\nname: dynamodb-rollback-finish\n\non:\n  pull_request:\n    types: [closed]\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage whose rollback to finish\n        type: string\n        required: true\n        default: production\n      rollback-run:\n        description: Run id of the rollback workflow run (its record artifact holds the report, the export and the release)\n        type: string\n        required: true\n      pull-request:\n        description: Number of the rollback's pull request, for the comment (empty for none)\n        type: string\n        required: false\n\npermissions: {}\n\n# The stage of a pull_request event is known only after resolve has read\n# the branch, so the group (dynamodb-rollback-<stage>, shared with\n# rollback.yml and export.yml) is set on each job that does anything.\njobs:\n  resolve:\n    name: resolve (stage and rollback run)\n    if: >-\n      github.event_name == 'workflow_dispatch' ||\n      (github.event.pull_request.merged == true &&\n       startsWith(github.event.pull_request.head.ref, 'dynamodb-rollback/') &&\n       github.event.pull_request.head.repo.full_name == github.repository)\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions: {}\n    outputs:\n      stage: ${{ steps.resolve.outputs.stage }}\n      rollback-run: ${{ steps.resolve.outputs.rollback-run }}\n      pull-request: ${{ steps.resolve.outputs.pull-request }}\n    steps:\n      - name: Read the stage and the rollback run\n        id: resolve\n        env:\n          EVENT: ${{ github.event_name }}\n          HEAD_REF: ${{ github.event.pull_request.head.ref }}\n          BODY: ${{ github.event.pull_request.body }}\n          PR_NUMBER: ${{ github.event.pull_request.number }}\n          IN_STAGE: ${{ inputs.stage }}\n          IN_RUN: ${{ inputs.rollback-run }}\n          IN_PR: ${{ inputs.pull-request }}\n        run: |\n          if [ \"$EVENT\" = \"workflow_dispatch\" ]; then\n            stage=\"$IN_STAGE\"; run=\"$IN_RUN\"; pr=\"$IN_PR\"\n          else\n            stage=\"${HEAD_REF#dynamodb-rollback/}\"; pr=\"$PR_NUMBER\"\n            # The first full line config-pr wrote; one further down the body is never read.\n            run=\"$(printf '%s\\n' \"$BODY\" | tr -d '\\r' | sed -n 's/^<!-- dynamodb-rollback:run \\([0-9][0-9]*\\) -->$/\\1/p' | head -n 1)\"\n          fi\n          fail() {\n            echo \"::error::$1\"\n            printf '### Not started\\n\\n%s\\n' \"$1\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          }\n          [[ \"$stage\" =~ ^[A-Za-z0-9._-]+$ ]] || fail \"stage \\\"$stage\\\" is not a stage name (letters, digits, ., - and _)\"\n          [[ \"$run\" =~ ^[0-9]+$ ]] || fail \"no rollback run: the pull request body has no dynamodb-rollback:run line (config-pr writes it); dispatch rollback-finish with the run id of the rollback\"\n          [[ \"$pr\" =~ ^[0-9]*$ ]] || fail \"pull-request \\\"$pr\\\" is not a number\"\n          {\n            echo \"stage=$stage\"\n            echo \"rollback-run=$run\"\n            echo \"pull-request=$pr\"\n          } >> \"$GITHUB_OUTPUT\"\n          echo \"stage $stage, rollback run $run, pull request ${pr:-none}\"\n\n  finish:\n    name: finish (approve once the deploy is live)\n    needs: resolve\n    runs-on: ubuntu-latest\n    timeout-minutes: 120\n    environment: dynamodb-rollback-${{ needs.resolve.outputs.stage }}\n    concurrency:\n      group: dynamodb-rollback-${{ needs.resolve.outputs.stage }}\n      cancel-in-progress: false\n    permissions:\n      contents: read\n      id-token: write\n      # The rollback run's record artifact (another run's: read through the API).\n      actions: read\n    outputs:\n      export-uri: ${{ steps.record.outputs.export }}\n      release-uri: ${{ steps.record.outputs.release }}\n      outcomes: ${{ steps.verdict.outputs.outcomes }}\n      verify-result: ${{ steps.verdict.outputs.verify-result }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          # The merged base, with the switch flipped.\n          ref: ${{ github.event.pull_request.merge_commit_sha || github.sha }}\n          persist-credentials: false\n      - name: The rollback's record\n        uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-record-${{ needs.resolve.outputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-record\n          run-id: ${{ needs.resolve.outputs.rollback-run }}\n          github-token: ${{ github.token }}\n      - name: Read the export and the release\n        id: record\n        env:\n          RECORD_DIR: ${{ runner.temp }}/dynamodb-rollback-record\n        run: |\n          export_uri=\"$(jq -r '.export // \"\"' \"$RECORD_DIR/locations.json\")\"\n          release=\"$(jq -r '.release // \"\"' \"$RECORD_DIR/locations.json\")\"\n          case \"$export_uri\" in s3://?*) ;; *)\n            echo \"::error::the rollback's record names no S3 export; was that run a dry run?\"\n            exit 1 ;;\n          esac\n          {\n            echo \"export=$export_uri\"\n            echo \"release=$release\"\n          } >> \"$GITHUB_OUTPUT\"\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-finish-${{ github.run_id }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: pull (the release into the data dir)\n        id: pull\n        if: steps.record.outputs.release != ''\n        uses: ./\n        with:\n          command: pull\n          stage: ${{ needs.resolve.outputs.stage }}\n          from: ${{ steps.record.outputs.release }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: health check\n        id: health-check\n        uses: ./\n        with:\n          command: app-command\n          name: healthCheck\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: integration tests\n        id: integration-tests\n        uses: ./\n        with:\n          command: app-command\n          name: integrationTests\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: verify --live against the rollback's export\n        id: verify\n        # A difference is the comment's news, not a crash: the verdict step fails the job after it.\n        continue-on-error: true\n        uses: ./\n        with:\n          command: verify\n          stage: ${{ needs.resolve.outputs.stage }}\n          from: ${{ steps.record.outputs.export }}\n          live: true\n          report: ${{ runner.temp }}/dynamodb-rollback-record/rollback-report.json\n          result-file: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: maintenance off\n        id: maintenance-off\n        # Only when nothing slipped in: otherwise maintenance stays on for the catch-up.\n        if: steps.verify.outcome == 'success'\n        uses: ./\n        with:\n          command: app-command\n          name: maintenanceOff\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: jobs start\n        id: jobs-start\n        if: steps.verify.outcome == 'success'\n        uses: ./\n        with:\n          command: app-command\n          name: jobsStart\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: Verdict\n        id: verdict\n        if: ${{ !cancelled() }}\n        env:\n          RESULT_FILE: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          STAGE: ${{ needs.resolve.outputs.stage }}\n          EXPORT_URI: ${{ steps.record.outputs.export }}\n          PULL: ${{ steps.pull.outcome }}\n          HEALTH: ${{ steps.health-check.outputs.result || steps.health-check.outcome }}\n          HEALTH_WHY: ${{ steps.health-check.outputs.reason }}\n          TESTS: ${{ steps.integration-tests.outputs.result || steps.integration-tests.outcome }}\n          TESTS_WHY: ${{ steps.integration-tests.outputs.reason }}\n          VERIFY: ${{ steps.verify.outcome }}\n          LIVE: ${{ steps.verify.outputs.live }}\n          LIVE_CHANGED: ${{ steps.verify.outputs.live-changed }}\n          OFF: ${{ steps.maintenance-off.outputs.result || steps.maintenance-off.outcome }}\n          OFF_WHY: ${{ steps.maintenance-off.outputs.reason }}\n          START: ${{ steps.jobs-start.outputs.result || steps.jobs-start.outcome }}\n          START_WHY: ${{ steps.jobs-start.outputs.reason }}\n        run: |\n          with_why() { if [ -n \"$2\" ]; then printf '%s: %s' \"$1\" \"$2\"; else printf '%s' \"$1\"; fi; }\n          outcomes=\"$(jq -cn \\\n            --arg pull \"$PULL\" \\\n            --arg health \"$(with_why \"$HEALTH\" \"$HEALTH_WHY\")\" \\\n            --arg tests \"$(with_why \"$TESTS\" \"$TESTS_WHY\")\" \\\n            --arg verify \"$VERIFY${LIVE:+ (live tables: $LIVE)}\" \\\n            --arg off \"$(with_why \"$OFF\" \"$OFF_WHY\")\" \\\n            --arg start \"$(with_why \"$START\" \"$START_WHY\")\" \\\n            '{pull: $pull, \"health-check\": $health, \"integration-tests\": $tests, verify: $verify, \"maintenance-off\": $off, \"jobs-start\": $start}')\"\n          {\n            echo \"outcomes=$outcomes\"\n            if [ -f \"$RESULT_FILE\" ]; then echo \"verify-result=true\"; else echo \"verify-result=false\"; fi\n          } >> \"$GITHUB_OUTPUT\"\n          {\n            if [ \"$VERIFY\" = \"success\" ]; then\n              echo \"### Finished $STAGE: no write reached DynamoDB since the export; maintenance off\"\n            elif [ \"$LIVE\" = \"changed\" ]; then\n              echo \"### Writes reached DynamoDB after the export ($LIVE_CHANGED): maintenance stays on\"\n              echo\n              echo \"Catch up: a fresh export merged on top of the rolled-back files, \\`rollback --base $EXPORT_URI\\` (the pull request's comment has the commands), then run this workflow again.\"\n            else\n              echo \"### Not finished $STAGE: maintenance stays on\"\n            fi\n            echo\n            echo \"| step | outcome |\"\n            echo \"| --- | --- |\"\n            echo \"$outcomes\" | jq -r 'to_entries[] | \"| \\(.key) | \\(.value) |\"'\n          } >> \"$GITHUB_STEP_SUMMARY\"\n      - name: Keep verify's result for the comment\n        if: ${{ !cancelled() && steps.verdict.outputs.verify-result == 'true' }}\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          if-no-files-found: error\n          retention-days: 90\n      - name: Fail unless finished\n        if: ${{ !cancelled() && steps.verify.outcome != 'success' }}\n        run: |\n          echo \"::error::not finished: verify --live did not pass, so maintenance stays on; see the job summary\"\n          exit 1\n\n  comment:\n    name: comment on the pull request\n    needs: [resolve, finish]\n    if: ${{ !cancelled() && needs.resolve.result == 'success' && needs.resolve.outputs.pull-request != '' }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    concurrency:\n      group: dynamodb-rollback-${{ needs.resolve.outputs.stage }}\n      cancel-in-progress: false\n    permissions:\n      # contents: read for the action's own files (uses: ./).\n      contents: read\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: verify's result\n        if: needs.finish.outputs.verify-result == 'true'\n        uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-finish\n      - name: pr-comment\n        uses: ./\n        with:\n          command: pr-comment\n          stage: ${{ needs.resolve.outputs.stage }}\n          pull-request: ${{ needs.resolve.outputs.pull-request }}\n          from: ${{ needs.finish.outputs.export-uri }}\n          release: ${{ needs.finish.outputs.release-uri }}\n          outcomes: ${{ needs.finish.outputs.outcomes || '{}' }}\n          verify-result: ${{ needs.finish.outputs.verify-result == 'true' && format('{0}/dynamodb-rollback-finish/verify.json', runner.temp) || '' }}\n",
    ".github/workflows/export.yml": "# An export only: every configured table to S3, encrypted, checksummed\n# (the runbook's export script, done right). Nothing in DynamoDB or the\n# repository changes. Dispatch it, or uncomment the schedule.\n#\n# Variables: DYNAMODB_ROLLBACK_READ_ROLE_ARN (or DYNAMODB_ROLLBACK_ROLE_ARN),\n# DYNAMODB_ROLLBACK_REGION, DYNAMODB_ROLLBACK_S3, optional\n# DYNAMODB_ROLLBACK_KMS_KEY_ID, and DYNAMODB_ROLLBACK_STAGE for the\n# scheduled runs' stage (default production). docs/workflows.md.\nname: dynamodb-rollback-export\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage to export\n        type: string\n        required: true\n        default: production\n  # schedule:\n  #   - cron: '17 3 * * *'   # nightly, the stage of DYNAMODB_ROLLBACK_STAGE\n\npermissions: {}\n\n# Shared with rollback.yml and rollback-finish.yml: an export never runs\n# while a rollback of its stage does.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage || vars.DYNAMODB_ROLLBACK_STAGE || 'production' }}\n  cancel-in-progress: false\n\njobs:\n  export:\n    name: export (to S3, encrypted)\n    runs-on: ubuntu-latest\n    timeout-minutes: 180\n    permissions:\n      contents: read\n      id-token: write\n    env:\n      STAGE: ${{ inputs.stage || vars.DYNAMODB_ROLLBACK_STAGE || 'production' }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          S3: ${{ vars.DYNAMODB_ROLLBACK_S3 }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          case \"$S3\" in s3://?*) ;; *) missing=\"$missing DYNAMODB_ROLLBACK_S3 (s3://bucket/prefix)\" ;; esac\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-export-${{ github.run_id }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          role-duration-seconds: 10800\n      - name: export\n        id: export\n        uses: ./\n        with:\n          command: export\n          stage: ${{ env.STAGE }}\n          out: ${{ runner.temp }}/dynamodb-rollback-export\n          s3-uri: ${{ format('{0}/exports/{1}/{2}-{3}', vars.DYNAMODB_ROLLBACK_S3, env.STAGE, github.run_id, github.run_attempt) }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Summary\n        env:\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          ITEMS: ${{ steps.export.outputs.items }}\n        run: |\n          {\n            echo \"### Export of $STAGE: \\`$EXPORT_URI\\`\"\n            echo\n            echo \"| table | items |\"\n            echo \"| --- | --- |\"\n            echo \"$ITEMS\" | jq -r 'to_entries[] | \"| \\(.key) | \\(.value) |\"'\n            echo\n            echo \"Read it with \\`verify --from $EXPORT_URI\\`, or make a rollback from it with \\`rollback --from $EXPORT_URI\\`.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
    ".github/workflows/mitigate.yml": "# The runbook's scenarios 2 and 3 short of a rollback (DESIGN.md, commands\n# assess and mitigate; docs/assess.md).\n#\n#   assess   CloudWatch metrics per table against the decision matrix, charts\n#            in the job summary. Read-only, no approval; runs for every action.\n#   change   on-demand: every table (and GSI) to on-demand billing, waited until\n#            ACTIVE; its report (the settings before) kept as an artifact.\n#            revert: the settings of an earlier run's report put back.\n#            In the environment dynamodb-rollback-<stage>: its reviewers approve.\n#\n# Variables (repository or environment; docs/workflows.md):\n#   DYNAMODB_ROLLBACK_ROLE_ARN       role the change job assumes by OIDC (dynamodb:DescribeTable, dynamodb:UpdateTable)\n#   DYNAMODB_ROLLBACK_READ_ROLE_ARN  read-only role for assess (cloudwatch:GetMetricData, dynamodb:DescribeTable);\n#                                    default: the one above\n#   DYNAMODB_ROLLBACK_REGION         AWS region of the tables\n#   DYNAMODB_ROLLBACK_ENDPOINT       a rehearsal's local DynamoDB (drill); unset on AWS\nname: dynamodb-rollback mitigate\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage (the environment is dynamodb-rollback-<stage>)\n        type: string\n        required: true\n        default: production\n      action:\n        description: 'assess: read the metrics only; on-demand: switch billing (approved); revert: put back what an earlier run changed (approved)'\n        type: choice\n        options: [assess, on-demand, revert]\n        default: assess\n      tables:\n        description: Comma-separated collections or tables (default every table in the config)\n        type: string\n        default: ''\n      since:\n        description: How far back assess reads the metrics (90m, 24h, 7d)\n        type: string\n        default: 24h\n      report-run:\n        description: 'revert: the run id of the on-demand run whose report to put back (its URL ends in /runs/<id>)'\n        type: string\n        default: ''\n      dry-run:\n        description: 'on-demand and revert: say what would change, change nothing'\n        type: boolean\n        default: false\n\npermissions: {}\n\n# The same group as every dynamodb-rollback workflow of the stage: a billing\n# switch never runs beside a rollback, and none is cancelled.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage }}\n  cancel-in-progress: false\n\njobs:\n  assess:\n    name: assess (CloudWatch against the decision matrix)\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    permissions:\n      contents: read\n      id-token: write\n    outputs:\n      recommendation: ${{ steps.assess.outputs.recommendation }}\n      severity: ${{ steps.assess.outputs.severity }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN (or DYNAMODB_ROLLBACK_ROLE_ARN)\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN || vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-assess\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: assess\n        id: assess\n        uses: ./\n        with:\n          command: assess\n          stage: ${{ inputs.stage }}\n          tables: ${{ inputs.tables }}\n          since: ${{ inputs.since }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n\n  change:\n    name: ${{ inputs.action }} (approved in dynamodb-rollback-${{ inputs.stage }})\n    needs: assess\n    if: inputs.action != 'assess'\n    runs-on: ubuntu-latest\n    # mitigate waits up to 15 minutes for ACTIVE (--timeout 900); the rest is set-up.\n    timeout-minutes: 25\n    environment: dynamodb-rollback-${{ inputs.stage }}\n    permissions:\n      contents: read\n      id-token: write\n      # revert downloads the report artifact of an earlier run.\n      actions: read\n    steps:\n      - name: Check the inputs and variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          ACTION: ${{ inputs.action }}\n          REPORT_RUN: ${{ inputs.report-run }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n          if [ \"$ACTION\" = revert ] && ! [[ \"$REPORT_RUN\" =~ ^[0-9]+$ ]]; then\n            echo \"::error::revert needs report-run: the run id of the on-demand run whose report to put back (its URL ends in /runs/<id>)\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: The report to revert\n        if: inputs.action == 'revert'\n        uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-mitigate-${{ inputs.stage }}\n          run-id: ${{ inputs.report-run }}\n          github-token: ${{ github.token }}\n          path: ${{ runner.temp }}/mitigate-previous\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-mitigate\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: mitigate --billing on-demand\n        id: on-demand\n        if: inputs.action == 'on-demand'\n        uses: ./\n        with:\n          command: mitigate\n          stage: ${{ inputs.stage }}\n          billing: on-demand\n          tables: ${{ inputs.tables }}\n          timeout: 900\n          dry-run: ${{ inputs.dry-run }}\n          report: ${{ runner.temp }}/mitigate/report.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n      - name: mitigate --revert\n        id: revert\n        if: inputs.action == 'revert'\n        uses: ./\n        with:\n          command: mitigate\n          stage: ${{ inputs.stage }}\n          revert: ${{ runner.temp }}/mitigate-previous/report.json\n          timeout: 900\n          dry-run: ${{ inputs.dry-run }}\n          report: ${{ runner.temp }}/mitigate/report.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n      # Kept even when a table failed or timed out: the report is what a revert reads. Table settings only, no items.\n      - name: Keep the report\n        if: always() && !inputs.dry-run\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-mitigate-${{ inputs.stage }}\n          path: ${{ runner.temp }}/mitigate/report.json\n          if-no-files-found: ignore\n          retention-days: 90\n      - name: How to go back\n        if: always() && !inputs.dry-run && inputs.action == 'on-demand'\n        env:\n          RUN_ID: ${{ github.run_id }}\n          STAGE: ${{ inputs.stage }}\n        run: |\n          {\n            echo \"### To go back\"\n            echo\n            echo \"Dispatch this workflow with stage \\`$STAGE\\`, action \\`revert\\` and report-run \\`$RUN_ID\\`:\"\n            echo \"every table this run changed returns to the billing mode and capacity it had.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
};

;// CONCATENATED MODULE: ./src/init/run.ts
/**
 * init: the config and the operator's workflows, written into an app
 * repository. Reads top to bottom as its steps: check the repository, pin
 * the action, discover (targets, collections, data dir), render and check
 * every file, check every output path is free, then write them all. Every
 * refusal comes before the first byte, so a refused init leaves nothing.
 */











async function runInit(o, clients) {
    // The config's paths are the repository's, as every workflow reads them from its top folder.
    if (o.dataDir !== undefined && (external_node_path_default().isAbsolute(o.dataDir) || o.dataDir.split(/[\\/]/).includes('..'))) {
        throw new errors/* InputError */.dz(`--data-dir ${o.dataDir}: give a folder inside the app repository, relative to its top folder (such as server/data)`);
    }
    const { repoDir, git } = await checkRepository(o.repoDir, clients);
    const pin = await clients.pin();
    const outputs = [defaults/* DEFAULT_CONFIG_PATH */.Bi, ...Object.keys(WORKFLOW_TEMPLATES)];
    const tracked = await git.trackedFiles();
    const discovery = await discoverTargets({
        files: tracked,
        read: (file) => readText(external_node_path_default().join(repoDir, file)),
        sw: o.switch,
        stage: o.stage,
        exclude: new Set(outputs),
    });
    const app = await discoverApp({
        repoDir,
        progressFile: o.progressFile,
        backupDir: o.backupDir,
        defaults: { collections: Object.keys(defaults/* DEFAULTS */.zY.tables), dataDir: defaults/* DEFAULTS */.zY.dataDir },
    });
    const dataDir = o.dataDir !== undefined ? { value: o.dataDir, source: '--data-dir' } : app.dataDir;
    const config = renderConfig({ stage: o.stage, region: o.region, collections: app.collections.value, dataDir: dataDir.value, sw: o.switch, targets: discovery.targets.map((t) => t.entry) }, o.version);
    const workflows = Object.entries(WORKFLOW_TEMPLATES).map(([file, text]) => ({ path: file, text: pinWorkflow(text, pin, file, Object.keys(WORKFLOW_TEMPLATES)) }));
    const planned = [{ path: defaults/* DEFAULT_CONFIG_PATH */.Bi, text: config }, ...workflows];
    // Snapshots hold item values: they must never be committed. init writes only its four files, so it says so rather than edit .gitignore.
    const state = external_node_path_default().relative(repoDir, (0,paths/* statePaths */.mt)(external_node_path_default().resolve(repoDir, dataDir.value)).root).split((external_node_path_default()).sep).join('/');
    const stateNotIgnored = state.startsWith('..') || (await git.isIgnored(`${state}/lock`)) ? null : `${state}/`;
    const files = await checkOutputs(repoDir, planned, o.force);
    if (!o.dryRun) {
        for (const f of files) {
            const target = external_node_path_default().join(repoDir, f.path);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,atomic_write/* writeFileAtomic */.Zf)(target, f.text);
            clients.reporter.info(`init: wrote ${f.path}`);
        }
    }
    return {
        repoDir,
        dryRun: o.dryRun,
        files,
        pin,
        targets: discovery.targets,
        notTargets: discovery.notTargets,
        scanned: discovery.scanned,
        collections: app.collections,
        dataDir,
        expected: expectedSettings(workflows.map((w) => ({ file: w.path, text: w.text }))),
        stateNotIgnored,
    };
}
/** The folder exists and is the top of a git work tree (a subfolder would get a .github GitHub never reads). */
async function checkRepository(dir, clients) {
    const info = await (0,promises_.stat)(dir).catch(() => null);
    if (!info)
        throw new errors/* InputError */.dz(`--repo-dir ${dir}: no such folder; give the app repository's top folder`);
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`--repo-dir ${dir}: not a folder; give the app repository's top folder`);
    const git = clients.openRepo(dir);
    const top = await git.topLevel();
    const [real, realTop] = await Promise.all([(0,promises_.realpath)(dir), (0,promises_.realpath)(top)]);
    if (real !== realTop)
        throw new errors/* InputError */.dz(`--repo-dir ${dir}: inside the git repository ${top}, not its top folder; give ${top}`);
    return { repoDir: real, git };
}
/** Every output path free (or --force, and a plain file): checked for all before any is written. */
async function checkOutputs(repoDir, planned, force) {
    const out = [];
    const taken = [];
    for (const f of planned) {
        // A folder on the way that is a file (or a link) would fail the write half way through.
        const parts = f.path.split('/');
        for (let i = 1; i < parts.length; i++) {
            const dir = external_node_path_default().join(repoDir, ...parts.slice(0, i));
            const info = await (0,promises_.lstat)(dir).catch(() => null);
            if (info && !info.isDirectory())
                throw new errors/* InputError */.dz(`${parts.slice(0, i).join('/')} is not a folder, so ${f.path} cannot be written; move it away`);
        }
        const info = await (0,promises_.lstat)(external_node_path_default().join(repoDir, f.path)).catch(() => null);
        if (info && !info.isFile())
            throw new errors/* InputError */.dz(`${f.path} exists and is not a plain file; move it away (init never replaces a folder or a link)`);
        if (info)
            taken.push(f.path);
        out.push({ ...f, replaces: info !== null });
    }
    if (taken.length > 0 && !force)
        throw new errors/* InputError */.dz(`${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init again with --force to overwrite`);
    return out;
}
/** Tracked files larger than this are not config files (a data dump, an image): not read. */
const MAX_READ = 5_000_000;
async function readText(file) {
    try {
        const info = await (0,promises_.lstat)(file);
        // A tracked symlink is read as the link git stores, not followed out of the repository.
        if (!info.isFile() || info.size > MAX_READ)
            return null;
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch {
        return null; // tracked but deleted from the work tree: nothing there to flip
    }
}


/***/ }),

/***/ 21796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ findDotenv)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * dotenv files: `KEY=v`, `KEY="v"`, `KEY='v'`, `export KEY=v`, inline
 * `# comments`, CRLF. Every assignment of the key is found (a key set twice
 * is flipped twice, and the caller says so). Commented-out lines are not
 * settings and are left alone.
 */

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
function findDotenv(text, key, where) {
    const out = [];
    let offset = 0;
    let line = 0;
    for (const raw of text.split('\n')) {
        line++;
        const start = offset;
        offset += raw.length + 1;
        const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
        let i = 0;
        const skipSpace = () => {
            while (i < content.length && (content[i] === ' ' || content[i] === '\t' || content[i] === '\uFEFF'))
                i++;
        };
        skipSpace();
        if (content.startsWith('export', i) && /[ \t]/.test(content[i + 6] ?? '')) {
            i += 6;
            skipSpace();
        }
        const eq = content.indexOf('=', i);
        if (eq < 0)
            continue;
        const name = content.slice(i, eq).trimEnd();
        if (name !== key || !KEY.test(name))
            continue;
        i = eq + 1;
        skipSpace();
        const quote = content[i];
        if (quote === '"' || quote === "'" || quote === '`') {
            const close = closingQuote(content, i + 1, quote);
            if (close < 0)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: ${key} has an unterminated ${quote} quote; fix the file by hand`);
            const rawValue = content.slice(i + 1, close);
            out.push({
                start: start + i + 1,
                end: start + close,
                value: quote === '"' ? rawValue.replace(/\\(["\\])/g, '$1') : rawValue,
                line,
                encode: (v) => encodeQuoted(v, quote, where, line),
            });
        }
        else {
            // Unquoted: up to an inline comment (whitespace then #) or the end, trailing blanks excluded.
            const hash = content.slice(i).search(/[ \t]#/);
            const stop = hash < 0 ? content.length : i + hash;
            const value = content.slice(i, stop).trimEnd();
            out.push({ start: start + i, end: start + i + value.length, value, line, encode: (v) => encodeBare(v, where, line) });
        }
    }
    return out;
}
function closingQuote(s, from, quote) {
    for (let j = from; j < s.length; j++) {
        if (quote === '"' && s[j] === '\\')
            j++;
        else if (s[j] === quote)
            return j;
    }
    return -1;
}
function encodeQuoted(v, quote, where, line) {
    if (quote === '"')
        return v.replace(/(["\\])/g, '\\$1');
    if (v.includes(quote) || /[\r\n]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: the new value cannot be written inside ${quote} quotes`);
    return v;
}
function encodeBare(v, where, line) {
    if (/[\s#"'`]/.test(v))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
    return v;
}


/***/ }),

/***/ 66074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ flipFile),
/* harmony export */   B: () => (/* binding */ kindOfPath)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _dotenv_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21796);
/* harmony import */ var _js_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(86709);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(64740);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(50535);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(60353);
/**
 * One switch target's file, flipped: the format from the file name (or
 * given), the value found by that format's own reader, the new text spliced.
 * Pure: text in, text out; the caller reads and writes the file.
 */






function kindOfPath(file) {
    const base = file.split('/').pop();
    if (/\.[mc]?[jt]sx?$/.test(base))
        return 'js';
    if (/\.json5?$|\.jsonc$/.test(base))
        return 'json';
    if (/\.ya?ml$/.test(base))
        return 'yaml';
    if (base.startsWith('.env') || base.endsWith('.env') || base.includes('.env.'))
        return 'dotenv';
    return null;
}
function flipFile(text, target, sw) {
    const kind = target.kind ?? kindOfPath(target.path);
    const where = target.path;
    if (!kind)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: cannot tell the format from the name; give kind: dotenv, js, json or yaml in the target`);
    if (kind === 'dotenv')
        return { kind, what: sw.key, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, (0,_dotenv_js__WEBPACK_IMPORTED_MODULE_1__/* .findDotenv */ .O)(text, sw.key, where), sw, where, sw.key) };
    if (kind === 'json' || kind === 'yaml') {
        const pointer = target.pointer ?? `/${sw.key}`;
        const found = kind === 'json' ? (0,_json_js__WEBPACK_IMPORTED_MODULE_3__/* .findJson */ .o)(text, pointer, where) : (0,_yaml_js__WEBPACK_IMPORTED_MODULE_5__/* .findYaml */ .J)(text, pointer, where);
        return { kind, what: pointer, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, found, sw, where, pointer) };
    }
    const what = target.property ?? sw.key;
    const { occurrences, computedKeys } = (0,_js_js__WEBPACK_IMPORTED_MODULE_2__/* .findJs */ .n)(text, target.path, { property: target.property, key: sw.key }, where);
    const hint = occurrences.length === 0 && computedKeys > 0 ? ` (${computedKeys} computed keys could not be followed)` : '';
    return { kind, what, ...(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .UU)(text, occurrences, sw, where, `${what}${hint}`) };
}


/***/ }),

/***/ 86709:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ findJs)
/* harmony export */ });
/* harmony import */ var _babel_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5429);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50535);
/**
 * JavaScript and TypeScript: an object-literal property path
 * (`production.database.type`) or, without one, every `const` and property
 * named by the key, found with a real parser (@babel/parser: JS, TS and JSX,
 * a fraction of the TypeScript compiler's size in dist/), never a regex.
 * Only a string literal (or a template without `${}`) is a value we flip.
 */



const isNode = (v) => typeof v === 'object' && v !== null && typeof v.type === 'string';
function parseSource(body, file, where) {
    const ts = /\.[mc]?tsx?$/.test(file);
    const jsx = /\.(jsx|tsx)$/.test(file) || !ts;
    try {
        return (0,_babel_parser__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(body, {
            sourceType: 'unambiguous',
            allowReturnOutsideFunction: true,
            plugins: [...(ts ? ['typescript'] : []), ...(jsx ? ['jsx'] : [])],
        }).program;
    }
    catch (err) {
        const loc = err.loc;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}${loc ? `:${loc.line}` : ''}: cannot be parsed as ${ts ? 'TypeScript' : 'JavaScript'}; fix the file first`);
    }
}
function walk(node, visit) {
    visit(node);
    for (const [k, v] of Object.entries(node)) {
        if (k === 'loc' || k === 'extra' || k === 'leadingComments' || k === 'trailingComments' || k === 'innerComments')
            continue;
        if (Array.isArray(v))
            for (const x of v)
                if (isNode(x))
                    walk(x, visit);
        if (isNode(v))
            walk(v, visit);
    }
}
/** `x as const`, `x satisfies T`, `(x)`, `<T>x`: the expression inside. */
function unwrap(n) {
    let cur = n;
    while (['TSAsExpression', 'TSSatisfiesExpression', 'TSTypeAssertion', 'TSNonNullExpression', 'ParenthesizedExpression'].includes(cur.type))
        cur = cur.expression;
    return cur;
}
/** A property's name when it is known without running the code: `a`, `'a'`, `['a']`, `[`a`]`; null for a computed one. */
function keyName(prop) {
    const key = prop.key;
    if (!prop.computed && key.type === 'Identifier')
        return key.name;
    if (key.type === 'StringLiteral')
        return key.value;
    if (key.type === 'NumericLiteral')
        return String(key.value);
    if (key.type === 'TemplateLiteral' && key.expressions.length === 0)
        return key.quasis[0].value.cooked;
    return null;
}
function propertiesOf(obj) {
    return obj.properties.filter((p) => p.type === 'ObjectProperty');
}
function findJs(text, file, locator, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutBom */ .vA)(text);
    const program = parseSource(body, file, where);
    const leaves = new Map();
    let computedKeys = 0;
    const path = locator.property?.split('.');
    const follow = (obj, rest, name) => {
        const target = unwrap(obj);
        if (target.type !== 'ObjectExpression')
            return;
        for (const p of propertiesOf(target)) {
            const k = keyName(p);
            if (k === null) {
                computedKeys++;
                continue;
            }
            if (k !== rest[0])
                continue;
            if (rest.length === 1)
                leaves.set(p.start, { node: p.value, name });
            else
                follow(p.value, rest.slice(1), name);
        }
    };
    walk(program, (n) => {
        if (path) {
            if (n.type === 'ObjectExpression')
                follow(n, path, locator.property);
            // `const production = { database: { ... } }`: the first segment names the variable.
            if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === path[0] && n.init) {
                if (path.length === 1)
                    leaves.set(n.start, { node: n.init, name: locator.property });
                else
                    follow(n.init, path.slice(1), locator.property);
            }
            return;
        }
        if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.id.name === locator.key && n.init) {
            leaves.set(n.start, { node: n.init, name: locator.key });
        }
        if (n.type === 'ObjectProperty' && keyName(n) === locator.key)
            leaves.set(n.start, { node: n.value, name: locator.key });
    });
    const occurrences = [...leaves.values()].map(({ node, name }) => literal(unwrap(node), name, body, shift, where));
    return { occurrences, computedKeys };
}
function literal(n, name, body, shift, where) {
    const line = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, n.start);
    if (n.type === 'StringLiteral') {
        const quote = body[n.start];
        return { start: n.start + 1 + shift, end: n.end - 1 + shift, value: n.value, line, encode: (v) => (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeFor */ .Zw)(quote, v) };
    }
    if (n.type === 'TemplateLiteral' && n.expressions.length === 0) {
        const quasi = n.quasis[0];
        return { start: quasi.start + shift, end: quasi.end + shift, value: quasi.value.cooked, line, encode: (v) => (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeFor */ .Zw)('`', v) };
    }
    const why = n.type === 'TemplateLiteral' ? 'a template string with ${}' : `not a string literal (${n.type})`;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: ${name} is ${why}; flip it by hand or use a command: target`);
}


/***/ }),

/***/ 64740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ pointerSegments),
/* harmony export */   o: () => (/* binding */ findJson)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(99547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50535);
/** JSON (comments and trailing commas tolerated) by JSON pointer, through jsonc-parser's tree: offsets, not a rewrite. */



/** `/database/type` -> ['database', 'type'] (RFC 6901 escapes decoded). */
function pointerSegments(pointer) {
    if (pointer === '')
        return [];
    if (!pointer.startsWith('/'))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`pointer ${pointer}: a JSON pointer starts with /`);
    return pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
function findJson(text, pointer, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .withoutBom */ .vA)(text);
    const errors = [];
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(body, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || !root) {
        const e = errors[0];
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}${e ? `:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, e.offset)}` : ''}: not valid JSON (${e ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.printParseErrorCode)(e.error) : 'empty'}); fix the file first`);
    }
    const path = pointerSegments(pointer).map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
    // An array index written as a number only matches arrays; an object key of digits is tried as a string too.
    const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path) ?? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, pointerSegments(pointer));
    if (!node)
        return [];
    if (node.type !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, node.offset)}: ${pointer} is a ${node.type}, not a string; flip it by hand`);
    const start = node.offset + 1 + shift;
    return [
        {
            start,
            end: node.offset + node.length - 1 + shift,
            value: String(node.value),
            line: (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .lineAt */ .mh)(body, node.offset),
            encode: (v) => JSON.stringify(v).slice(1, -1),
        },
    ];
}


/***/ }),

/***/ 50535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UU: () => (/* binding */ flip),
/* harmony export */   Zw: () => (/* binding */ escapeFor),
/* harmony export */   mh: () => (/* binding */ lineAt),
/* harmony export */   vA: () => (/* binding */ withoutBom)
/* harmony export */ });
/* unused harmony export BOM */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * What every editor in this folder finds: where a setting's value sits in a
 * file's text, and how a new value is written there. Flipping splices new
 * characters over exactly those offsets, so everything else in the file
 * (comments, quotes, indentation, line endings, a BOM) stays byte for byte.
 */

const BOM = '\uFEFF';
/** Parsers that choke on a BOM get the text without it; their offsets are shifted back by this much. */
function withoutBom(text) {
    return text.startsWith(BOM) ? { body: text.slice(1), shift: 1 } : { body: text, shift: 0 };
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/**
 * Flips every occurrence from `from` to `to`. Refuses (exit 2) a file where
 * none is found, or any value that is neither: the tool never flips what it
 * does not expect.
 */
function flip(text, found, sw, where, what) {
    if (found.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: ${what} not found; check the target in the config (or mark it optional: true)`);
    const unexpected = found.find((o) => o.value !== sw.from && o.value !== sw.to);
    if (unexpected) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}:${unexpected.line}: ${what} is ${JSON.stringify(unexpected.value)}, neither ${JSON.stringify(sw.from)} nor ${JSON.stringify(sw.to)}; refusing to flip a value the config does not expect`);
    }
    let out = text;
    let flipped = 0;
    // Back to front, so earlier offsets stay valid.
    for (const o of [...found].sort((a, b) => b.start - a.start)) {
        if (o.value !== sw.from)
            continue;
        out = out.slice(0, o.start) + o.encode(sw.to) + out.slice(o.end);
        flipped++;
    }
    return { text: out, occurrences: found.map((o) => ({ line: o.line, value: o.value })), flipped };
}
/** Escapes for a quoted string in JS or JSON-like syntax. */
function escapeFor(quote, value) {
    let s = value.replaceAll('\\', '\\\\').replaceAll('\n', '\\n').replaceAll('\r', '\\r');
    if (quote)
        s = s.replaceAll(quote, `\\${quote}`);
    if (quote === '`')
        s = s.replaceAll('${', '\\${');
    return s;
}


/***/ }),

/***/ 60353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ findYaml)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _json_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64740);
/* harmony import */ var _occurrence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50535);
/** YAML by path (a JSON pointer's segments), through yaml's Document ranges: the scalar's characters are replaced, nothing is re-rendered. */




function findYaml(text, pointer, where) {
    const { body, shift } = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutBom */ .vA)(text);
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(body, { uniqueKeys: false });
    if (doc.errors.length > 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${(0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .mh)(body, doc.errors[0].pos[0])}: not valid YAML; fix the file first`);
    const segments = (0,_json_js__WEBPACK_IMPORTED_MODULE_2__/* .pointerSegments */ .c)(pointer);
    const node = doc.getIn(segments, true) ?? doc.getIn(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
    if (node === undefined)
        return [];
    if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) || typeof node.value !== 'string' || !node.range) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}: ${pointer} is not a string value; flip it by hand`);
    }
    const [from, valueEnd] = node.range;
    const line = (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_3__/* .lineAt */ .mh)(body, from);
    const quoted = node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE || node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE;
    if (!quoted && node.type !== yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.PLAIN)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: ${pointer} is a block scalar; flip it by hand`);
    return [
        {
            start: from + shift + (quoted ? 1 : 0),
            end: valueEnd + shift - (quoted ? 1 : 0),
            value: node.value,
            line,
            encode(v) {
                if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_DOUBLE)
                    return JSON.stringify(v).slice(1, -1);
                if (node.type === yaml__WEBPACK_IMPORTED_MODULE_0__/* .Scalar */ .X5.QUOTE_SINGLE)
                    return v.replaceAll("'", "''");
                if (!/^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(v))
                    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${where}:${line}: the new value needs quotes here; quote the old value in the file first`);
                return v;
            },
        },
    ];
}


/***/ })

};
