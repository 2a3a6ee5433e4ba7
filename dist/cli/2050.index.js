export const id = 2050;
export const ids = [2050];
export const modules = {

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JB: () => (/* binding */ stageTable),
/* harmony export */   eZ: () => (/* binding */ namesOf),
/* harmony export */   e_: () => (/* binding */ StageNameError),
/* harmony export */   gC: () => (/* binding */ otherStages),
/* harmony export */   gV: () => (/* binding */ stageOf),
/* harmony export */   gc: () => (/* binding */ stagesInPath),
/* harmony export */   lk: () => (/* binding */ resolveStageTemplate)
/* harmony export */ });
/* unused harmony exports BUILT_IN_STAGES, sameStage */
/**
 * Stages by all their names. One repository calls production `production`
 * in its dotenv files and `prod` in its CDK config; a rollback of one stage
 * must recognise every spelling of it, and every spelling of the others, so
 * it never flips another stage's file. Pure: a table in, answers out; used
 * wherever a stage is matched (file and folder names, object keys, `${stage}`
 * templates).
 */
/** Canonical stage -> its other names. The config's `stages` adds to these. */
const BUILT_IN_STAGES = {
    production: ['prod', 'prd'],
    staging: ['stg', 'stage'],
    development: ['dev', 'local'],
    test: [],
};
const NAME = /^[A-Za-z0-9_-]+$/;
/** The built-in table extended by the config's `stages` (each name claimed by one stage only; the error names the field). */
function stageTable(extra = {}, field = 'stages') {
    const table = {};
    const owner = new Map();
    const claim = (stage, name, where) => {
        const key = name.toLowerCase();
        const had = owner.get(key);
        if (had !== undefined && had !== stage)
            throw new StageNameError(`${where}: ${JSON.stringify(name)} is already a name of ${had}; a name can belong to one stage only`);
        if (had === undefined) {
            owner.set(key, stage);
            table[stage].push(name);
        }
    };
    for (const [stage, names] of Object.entries(BUILT_IN_STAGES)) {
        table[stage] = [];
        claim(stage, stage, 'built-in');
        for (const n of names)
            claim(stage, n, 'built-in');
    }
    for (const [given, names] of Object.entries(extra)) {
        if (!NAME.test(given))
            throw new StageNameError(`${field}.${given}: letters, digits, - and _ only`);
        // `stages: { prod: [live] }` extends production: a stage named by an alias is that stage.
        const stage = owner.get(given.toLowerCase()) ?? given;
        table[stage] ??= [];
        claim(stage, given, `${field}.${given}`);
        names.forEach((n, i) => {
            if (!NAME.test(n))
                throw new StageNameError(`${field}.${given}[${i}]: ${JSON.stringify(n)}: letters, digits, - and _ only`);
            claim(stage, n, `${field}.${given}[${i}]`);
        });
    }
    return table;
}
/** Thrown for a bad `stages` entry; the config loader turns it into its own InputError naming the file. */
class StageNameError extends Error {
}
/** The canonical stage a name belongs to (case-insensitive), or null. */
function stageOf(name, table) {
    const key = name.toLowerCase();
    for (const [stage, names] of Object.entries(table))
        if (names.some((n) => n.toLowerCase() === key))
            return stage;
    return null;
}
/** Every name of the stage given (itself first); a stage the table does not know goes by its own name only. */
function namesOf(stage, table) {
    const canonical = stageOf(stage, table);
    if (canonical === null)
        return [stage];
    return [stage, ...table[canonical].filter((n) => n.toLowerCase() !== stage.toLowerCase())];
}
/** Whether two names are the same stage. */
function sameStage(a, b, table) {
    if (a.toLowerCase() === b.toLowerCase())
        return true;
    const sa = stageOf(a, table);
    return sa !== null && sa === stageOf(b, table);
}
/**
 * The stages a repository path names: a whole folder name, or a whole
 * dot-separated part of the file name (`.env.production.template`,
 * `environments/staging/staging.env`, `prod-config.json`'s `prod` when
 * split by `-` too). Words inside longer words (`production-simulation`'s
 * `production` is a whole word; `product` is not) are whole words only.
 */
function stagesInPath(file, table) {
    const out = [];
    for (const part of file.split('/')) {
        for (const word of part.split(/[.\-_]/)) {
            if (word === '')
                continue;
            const stage = stageOf(word, table);
            if (stage !== null && !out.some((m) => m.stage === stage))
                out.push({ stage, word });
        }
    }
    return out;
}
/** The canonical stages other than the one given, in table order. */
function otherStages(stage, table) {
    const own = stageOf(stage, table) ?? stage;
    return Object.keys(table).filter((s) => s !== own);
}
/**
 * Substitutes `${stage}` with each name of the stage; `exists` says which
 * result is really there. Exactly one name may fit; none: null; more: the
 * names that fit, for the caller's error.
 */
function resolveStageTemplate(template, stage, table, exists) {
    if (!template.includes('${stage}'))
        return exists(template) ? { value: template, name: stage } : null;
    const fits = namesOf(stage, table)
        .map((name) => ({ name, value: template.replaceAll('${stage}', name) }))
        .filter((c) => exists(c.value));
    if (fits.length === 0)
        return null;
    if (fits.length === 1)
        return fits[0];
    // Two spellings of one stage both present: which one the app reads is not ours to guess.
    return { ambiguous: fits.map((f) => f.name) };
}


/***/ }),

/***/ 91324:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ s3Key),
/* harmony export */   Hv: () => (/* binding */ namesS3),
/* harmony export */   a5: () => (/* binding */ S3_URI_WITH_BUCKET),
/* harmony export */   il: () => (/* binding */ s3UriOf),
/* harmony export */   kE: () => (/* binding */ S3_URI_NOT_EMPTY),
/* harmony export */   lR: () => (/* binding */ describeLocation),
/* harmony export */   yc: () => (/* binding */ parseS3Uri),
/* harmony export */   zS: () => (/* binding */ parseLocation)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/**
 * A location: a local folder or an S3 prefix. Whether a text names one or
 * the other is decided here, once, where commands/ reads an option (or the
 * config) that holds one; the work receives the parsed Location and never
 * looks at the text again.
 */


/**
 * The location a text names. name is the option or field, for messages.
 * A folder is resolved against cwd; without one it stays as given (status
 * resolves its paths itself and prints them as the config gives them).
 */
function parseLocation(text, name, cwd) {
    if (namesS3(text))
        return { kind: 's3', ...parseS3Uri(text, name) };
    return { kind: 'dir', path: cwd === undefined ? text : node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, text) };
}
/**
 * Whether a text names an S3 location. For a text read back from a record
 * (a report, the config) where a malformed URI is no input to refuse; an
 * option is parsed with parseLocation.
 */
function namesS3(text) {
    return text.startsWith('s3://');
}
/** The config's publish: an S3 URI naming a bucket (checked as text; publish parses it). */
const S3_URI_WITH_BUCKET = /^s3:\/\/[^/]+/;
/** A recorded export URI (the record's locations.json): s3:// and something after it. */
const S3_URI_NOT_EMPTY = /^s3:\/\/./;
/** The location as messages and reports print it: the folder's path, or s3://bucket/prefix. */
function describeLocation(loc) {
    return loc.kind === 's3' ? s3UriOf(loc) : loc.path;
}
/** Parses s3://bucket/prefix (the prefix may be empty). */
function parseS3Uri(uri, option = 's3-uri') {
    const m = /^s3:\/\/([^/]+)(?:\/(.*))?$/.exec(uri.trim());
    if (!m || !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(m[1])) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": expected s3://bucket/prefix with a valid bucket name`);
    }
    const prefix = (m[2] ?? '').replace(/^\/+|\/+$/g, '');
    if (prefix.split('/').some((part) => part === '.' || part === '..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${option} "${uri}": the prefix may not contain . or .. segments`);
    }
    return { bucket: m[1], prefix };
}
/** The key of rel under the location's prefix. */
function s3Key(loc, rel) {
    return loc.prefix ? `${loc.prefix}/${rel}` : rel;
}
function s3UriOf(loc, rel = '') {
    const key = rel ? s3Key(loc, rel) : loc.prefix;
    return `s3://${loc.bucket}${key ? `/${key}` : ''}`;
}


/***/ }),

/***/ 65013:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e2: () => (/* binding */ timestampName),
/* harmony export */   mt: () => (/* binding */ statePaths),
/* harmony export */   qL: () => (/* binding */ ROLLBACK_REPORT_NAME),
/* harmony export */   yW: () => (/* binding */ rollbackReportName)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Where rollback and undo keep their state for one data dir: beside it,
 * never inside it (the app reads the data dir, and a snapshot must not
 * contain itself). Neutral ground: the rollback writes here and verify
 * reads the rollback's report from here, without sharing any other code.
 *
 *   <parent>/.dynamodb-rollback/<data dir name>/lock
 *   <parent>/.dynamodb-rollback/<data dir name>/snapshots/<timestamp>/
 *   <parent>/.dynamodb-rollback/<data dir name>/reports/rollback-<timestamp>.json
 */

function statePaths(dataDir) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dataDir);
    const root = node_path__WEBPACK_IMPORTED_MODULE_0___default().join(node_path__WEBPACK_IMPORTED_MODULE_0___default().dirname(abs), '.dynamodb-rollback', node_path__WEBPACK_IMPORTED_MODULE_0___default().basename(abs));
    return { root, lock: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'lock'), snapshots: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'snapshots'), reports: node_path__WEBPACK_IMPORTED_MODULE_0___default().join(root, 'reports') };
}
/** A time as a file name (ISO 8601, : and . made -), so name order is time order. */
function timestampName(at) {
    return at.toISOString().replace(/[:.]/g, '-');
}
/** A rollback report's file name: its start time. */
function rollbackReportName(startedAt) {
    return `rollback-${timestampName(startedAt)}.json`;
}
const ROLLBACK_REPORT_NAME = /^rollback-.+\.json$/;


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
        return {
            start: quasi.start + shift,
            end: quasi.end + shift,
            value: quasi.value.cooked,
            line,
            encode: (v) => (0,_occurrence_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeFor */ .Zw)('`', v),
        };
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
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
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

/***/ 40868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ neverTarget),
/* harmony export */   G: () => (/* binding */ pathScope)
/* harmony export */ });
/* harmony import */ var _config_stages_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7983);
/**
 * Whose file is it? A switch target is this stage's (its path or its key
 * names the stage, by any of its names), another stage's (never flipped for
 * this one), or shared (nothing ties it to one stage: flipping it changes
 * every stage deployed from the branch). Some files are never targets
 * whatever they hold: documentation, examples and samples, tests, and the
 * files of local development (docker, compose, dev containers). Pure.
 */

/** What the path alone says: another stage's as soon as it names one (a file that names two stages is no single stage's to flip). */
function pathScope(file, stage, table) {
    const own = (0,_config_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .stageOf */ .gV)(stage, table) ?? stage;
    const mentions = (0,_config_stages_js__WEBPACK_IMPORTED_MODULE_0__/* .stagesInPath */ .gc)(file, table);
    const other = mentions.find((m) => m.stage !== own);
    if (other)
        return { kind: 'other', stage: other.stage, word: other.word };
    const mine = mentions.find((m) => m.stage === own) ?? wordNaming(file, stage);
    return mine ? { kind: 'this', word: mine.word } : { kind: 'none' };
}
/** A stage the table does not know still names itself, as a whole word (its own name may hold - or _). */
function wordNaming(file, stage) {
    const escaped = stage.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const hit = new RegExp(`(?:^|[/.\\-_])(${escaped})(?=$|[/.\\-_])`, 'i').exec(file);
    return hit ? { stage, word: hit[1] } : undefined;
}
const words = (file) => file.split(/[/.\-_]/).filter(Boolean);
const DOC = /\.(md|mdx|markdown|rst|adoc|txt|html?)$/i;
const EXAMPLE = new Set(['example', 'examples', 'sample', 'samples', 'dist', '.devcontainer', 'devcontainer']);
const TEST_FOLDERS = new Set(['__tests__', 'tests', 'spec', 'specs', 'e2e', '__mocks__', 'fixtures', 'cypress', 'playwright']);
const LOCAL = new Set(['docker', 'compose', 'devcontainer', 'localstack']);
/** Why a file is never a switch target, whatever it holds; null when it may be one. */
function neverTarget(file, stage) {
    const parts = file.split('/');
    const base = parts[parts.length - 1];
    const lower = words(file).map((w) => w.toLowerCase());
    if (DOC.test(base))
        return 'documentation: never a switch target (update it by hand if it should say file)';
    if (parts.includes('.devcontainer') || lower.some((w) => EXAMPLE.has(w)))
        return 'an example or sample: never a switch target (it describes a setup, nothing deploys it)';
    const testFolder = parts.slice(0, -1).some((p) => TEST_FOLDERS.has(p) || (p === 'test' && stage.toLowerCase() !== 'test'));
    const testWord = stage.toLowerCase() !== 'test' && words(base).some((w) => ['test', 'tests', 'spec'].includes(w.toLowerCase()));
    if (testFolder || testWord)
        return 'a test: never a switch target (it asserts what the app does; change it with the app)';
    if (lower.some((w) => LOCAL.has(w)))
        return 'local development (docker, compose, dev container): never a switch target';
    return null;
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
    const node = doc.getIn(segments, true) ??
        doc.getIn(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s)), true);
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
