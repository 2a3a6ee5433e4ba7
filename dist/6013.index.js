export const id = 6013;
export const ids = [6013];
export const modules = {

/***/ 67174:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JG: () => (/* binding */ gitHubFor),
/* harmony export */   SQ: () => (/* binding */ cloudWatchFor),
/* harmony export */   Wb: () => (/* binding */ gitHubRepository),
/* harmony export */   Zd: () => (/* binding */ gitHubToken),
/* harmony export */   _h: () => (/* binding */ dynamoFor),
/* harmony export */   "in": () => (/* binding */ dynamoSettings),
/* harmony export */   ql: () => (/* binding */ s3For)
/* harmony export */ });
/* unused harmony export dynamoFromSettings */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _read_option_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(92304);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82649);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);




const RETRY_LINE_MS = 10_000;
function retryLog(reporter, service, limit, now = Date.now) {
    let last = -Infinity;
    let count = 0;
    return (e) => {
        count++;
        const t = now();
        if (t - last < RETRY_LINE_MS)
            return;
        last = t;
        reporter.warning(`${service}: ${e.operation} ${e.kind === 'throttling' ? 'throttled' : 'failed'} (${e.code}); retrying with back-off (${count} retries so far, ${limit()} requests in flight at most)`);
    };
}
function common(ctx) {
    const budget = (0,_read_option_js__WEBPACK_IMPORTED_MODULE_1__/* .readOption */ .g)(ctx.options, 'retry-budget');
    return { region: ctx.config.region, env: ctx.env, retry: { budgetMs: budget * 1000 } };
}
/**
 * The option, else the SDK's own variables for a service's endpoint
 * (AWS_ENDPOINT_URL_<SERVICE>, then AWS_ENDPOINT_URL), so a workflow step
 * configured by its environment (the drill's embedded services among them)
 * reaches the same endpoint the SDK would, and the messages name it.
 */
function endpointOf(ctx, option, service) {
    const given = ctx.options[option];
    if (given)
        return given;
    for (const variable of [`AWS_ENDPOINT_URL_${service}`, 'AWS_ENDPOINT_URL']) {
        const raw = ctx.env[variable];
        if (raw && raw.trim() !== '')
            return (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_2__/* .parseEndpointVariable */ .FK)(variable, raw);
    }
    return undefined;
}
/** Its SDK loaded only here, as S3's: a rollback from a folder, or verify without --live, starts without it (about 0.1 s). */
function dynamoFor(ctx) {
    return dynamoFromSettings(dynamoSettings(ctx), () => ctx.reporter);
}
/** What a DynamoDB client is built from, as plain data: dynamoFor builds from it, and so does a worker thread (dynamoFromSettings). */
function dynamoSettings(ctx) {
    const c = common(ctx);
    return { region: c.region, endpoint: endpointOf(ctx, 'endpoint', 'DYNAMODB'), retryBudgetMs: c.retry.budgetMs, env: { ...c.env } };
}
/** The DynamoDB client of these settings (dynamoFor's, or a worker thread's); its retries are logged to whichever reporter reporter() gives at the time. */
async function dynamoFromSettings(s, reporter) {
    const { createDynamo } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4305), __webpack_require__.e(7466)]).then(__webpack_require__.bind(__webpack_require__, 37466));
    let log;
    let logTo;
    const client = createDynamo({
        region: s.region,
        env: s.env,
        retry: { budgetMs: s.retryBudgetMs },
        endpoint: s.endpoint,
        onRetry: (e) => {
            // A job's log is its own: a new reporter starts the count and the 10 s spacing afresh.
            if (logTo !== reporter()) {
                logTo = reporter();
                log = retryLog(logTo, 'DynamoDB', () => client.inFlightLimit);
            }
            log(e);
        },
    });
    return client;
}
/** Its SDK loaded only here: a command whose locations are all local starts without it. */
async function s3For(ctx) {
    const { createS3 } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(5192)]).then(__webpack_require__.bind(__webpack_require__, 45192));
    const client = createS3({
        ...common(ctx),
        endpoint: endpointOf(ctx, 's3-endpoint', 'S3'),
        onRetry: retryLog(ctx.reporter, 'S3', () => client.inFlightLimit),
    });
    return client;
}
/** Its SDK loaded only here: only assess reads CloudWatch, and every other command would pay for it at start-up. */
async function cloudWatchFor(ctx) {
    const { createCloudWatch } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4085), __webpack_require__.e(1362)]).then(__webpack_require__.bind(__webpack_require__, 21362));
    const client = createCloudWatch({
        ...common(ctx),
        endpoint: ctx.options['cloudwatch-endpoint'],
        onRetry: retryLog(ctx.reporter, 'CloudWatch', () => client.inFlightLimit),
    });
    return client;
}
/** The token a GitHub command uses: --token, else the runner's GITHUB_TOKEN or GH_TOKEN. */
function gitHubToken(ctx) {
    return ctx.options.token || ctx.env.GITHUB_TOKEN || ctx.env.GH_TOKEN || undefined;
}
/** owner/name: --repository, else the run's GITHUB_REPOSITORY; the message names whichever was read. */
async function gitHubRepository(ctx) {
    const { parseRepository } = await __webpack_require__.e(/* import() */ 1299).then(__webpack_require__.bind(__webpack_require__, 1299));
    const named = ctx.options.repository ?? ctx.env.GITHUB_REPOSITORY;
    return parseRepository(named ?? '', ctx.options.repository ? (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('repository') : 'GITHUB_REPOSITORY');
}
/**
 * The GitHub client of a command (its SDK, Octokit, loaded only here), with
 * its retry budget; `needs` says which permissions the token must carry when
 * there is none.
 */
async function gitHubFor(ctx, command, needs) {
    const token = gitHubToken(ctx);
    if (!token)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${command} needs a GitHub token: give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('token')}, or set GITHUB_TOKEN (in Actions: permissions ${needs})`);
    const { createGitHub, PUBLIC_API_URL } = await Promise.all(/* import() */[__webpack_require__.e(2413), __webpack_require__.e(705)]).then(__webpack_require__.bind(__webpack_require__, 80705));
    return createGitHub({
        token,
        apiUrl: ctx.options['github-api-url'] || ctx.env.GITHUB_API_URL || PUBLIC_API_URL,
        retry: common(ctx).retry,
        onRetry: (e) => ctx.reporter.warning(`GitHub: ${e.operation} failed (${e.code}); retrying with back-off`),
    });
}


/***/ }),

/***/ 92304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ readOption)
/* harmony export */ });
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26052);
/* harmony import */ var _parse_value_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(82649);
/**
 * The one typed reader of a command's options: the value given, else the
 * options table's default (parsed as an action input's default is, so both
 * front ends see the same value). No command restates a default or casts.
 */


function readOption(options, name) {
    const given = options[(0,_options_js__WEBPACK_IMPORTED_MODULE_0__/* .flagOf */ .iP)(name)];
    if (given !== undefined)
        return given;
    const spec = _options_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_SPECS */ .Fx[name];
    return (spec.default === undefined ? undefined : (0,_parse_value_js__WEBPACK_IMPORTED_MODULE_1__/* .parseOptionValue */ .qL)(name, spec.default, 'input'));
}


/***/ }),

/***/ 68619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ defineCommand)
/* harmony export */ });
/** Keeps R for the author of a command while the registry holds Command<unknown>. */
function defineCommand(command) {
    return command;
}


/***/ }),

/***/ 30140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyCommand: () => (/* binding */ verifyCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/tables.ts
var tables = __webpack_require__(25665);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
// EXTERNAL MODULE: ./src/export-format/reader.ts
var reader = __webpack_require__(32535);
// EXTERNAL MODULE: ./src/core/recorded-reporter.ts
var recorded_reporter = __webpack_require__(57161);
// EXTERNAL MODULE: ./src/core/worker-pool.ts
var worker_pool = __webpack_require__(90228);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/verify/decimal.ts
var decimal = __webpack_require__(31106);
;// CONCATENATED MODULE: ./src/verify/raw-json.ts
/**
 * A strict JSON parser that keeps each number's source text. JSON.parse
 * rounds numbers to doubles, which would hide a changed 17th digit; verify
 * needs the digits the file really holds. Accepts exactly what JSON.parse
 * accepts (no BOM, no comments). Errors give a line and column, never the
 * text around them (it may be personal data).
 */
/** A JSON number, as written in the file. */
class JsonNumber {
    text;
    constructor(text) {
        this.text = text;
    }
}
/** A JSON object; a Map so that keys like __proto__ are plain keys. Last duplicate key wins, as in JSON.parse. */
class JsonObject {
    entries = new Map();
}
class JsonSyntaxError extends Error {
    problem;
    line;
    column;
    constructor(problem, line, column) {
        super(`${problem} at line ${line}, column ${column}`);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.name = 'JsonSyntaxError';
    }
}
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Characters a string may hold unescaped: not a quote, backslash or control character.
// eslint-disable-next-line no-control-regex
const PLAIN_RUN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
function parseRawJson(text) {
    let pos = 0;
    const fail = (problem, at = pos) => {
        const before = text.slice(0, at);
        const line = before.split('\n').length;
        const column = at - before.lastIndexOf('\n');
        throw new JsonSyntaxError(problem, line, column);
    };
    const skipSpace = () => {
        while (pos < text.length) {
            const c = text.charCodeAt(pos);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                pos++;
            else
                break;
        }
    };
    const parseString = () => {
        pos++; // opening quote
        let out = '';
        for (;;) {
            PLAIN_RUN.lastIndex = pos;
            PLAIN_RUN.exec(text);
            out += text.slice(pos, PLAIN_RUN.lastIndex);
            pos = PLAIN_RUN.lastIndex;
            if (pos >= text.length)
                fail('unterminated string');
            const c = text[pos];
            if (c === '"') {
                pos++;
                return out;
            }
            if (c === '\\') {
                const e = text[pos + 1];
                if (e === 'u') {
                    const hex = text.slice(pos + 2, pos + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('invalid \\u escape in string');
                    out += String.fromCharCode(parseInt(hex, 16));
                    pos += 6;
                }
                else if (e !== undefined && ESCAPES[e] !== undefined) {
                    out += ESCAPES[e];
                    pos += 2;
                }
                else {
                    fail('invalid escape in string');
                }
                continue;
            }
            fail('control character in string');
        }
    };
    const parseValue = () => {
        skipSpace();
        if (pos >= text.length)
            fail('unexpected end of input');
        const c = text[pos];
        if (c === '{') {
            pos++;
            const obj = new JsonObject();
            skipSpace();
            if (text[pos] === '}') {
                pos++;
                return obj;
            }
            for (;;) {
                skipSpace();
                if (text[pos] !== '"')
                    fail('expected a property name');
                const key = parseString();
                skipSpace();
                if (text[pos] !== ':')
                    fail('expected ":"');
                pos++;
                // Delete first so a repeated key takes its last value, like JSON.parse.
                obj.entries.delete(key);
                obj.entries.set(key, parseValue());
                skipSpace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === '}') {
                    pos++;
                    return obj;
                }
                fail('expected "," or "}"');
            }
        }
        if (c === '[') {
            pos++;
            const arr = [];
            skipSpace();
            if (text[pos] === ']') {
                pos++;
                return arr;
            }
            for (;;) {
                arr.push(parseValue());
                skipSpace();
                if (text[pos] === ',') {
                    pos++;
                    continue;
                }
                if (text[pos] === ']') {
                    pos++;
                    return arr;
                }
                fail('expected "," or "]"');
            }
        }
        if (c === '"')
            return parseString();
        if (text.startsWith('true', pos)) {
            pos += 4;
            return true;
        }
        if (text.startsWith('false', pos)) {
            pos += 5;
            return false;
        }
        if (text.startsWith('null', pos)) {
            pos += 4;
            return null;
        }
        NUMBER.lastIndex = pos;
        const m = NUMBER.exec(text);
        if (m) {
            pos = NUMBER.lastIndex;
            return new JsonNumber(m[0]);
        }
        return fail('unexpected character');
    };
    let value;
    try {
        value = parseValue();
    }
    catch (err) {
        if (err instanceof RangeError)
            fail('nesting too deep');
        throw err;
    }
    skipSpace();
    if (pos < text.length)
        fail('unexpected data after the end');
    return value;
}
/** The raw value's JSON kind, for messages. */
function kindOf(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (v instanceof JsonObject)
        return 'object';
    if (v instanceof JsonNumber)
        return 'number';
    return typeof v;
}

;// CONCATENATED MODULE: ./src/verify/wire-tape.ts
/** A record's kind (plain numbers: the tape is an Int32Array). */
const Kind = { Map: 1, Name: 2, S: 3, N: 4, B: 5, Bool: 6, Null: 7, List: 8, SS: 9, NS: 10, BS: 11, Str: 12 };
const REC = 4;
// eslint-disable-next-line no-control-regex -- a control character is not JSON inside a string: the parse decides
const CONTROL = /[\u0000-\u001f]/;
const PREFIX = '{"Item":';
/** Deeper than DynamoDB nests (32): left to the parse. */
const MAX_DEPTH = 40;
/** Above this many members, names are checked for repeats with a Set rather than pairwise. */
const PAIRWISE = 24;
const NOT_TAKEN = -1;
/** The line as a tape, or undefined: not the compact form this reading takes (the caller parses it). */
function readWireLine(text) {
    if (!text.startsWith(PREFIX) || text.indexOf('\\') !== -1 || CONTROL.test(text))
        return undefined;
    const b = new Builder(text);
    const end = b.map(PREFIX.length, 0);
    if (end === NOT_TAKEN || end !== text.length - 1 || text.charCodeAt(end) !== 125 /* } */)
        return undefined;
    return { text, tape: b.tape.slice(0, b.size) };
}
/** The line's item, parsed: for the items the tape cannot prove equal. Never throws for a line readWireLine took. */
function wireOf(line) {
    return JSON.parse(line.text).Item;
}
/** The item's own text, `{...}`, as in the line. */
function itemText(line) {
    return line.text.slice(PREFIX.length, -1);
}
/** The tape index of the value of the item's member `name`, or -1. */
function memberValue(line, name) {
    const { tape, text } = line;
    const n = tape[1];
    let r = REC;
    for (let j = 0; j < n; j++) {
        const a = tape[r + 1];
        if (tape[r + 2] - a === name.length && text.startsWith(name, a))
            return r + REC;
        r = tape[r + 3];
    }
    return -1;
}
/** The item's members of these names that hold a string or a number, as wire values (the rest left out). */
function scalarMembers(line, names) {
    const out = {};
    for (const name of names) {
        const r = memberValue(line, name);
        const kind = r === -1 ? 0 : line.tape[r];
        if (kind === Kind.S)
            out[name] = { S: spanText(line, r) };
        else if (kind === Kind.N)
            out[name] = { N: spanText(line, r) };
    }
    return out;
}
/** The text of a string-like record (S, N, B, Str). */
function spanText(line, r) {
    return line.text.slice(line.tape[r + 1], line.tape[r + 2]);
}
/** Whether s holds the same len characters at a and at b. */
function sameChars(s, a, b, len) {
    for (let k = 0; k < len; k++)
        if (s.charCodeAt(a + k) !== s.charCodeAt(b + k))
            return false;
    return true;
}
/** The kind a type key between a and end stands for, or 0 for any other: by its characters, no new string per value. */
function wire_tape_kindOf(s, a, end) {
    const c = s.charCodeAt(a);
    switch (end - a) {
        case 1:
            return c === 83 ? Kind.S : c === 78 ? Kind.N : c === 77 ? Kind.Map : c === 76 ? Kind.List : c === 66 ? Kind.B : 0;
        case 2:
            if (s.charCodeAt(a + 1) !== 83 /* S */)
                return 0;
            return c === 83 ? Kind.SS : c === 78 ? Kind.NS : c === 66 ? Kind.BS : 0;
        case 4:
            return s.startsWith('BOOL', a) ? Kind.Bool : s.startsWith('NULL', a) ? Kind.Null : 0;
        default:
            return 0;
    }
}
/** The scratch tape, grown as needed and kept between lines. */
let scratch = new Int32Array(1024);
class Builder {
    s;
    tape = scratch;
    size = 0;
    constructor(s) {
        this.s = s;
    }
    record(kind, a, b) {
        if (this.size + REC > this.tape.length) {
            const bigger = new Int32Array(this.tape.length * 2);
            bigger.set(this.tape);
            this.tape = scratch = bigger;
        }
        const r = this.size;
        this.tape[r] = kind;
        this.tape[r + 1] = a;
        this.tape[r + 2] = b;
        this.size += REC;
        return r;
    }
    /** A string at i ("..."): its record's span is the text between the quotes; returns past the closing quote. */
    string(i, kind) {
        if (this.s.charCodeAt(i) !== 34 /* " */)
            return NOT_TAKEN;
        const close = this.s.indexOf('"', i + 1);
        if (close === -1)
            return NOT_TAKEN;
        const r = this.record(kind, i + 1, close);
        this.tape[r + 3] = this.size;
        return close + 1;
    }
    /** A map at i; returns past its "}". */
    map(i, depth) {
        const s = this.s;
        if (s.charCodeAt(i) !== 123 /* { */ || depth > MAX_DEPTH)
            return NOT_TAKEN;
        const m = this.record(Kind.Map, 0, 0);
        let count = 0;
        i++;
        if (s.charCodeAt(i) === 125 /* } */) {
            this.tape[m + 3] = this.size;
            return i + 1;
        }
        for (;;) {
            const name = this.size;
            i = this.string(i, Kind.Name);
            if (i === NOT_TAKEN || s.charCodeAt(i) !== 58 /* : */)
                return NOT_TAKEN;
            i = this.value(i + 1, depth + 1);
            if (i === NOT_TAKEN)
                return NOT_TAKEN;
            this.tape[name + 3] = this.size;
            count++;
            const c = s.charCodeAt(i);
            if (c === 44 /* , */) {
                i++;
                continue;
            }
            if (c !== 125 /* } */)
                return NOT_TAKEN;
            break;
        }
        this.tape[m + 1] = count;
        this.tape[m + 3] = this.size;
        return this.namesOnce(m, count) ? i + 1 : NOT_TAKEN;
    }
    /** JSON.parse keeps the last of a repeated name; the parse decides such a map. */
    namesOnce(m, count) {
        if (count < 2)
            return true;
        const t = this.tape;
        const s = this.s;
        if (count > PAIRWISE) {
            const seen = new Set();
            for (let r = m + REC; r !== t[m + 3]; r = t[r + 3])
                seen.add(s.slice(t[r + 1], t[r + 2]));
            return seen.size === count;
        }
        for (let r = m + REC; r !== t[m + 3]; r = t[r + 3]) {
            const a = t[r + 1];
            const len = t[r + 2] - a;
            for (let q = t[r + 3]; q !== t[m + 3]; q = t[q + 3]) {
                if (t[q + 2] - t[q + 1] === len && sameChars(s, a, t[q + 1], len))
                    return false;
            }
        }
        return true;
    }
    /** A typed value at i ({"T":payload}); returns past its "}". */
    value(i, depth) {
        const s = this.s;
        if (s.charCodeAt(i) !== 123 /* { */ || s.charCodeAt(i + 1) !== 34 /* " */)
            return NOT_TAKEN;
        const close = s.indexOf('"', i + 2);
        if (close === -1 || s.charCodeAt(close + 1) !== 58 /* : */)
            return NOT_TAKEN;
        const p = close + 2;
        const kind = wire_tape_kindOf(s, i + 2, close);
        let end;
        switch (kind) {
            case Kind.S:
            case Kind.N:
            case Kind.B:
                end = this.string(p, kind);
                break;
            case Kind.Bool:
                end = this.bool(p);
                break;
            case Kind.Null:
                // NULL false is not a NULL DynamoDB writes: the parse and the comparator decide.
                if (!s.startsWith('true', p))
                    return NOT_TAKEN;
                this.tape[this.record(Kind.Null, 0, 0) + 3] = this.size;
                end = p + 4;
                break;
            case Kind.Map:
                end = this.map(p, depth);
                break;
            case Kind.List:
            case Kind.SS:
            case Kind.NS:
            case Kind.BS:
                end = this.sequence(p, kind, depth);
                break;
            default:
                return NOT_TAKEN;
        }
        return end !== NOT_TAKEN && s.charCodeAt(end) === 125 /* } */ ? end + 1 : NOT_TAKEN;
    }
    bool(i) {
        const s = this.s;
        const yes = s.startsWith('true', i);
        if (!yes && !s.startsWith('false', i))
            return NOT_TAKEN;
        this.tape[this.record(Kind.Bool, yes ? 1 : 0, 0) + 3] = this.size;
        return i + (yes ? 4 : 5);
    }
    /** A list at i: L's typed values, or a set's strings (kind SS, NS or BS); returns past its "]". */
    sequence(i, kind, depth) {
        const s = this.s;
        if (s.charCodeAt(i) !== 91 /* [ */ || depth > MAX_DEPTH)
            return NOT_TAKEN;
        const r = this.record(kind, 0, 0);
        let count = 0;
        i++;
        if (s.charCodeAt(i) !== 93 /* ] */) {
            for (;;) {
                i = kind === Kind.List ? this.value(i, depth + 1) : this.string(i, Kind.Str);
                if (i === NOT_TAKEN)
                    return NOT_TAKEN;
                count++;
                const c = s.charCodeAt(i);
                if (c === 44 /* , */) {
                    i++;
                    continue;
                }
                if (c !== 93 /* ] */)
                    return NOT_TAKEN;
                break;
            }
        }
        this.tape[r + 1] = count;
        this.tape[r + 3] = this.size;
        return i + 1;
    }
}

;// CONCATENATED MODULE: ./src/verify/ids.ts



/** Items already parsed (tests, and files read whole). */
function itemsOf(items) {
    return { count: items.length, idAt: (i) => fileIdOf(items[i]), item: (i) => items[i] };
}
/** The id of a file item, or null when it has none usable. */
function fileIdOf(item) {
    const id = item.entries.get('id');
    if (typeof id === 'string')
        return { key: `S:${id}`, shown: id };
    if (id instanceof JsonNumber) {
        const c = (0,decimal/* canonicalDecimal */.s)(id.text);
        return c === null ? null : { key: `N:${c}`, shown: id.text };
    }
    return null;
}
function wireIdOf(item) {
    const id = Object.prototype.hasOwnProperty.call(item, 'id') ? item.id : undefined;
    if (id && 'S' in id && typeof id.S === 'string')
        return { key: `S:${id.S}`, shown: id.S };
    if (id && 'N' in id && typeof id.N === 'string') {
        const c = (0,decimal/* canonicalDecimal */.s)(id.N);
        return c === null ? null : { key: `N:${c}`, shown: id.N };
    }
    return null;
}
/** wireIdOf of a line read as a tape, without its parse. */
function lineIdOf(line) {
    const r = memberValue(line, 'id');
    if (r === -1)
        return null;
    const kind = line.tape[r];
    if (kind === Kind.S) {
        const id = spanText(line, r);
        return { key: `S:${id}`, shown: id };
    }
    if (kind === Kind.N) {
        const id = spanText(line, r);
        const c = (0,decimal/* canonicalDecimal */.s)(id);
        return c === null ? null : { key: `N:${c}`, shown: id };
    }
    return null;
}
/**
 * The items of a data file as the app reads it: a JSON array of objects,
 * each with an id that is a string or a number, or none at all (the
 * migrated app's files may hold such items; they are matched by content
 * or reported extra). Returns why not, otherwise.
 */
function fileItemsOf(raw) {
    if (!Array.isArray(raw))
        return { problem: `not a JSON array (the file holds ${kindOf(raw) === 'object' ? 'an object' : `a ${kindOf(raw)}`})` };
    const items = [];
    for (const [i, el] of raw.entries()) {
        if (!(el instanceof JsonObject))
            return { problem: `element ${i} is ${kindOf(el) === 'array' ? 'an array' : `a ${kindOf(el)}`}, not an object` };
        if (el.entries.has('id') && fileIdOf(el) === null)
            return { problem: `element ${i} has an id that is neither a string nor a number` };
        items.push(el);
    }
    return { items };
}

;// CONCATENATED MODULE: ./src/verify/id-table.ts
/**
 * The string ids of a file's elements, by position, and the first position
 * of each: file-index.ts's lookup. Kept as their UTF-8 bytes in one buffer
 * with an open-addressing table of first positions, not as a string each
 * in a Map: about 45 bytes an item against 90, so that two threads can each
 * hold an index of one large collection (verify splits it, check-collections.ts)
 * within verify's memory. A string is made again only when one is asked
 * for (at), which the check does for items it reports, not for every item.
 *
 * Only an id without surrogates is kept as bytes: UTF-8 then tells every
 * two ids apart, where it would write each lone surrogate as U+FFFD. An
 * id with one (an emoji, or a lone one a hostile file may hold) is kept as
 * a string, in a Map beside: rare, and exact.
 *
 * The rollback's base keeps a table of the same kind (merge/key-table.ts);
 * verify keeps its own, as it shares no code with the rollback.
 */
const NONE = -1;
/** A position's length when it has no string id (a numeric id, or none). */
const NO_ID = 0xffffffff;
/** A position's length when its id is kept as a string (it has a surrogate). */
const AS_STRING = 0xfffffffe;
const SURROGATE = /[\ud800-\udfff]/;
class IdTable {
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Uint32Array(1024);
    lengths = new Uint32Array(1024);
    /** Each position's hash, so growing the table hashes nothing again. */
    hashes = new Uint32Array(1024);
    n = 0;
    /** Per slot the first position of an id, NONE when empty; never more than half full. */
    slots = new Int32Array(2048).fill(NONE);
    distinct = 0;
    scratch = Buffer.allocUnsafe(256);
    /** Ids with a surrogate: by position, and the first position of each. */
    strings = new Map();
    firstOfString = new Map();
    get size() {
        return this.n;
    }
    /** Records the next position's string id; returns the first position that has the same id, or -1 when it is the first. */
    add(id) {
        if (SURROGATE.test(id)) {
            const first = this.firstOfString.get(id);
            this.strings.set(this.n, id);
            if (first === undefined)
                this.firstOfString.set(id, this.n);
            this.place(0, AS_STRING);
            return first ?? NONE;
        }
        const max = id.length * 3;
        if (this.used + max > this.bytes.length)
            this.bytes = grown(this.bytes, this.used + max);
        const length = this.bytes.write(id, this.used, 'utf8');
        const start = this.used;
        const h = hash(this.bytes, start, length);
        const first = this.find(this.bytes, start, length, h);
        // A repeated id points at its first's bytes: the ones just written are overwritten by the next.
        this.place(first === NONE ? start : this.starts[first], length);
        if (first !== NONE)
            return first;
        this.used += length;
        this.insert(this.n - 1, h);
        return NONE;
    }
    /** Records the next position as one without a string id. */
    skip() {
        this.place(0, NO_ID);
    }
    /** The first position whose id is this one, or undefined. */
    first(id) {
        if (SURROGATE.test(id))
            return this.firstOfString.get(id);
        const max = id.length * 3;
        if (max > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(max);
        const length = this.scratch.write(id, 0, 'utf8');
        const at = this.find(this.scratch, 0, length, hash(this.scratch, 0, length));
        return at === NONE ? undefined : at;
    }
    /** The string id at position i, or undefined when it has none. */
    at(i) {
        const length = this.lengths[i];
        if (i >= this.n || length === NO_ID)
            return undefined;
        if (length === AS_STRING)
            return this.strings.get(i);
        const start = this.starts[i];
        return this.bytes.toString('utf8', start, start + length);
    }
    /** Whether position i has a string id and it is this one. */
    is(i, id) {
        return this.at(i) === id;
    }
    /** Each string id once, in the order of its first position. */
    *ids() {
        for (let i = 0; i < this.n; i++) {
            const length = this.lengths[i];
            if (length === NO_ID)
                continue;
            const id = this.at(i);
            const first = length === AS_STRING ? this.firstOfString.get(id) : this.find(this.bytes, this.starts[i], length, this.hashOf(i));
            if (first === i)
                yield id;
        }
    }
    place(start, length) {
        const i = this.n;
        if (i === this.starts.length) {
            this.starts = widened(this.starts, i * 2);
            this.lengths = widened(this.lengths, i * 2);
            this.hashes = widened(this.hashes, i * 2);
        }
        this.starts[i] = start;
        this.lengths[i] = length;
        this.n++;
    }
    /** The first position whose id has the bytes buf[start, start + length), or NONE. */
    /** Computed again: only a first position's hash is stored (only those are in the table). */
    hashOf(i) {
        return hash(this.bytes, this.starts[i], this.lengths[i]);
    }
    find(buf, start, length, h) {
        const mask = this.slots.length - 1;
        for (let s = h & mask;; s = (s + 1) & mask) {
            const p = this.slots[s];
            if (p === NONE)
                return NONE;
            if (this.lengths[p] === length && sameBytes(this.bytes, this.starts[p], buf, start, length))
                return p;
        }
    }
    insert(position, h) {
        this.hashes[position] = h;
        if ((this.distinct + 1) * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        const mask = this.slots.length - 1;
        let s = h & mask;
        while (this.slots[s] !== NONE)
            s = (s + 1) & mask;
        this.slots[s] = position;
        this.distinct++;
    }
    rehash(size) {
        const old = this.slots;
        this.slots = new Int32Array(size).fill(NONE);
        const mask = size - 1;
        for (const p of old) {
            if (p === NONE)
                continue;
            let s = this.hashes[p] & mask;
            while (this.slots[s] !== NONE)
                s = (s + 1) & mask;
            this.slots[s] = p;
        }
    }
}
/** FNV-1a over the bytes: a few nanoseconds for an id, spread well enough for linear probing. */
function hash(buf, start, length) {
    let h = 0x811c9dc5;
    for (let k = start, end = start + length; k < end; k++)
        h = Math.imul(h ^ buf[k], 0x01000193);
    return (h ^ (h >>> 15)) >>> 0;
}
function sameBytes(a, aStart, b, bStart, length) {
    for (let k = 0; k < length; k++)
        if (a[aStart + k] !== b[bStart + k])
            return false;
    return true;
}
function grown(buf, atLeast) {
    const next = Buffer.allocUnsafe(Math.max(atLeast, buf.length * 2));
    buf.copy(next);
    return next;
}
function widened(a, size) {
    const b = new Uint32Array(size);
    b.set(a);
    return b;
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/verify/pretty-scan.ts
/**
 * The quick way to index a collection file laid out as the app writes it
 * (JSON.stringify(data, null, 2)): each element of the array starts at
 * "{" after "[\n  " or ",\n  " and ends at the first "\n  }" after it, so
 * the elements are found by searching bytes, not by reading every
 * character. Each element found must still pass the index's JSON.parse
 * (FileIndex.add), and a text that parses is a whole object, so it ends
 * exactly where the character scanner would end it. Anything else (other
 * spacing, an element that does not parse there, bytes that are not
 * UTF-8, an empty array) answers false, and the caller scans the file with
 * the character scanner from the start, which decides as before.
 */



const readAt = (0,external_node_util_.promisify)(external_node_fs_.read);
const CHUNK = 1 << 20;
const FIRST = Buffer.from('[\n  {');
const END = Buffer.from('\n  }');
const NEXT = Buffer.from(',\n  {');
/** An element longer than this is not searched for: the character scanner takes the file. */
const LONGEST = 64 << 20;
const WS = (c) => c === 32 || c === 10 || c === 13 || c === 9;
/** Indexes the open file's elements into index; false when the file is not laid out so (index is then to be dropped). */
async function prettyScan(fd, index) {
    let buf = Buffer.alloc(0);
    /** File offset of buf[0]; pos: the next element's "{" in buf (or, after the array, where the rest starts). */
    let base = 0;
    let pos = 0;
    let started = false;
    let closed = false;
    /** Takes what buf holds; false when the layout is not the app's. eof: no more bytes will come. */
    const take = (eof) => {
        if (closed) {
            for (; pos < buf.length; pos++)
                if (!WS(buf[pos]))
                    return false;
            return true;
        }
        if (!started) {
            if (buf.length < FIRST.length)
                return !eof;
            if (buf.compare(FIRST, 0, FIRST.length, 0, FIRST.length) !== 0)
                return false;
            started = true;
            pos = FIRST.length - 1;
        }
        for (;;) {
            const e = buf.indexOf(END, pos);
            if (e === -1)
                return !eof && buf.length - pos <= LONGEST;
            const end = e + END.length;
            let next;
            if (buf.length >= end + NEXT.length && buf.compare(NEXT, 0, NEXT.length, end, end + NEXT.length) === 0)
                next = end + NEXT.length - 1;
            else if (buf.length >= end + 2 && buf[end] === 10 && buf[end + 1] === 93)
                next = -1;
            else if (buf.length < end + NEXT.length && !eof && (buf.length === end || buf[end] === 44 || buf[end] === 10))
                return true;
            else
                return false;
            const bytes = buf.subarray(pos, end);
            if (!(0,external_node_buffer_.isUtf8)(bytes) || !index.add(bytes, base + pos))
                return false;
            if (next === -1) {
                closed = true;
                pos = end + 2;
                return take(eof);
            }
            pos = next;
        }
    };
    // From the start, by position, all of it read before returning: the descriptor stays the caller's, to close.
    // Two read buffers in turn: buf may still be a view of the last one read (nothing else keeps one).
    const reads = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    for (let at = 0, turn = 0;; turn ^= 1) {
        if (buf.buffer === reads[turn].buffer)
            turn ^= 1;
        const { bytesRead, buffer } = await readAt(fd, reads[turn], 0, CHUNK, at);
        if (bytesRead === 0)
            break;
        at += bytesRead;
        const chunk = buffer.subarray(0, bytesRead);
        buf = pos >= buf.length ? chunk : Buffer.concat([buf.subarray(pos), chunk]);
        base += pos;
        pos = 0;
        if (!take(false))
            return false;
    }
    return take(true) && closed;
}

;// CONCATENATED MODULE: ./src/verify/file-index.ts
/**
 * A collection file read in a stream and kept as an index, not as parsed
 * items: per item its id and where its text is in the file (byte offset and
 * length); an item is parsed again (parseRawJson, digits kept) when an
 * export item is compared with it. Items without an id, or with a numeric
 * id, are parsed exactly at once (the first are matched by content, the
 * second need their digits), and items without an id are kept.
 *
 * Laid out as the app writes it, the elements are found by searching bytes
 * (pretty-scan.ts); otherwise, and to judge a file so laid out that fails
 * there, by reading every character. Each element must pass JSON.parse,
 * and the text between them must be what an array of them allows, so a file indexed here is one the app's
 * JSON.parse(readFileSync(file)) accepts, of at most maxLength characters.
 * Anything else (not an array of objects, a syntax error, a BOM) is left to
 * the whole-file reader (data-file.ts), which says exactly what is wrong:
 * this returns null then. Own code, not the rollback's reader (verify
 * shares nothing with it: independence.test.ts).
 *
 * Deferred (a data file's index): an element laid out as the app writes it
 * and starting with a plain string id is taken on that id's word, not
 * parsed. It is confirmed later, by the check finding its text written
 * exactly as its export item (written-as.ts), by being parsed when it is
 * compared, or at the end (confirmAll); one that is not valid JSON, or
 * whose id is another, throws NotAsIndexed, and the caller checks the
 * collection again with a strict index. So JSON.parse runs only for the
 * items compared, and still every element is proven to parse.
 */







const WINDOW = 1 << 20;
/** How far after the last read the next may start and still count as in file order (past items not read back). */
const NEAR = 64 * 1024;
/** A deferred element was not what its bytes promised (not valid JSON, or another id): the collection is to be checked with a strict index. */
class NotAsIndexed extends Error {
    constructor(file, position) {
        super(`${file}: element ${position} is not what its layout promised; checked again strictly`);
        this.name = 'NotAsIndexed';
    }
}
class FileIndex {
    file;
    deferred;
    /** Per item its string id, and the first position of each (id-table.ts: compact, so two threads can each hold one). */
    ids = new IdTable();
    /** Per item with a numeric id, the id as written. */
    numericShown = new Map();
    /** First position of each numeric id, by its key; numeric ids are rare. */
    firstOfNumeric = new Map();
    /** The later positions of ids seen before, by key (duplicates: rare). */
    later = new Map();
    /** Positions of items whose id an earlier item has, in file order. */
    repeated = [];
    /** Items whose id is a number: their key (its canonical value), by position. */
    numericKeys = new Map();
    /** Items without an id, by position. */
    kept = new Map();
    offsets = new Float64Array(1024);
    lengths = new Uint32Array(1024);
    /** 1: taken on its id's word (deferred), not yet proven to parse to that id. */
    unconfirmed = new Uint8Array(1024);
    pending = 0;
    n = 0;
    fd = null;
    buf = Buffer.alloc(WINDOW);
    start = 0;
    end = 0;
    /** Where the last read asked for ended, and whether it started close after the one before: two such in a row mean reads in file order. */
    lastEnd = 0;
    lastNear = true;
    /** Reads from the file and bytes they copied, after the scan (tests hold the read-ahead to reads in file order). */
    reads = { count: 0, bytes: 0 };
    constructor(file, deferred = false) {
        this.file = file;
        this.deferred = deferred;
    }
    get count() {
        return this.n;
    }
    idAt(i) {
        const key = this.numericKeys.get(i);
        if (key !== undefined)
            return { key, shown: this.numericShown.get(i) };
        const shown = this.ids.at(i);
        return shown === undefined ? null : { key: `S:${shown}`, shown };
    }
    firstAt(key) {
        return key.startsWith('S:') ? this.ids.first(key.slice(2)) : this.firstOfNumeric.get(key);
    }
    /** Every position of the id key, in file order. */
    positionsOf(key) {
        const first = this.firstAt(key);
        return first === undefined ? [] : [first, ...(this.later.get(key) ?? [])];
    }
    repeats() {
        return this.repeated;
    }
    keylessPositions() {
        return [...this.kept.keys()];
    }
    /** Whether an item's id is shown as this (a string id, or a number as written). */
    has(shown) {
        if (this.ids.first(shown) !== undefined)
            return true;
        for (const s of this.numericShown.values())
            if (s === shown)
                return true;
        return false;
    }
    /** The id keys of the file, each once. */
    *keys() {
        for (const id of this.ids.ids())
            yield `S:${id}`;
        yield* this.firstOfNumeric.keys();
    }
    item(i) {
        const k = this.kept.get(i);
        if (k)
            return k;
        const text = this.text(i);
        if (this.unconfirmed[i] === 1) {
            this.confirmText(i, text);
            // What JSON.parse takes the number-keeping parser takes too; if not, the strict index decides as it always has.
            let raw;
            try {
                raw = parseRawJson(text);
            }
            catch {
                throw new NotAsIndexed(this.file, i);
            }
            if (!(raw instanceof JsonObject))
                throw new NotAsIndexed(this.file, i);
            return raw;
        }
        const raw = parseRawJson(text);
        if (!(raw instanceof JsonObject))
            throw new Error(`${this.file}: changed while verify read it; run verify again`);
        return raw;
    }
    /** The element's text was found written exactly as an export item with its id: valid JSON, that id. */
    confirm(i) {
        if (this.unconfirmed[i] === 1) {
            this.unconfirmed[i] = 0;
            this.pending--;
        }
    }
    /** Every element still taken on its id's word, parsed now (in file order); throws NotAsIndexed at the first that fails. */
    confirmAll() {
        for (let i = 0; this.pending > 0 && i < this.n; i++)
            if (this.unconfirmed[i] === 1)
                this.confirmText(i, this.text(i));
    }
    /** Per element, 1 when still taken on its id's word: what another index of the same file (a split collection's part) proved is taken with confirmFrom. */
    unconfirmedMask() {
        return this.unconfirmed.slice(0, this.n);
    }
    /** Takes as proven what an index of the same bytes proved (mask: its unconfirmedMask). */
    confirmFrom(mask) {
        for (let i = 0; i < this.n && i < mask.length; i++)
            if (mask[i] === 0)
                this.confirm(i);
    }
    /** Which file the index read (device, inode, size, modification time): indexes of one collection in several threads must have read the same. */
    identity() {
        const st = (0,external_node_fs_.fstatSync)(this.open());
        return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
    }
    /** How many elements are still taken on their id's word (tests). */
    get unconfirmedCount() {
        return this.pending;
    }
    confirmText(i, text) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            throw new NotAsIndexed(this.file, i);
        }
        const id = value.id;
        if (!Object.prototype.hasOwnProperty.call(value, 'id') || typeof id !== 'string' || !this.ids.is(i, id))
            throw new NotAsIndexed(this.file, i);
        this.confirm(i);
    }
    /** An item's text as the file holds it (an item with an id; read back like item()). */
    text(i) {
        return this.read(this.offsets[i], this.lengths[i]);
    }
    /** Opens the file now, so the items are read back from the bytes scanned even if the path is replaced meanwhile. */
    open() {
        this.fd ??= (0,external_node_fs_.openSync)(this.file, 'r');
        return this.fd;
    }
    close() {
        if (this.fd !== null)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = null;
    }
    /** Records one element; false when it is not what the fast path takes (not an object, an id of another kind). */
    add(text, byteStart, byteLength) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch {
            return false;
        }
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            return false;
        const id = value.id;
        const i = this.n;
        if (typeof id === 'string' && Object.prototype.hasOwnProperty.call(value, 'id')) {
            this.addString(id, byteStart, byteLength);
            return true;
        }
        else {
            // A numeric id needs its digits, an item without one its content: parsed exactly, as the whole-file reader would.
            const raw = parseRawJson(text);
            const ref = fileIdOf(raw);
            if (raw.entries.has('id') && ref === null)
                return false;
            this.ids.skip();
            if (!ref)
                this.kept.set(i, raw);
            else {
                this.numericKeys.set(i, ref.key);
                this.numericShown.set(i, ref.shown);
                if (this.firstOfNumeric.has(ref.key))
                    this.repeat(ref.key, i);
                else
                    this.firstOfNumeric.set(ref.key, i);
            }
        }
        this.place(byteStart, byteLength);
        return true;
    }
    /**
     * Records one element given as its bytes. With a twin (the index of a
     * file this one repeats most elements of, in much the same order), an
     * element byte for byte equal to the twin's next one is the same JSON
     * text, so it has the id JSON.parse gave the twin's: taken without
     * parsing it again. Any other goes through add().
     */
    addBytes(bytes, byteStart, twin) {
        if (!twin) {
            const id = this.deferred ? idHint(bytes) : null;
            // An id with a backslash may be escaped: parsed now, as every element is without deferring.
            if (id === null || id.includes('\\'))
                return this.add(bytes.toString('utf8'), byteStart, bytes.length);
            this.addString(id, byteStart, bytes.length);
            this.unconfirmed[this.n - 1] = 1;
            this.pending++;
            return true;
        }
        const p = twin.next;
        // The twin's next element, else (an item moved or added before it) the one whose id the text seems to start with.
        if (this.takeFrom(twin.index, p, bytes, byteStart)) {
            twin.next = p + 1;
            return true;
        }
        const seems = idHint(bytes);
        const q = seems === null ? undefined : twin.index.firstAt(`S:${seems}`);
        if (q !== undefined && q !== p && this.takeFrom(twin.index, q, bytes, byteStart)) {
            twin.next = q + 1;
            return true;
        }
        if (!this.add(bytes.toString('utf8'), byteStart, bytes.length))
            return false;
        const id = this.idAt(this.n - 1);
        twin.next = (id ? twin.index.firstAt(id.key) : undefined) ?? p;
        twin.next++;
        return true;
    }
    /** Records the element as the twin's element at, when that has a string id and the same bytes. */
    takeFrom(t, at, bytes, byteStart) {
        if (at >= t.n || t.lengths[at] !== bytes.length || !t.bytes(at).equals(bytes))
            return false;
        const id = t.ids.at(at);
        if (id === undefined)
            return false;
        this.addString(id, byteStart, bytes.length);
        // The same bytes as a twin's element not yet proven: proven with it (the twin's owner confirms all its own), read back as it is.
        if (t.unconfirmed[at] === 1) {
            this.unconfirmed[this.n - 1] = 1;
            this.pending++;
        }
        return true;
    }
    addString(id, byteStart, byteLength) {
        const i = this.n;
        if (this.ids.add(id) !== -1)
            this.repeat(`S:${id}`, i);
        this.place(byteStart, byteLength);
    }
    /** Where the element just recorded is in the file. */
    place(byteStart, byteLength) {
        const i = this.n;
        if (i === this.offsets.length) {
            const o = new Float64Array(i * 2);
            o.set(this.offsets);
            this.offsets = o;
            const l = new Uint32Array(i * 2);
            l.set(this.lengths);
            this.lengths = l;
            const u = new Uint8Array(i * 2);
            u.set(this.unconfirmed);
            this.unconfirmed = u;
        }
        this.offsets[i] = byteStart;
        this.lengths[i] = byteLength;
        this.n++;
    }
    repeat(key, i) {
        this.repeated.push(i);
        const list = this.later.get(key);
        if (list)
            list.push(i);
        else
            this.later.set(key, [i]);
    }
    /** An element's bytes, valid until the next read. */
    bytes(i) {
        const offset = this.offsets[i];
        this.window(offset, this.lengths[i]);
        return this.buf.subarray(offset - this.start, offset - this.start + this.lengths[i]);
    }
    read(offset, length) {
        this.window(offset, length);
        return this.buf.toString('utf8', offset - this.start, offset - this.start + length);
    }
    /**
     * Reads ahead a window when reads come in file order (this one and the
     * last each start close after the one before); else just the item. The
     * export's scan order is random to the file's: a window read for each of
     * those would copy a megabyte per item.
     */
    window(offset, length) {
        const near = offset >= this.lastEnd && offset - this.lastEnd <= NEAR;
        if (offset < this.start || offset + length > this.end) {
            this.fd ??= (0,external_node_fs_.openSync)(this.file, 'r');
            const size = near && this.lastNear ? Math.max(length, WINDOW) : length;
            if (this.buf.length < size)
                this.buf = Buffer.alloc(size);
            const got = (0,external_node_fs_.readSync)(this.fd, this.buf, 0, size, offset);
            this.reads.count++;
            this.reads.bytes += got;
            this.start = offset;
            this.end = offset + got;
            if (got < length)
                throw new Error(`${this.file}: changed while verify read it; run verify again`);
        }
        this.lastEnd = offset + length;
        this.lastNear = near;
    }
}
const HINT = Buffer.from('{\n    "id": "');
/** The string id an element laid out as the app writes it seems to start with: only where to look in the twin, never its id. */
function idHint(bytes) {
    if (bytes.length <= HINT.length || bytes.compare(HINT, 0, HINT.length, 0, HINT.length) !== 0)
        return null;
    // An escaped quote ends it too early: the hint is then wrong, and found nowhere or unequal there.
    const end = bytes.indexOf(34, HINT.length);
    return end === -1 ? null : bytes.toString('utf8', HINT.length, end);
}
/** The index of the file another one mostly repeats (a reference file repeats the data file), and where in it to look next. */
class Twin {
    index;
    next = 0;
    constructor(index) {
        this.index = index;
    }
}
const file_index_WS = (c) => c === 32 || c === 10 || c === 13 || c === 9;
/**
 * The file indexed, or null when the whole-file reader must judge it (it
 * is missing, unreadable, too long, or not a plain array of objects).
 */
async function indexDataFile(file, maxLength, twin = null, 
/** Elements taken on their id's word, to be confirmed (see above): a data file's index, never a reference's. */
deferred = false) {
    const st = await (0,promises_.stat)(file).catch(() => null);
    if (!st?.isFile())
        return null;
    // A file no longer than maxLength has no more characters than that: the quick scan need not count them.
    if (st.size <= maxLength) {
        const quick = new FileIndex(file, deferred && !twin);
        const pair = twin ? new Twin(twin) : null;
        const sink = { add: (bytes, byteStart) => quick.addBytes(bytes, byteStart, pair) };
        // Scanned through the descriptor the items are read back through (and the twin's, if any, already open).
        const scanned = await Promise.resolve()
            .then(() => prettyScan(quick.open(), sink))
            .catch(() => false);
        if (scanned)
            return quick;
        quick.close();
    }
    return indexByCharacters(file, maxLength);
}
/** The file indexed by reading every character, or null (as indexDataFile; exported for the tests that hold the quick scan to it). */
async function indexByCharacters(file, maxLength) {
    // The file is opened now, so the index reads back the bytes it scanned even if the path is replaced meanwhile.
    const index = new FileIndex(file);
    try {
        return (await scan(file, index, maxLength)) ? index : (index.close(), null);
    }
    catch {
        index.close();
        return null;
    }
}
async function scan(file, index, maxLength) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let buf = '';
    let i = 0;
    let chars = 0;
    /** 0 before "[", 1 expecting an element or "]", 2 expecting "," or "]", 3 after "]", 4 expecting an element after ",". */
    let phase = 0;
    let inValue = false;
    let valueStart = 0;
    let depth = 0;
    let inString = false;
    /** Bytes before buf[0], and before buf[counted]. */
    let bytesBefore = 0;
    let counted = 0;
    const bytesTo = (at) => {
        bytesBefore += Buffer.byteLength(buf.slice(counted, at));
        counted = at;
        return bytesBefore;
    };
    const feed = (text) => {
        chars += text.length;
        if (chars > maxLength)
            return false;
        const keep = inValue ? valueStart : i;
        bytesTo(keep);
        buf = buf.slice(keep) + text;
        i -= keep;
        valueStart -= keep;
        counted = 0;
        const n = buf.length;
        while (i < n) {
            if (inValue) {
                if (inString) {
                    const q = closingQuote(buf, i);
                    if (q === -1) {
                        // The string goes on in the next chunk: look again from here (escapes are counted back from the quote).
                        i = Math.max(i, n - 1);
                        return true;
                    }
                    i = q + 1;
                    inString = false;
                    continue;
                }
                const c = buf.charCodeAt(i++);
                if (c === 34)
                    inString = true;
                else if (c === 123 || c === 91)
                    depth++;
                else if (c === 125 || c === 93) {
                    if (--depth === 0) {
                        const byteStart = bytesTo(valueStart);
                        const text = buf.slice(valueStart, i);
                        const byteLength = Buffer.byteLength(text);
                        bytesBefore += byteLength;
                        counted = i;
                        if (!index.add(text, byteStart, byteLength))
                            return false;
                        inValue = false;
                        phase = 2;
                    }
                }
                continue;
            }
            const c = buf.charCodeAt(i);
            if (file_index_WS(c)) {
                i++;
                continue;
            }
            if (phase === 0) {
                if (c !== 91)
                    return false;
                phase = 1;
            }
            else if (phase === 1 || phase === 4) {
                if (c === 93 && phase === 1)
                    phase = 3;
                else if (c === 123) {
                    inValue = true;
                    valueStart = i;
                    depth = 1;
                }
                else
                    return false;
            }
            else if (phase === 2) {
                if (c === 44)
                    phase = 4;
                else if (c === 93)
                    phase = 3;
                else
                    return false;
            }
            else
                return false;
            i++;
        }
        return true;
    };
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
        if (!feed(decoder.write(chunk)))
            return false;
    }
    if (!feed(decoder.end()))
        return false;
    return phase === 3 && !inValue;
}
/** Index of the unescaped quote ending the string that goes on at from, or -1 when it is not in s yet. */
function closingQuote(s, from) {
    for (let q = s.indexOf('"', from); q !== -1; q = s.indexOf('"', q + 1)) {
        let back = 0;
        while (s.charCodeAt(q - 1 - back) === 92)
            back++;
        if (back % 2 === 0)
            return q;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/verify/file-keys.ts
const PLAIN_KEYS = { id: 'id', drop: [] };
/**
 * The export item as the file must hold it: `id` from keys.id (the export's
 * own `id` attribute, if any, is then not the file's, and an item lacking
 * keys.id has no id), drop removed. The id attribute itself is never
 * dropped. dropped: how many attributes went.
 */
function fileShapeOf(item, keys) {
    if (keys.id === 'id' && keys.drop.length === 0)
        return { item, dropped: 0 };
    const out = {};
    let dropped = 0;
    for (const k of Object.keys(item)) {
        if (k === keys.id)
            file_keys_define(out, 'id', item[k]);
        else if (k === 'id')
            continue;
        else if (keys.drop.includes(k))
            dropped++;
        else
            file_keys_define(out, k, item[k]);
    }
    return { item: out, dropped };
}
function file_keys_define(o, k, v) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

;// CONCATENATED MODULE: ./src/verify/diff.ts
function noneAccepted() {
    return { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0, droppedAttributes: 0, items: [], notUndone: [] };
}
/** A diff of nothing: no item expected, none found, nothing accepted. The one place a diff starts from. */
function emptyDiff() {
    return {
        expected: 0,
        found: 0,
        missing: [],
        extra: [],
        changed: [],
        duplicateIds: [],
        duplicateExportIds: [],
        exportItemsWithoutId: 0,
        migration: noneAccepted(),
    };
}
/** No item missing, extra, changed, found twice or without an id: the counts aside. */
function noItemDifferences(d) {
    return (d.missing.length === 0 &&
        d.extra.length === 0 &&
        d.changed.length === 0 &&
        d.duplicateIds.length === 0 &&
        d.duplicateExportIds.length === 0 &&
        d.exportItemsWithoutId === 0);
}
function isClean(d) {
    return noItemDifferences(d) && d.expected === d.found;
}

// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/verify/accounted.ts
/**
 * Which of a collection's differences from the export the rollback itself
 * accounts for, pure. After a merge the files legitimately keep what the
 * file side changed, added or deleted; after `backup` the migration
 * backup's versions stand where the export moved on. Each such id is
 * accepted only for the difference its reason explains: kept from the files
 * (changed, or not in the export), deleted on the file side (missing),
 * restored from the backup (not in the export), dropped with
 * --allow-data-loss (changed, or missing). Anything else stays a failure,
 * and so does an id the rollback deleted that is in the file again.
 */


/** How a table names why a difference is accounted for (a function: the option is spelled as the caller spells it). */
function becauseLabel(because) {
    switch (because) {
        case 'kept-from-files':
            return 'kept from the files';
        case 'deleted-by-files':
            return 'deleted on the file side';
        case 'restored-from-backup':
            return 'restored from the migration backup';
        case 'dropped-with-allow-data-loss':
            return `DynamoDB write dropped with ${(0,option_name/* opt */.m7)('allow-data-loss')}`;
    }
}
/**
 * aliases: verify's name of an item without an id (a generated id, `(no id:
 * item N)`) -> the report's name of it, where verify found which it is.
 */
function applyAccount(diff, fileIds, account, aliases = new Map()) {
    const named = (ids) => {
        const set = new Set(ids);
        return { has: (id) => set.has(id) || (aliases.has(id) && set.has(aliases.get(id))) };
    };
    const fromFiles = named(account.fromFiles);
    const deleted = named(account.deletedByFiles);
    const restored = named(account.restoredFromBackup);
    const loss = named(account.acceptedLoss);
    const accounted = [];
    const changed = [];
    for (const c of diff.changed) {
        const because = fromFiles.has(c.id) ? 'kept-from-files' : loss.has(c.id) ? 'dropped-with-allow-data-loss' : null;
        if (because)
            accounted.push({ id: c.id, difference: 'changed', because, paths: c.paths });
        else
            changed.push(c);
    }
    const missing = [];
    for (const id of diff.missing) {
        const because = deleted.has(id) ? 'deleted-by-files' : loss.has(id) ? 'dropped-with-allow-data-loss' : null;
        if (because)
            accounted.push({ id, difference: 'missing', because });
        else
            missing.push(id);
    }
    const extra = [];
    for (const id of diff.extra) {
        const because = fromFiles.has(id) ? 'kept-from-files' : restored.has(id) ? 'restored-from-backup' : null;
        if (because)
            accounted.push({ id, difference: 'extra', because });
        else
            extra.push(id);
    }
    const deletedButPresent = account.deletedByFiles.filter((id) => fileIds.has(id));
    return { diff: { ...diff, changed, missing, extra }, accounted, deletedButPresent };
}
/** Nothing left that is not accounted for. */
function isSettled(a) {
    const d = a.diff;
    const missingAll = d.missing.length + a.accounted.filter((x) => x.difference === 'missing').length;
    const extraAll = d.extra.length + a.accounted.filter((x) => x.difference === 'extra').length;
    return (noItemDifferences(d) &&
        a.deletedButPresent.length === 0 &&
        // The counts must agree with the ids, as isClean asks expected === found.
        d.found === d.expected - missingAll + extraAll);
}

;// CONCATENATED MODULE: ./src/verify/content-key.ts


const BLIND = new Set(['id', 'createdAt', 'updatedAt']);
function fileContentKey(item) {
    return objectKey([...item.entries].filter(([k]) => !BLIND.has(k)), rawKey);
}
function wireContentKey(item) {
    return objectKey(Object.entries(item).filter(([k]) => !BLIND.has(k)), wireKey);
}
function objectKey(entries, keyOf) {
    return `{${entries
        .map(([k, v]) => `${JSON.stringify(k)}:${keyOf(v)}`)
        .sort()
        .join(',')}}`;
}
function listKey(keys) {
    return `[${keys.sort().join(',')}]`;
}
function rawKey(v) {
    if (v === null || v === '')
        return 'null';
    if (v instanceof JsonNumber)
        return `n${(0,decimal/* canonicalDecimal */.s)(v.text) ?? v.text}`;
    if (Array.isArray(v))
        return listKey(v.map(rawKey));
    if (v instanceof JsonObject)
        return objectKey([...v.entries], rawKey);
    return JSON.stringify(v);
}
function wireKey(v) {
    const w = v;
    if (w.NULL === true || w.S === '')
        return 'null';
    if (typeof w.S === 'string')
        return JSON.stringify(w.S);
    if (typeof w.N === 'string')
        return `n${(0,decimal/* canonicalDecimal */.s)(w.N) ?? w.N}`;
    if (typeof w.BOOL === 'boolean')
        return JSON.stringify(w.BOOL);
    if (typeof w.B === 'string')
        return JSON.stringify(Buffer.from(w.B, 'base64').toString('base64'));
    if (Array.isArray(w.SS))
        return listKey(w.SS.map((x) => JSON.stringify(x)));
    if (Array.isArray(w.NS))
        return listKey(w.NS.map((x) => `n${(0,decimal/* canonicalDecimal */.s)(String(x)) ?? String(x)}`));
    if (Array.isArray(w.BS))
        return listKey(w.BS.map((x) => JSON.stringify(Buffer.from(String(x), 'base64').toString('base64'))));
    if (Array.isArray(w.L))
        return listKey(w.L.map(wireKey));
    if (typeof w.M === 'object' && w.M !== null)
        return objectKey(Object.entries(w.M), wireKey);
    return '?';
}

;// CONCATENATED MODULE: ./src/verify/compare.ts


const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;
function childPath(parent, key) {
    if (SIMPLE_KEY.test(key))
        return parent ? `${parent}.${key}` : key;
    return `${parent}[${JSON.stringify(key)}]`;
}
/** The attribute paths where the file item and the DynamoDB item differ; empty when equal. refs: reference items, for the judge. */
function itemDifferences(file, item, judge, refs = []) {
    const walk = { out: [], judge };
    diffMap('', file, item, refs, walk);
    return walk.out;
}
function diffMap(path, file, map, refs, walk) {
    for (const [key, value] of file.entries) {
        const wire = Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
        if (wire === undefined)
            walk.out.push(childPath(path, key));
        else
            diffValue(childPath(path, key), value, wire, refsAt(refs, key), walk);
    }
    for (const key of Object.keys(map)) {
        if (!file.entries.has(key))
            walk.out.push(childPath(path, key));
    }
}
/** The references' values under key (or index), keeping only those that hold it. */
function refsAt(refs, key) {
    const out = [];
    for (const r of refs) {
        if (typeof key === 'string' && r instanceof JsonObject && r.entries.has(key))
            out.push(r.entries.get(key));
        else if (typeof key === 'number' && Array.isArray(r) && key < r.length)
            out.push(r[key]);
    }
    return out;
}
function diffValue(path, file, wire, refs, walk) {
    const keys = Object.keys(wire);
    const type = keys.length === 1 ? keys[0] : undefined;
    const v = wire;
    let same;
    switch (type) {
        case 'S':
            same = typeof file === 'string' && file === v.S;
            break;
        case 'N':
            same = file instanceof JsonNumber && typeof v.N === 'string' && (0,decimal/* sameDecimal */.Q)(file.text, v.N);
            break;
        case 'BOOL':
            same = typeof file === 'boolean' && file === v.BOOL;
            break;
        case 'NULL':
            same = file === null && v.NULL === true;
            break;
        case 'B':
            same = typeof file === 'string' && typeof v.B === 'string' && compare_sameBytes(file, v.B);
            break;
        case 'SS':
            same = sameSet(file, v.SS, (x) => (typeof x === 'string' ? x : null), (w) => w);
            break;
        case 'NS':
            same = sameSet(file, v.NS, (x) => (x instanceof JsonNumber ? (0,decimal/* canonicalDecimal */.s)(x.text) : null), decimal/* canonicalDecimal */.s);
            break;
        case 'BS':
            same = sameSet(file, v.BS, (x) => (typeof x === 'string' ? strictBase64(x) : null), lenientBase64);
            break;
        case 'M':
            if (file instanceof JsonObject && isPlainRecord(v.M)) {
                diffMap(path, file, v.M, refs, walk);
                return;
            }
            same = false;
            break;
        case 'L':
            if (Array.isArray(file) && Array.isArray(v.L) && file.length === v.L.length) {
                const list = v.L;
                file.forEach((element, i) => diffValue(`${path}[${i}]`, element, list[i], refsAt(refs, i), walk));
                return;
            }
            // A different length is one difference at the list itself.
            same = false;
            break;
        default:
            same = false;
    }
    if (walk.judge ? walk.judge(path, file, wire, same, refs) : !same)
        walk.out.push(path);
}
/** Canonical base64 of valid base64 text, or null; the file must hold real base64, not text Buffer would forgive. */
function strictBase64(text) {
    if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text))
        return null;
    const canonical = Buffer.from(text, 'base64').toString('base64');
    return canonical === text ? canonical : null;
}
function compare_sameBytes(fileText, wireText) {
    const f = strictBase64(fileText);
    if (f === null)
        return false;
    return f === lenientBase64(wireText);
}
/** The export's base64 is the reference; accept it whatever its padding. */
function lenientBase64(text) {
    return Buffer.from(text, 'base64').toString('base64');
}
/** Set equality: no duplicates in the file's array, every element matched, same size. */
function sameSet(file, wire, keyOfFile, keyOfWire) {
    if (!Array.isArray(file) || !Array.isArray(wire))
        return false;
    const wireKeys = new Set();
    for (const w of wire) {
        const k = typeof w === 'string' ? keyOfWire(w) : null;
        if (k === null)
            return false;
        wireKeys.add(k);
    }
    const fileKeys = new Set();
    for (const x of file) {
        const k = keyOfFile(x);
        if (k === null || !wireKeys.has(k))
            return false;
        fileKeys.add(k);
    }
    return fileKeys.size === file.length && fileKeys.size === wireKeys.size;
}
function isPlainRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}

;// CONCATENATED MODULE: ./src/verify/migration-rules.ts



const NO_RULES = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null };
const TIMESTAMPS = ['updatedAt', 'createdAt'];
/**
 * Whether compareWithRules could come out otherwise for some references
 * than for none: only through a NULL the export holds (emptyStringsAsNull)
 * or a timestamp of it inside the migration's window (rewroteUpdatedAt).
 * When not, the references need not be read.
 */
function refsMatter(expected, rules) {
    return timestampsMatter(expected, rules) || (rules.emptyStringsAsNull && mapHoldsNull(expected));
}
/** refsMatter's first half: a timestamp of the export's inside the migration's window, with rewroteUpdatedAt on. */
function timestampsMatter(expected, rules) {
    if (rules.rewroteUpdatedAt && rules.window !== null) {
        for (const field of TIMESTAMPS) {
            if (!Object.prototype.hasOwnProperty.call(expected, field))
                continue;
            const t = timeOf(expected[field]);
            if (t !== undefined && t >= rules.window.start && t <= rules.window.end)
                return true;
        }
    }
    return false;
}
// Loops rather than Object.values(...).some(): this runs for every item compared, and allocates nothing.
function mapHoldsNull(m) {
    for (const k in m)
        if (Object.prototype.hasOwnProperty.call(m, k) && holdsNull(m[k]))
            return true;
    return false;
}
function holdsNull(v) {
    if ('NULL' in v)
        return true;
    if ('M' in v && v.M)
        return mapHoldsNull(v.M);
    if ('L' in v && Array.isArray(v.L)) {
        for (const x of v.L)
            if (holdsNull(x))
                return true;
    }
    return false;
}
/** The file item against its export item (already mapped to the file's keys), under the rules. refs: most authoritative first. */
function compareWithRules(file, expected, refs, rules) {
    const outcome = { paths: [], emptyStrings: [], timestamps: [], nullsLeft: [], timestampsLeft: [] };
    let wire = expected;
    if (rules.rewroteUpdatedAt && refs.length > 0) {
        const ref = refs[0];
        for (const field of TIMESTAMPS) {
            const verdict = timestampVerdict(field, file, expected, ref, rules.window);
            if (verdict === 'left')
                outcome.timestampsLeft.push(field);
            if (verdict !== 'accepted')
                continue;
            outcome.timestamps.push(field);
            if (wire === expected)
                wire = { ...expected };
            // Compared no further: the file holds what the rule says.
            delete wire[field];
        }
    }
    const fileView = outcome.timestamps.length > 0 ? without(file, outcome.timestamps) : file;
    const judge = (path, f, w, same, at) => {
        if (!rules.emptyStringsAsNull)
            return !same;
        const isNull = 'NULL' in w && w.NULL === true;
        const refHadEmpty = at[0] === '';
        if (!same && f === '' && isNull && refHadEmpty) {
            outcome.emptyStrings.push(path);
            return false;
        }
        if (same && f === null && isNull && refHadEmpty) {
            outcome.nullsLeft.push(path);
            return true;
        }
        return !same;
    };
    outcome.paths = [...itemDifferences(fileView, wire, judge, refs), ...outcome.timestampsLeft];
    return outcome;
}
/**
 * accepted: an updatedAt the migration wrote that the rollback put back
 * (or removed, where the reference had none), or a createdAt it removed
 * (the migration wrote one only where the item had none). left: the file
 * holds the migration's time where the reference says otherwise. none:
 * not the rule's business (compared as it is).
 */
function timestampVerdict(field, file, expected, ref, window) {
    const own = Object.prototype.hasOwnProperty.call(expected, field);
    if (!own || window === null)
        return 'none';
    const t = timeOf(expected[field]);
    if (t === undefined || t < window.start || t > window.end)
        return 'none';
    const inFile = file.entries.has(field);
    const inRef = ref.entries.has(field);
    if (!inFile)
        return inRef ? 'none' : 'accepted';
    const value = file.entries.get(field);
    const refSame = inRef && sameScalar(value, ref.entries.get(field));
    if (sameAsWire(value, expected[field])) {
        // The export's own time is right where the reference holds it too, or (createdAt) holds one at all: the migration kept it.
        return refSame || (field === 'createdAt' && inRef) ? 'none' : 'left';
    }
    return field === 'updatedAt' && refSame ? 'accepted' : 'none';
}
/** A timestamp's time: an ISO string, or epoch milliseconds. */
function timeOf(v) {
    let t;
    if ('S' in v && typeof v.S === 'string')
        t = Date.parse(v.S);
    else if ('N' in v && typeof v.N === 'string')
        t = Number(v.N);
    else
        return undefined;
    return Number.isFinite(t) ? t : undefined;
}
function sameAsWire(f, w) {
    if ('S' in w)
        return f === w.S;
    if ('N' in w)
        return f instanceof JsonNumber && (0,decimal/* sameDecimal */.Q)(f.text, w.N);
    return false;
}
function sameScalar(a, b) {
    if (a instanceof JsonNumber && b instanceof JsonNumber)
        return (0,decimal/* sameDecimal */.Q)(a.text, b.text);
    return (typeof a === 'string' || typeof a === 'boolean' || a === null) && a === b;
}
function without(item, keys) {
    const out = new JsonObject();
    for (const [k, v] of item.entries)
        if (!keys.includes(k))
            out.entries.set(k, v);
    return out;
}

;// CONCATENATED MODULE: ./src/verify/keyless-origins.ts


/** Each place is taken once, by the first item that fits it. `ctx`: the check's references and rules (collection-check.ts's CheckContext). */
function keylessOrigins(check, ctx) {
    const out = [];
    const used = new Set();
    const take = (id, pick) => {
        const r = ctx.refs.keylessAt.find((x) => !used.has(x) && pick(x));
        if (!r)
            return;
        used.add(r);
        out.push({ id, from: r.from, position: r.position, ref: r.item });
    };
    for (const m of check.missing)
        take(m.id, (r) => r.from === 'backup' && compareWithRules(r.item, m.item, [r.item], ctx.rules).paths.length === 0);
    for (const e of check.extra)
        take(e.id, (r) => r.from === 'before' && sameRaw(r.item, e.item));
    return out;
}
/** Deep equality of two parsed values, numbers by their text (the file before and after the rollback write the same digits). */
function sameRaw(a, b) {
    if (a instanceof JsonNumber)
        return b instanceof JsonNumber && a.text === b.text;
    if (Array.isArray(a))
        return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameRaw(x, b[i]));
    if (a instanceof JsonObject) {
        if (!(b instanceof JsonObject) || a.entries.size !== b.entries.size)
            return false;
        for (const [k, v] of a.entries)
            if (!b.entries.has(k) || !sameRaw(v, b.entries.get(k)))
                return false;
        return true;
    }
    return a === b;
}

;// CONCATENATED MODULE: ./src/verify/data-file.ts
/**
 * Reads a data file as the app will: JSON.parse must accept it (the app's
 * own reader), and a collection file must be an array of objects with ids.
 * The number-keeping parse gives the items to compare. Problems say where,
 * never what.
 */




/**
 * The longest text the app can read: it reads each file whole into one
 * string (readFileSync then JSON.parse), and V8 holds at most this many
 * UTF-16 code units in one. A parameter so tests need not write 512 MiB.
 */
const MAX_STRING_LENGTH = external_node_buffer_.constants.MAX_STRING_LENGTH;
async function readDataFile(absPath, maxLength = MAX_STRING_LENGTH) {
    const read = await readJsonFile(absPath, maxLength);
    return 'problem' in read ? read : fileItemsOf(read.raw);
}
/**
 * Any JSON file the app reads, whatever its shape: what a collection file
 * must be, and all a file the export does not hold (settings and the like,
 * in their own format) must be.
 */
async function readJsonFile(absPath, maxLength = MAX_STRING_LENGTH) {
    let bytes;
    try {
        bytes = await (0,promises_.readFile)(absPath);
    }
    catch (err) {
        const code = err.code;
        // Over 2 GiB Node will not even read the file into a buffer.
        if (code === 'ERR_FS_FILE_TOO_LARGE')
            return { problem: tooLarge((await (0,promises_.stat)(absPath)).size, maxLength) };
        return { problem: code === 'ENOENT' ? 'missing' : `cannot be read (${code ?? 'error'})` };
    }
    let text;
    try {
        text = bytes.toString('utf8');
    }
    catch (err) {
        // V8 refuses the string itself (ERR_STRING_TOO_LONG): exactly what the app would hit.
        if (err.code === 'ERR_STRING_TOO_LONG')
            return { problem: tooLarge(bytes.length, maxLength) };
        throw err;
    }
    if (text.length > maxLength)
        return { problem: tooLarge(bytes.length, maxLength) };
    let raw;
    try {
        raw = parseRawJson(text);
    }
    catch (err) {
        if (err instanceof JsonSyntaxError)
            return { problem: `not valid JSON (${err.message})` };
        throw err;
    }
    try {
        JSON.parse(text);
    }
    catch {
        // JSON.parse's own message quotes the text; ours must not.
        return { problem: 'not valid JSON for JSON.parse' };
    }
    return { raw };
}
function tooLarge(bytes, maxLength) {
    return `too large to read (${bytes} bytes; Node's limit is ${maxLength} characters in one string, and the app reads the file whole)`;
}

;// CONCATENATED MODULE: ./src/verify/references.ts
/**
 * The references for verify's migration rules: what each item came from,
 * read with verify's own reader. The migration backup's version of an item
 * first (the folder the rollback report names), then the file's version as
 * it was before the rollback (the report's snapshot of the data dir). A
 * reference that cannot be read is no reference, said in a note: the rules
 * then accept less, never more.
 */








const NO_REFERENCES = { byId: new Map(), keyless: new Map(), keylessAt: [], read: new Set() };
async function loadReferences(collection, sources, maxLength, 
/** The data file's index: the reference files repeat most of its items byte for byte, which are then not parsed again. */
dataFile = null) {
    const byId = new IndexedRefs();
    const refs = { byId, keyless: new Map(), keylessAt: [], read: new Set(), close: () => byId.close() };
    const notes = [];
    const files = [];
    if (sources.backupDir !== null) {
        // The rollback downloads an s3:// backup for itself; verify has no copy of it.
        if ((0,core_location/* namesS3 */.Hv)(sources.backupDir))
            notes.push(`${collection}: the migration backup ${sources.backupDir} is in S3 and not read by verify; the files before the rollback are the only reference`);
        else
            files.push({
                what: 'the migration backup',
                from: 'backup',
                folder: sources.backupDir,
                file: external_node_path_default().join(sources.backupDir, `${collection}.json`),
            });
    }
    if (sources.snapshot !== null) {
        files.push({
            what: 'the snapshot before the rollback',
            from: 'before',
            folder: sources.snapshot,
            file: external_node_path_default().join(sources.snapshot, 'files', `${collection}.json`),
        });
    }
    for (const { what, from, folder, file } of files) {
        // A plain array of objects is indexed and its items read back by id; anything else is read whole, as the rules' notes need.
        const index = await indexDataFile(file, maxLength, dataFile);
        if (index) {
            byId.addFile(index, (el, i) => {
                push(refs.keyless, fileContentKey(el), el);
                refs.keylessAt.push({ item: el, from, position: i + 1 });
            });
            refs.read.add(from);
            continue;
        }
        const read = await readJsonFile(file, maxLength);
        if ('problem' in read) {
            // A collection the backup (or the data dir) did not hold has no versions there; a folder that is gone is worth saying.
            if (read.problem !== 'missing')
                notes.push(`${collection}: ${what}'s ${file} ${read.problem}; not used as a reference`);
            else if (!(await isFolder(folder)))
                notes.push(`${collection}: ${what} ${folder} is not there any more; not used as a reference`);
            else
                refs.read.add(from);
            continue;
        }
        if (!Array.isArray(read.raw)) {
            notes.push(`${collection}: ${what}'s ${file} is not a JSON array; not used as a reference`);
            continue;
        }
        refs.read.add(from);
        for (const [i, el] of read.raw.entries()) {
            if (!(el instanceof JsonObject))
                continue;
            const id = fileIdOf(el);
            if (id)
                byId.addItem(id.key, el);
            else if (!el.entries.has('id')) {
                push(refs.keyless, fileContentKey(el), el);
                refs.keylessAt.push({ item: el, from, position: i + 1 });
            }
        }
    }
    return { refs, notes };
}
async function isFolder(p) {
    return (await (0,promises_.stat)(p).catch(() => null))?.isDirectory() === true;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
/** The versions of each id across the reference files, in the order the files were added: indexed files read back, others held. */
class IndexedRefs {
    sources = [];
    addFile(index, onKeyless) {
        for (const i of index.keylessPositions())
            onKeyless(index.item(i), i);
        this.sources.push(new IndexedFile(index));
    }
    addItem(key, item) {
        let held = this.sources.at(-1);
        if (!(held instanceof Map))
            this.sources.push((held = new Map()));
        push(held, key, item);
    }
    get(key) {
        const out = [];
        for (const s of this.sources) {
            if (s instanceof Map)
                out.push(...(s.get(key) ?? []));
            else
                out.push(...s.versions(key));
        }
        return out.length > 0 ? out : undefined;
    }
    get size() {
        const keys = new Set();
        for (const s of this.sources)
            for (const k of s.keys())
                keys.add(k);
        return keys.size;
    }
    close() {
        for (const s of this.sources)
            if (!(s instanceof Map))
                s.index.close();
    }
}
/** One indexed reference file: its versions of an id are found through the index's own lookup and read back. */
class IndexedFile {
    index;
    constructor(index) {
        this.index = index;
    }
    keys() {
        return this.index.keys();
    }
    versions(key) {
        return this.index.positionsOf(key).map((i) => this.index.item(i));
    }
}

;// CONCATENATED MODULE: ./src/verify/written-as.ts

/** JSON's number grammar: what JSON.parse takes as a number. */
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** Characters JSON.stringify may escape (surrogates: when alone); a string without any is written as it is. */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Without an exponent: a decimal the comparator always takes. */
const JSON_DECIMAL = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;
/** A number JSON.parse takes and the comparator can compare (an exponent too large for it is neither equal nor here). */
function comparableNumber(v) {
    return typeof v === 'string' && (JSON_DECIMAL.test(v) || (JSON_NUMBER.test(v) && (0,decimal/* canonicalDecimal */.s)(v) !== null));
}
/** Whether the last writtenAs that answered true met a NULL on its way (it visits every value then). */
let metNull = false;
/** True when text (one element of a top-level array, from its "{" to its "}") is the item as written. */
function writtenAs(text, item) {
    metNull = false;
    return objectAt(text, 0, item, 1) === text.length;
}
/** After writtenAs answered true: whether the item holds a NULL anywhere (what the rule emptyStringsAsNull looks for). */
function writtenHeldNull() {
    return metNull;
}
/** The indentation of each depth, made once (depth 1: an element of the top-level array). */
const INDENTS = [];
function indentOf(depth) {
    return (INDENTS[depth] ??= '  '.repeat(depth));
}
/** Key names as written, for the few names a collection has (bounded: hostile data may hold many). */
const NAMES = new Map();
function nameOf(key) {
    let name = NAMES.get(key);
    if (name === undefined) {
        name = JSON.stringify(key);
        if (NAMES.size < 4096)
            NAMES.set(key, name);
    }
    return name;
}
/** Where the object written at pos ends, or -1 when the text there is not map as written at this indentation. */
function objectAt(text, pos, map, depth) {
    const keys = Object.keys(map);
    const n = keys.length;
    if (n === 0)
        return text.startsWith('{}', pos) ? pos + 2 : -1;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('{\n', pos))
        return -1;
    pos += 2;
    // Keys found so far: bits of a number for the usual few, else an array (no allocation per object for most).
    const many = n > 30 ? new Uint8Array(n) : null;
    let bits = 0;
    // The file's order is the same from item to item, often the export's: look first where the last key found leaves off.
    let from = 0;
    for (let left = n;;) {
        if (!text.startsWith(inner, pos))
            return -1;
        pos += inner.length;
        // A string token is never a prefix of another at the same place, so startsWith finds the key exactly; each once.
        let j = from;
        let name = nameOf(keys[j]);
        for (let tried = 0; (many ? many[j] === 1 : (bits & (1 << j)) !== 0) || !text.startsWith(name, pos); tried++) {
            if (tried === n - 1)
                return -1;
            if (++j === n)
                j = 0;
            name = nameOf(keys[j]);
        }
        if (many)
            many[j] = 1;
        else
            bits |= 1 << j;
        from = j + 1 === n ? 0 : j + 1;
        pos += name.length;
        if (text.charCodeAt(pos) !== 58 || text.charCodeAt(pos + 1) !== 32)
            return -1;
        pos = valueAt(text, pos + 2, map[keys[j]], depth + 1);
        if (pos === -1)
            return -1;
        if (--left === 0)
            break;
        if (text.charCodeAt(pos) !== 44 || text.charCodeAt(pos + 1) !== 10)
            return -1;
        pos += 2;
    }
    return written_as_closed(text, pos, indentOf(depth), 125);
}
/** After the last member: a newline, the indentation and the bracket; where it ends, or -1. */
function written_as_closed(text, pos, indent, bracket) {
    if (text.charCodeAt(pos) !== 10 || !text.startsWith(indent, pos + 1) || text.charCodeAt(pos + 1 + indent.length) !== bracket)
        return -1;
    return pos + 2 + indent.length;
}
function arrayAt(text, pos, list, depth) {
    if (list.length === 0)
        return text.startsWith('[]', pos) ? pos + 2 : -1;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('[\n', pos))
        return -1;
    pos += 2;
    for (let i = 0; i < list.length; i++) {
        if (i > 0) {
            if (!text.startsWith(',\n', pos))
                return -1;
            pos += 2;
        }
        if (!text.startsWith(inner, pos))
            return -1;
        pos = valueAt(text, pos + inner.length, list[i], depth + 1);
        if (pos === -1)
            return -1;
    }
    return written_as_closed(text, pos, indentOf(depth), 93);
}
/**
 * A set as an array of its members written in any order, each once. The
 * members must be distinct as the comparator tells them (SS by text, NS by
 * value): with a repeated one the file's array would hold a repeat, which
 * the comparator counts as a difference.
 */
function setAt(text, pos, members, depth) {
    if (members.length === 0)
        return text.startsWith('[]', pos) ? pos + 2 : -1;
    if (members.length > 256)
        return -1;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('[\n', pos))
        return -1;
    pos += 2;
    const used = new Uint8Array(members.length);
    for (let i = 0; i < members.length; i++) {
        if (i > 0) {
            if (!text.startsWith(',\n', pos))
                return -1;
            pos += 2;
        }
        if (!text.startsWith(inner, pos))
            return -1;
        pos += inner.length;
        // The member ends where the array goes on (a number's digits must all be the member's).
        let j = 0;
        for (; j < members.length; j++) {
            if (used[j] === 1 || !text.startsWith(members[j], pos))
                continue;
            const next = text.charCodeAt(pos + members[j].length);
            if (next === 44 || next === 10)
                break;
        }
        if (j === members.length)
            return -1;
        used[j] = 1;
        pos += members[j].length;
    }
    return written_as_closed(text, pos, indentOf(depth), 93);
}
function stringMembers(v) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string') || new Set(v).size !== v.length)
        return null;
    return v.map((x) => JSON.stringify(x));
}
function numberMembers(v) {
    if (!Array.isArray(v))
        return null;
    const values = new Set();
    for (const x of v) {
        const c = comparableNumber(x) ? (0,decimal/* canonicalDecimal */.s)(x) : null;
        if (c === null || values.has(c))
            return null;
        values.add(c);
    }
    return v;
}
/**
 * Only the types whose file form is one text (a set's, one per order) and
 * which the comparator finds equal to themselves: S, N (in JSON's grammar,
 * a decimal it can compare), BOOL, NULL, M, L, SS, NS. A value with more
 * or fewer than one type is not one the comparator accepts, so not here
 * either; binary is left to the comparator.
 */
function valueAt(text, pos, wire, depth) {
    if (typeof wire !== 'object' || wire === null)
        return -1;
    // Exactly one type (an inherited key counted too: then the comparator decides).
    let type;
    for (const k in wire) {
        if (type !== undefined)
            return -1;
        type = k;
    }
    const v = wire[type ?? ''];
    let written;
    switch (type) {
        case 'S':
            if (typeof v !== 'string')
                return -1;
            if (!NEEDS_ESCAPE.test(v)) {
                // Written as it is between quotes: compared in place.
                const end = pos + 1 + v.length;
                return text.charCodeAt(pos) === 34 && text.startsWith(v, pos + 1) && text.charCodeAt(end) === 34 ? end + 1 : -1;
            }
            written = JSON.stringify(v);
            break;
        case 'N':
            if (!comparableNumber(v))
                return -1;
            written = v;
            break;
        case 'BOOL':
            if (typeof v !== 'boolean')
                return -1;
            written = v ? 'true' : 'false';
            break;
        case 'NULL':
            if (v !== true)
                return -1;
            metNull = true;
            written = 'null';
            break;
        case 'M':
            return typeof v === 'object' && v !== null && !Array.isArray(v) ? objectAt(text, pos, v, depth) : -1;
        case 'L':
            return Array.isArray(v) ? arrayAt(text, pos, v, depth) : -1;
        case 'SS':
        case 'NS': {
            const members = type === 'SS' ? stringMembers(v) : numberMembers(v);
            return members ? setAt(text, pos, members, depth) : -1;
        }
        default:
            return -1;
    }
    return text.startsWith(written, pos) ? pos + written.length : -1;
}

;// CONCATENATED MODULE: ./src/verify/written-as-line.ts
/**
 * writtenAs (written-as.ts) for an export line read as a tape
 * (wire-tape.ts) rather than parsed: whether a file element's text is
 * exactly what the line's item would be written as by the app's
 * JSON.stringify(data, null, 2), its keys in any order. The same rules,
 * answered from the line's characters: a string of the tape holds no
 * quote, backslash or control character, so it is written as it stands
 * between quotes. true proves the element valid JSON that parses to the
 * line's values; false says only that the caller must parse and compare.
 * Pure.
 */



/** Whether the last writtenAsLine that answered true met a NULL on its way. */
let written_as_line_metNull = false;
/** True when text (one element of a top-level array, from its "{" to its "}") is the line's item as written. */
function writtenAsLine(text, line) {
    written_as_line_metNull = false;
    return written_as_line_objectAt(text, 0, line.text, line.tape, 0, 1) === text.length;
}
/** After writtenAsLine answered true: whether the item holds a NULL anywhere. */
function lineHeldNull() {
    return written_as_line_metNull;
}
/** Whether text holds at pos the characters of s from a to b. */
function sameRun(text, pos, s, a, b) {
    if (pos + (b - a) > text.length)
        return false;
    for (let i = a; i < b; i++, pos++)
        if (text.charCodeAt(pos) !== s.charCodeAt(i))
            return false;
    return true;
}
/** A quoted run: text holds at pos the characters of s from a to b between quotes. */
function sameQuoted(text, pos, s, a, b) {
    return text.charCodeAt(pos) === 34 && text.charCodeAt(pos + 1 + b - a) === 34 && sameRun(text, pos + 1, s, a, b);
}
/** Where the map m (a Map record) written at pos ends, or -1. */
function written_as_line_objectAt(text, pos, s, t, m, depth) {
    const n = t[m + 1];
    if (n === 0)
        return text.startsWith('{}', pos) ? pos + 2 : -1;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('{\n', pos))
        return -1;
    pos += 2;
    const first = m + REC;
    const end = t[m + 3];
    const many = n > 30 ? new Uint8Array(n) : null;
    let bits = 0;
    // As writtenAs: look first where the last member found leaves off, the file's order being often the line's.
    let from = first;
    let fromJ = 0;
    for (let left = n;;) {
        if (!text.startsWith(inner, pos))
            return -1;
        pos += inner.length;
        let r = from;
        let j = fromJ;
        for (let tried = 0;; tried++) {
            if (tried === n)
                return -1;
            if (!(many ? many[j] === 1 : (bits & (1 << j)) !== 0) && sameQuoted(text, pos, s, t[r + 1], t[r + 2]))
                break;
            r = t[r + 3];
            if (++j === n) {
                r = first;
                j = 0;
            }
        }
        if (many)
            many[j] = 1;
        else
            bits |= 1 << j;
        from = t[r + 3];
        fromJ = j + 1;
        if (from === end) {
            from = first;
            fromJ = 0;
        }
        pos += 2 + t[r + 2] - t[r + 1];
        if (text.charCodeAt(pos) !== 58 || text.charCodeAt(pos + 1) !== 32)
            return -1;
        pos = written_as_line_valueAt(text, pos + 2, s, t, r + REC, depth + 1);
        if (pos === -1)
            return -1;
        if (--left === 0)
            break;
        if (text.charCodeAt(pos) !== 44 || text.charCodeAt(pos + 1) !== 10)
            return -1;
        pos += 2;
    }
    return written_as_closed(text, pos, indentOf(depth), 125);
}
function written_as_line_arrayAt(text, pos, s, t, l, depth) {
    const count = t[l + 1];
    if (count === 0)
        return text.startsWith('[]', pos) ? pos + 2 : -1;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('[\n', pos))
        return -1;
    pos += 2;
    let r = l + REC;
    for (let i = 0; i < count; i++) {
        if (i > 0) {
            if (!text.startsWith(',\n', pos))
                return -1;
            pos += 2;
        }
        if (!text.startsWith(inner, pos))
            return -1;
        pos = written_as_line_valueAt(text, pos + inner.length, s, t, r, depth + 1);
        if (pos === -1)
            return -1;
        r = t[r + 3];
    }
    return written_as_closed(text, pos, indentOf(depth), 93);
}
/** A plain decimal (JSON's number grammar without an exponent): the comparator always takes it. */
function plainDecimal(s, a, b) {
    let i = a;
    if (s.charCodeAt(i) === 45 /* - */)
        i++;
    const intStart = i;
    while (i < b && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
        i++;
    const intLen = i - intStart;
    if (intLen === 0 || (intLen > 1 && s.charCodeAt(intStart) === 48))
        return false;
    if (i === b)
        return true;
    if (s.charCodeAt(i) !== 46 /* . */)
        return false;
    const fracStart = ++i;
    while (i < b && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57)
        i++;
    return i === b && i > fracStart;
}
function comparableAt(s, a, b) {
    return plainDecimal(s, a, b) || comparableNumber(s.slice(a, b));
}
/**
 * A set as an array of its members in any order, each once; the members
 * distinct as the comparator tells them (SS by text, NS by value), else
 * the file's array would hold a repeat, which the comparator counts.
 */
function written_as_line_setAt(text, pos, s, t, r, depth) {
    const count = t[r + 1];
    if (count === 0)
        return text.startsWith('[]', pos) ? pos + 2 : -1;
    if (count > 256 || !distinct(s, t, r, count))
        return -1;
    const quoted = t[r] === Kind.SS;
    const inner = indentOf(depth + 1);
    if (!text.startsWith('[\n', pos))
        return -1;
    pos += 2;
    const used = new Uint8Array(count);
    for (let i = 0; i < count; i++) {
        if (i > 0) {
            if (!text.startsWith(',\n', pos))
                return -1;
            pos += 2;
        }
        if (!text.startsWith(inner, pos))
            return -1;
        pos += inner.length;
        // The member ends where the array goes on (a number's digits must all be the member's).
        let j = 0;
        let q = r + REC;
        let width = 0;
        for (; j < count; j++, q += REC) {
            if (used[j] === 1)
                continue;
            const a = t[q + 1];
            const b = t[q + 2];
            width = b - a + (quoted ? 2 : 0);
            if (!(quoted ? sameQuoted(text, pos, s, a, b) : sameRun(text, pos, s, a, b)))
                continue;
            const next = text.charCodeAt(pos + width);
            if (next === 44 || next === 10)
                break;
        }
        if (j === count)
            return -1;
        used[j] = 1;
        pos += width;
    }
    return written_as_closed(text, pos, indentOf(depth), 93);
}
/** SS: no two members the same text; NS: every member a number the comparator takes, no two of the same value. */
function distinct(s, t, r, count) {
    const seen = new Set();
    for (let q = r + REC, k = 0; k < count; k++, q += REC) {
        const a = t[q + 1];
        const b = t[q + 2];
        let key = s.slice(a, b);
        if (t[r] === Kind.NS)
            key = comparableAt(s, a, b) ? (0,decimal/* canonicalDecimal */.s)(key) : null;
        if (key === null || seen.has(key))
            return false;
        seen.add(key);
    }
    return true;
}
/** Where the value record r written at pos ends, or -1 (binary is left to the comparator, as in writtenAs). */
function written_as_line_valueAt(text, pos, s, t, r, depth) {
    switch (t[r]) {
        case Kind.S: {
            const a = t[r + 1];
            const b = t[r + 2];
            return sameQuoted(text, pos, s, a, b) ? pos + 2 + b - a : -1;
        }
        case Kind.N: {
            const a = t[r + 1];
            const b = t[r + 2];
            return comparableAt(s, a, b) && sameRun(text, pos, s, a, b) ? pos + b - a : -1;
        }
        case Kind.Bool:
            return t[r + 1] === 1 ? (text.startsWith('true', pos) ? pos + 4 : -1) : text.startsWith('false', pos) ? pos + 5 : -1;
        case Kind.Null:
            if (!text.startsWith('null', pos))
                return -1;
            written_as_line_metNull = true;
            return pos + 4;
        case Kind.Map:
            return written_as_line_objectAt(text, pos, s, t, r, depth);
        case Kind.List:
            return written_as_line_arrayAt(text, pos, s, t, r, depth);
        case Kind.SS:
        case Kind.NS:
            return written_as_line_setAt(text, pos, s, t, r, depth);
        default:
            return -1;
    }
}

;// CONCATENATED MODULE: ./src/verify/collection-check.ts










const PLAIN_CHECK = { keys: PLAIN_KEYS, rules: NO_RULES, refs: NO_REFERENCES, generated: new Set() };
class CollectionCheck {
    ctx;
    /** File position by id key (the index's, or a map of the items); seen: matched by an export item. */
    firstAt;
    /** With the index's lookup: positions of repeated ids, not matched by position. */
    repeated = null;
    seen;
    fileItems;
    /** File items without an id, by content key, in file order. */
    keyless = new Map();
    keylessInOrder = [];
    /** Export ids the file does not hold (or generated ones), to find them twice; the others are found twice by seen. */
    exportIds = new Set();
    /** Generated ids with no file item: the export item, to find the backup item it was. */
    missingGenerated = [];
    diff;
    refs;
    refsLater;
    constructor(items, ctx = PLAIN_CHECK) {
        this.ctx = ctx;
        this.refs = ctx.refs;
        this.refsLater = ctx.refsLater === true;
        const fileItems = Array.isArray(items) ? itemsOf(items) : items;
        this.fileItems = fileItems;
        this.seen = new Uint8Array(fileItems.count);
        this.diff = { ...emptyDiff(), found: fileItems.count };
        if (fileItems.firstAt && fileItems.repeats && fileItems.keylessPositions) {
            const index = fileItems;
            this.firstAt = (key) => index.firstAt(key);
            for (const n of index.keylessPositions())
                this.addKeyless(n);
            for (const n of index.repeats())
                this.addRepeat(index.idAt(n).shown);
            this.repeated = new Set(index.repeats());
            return;
        }
        const byId = new Map();
        this.firstAt = (key) => byId.get(key);
        for (let n = 0; n < fileItems.count; n++) {
            const id = fileItems.idAt(n);
            if (!id) {
                this.addKeyless(n);
                continue;
            }
            if (byId.has(id.key)) {
                this.addRepeat(id.shown);
                continue;
            }
            byId.set(id.key, n);
        }
    }
    addKeyless(n) {
        const item = this.fileItems.item(n);
        const k = { item, shown: `(no id: item ${n + 1})`, matched: false };
        this.keylessInOrder.push(k);
        collection_check_push(this.keyless, fileContentKey(item), k);
    }
    addRepeat(shown) {
        if (!this.diff.duplicateIds.includes(shown))
            this.diff.duplicateIds.push(shown);
    }
    /** The references, once read (useReferences). */
    useReferences(refs) {
        this.refs = refs;
        this.refsLater = false;
    }
    references() {
        return this.refs;
    }
    /**
     * An export line read as a tape: settled without a parse when the file
     * holds its item exactly as written and nothing else could come of it
     * (what add() does for such an item, to the letter); else parsed and
     * given to add(), whose answer it is.
     */
    addLine(line) {
        return this.settledAsWritten(line) || this.add(wireOf(line));
    }
    /** An export item as exportReads gives it. */
    addRead(read) {
        return read.plain === undefined ? this.add(read.wire) : this.addLine(read.plain);
    }
    settledAsWritten(line) {
        const { keys, rules } = this.ctx;
        if (!this.fileItems.text || keys.id !== 'id' || keys.drop.length > 0)
            return false;
        const id = lineIdOf(line);
        if (!id || (id.key.startsWith('S:') && this.ctx.generated.has(id.shown)))
            return false;
        const at = this.firstAt(id.key);
        if (at === undefined || this.seen[at] === 1)
            return false;
        // timestampsMatter looks at nothing else; a NULL under emptyStringsAsNull needs the references.
        if (rules.rewroteUpdatedAt && rules.window !== null && timestampsMatter(scalarMembers(line, TIMESTAMPS), rules))
            return false;
        if (!writtenAsLine(this.fileItems.text(at), line) || (rules.emptyStringsAsNull && lineHeldNull()))
            return false;
        this.diff.expected++;
        this.seen[at] = 1;
        this.fileItems.confirm?.(at);
        return true;
    }
    /** One export item; false (nothing done) when it needs the references and they are not read yet. */
    add(raw) {
        const { item, dropped } = fileShapeOf(raw, this.ctx.keys);
        const id = wireIdOf(item);
        if (!id) {
            this.diff.expected++;
            this.diff.exportItemsWithoutId++;
            return true;
        }
        const generated = id.key.startsWith('S:') && this.ctx.generated.has(id.shown);
        const at = this.firstAt(id.key);
        // The references are read back only where they can change the outcome: an item compared that the rules could judge otherwise.
        let asWritten;
        let matter = false;
        if (at !== undefined && !generated && this.seen[at] !== 1) {
            const rules = this.ctx.rules;
            if (this.fileItems.text && !timestampsMatter(item, rules)) {
                // Matching the text visits every value: it tells whether a NULL is there without a walk of its own.
                asWritten = writtenAs(this.fileItems.text(at), item);
                matter = asWritten ? rules.emptyStringsAsNull && writtenHeldNull() : refsMatter(item, rules);
            }
            else
                matter = refsMatter(item, rules);
        }
        if (matter && this.refsLater)
            return false;
        this.diff.expected++;
        // An id the file holds is a duplicate once its file item is matched; only the others need remembering.
        if (at !== undefined && !generated) {
            if (this.seen[at] === 1) {
                this.diff.duplicateExportIds.push(id.shown);
                return true;
            }
        }
        else {
            if (this.exportIds.has(id.key)) {
                this.diff.duplicateExportIds.push(id.shown);
                return true;
            }
            this.exportIds.add(id.key);
        }
        if (generated) {
            if (this.matchGenerated(id.shown, item))
                this.diff.migration.droppedAttributes += dropped;
            return true;
        }
        if (at === undefined) {
            this.diff.missing.push(id.shown);
            return true;
        }
        this.seen[at] = 1;
        this.diff.migration.droppedAttributes += dropped;
        const refs = matter ? (this.refs.byId.get(id.key) ?? []) : [];
        // Without references the rules accept nothing, so an item written exactly as the export's is equal: not parsed, not diffed.
        if (refs.length === 0 && this.fileItems.text && (asWritten ?? writtenAs(this.fileItems.text(at), item))) {
            this.fileItems.confirm?.(at);
            return true;
        }
        this.record(id.shown, compareWithRules(this.fileItems.item(at), item, refs, this.ctx.rules));
        return true;
    }
    /**
     * An export item whose id the migration generated: the first file item
     * without an id that it equals under the rules, against a reference
     * without an id of the same content. One of the same content that still
     * differs is reported changed under the generated id; none, missing.
     */
    matchGenerated(id, item) {
        const expected = { ...item };
        delete expected.id;
        const content = wireContentKey(expected);
        const candidates = (this.keyless.get(content) ?? []).filter((k) => !k.matched);
        const refs = [...(this.refs.keyless.get(content) ?? []), undefined];
        let nearest = null;
        for (const k of candidates) {
            for (const ref of refs) {
                const outcome = compareWithRules(k.item, expected, ref ? [ref] : [], this.ctx.rules);
                if (outcome.paths.length === 0) {
                    k.matched = true;
                    this.diff.migration.generatedIds++;
                    this.diff.migration.items.push({ id, rule: 'generatedIds', paths: [], fileItem: k.shown });
                    this.record(id, outcome);
                    return true;
                }
                if (!nearest || outcome.paths.length < nearest.outcome.paths.length)
                    nearest = { k, outcome };
            }
        }
        if (!nearest) {
            this.diff.missing.push(id);
            this.missingGenerated.push({ id, item: expected });
            return false;
        }
        nearest.k.matched = true;
        this.record(id, nearest.outcome);
        return true;
    }
    record(id, o) {
        const m = this.diff.migration;
        if (o.emptyStrings.length > 0) {
            m.emptyStringsAsNull += o.emptyStrings.length;
            m.items.push({ id, rule: 'emptyStringsAsNull', paths: o.emptyStrings });
        }
        if (o.timestamps.length > 0) {
            m.rewroteUpdatedAt += o.timestamps.length;
            m.items.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestamps });
        }
        if (o.nullsLeft.length > 0)
            m.notUndone.push({ id, rule: 'emptyStringsAsNull', paths: o.nullsLeft });
        if (o.timestampsLeft.length > 0)
            m.notUndone.push({ id, rule: 'rewroteUpdatedAt', paths: o.timestampsLeft });
        if (o.paths.length > 0)
            this.diff.changed.push({ id, paths: o.paths });
    }
    /** This check's findings as one part of a split collection (see CheckPart); before finish. */
    part() {
        if (this.keylessInOrder.length > 0 || this.ctx.generated.size > 0)
            throw new Error('internal: a collection matched by content is not split');
        return { diff: this.diff, seen: this.seen, absent: [...this.exportIds] };
    }
    /**
     * The parts' findings taken in part order (into a check that has added
     * nothing), as one check over all of the export's items in that order
     * would have them; false when an id occurs in two parts (a repeat, which
     * the order across parts decides: the caller checks the collection whole
     * instead).
     */
    takeParts(parts) {
        const d = this.diff;
        for (const p of parts) {
            if (p.seen.length !== this.seen.length)
                return false;
            for (let i = 0; i < p.seen.length; i++) {
                if (p.seen[i] !== 1)
                    continue;
                if (this.seen[i] === 1)
                    return false;
                this.seen[i] = 1;
            }
            for (const key of p.absent) {
                if (this.exportIds.has(key))
                    return false;
                this.exportIds.add(key);
            }
            d.expected += p.diff.expected;
            d.exportItemsWithoutId += p.diff.exportItemsWithoutId;
            d.missing.push(...p.diff.missing);
            d.changed.push(...p.diff.changed);
            d.duplicateExportIds.push(...p.diff.duplicateExportIds);
            const m = d.migration;
            const pm = p.diff.migration;
            m.emptyStringsAsNull += pm.emptyStringsAsNull;
            m.rewroteUpdatedAt += pm.rewroteUpdatedAt;
            m.generatedIds += pm.generatedIds;
            m.droppedAttributes += pm.droppedAttributes;
            m.items.push(...pm.items);
            m.notUndone.push(...pm.notUndone);
        }
        return true;
    }
    finish() {
        // In file order: each id's first item not matched (items without an id and repeats are not matched by position).
        for (let at = 0; at < this.fileItems.count; at++) {
            if (this.seen[at] === 1 || this.repeated?.has(at))
                continue;
            const id = this.fileItems.idAt(at);
            if (id && (this.repeated || this.firstAt(id.key) === at))
                this.diff.extra.push(id.shown);
        }
        for (const k of this.keylessInOrder)
            if (!k.matched)
                this.diff.extra.push(k.shown);
        return this.diff;
    }
    /** After finish: the items without an id left unmatched (file items extra, export items missing under a generated id). */
    unmatched() {
        const extra = this.keylessInOrder.filter((k) => !k.matched).map((k) => ({ id: k.shown, item: k.item }));
        return { missing: this.missingGenerated, extra };
    }
    /** After finish: where the unmatched items without an id were in the references. */
    origins() {
        return keylessOrigins(this.unmatched(), { refs: this.refs, rules: this.ctx.rules });
    }
}
function collection_check_push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

;// CONCATENATED MODULE: ./src/verify/collection-report.ts
/**
 * The one place a CollectionReport is made. The keys keep the order the
 * JSON result has always had: the diff first for an exported collection; a
 * data file not exported names itself first.
 */
function collectionReport(place, diff, verdict) {
    const head = { collection: place.collection, table: place.table, file: place.file, status: verdict.status, problem: verdict.problem };
    const tail = {
        accounted: verdict.accounted ?? [],
        deletedButPresent: verdict.deletedButPresent ?? [],
        keylessDigestMismatches: verdict.keylessDigestMismatches ?? [],
        keylessNotes: verdict.keylessNotes ?? [],
    };
    return place.table === null ? { ...head, ...diff, ...tail } : { ...diff, ...head, ...tail };
}
function statusLine(r) {
    if (r.problem)
        return `${r.file} ${r.problem}`;
    if (r.status === 'not exported')
        return `${r.found ? `${r.found} items, ` : ''}not in the export (checked that it parses)`;
    const parts = [`expected ${r.expected}, found ${r.found}`];
    if (r.missing.length)
        parts.push(`${r.missing.length} missing`);
    if (r.extra.length)
        parts.push(`${r.extra.length} extra`);
    if (r.changed.length)
        parts.push(`${r.changed.length} changed`);
    if (r.duplicateIds.length)
        parts.push(`${r.duplicateIds.length} duplicate ids in the file`);
    if (r.duplicateExportIds.length)
        parts.push(`${r.duplicateExportIds.length} duplicate ids in the export`);
    if (r.exportItemsWithoutId)
        parts.push(`${r.exportItemsWithoutId} export items without an id`);
    if (r.deletedButPresent.length)
        parts.push(`${r.deletedButPresent.length} deleted by the rollback but in the file`);
    if (r.accounted.length)
        parts.push(`${r.accounted.length} accounted for by the rollback`);
    const m = r.migration;
    const artifacts = m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
    if (artifacts)
        parts.push(`${artifacts} migration artifacts undone as the rules say`);
    if (m.notUndone.length)
        parts.push(`${m.notUndone.length} migration artifacts left in the file that the rules undo`);
    return parts.join(', ');
}

// EXTERNAL MODULE: ./src/export-format/source.ts
var export_format_source = __webpack_require__(80865);
// EXTERNAL MODULE: ./src/verify/canonical-wire.ts
var canonical_wire = __webpack_require__(94213);
;// CONCATENATED MODULE: ./src/verify/export-reads.ts
/**
 * The export's items as verify reads them: each data-file line read as a
 * tape where it can be (wire-tape.ts), so that an item the file holds as
 * written is settled without JSON.parse; any other line parsed by the
 * export's reader as before. A source that does not read lines (an
 * overlay of changes) gives parsed items only.
 */



function exportReads(source, table) {
    return source.readItems ? source.readItems(table, readWireLine) : (0,export_format_source/* parsedReads */.x)(source.items(table));
}
/** Part `part` of `of` (ExportSource.partItems); null where the source does not split. */
function exportPartReads(source, table, part, of) {
    if (source.readPartItems)
        return source.readPartItems(table, part, of, readWireLine);
    return source.partItems ? (0,export_format_source/* parsedReads */.x)(source.partItems(table, part, of)) : null;
}
/** The item into the export's digest: a line by its own canonical text where canonical-wire.ts takes it. */
function addToDigest(digest, read) {
    if (read.plain === undefined)
        return digest.add(read.wire);
    const canonical = (0,canonical_wire/* canonicalFromWire */.o)(itemText(read.plain));
    if (canonical === undefined)
        digest.add(wireOf(read.plain));
    else
        digest.addCanonical(canonical);
}

// EXTERNAL MODULE: ./src/verify/digest.ts
var verify_digest = __webpack_require__(23909);
;// CONCATENATED MODULE: ./src/verify/finding.ts
/** Logs a finding at its severity; a failure names the file it is about. */
function say(reporter, finding, file) {
    if (finding.severity === 'failure')
        reporter.error(finding.text, file);
    else if (finding.severity === 'warning')
        reporter.warning(finding.text);
    else
        reporter.info(finding.text);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/verify/canonical-json.ts
/**
 * verify's own printer of the canonical form the rollback report's digests
 * of items without an id are taken over (docs/formats.md, "The canonical
 * form"): keys sorted by UTF-16 code unit, numbers as their source digits,
 * strings as JSON.stringify writes them, arrays in order, no whitespace.
 * Over verify's parser's values (and an export item, as the file would hold
 * it), never the rollback's code: the two printers are checked to agree.
 * Pure.
 */


function canonicalRaw(v) {
    if (v === null)
        return 'null';
    if (v === true)
        return 'true';
    if (v === false)
        return 'false';
    if (typeof v === 'string')
        return JSON.stringify(v);
    if (v instanceof JsonNumber)
        return v.text;
    if (Array.isArray(v))
        return `[${v.map(canonicalRaw).join(',')}]`;
    // Map keys are unique (the parser keeps the last of a repeated key); sort() orders by UTF-16 code units.
    const keys = [...v.entries.keys()].sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalRaw(v.entries.get(k))}`).join(',')}}`;
}
/** SHA-256 of the canonical text's UTF-8 bytes, 64 lowercase hex digits. */
function rawDigest(v) {
    return (0,external_node_crypto_.createHash)('sha256').update(canonicalRaw(v), 'utf8').digest('hex');
}
/**
 * An export item as the file would hold it, for its digest: only where that
 * is one value (no sets or binary, whose file form a digest cannot guess);
 * null otherwise. N is DynamoDB's text of the number, so a file that wrote
 * other digits for it (1.50 for 1.5) does not match: accepting less, never
 * more.
 */
function wireAsRaw(item) {
    const out = new JsonObject();
    for (const [k, v] of Object.entries(item)) {
        const raw = valueAsRaw(v);
        if (raw === undefined)
            return null;
        out.entries.set(k, raw);
    }
    return out;
}
function valueAsRaw(v) {
    if ('S' in v)
        return v.S;
    if ('N' in v)
        return new JsonNumber(v.N);
    if ('BOOL' in v)
        return v.BOOL;
    if ('NULL' in v)
        return null;
    if ('L' in v) {
        const out = [];
        for (const x of v.L) {
            const r = valueAsRaw(x);
            if (r === undefined)
                return undefined;
            out.push(r);
        }
        return out;
    }
    if ('M' in v)
        return wireAsRaw(v.M) ?? undefined;
    return undefined;
}

// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
;// CONCATENATED MODULE: ./src/verify/rollback-report.ts
/**
 * The rollback's JSON report, read as verify's own view of it: which ids'
 * final state did not come from the export (kept from the files, deleted
 * on the file side, restored from the backup, dropped with
 * --allow-data-loss). The report file is the only thing shared with the
 * rollback, never its code, so its shape is checked here. Ids only.
 */





/**
 * How the rollback's report names an item without an id: by where it was,
 * the migration backup or the collection file before the rollback, and its
 * 1-based position there. The report's format, not the rollback's code.
 */
function keylessLabel(from, position, file) {
    if (from === 'backup')
        return `(no id: migration backup item ${position})`;
    return file === null ? null : `(no id: ${file} item ${position})`;
}
/** Which place a report name of an item without an id points into (the inverse of keylessLabel's first argument). */
function keylessFrom(reportId) {
    return reportId.startsWith('(no id: migration backup item ') ? 'backup' : 'before';
}
/**
 * The report given with --report (any problem is bad input), else the newest
 * report beside the data dir of a rollback that wrote (a problem there only
 * means it is not used).
 */
async function loadRollbackReport(given, dataDirAbs) {
    if (given !== undefined) {
        const read = await readReport(given);
        if ('problem' in read) {
            throw new errors/* InputError */.dz(read.missing
                ? `rollback report ${given} does not exist; give the report the rollback wrote (its report output), or leave ${(0,option_name/* opt */.m7)('report')} out to use the newest beside the data dir`
                : `rollback report ${given}: ${read.problem}; give the JSON report the rollback wrote`);
        }
        return { report: read.report };
    }
    const dir = (0,paths/* statePaths */.mt)(dataDirAbs).reports;
    let names;
    try {
        names = await (0,promises_.readdir)(dir);
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? { path: null, note: `no rollback report in ${dir}` }
            : { path: dir, note: `cannot be read (${code ?? 'error'})` };
    }
    // Names hold the start time, so name order is time order. A dry run or a
    // refusal wrote nothing, so the data dir is still the previous rollback's.
    const newestFirst = names
        .filter((n) => paths/* ROLLBACK_REPORT_NAME */.qL.test(n))
        .sort()
        .reverse();
    for (const name of newestFirst) {
        const file = external_node_path_default().join(dir, name);
        const read = await readReport(file);
        if ('problem' in read)
            return { path: file, note: read.problem };
        if (!read.report.dryRun && !read.report.refused)
            return { report: read.report }; // a failed one is judged (and ignored) below
    }
    return { path: null, note: `no rollback report in ${dir}` };
}
/** Why the report does not describe this data dir as rolled back from this export; null when it does. */
function whyNotApplicable(r, exported, dataDirAbs) {
    if (r.dryRun)
        return 'it is a dry run (nothing was written)';
    if (r.refused)
        return 'that rollback refused and wrote nothing';
    if (r.failed)
        return 'that rollback stopped partway through writing (run undo, then roll back again)';
    if (external_node_path_default().resolve(r.dataDir) !== external_node_path_default().resolve(dataDirAbs))
        return `it is for data dir ${r.dataDir}, not ${dataDirAbs}`;
    // One export run copied to two places (--out and --s3-uri) is the same export: its recorded
    // start and end times identify the run wherever it is read from.
    const sameRun = r.export.startTime !== undefined && r.export.startTime === exported.startTime && r.export.endTime === exported.endTime;
    if (!sameRun && r.export.location !== exported.location)
        return `it is for export ${r.export.location}, not ${exported.location}`;
    // The same folder may have been exported again since: the times tell the runs apart.
    for (const k of ['startTime', 'endTime']) {
        const a = r.export[k];
        const b = exported[k];
        if (a !== undefined && b !== undefined && a !== b)
            return `it is for an export of ${exported.location} with ${k} ${a}, not ${b}`;
    }
    return null;
}
async function readReport(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        const code = err.code;
        return { problem: `cannot be read (${code ?? 'error'})`, missing: code === 'ENOENT' };
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        return { problem: 'not valid JSON', missing: false };
    }
    const shape = viewOf(data, file);
    return typeof shape === 'string' ? { problem: `not a rollback report (${shape})`, missing: false } : { report: shape };
}
const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIds = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
/** The view, or the first field that is wrong. Lists a report of an older version lacks count as empty. */
function viewOf(data, file) {
    if (!isRec(data) || data.command !== 'rollback')
        return 'command is not "rollback"';
    for (const k of ['strategy', 'prefer', 'dataDir', 'startedAt'])
        if (typeof data[k] !== 'string')
            return `${k} is not a string`;
    if (typeof data.dryRun !== 'boolean')
        return 'dryRun is not true or false';
    if (data.refused !== null && typeof data.refused !== 'string')
        return 'refused is neither null nor a string';
    if (data.failed !== undefined && data.failed !== null && typeof data.failed !== 'string')
        return 'failed is neither null nor a string';
    const exp = data.export;
    if (!isRec(exp) || typeof exp.location !== 'string')
        return 'export.location is not a string';
    if (!Array.isArray(data.collections))
        return 'collections is not an array';
    const collections = [];
    for (const [i, c] of data.collections.entries()) {
        if (!isRec(c) || typeof c.collection !== 'string')
            return `collections[${i}].collection is not a string`;
        const ids = (k) => c[k] === undefined ? [] : isIds(c[k]) ? c[k] : `collections[${i}].${k} is not a list of ids`;
        const fromFiles = ids('fromFiles');
        const deletedByFiles = ids('deletedByFiles');
        const restoredFromBackup = ids('restoredFromBackup');
        if (typeof fromFiles === 'string')
            return fromFiles;
        if (typeof deletedByFiles === 'string')
            return deletedByFiles;
        if (typeof restoredFromBackup === 'string')
            return restoredFromBackup;
        const lost = [];
        if (c.lost !== undefined) {
            if (!isRec(c.lost))
                return `collections[${i}].lost is not an object`;
            for (const [k, v] of Object.entries(c.lost)) {
                if (!isIds(v))
                    return `collections[${i}].lost.${k} is not a list of ids`;
                lost.push(...v);
            }
        }
        let generatedIds = [];
        if (c.migration !== undefined) {
            if (!isRec(c.migration))
                return `collections[${i}].migration is not an object`;
            const g = c.migration.generatedIds;
            if (g !== undefined && !isIds(g))
                return `collections[${i}].migration.generatedIds is not a list of ids`;
            generatedIds = g ?? [];
        }
        if (c.file !== undefined && typeof c.file !== 'string')
            return `collections[${i}].file is not a string`;
        const keylessDigests = new Map();
        if (c.keylessDigests !== undefined) {
            if (!Array.isArray(c.keylessDigests))
                return `collections[${i}].keylessDigests is not an array`;
            for (const [j, d] of c.keylessDigests.entries()) {
                if (!isRec(d) || typeof d.id !== 'string' || typeof d.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(d.sha256)) {
                    return `collections[${i}].keylessDigests[${j}] is not an id and a sha256 of 64 hex digits`;
                }
                keylessDigests.set(d.id, d.sha256);
            }
        }
        const run = runOf(c.migrationRun);
        if (typeof run === 'string')
            return `collections[${i}].migrationRun ${run}`;
        collections.push({
            collection: c.collection,
            fromFiles,
            deletedByFiles,
            restoredFromBackup,
            lost,
            generatedIds,
            file: typeof c.file === 'string' ? c.file : null,
            keylessDigests,
            run,
        });
    }
    const migration = migrationOf(data.migration);
    if (typeof migration === 'string')
        return migration;
    const backup = data.backup;
    if (backup !== undefined && backup !== null && (!isRec(backup) || typeof backup.dir !== 'string'))
        return 'backup.dir is not a string';
    if (data.snapshot !== undefined && data.snapshot !== null && typeof data.snapshot !== 'string')
        return 'snapshot is neither null nor a string';
    const time = (v) => (typeof v === 'string' ? v : undefined);
    return {
        path: file,
        strategy: data.strategy,
        prefer: data.prefer,
        dryRun: data.dryRun,
        refused: data.refused !== null,
        failed: typeof data.failed === 'string',
        allowDataLoss: data.allowDataLoss === true,
        dataDir: data.dataDir,
        export: { location: exp.location, startTime: time(exp.startTime), endTime: time(exp.endTime) },
        startedAt: data.startedAt,
        collections,
        migration,
        backupDir: isRec(backup) ? backup.dir : null,
        snapshot: typeof data.snapshot === 'string' ? data.snapshot : null,
    };
}
function migrationOf(m) {
    if (m === undefined)
        return null;
    if (!isRec(m))
        return 'migration is not an object';
    for (const k of ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'])
        if (typeof m[k] !== 'boolean')
            return `migration.${k} is not true or false`;
    for (const k of ['windowStart', 'windowEnd']) {
        const v = m[k];
        if (v !== undefined && v !== null && (typeof v !== 'string' || !Number.isFinite(Date.parse(v))))
            return `migration.${k} is neither null nor a time`;
    }
    const time = (v) => (typeof v === 'string' ? v : null);
    return {
        emptyStringsAsNull: m.emptyStringsAsNull,
        rewroteUpdatedAt: m.rewroteUpdatedAt,
        generatedIds: m.generatedIds,
        windowStart: time(m.windowStart),
        windowEnd: time(m.windowEnd),
    };
}
/** collections[].migrationRun: absent or null, or a backup folder and a window of two times. */
function runOf(r) {
    if (r === undefined || r === null)
        return null;
    if (!isRec(r) || typeof r.backup !== 'string')
        return 'has no backup folder';
    const t = (v) => typeof v === 'string' && Number.isFinite(Date.parse(v));
    if (!t(r.windowStart) || !t(r.windowEnd))
        return 'has no window of two times';
    return { backup: r.backup, windowStart: r.windowStart, windowEnd: r.windowEnd };
}

;// CONCATENATED MODULE: ./src/verify/keyless-digests.ts
/**
 * The rollback report's digests of its items without an id, checked, pure.
 * The report names such an item only by where it was (the migration
 * backup, or the file before the rollback, and a position), and gives a
 * digest of its content there. Where verify found the place in a reference
 * (keyless-origins.ts), the digest must agree: if not, the report (or the
 * reference) was changed, a failure. Where the reference is not here (a
 * finish job on a new runner has no snapshot; a backup on S3), an unmatched
 * item is taken for the report's only when verify's own digest of it equals
 * the digest the report gives for a place in that reference, each place
 * once. A report without digests changes nothing.
 */


function checkKeylessDigests(input) {
    const { origins, unmatched, file, digests, read } = input;
    const out = { aliases: new Map(), byDigest: [], mismatches: [], unrecognised: [] };
    const taken = new Set();
    for (const o of origins) {
        const label = keylessLabel(o.from, o.position, file);
        if (label === null)
            continue;
        const want = digests.get(label);
        taken.add(label);
        if (want !== undefined && rawDigest(o.ref) !== want) {
            out.mismatches.push({ id: o.id, reportId: label });
            continue;
        }
        out.aliases.set(o.id, label);
    }
    // Places of the report in references that are not here, not yet taken.
    const open = [...digests].filter(([label]) => !taken.has(label) && !read.has(keylessFrom(label)));
    if (open.length === 0)
        return out;
    const found = new Set(origins.map((o) => o.id));
    const take = (id, digest, places) => {
        const at = digest === null ? -1 : open.findIndex(([label, d]) => d === digest && (places === 'any' || keylessFrom(label) === 'backup'));
        if (at < 0) {
            out.unrecognised.push(id);
            return;
        }
        const [label] = open.splice(at, 1)[0];
        out.aliases.set(id, label);
        out.byDigest.push({ id, reportId: label, absent: keylessFrom(label) });
    };
    for (const e of unmatched.extra)
        if (!found.has(e.id))
            take(e.id, rawDigest(e.item), 'any');
    for (const m of unmatched.missing) {
        if (found.has(m.id))
            continue;
        const raw = wireAsRaw(m.item);
        // The report names an item the migration gave an id by its place in the backup.
        take(m.id, raw === null ? null : rawDigest(raw), 'backup');
    }
    return out;
}

;// CONCATENATED MODULE: ./src/verify/keyless-findings.ts
function keylessFindings(collection, file, k, referencesRead) {
    const absent = (from) => !referencesRead
        ? `the ${from === 'before' ? 'snapshot' : 'migration backup'} is not read (no migration rule is on)`
        : from === 'before'
            ? 'the snapshot is not here'
            : 'the migration backup is not here';
    const out = [];
    for (const b of k.byDigest)
        out.push({
            severity: 'note',
            text: `${collection}: ${b.id} in ${file} is the report's ${b.reportId}: accounted for by the report's digest; ${absent(b.absent)}`,
        });
    for (const m of k.mismatches) {
        out.push({
            severity: 'failure',
            text: `${collection}: ${m.id} in ${file} is the report's ${m.reportId}, but the report's digest of it does not match its content there: the report or the reference was changed since the rollback`,
        });
    }
    if (k.unrecognised.length > 0) {
        out.push({
            severity: 'warning',
            text: `${collection}: ${list(k.unrecognised)} in ${file} ${k.unrecognised.length === 1 ? 'matches' : 'match'} no digest the report gives for an item without an id whose place is not here: changed since the rollback, or not the rollback's`,
        });
    }
    return out;
}
function list(ids) {
    return ids.length > 10 ? `${ids.slice(0, 10).join(', ')} (+${ids.length - 10} more)` : ids.join(', ');
}

;// CONCATENATED MODULE: ./src/verify/migration-facts.ts
/** The rules and references of one collection: its own run's where the report gives one. */
function factsFor(facts, collection) {
    const run = facts.runs.get(collection);
    if (!run || !facts.sources)
        return { rules: facts.rules, sources: facts.sources };
    return { rules: { ...facts.rules, window: run.window }, sources: { ...facts.sources, backupDir: run.backupDir } };
}
const RULES = ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'];
/** report: the rollback report verify uses (null when none is usable); reportUse says why one was set aside. */
function migrationFacts(switches, report, reportUse) {
    const use = { ...switches, windowStart: null, windowEnd: null, backup: null, snapshot: null, runs: [], notes: [] };
    const none = {
        rules: { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null },
        sources: null,
        generated: new Map(),
        files: new Map(),
        runs: new Map(),
        use,
    };
    if (!RULES.some((r) => switches[r]))
        return none;
    const m = report?.migration;
    if (!report || !m) {
        const why = !report
            ? reportUse?.ignored
                ? `the rollback report was set aside (${reportUse.ignored})`
                : 'there is no rollback report'
            : 'the rollback report records no migration facts (written by an older version)';
        use.notes.push(`migration rules not applied: ${why}, so verify has no references (migration backup, files before the rollback) and no window: every migration artifact counts as a difference`);
        return none;
    }
    for (const r of RULES) {
        if (switches[r] && !m[r])
            use.notes.push(`migration rule ${r} is on in the config but the rollback ran with it off: the files keep what it undoes, and verify reports each place where the rule says otherwise`);
    }
    const start = m.windowStart === null ? NaN : Date.parse(m.windowStart);
    const end = m.windowEnd === null ? NaN : Date.parse(m.windowEnd);
    const window = Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null;
    if (switches.rewroteUpdatedAt && window === null && !report.collections.some((c) => c.run))
        use.notes.push("the rollback report gives no migration window: no updatedAt is taken for the migration's");
    use.windowStart = window ? m.windowStart : null;
    use.windowEnd = window ? m.windowEnd : null;
    use.backup = report.backupDir;
    use.snapshot = report.snapshot;
    const runs = new Map();
    for (const c of report.collections) {
        if (!c.run)
            continue;
        runs.set(c.collection, { window: { start: Date.parse(c.run.windowStart), end: Date.parse(c.run.windowEnd) }, backupDir: c.run.backup });
        use.runs.push({ collection: c.collection, windowStart: c.run.windowStart, windowEnd: c.run.windowEnd, backup: c.run.backup });
    }
    const generated = new Map();
    if (switches.generatedIds)
        for (const c of report.collections)
            generated.set(c.collection, new Set(c.generatedIds));
    return {
        rules: { emptyStringsAsNull: switches.emptyStringsAsNull, rewroteUpdatedAt: switches.rewroteUpdatedAt, window },
        sources: { backupDir: report.backupDir, snapshot: report.snapshot },
        generated,
        files: new Map(report.collections.flatMap((c) => (c.file === null ? [] : [[c.collection, c.file]]))),
        runs,
        use,
    };
}

;// CONCATENATED MODULE: ./src/verify/verify-collection.ts
/**
 * One collection of verify: its data file against the export's items, the
 * rollback report's account and the migration's references. Takes only
 * plain inputs (structured-clone safe) besides the open export and the
 * reporter, so a worker thread can run it on its own copy of the export
 * (verify-worker.ts) while the parent replays its log in collection order.
 */
















const PROGRESS_BATCH = 1000;
async function verifyCollection(job, source, reporter) {
    const abs = external_node_path_default().join(job.dataDirAbs, `${job.collection}.json`);
    const shown = { progress: null, counted: 0, notes: [] };
    // Elements are first taken on their ids' word, parsed only where compared; one that breaks it means a strict second pass.
    try {
        return await checkOnce(job, source, reporter, abs, await indexDataFile(abs, job.maxLength, null, true), shown);
    }
    catch (err) {
        if (!(err instanceof NotAsIndexed))
            throw err;
    }
    return checkOnce(job, source, reporter, abs, await indexDataFile(abs, job.maxLength), shown);
}
async function checkOnce(job, source, reporter, abs, index, shown) {
    const { collection, info, maxLength } = job;
    // Streamed and indexed when it is a plain array of objects the app can read; otherwise read whole, to say what is wrong.
    let refs = null;
    try {
        const read = index ? { items: index } : await readDataFile(abs, maxLength);
        const ctx = await checkContext(job, reporter, index, shown.notes);
        refs = ctx.refs;
        const check = new CollectionCheck('items' in read ? read.items : [], ctx);
        /** References read only once an item needs them: their notes are said with the collection's findings. */
        let lateNotes = [];
        // The export's digest is needed only to compare with the live tables.
        const digest = job.digest ? new verify_digest/* Digest */.np() : null;
        const progress = (shown.progress ??= reporter.progress(`verify ${collection}`, { unit: 'items', total: info.itemCount }));
        // A second pass counts on from where the first stopped.
        let done = 0;
        for await (const item of exportReads(source, info.table)) {
            const loaded = await addChecked(check, ctx, item);
            if (loaded) {
                refs = loaded.refs;
                ctx.notes = lateNotes = loaded.notes;
            }
            if (digest)
                addToDigest(digest, item);
            if (++done % PROGRESS_BATCH === 0 && done > shown.counted) {
                progress.add(done - shown.counted);
                shown.counted = done;
            }
        }
        if (done >= shown.counted) {
            progress.add(done - shown.counted);
            shown.counted = done;
        }
        // Every element not yet proven by the check is parsed now: the file is one the app's JSON.parse accepts.
        index?.confirmAll();
        const { report, said } = concluded(job, check, read, index);
        sayVerdict(job, reporter, progress, report, said, lateNotes, shown.notes);
        return { report, digest: digest?.value() ?? null, notes: ctx.notes };
    }
    finally {
        index?.close();
        refs?.close?.();
    }
}
/**
 * Adds an export item to the check, reading the collection's references
 * first when the item needs them (add() answers false until they are
 * given); the references so read, or null.
 */
async function addChecked(check, ctx, item) {
    if (check.addRead(item))
        return null;
    const loaded = await ctx.later();
    check.useReferences(loaded.refs);
    check.addRead(item);
    return loaded;
}
/** A finished check's report: its diff, and the items without an id against the rollback's digests of them, judged. */
function concluded(job, check, read, index) {
    const diff = check.finish();
    const inReport = job.inReport;
    const keyless = checkKeylessDigests({
        origins: check.origins(),
        unmatched: check.unmatched(),
        file: inReport?.file ?? null,
        digests: inReport?.keylessDigests ?? new Map(),
        read: check.references().read,
    });
    return judged(job, read, index, diff, keyless, job.facts.sources !== null);
}
/** What one thread says once a collection is checked: the late references' notes, the findings, the progress line, the verdict. */
function sayVerdict(job, reporter, progress, report, said, notes, warned) {
    warnOnce(notes, reporter, warned);
    for (const f of said)
        say(reporter, f, report.file);
    progress.done(statusLine(report));
    if (report.status === 'accounted')
        reporter.info(`${job.collection}: ${statusLine(report)}`);
    else if (report.status !== 'ok')
        reporter.error(`${job.collection}: ${statusLine(report)}`, report.file);
}
/**
 * The collection's report from its diff: invalid when the file cannot be
 * read as the app reads it; with the rollback's account, what it accounts
 * for listed apart; else ok or differs. `said`: the findings the report
 * keeps, to log (only a report with the account has any).
 */
function judged(job, read, index, diff, keyless, referencesRead) {
    const { collection, account } = job;
    const file = `${job.dataDir.replace(/\/+$/, '')}/${collection}.json`;
    const place = { collection, table: job.info.table, file };
    const problem = 'problem' in read ? read.problem : null;
    if (problem) {
        // An unreadable file has no items: report it as such, not as every item missing.
        return {
            report: collectionReport(place, { ...diff, found: 0, missing: [], extra: [], changed: [], migration: noneAccepted() }, { status: 'invalid', problem }),
            said: [],
        };
    }
    if (!account || !('items' in read))
        return { report: collectionReport(place, diff, { status: isClean(diff) ? 'ok' : 'differs', problem }), said: [] };
    const findings = keylessFindings(collection, file, keyless, referencesRead);
    const fileIds = index ?? idsOf(Array.isArray(read.items) ? itemsOf(read.items) : read.items);
    const a = applyAccount(diff, fileIds, account, keyless.aliases);
    const status = !isSettled(a) || keyless.mismatches.length > 0 ? 'differs' : a.accounted.length > 0 ? 'accounted' : 'ok';
    // What the files kept on purpose (the item kept from them) is no failure of a rule.
    const stillChanged = new Set(a.diff.changed.map((c) => c.id));
    const migration = { ...diff.migration, notUndone: diff.migration.notUndone.filter((n) => stillChanged.has(n.id)) };
    const report = collectionReport(place, { ...a.diff, migration }, {
        status,
        problem,
        accounted: a.accounted,
        deletedButPresent: a.deletedButPresent,
        keylessDigestMismatches: keyless.mismatches,
        keylessNotes: findings.map((f) => f.text),
    });
    return { report, said: findings };
}
/**
 * The collection's settings, the rules and the ids the migration generated;
 * its references read now only where items without an id may need them
 * (a generated id, a file item without one, a file read whole). Otherwise
 * `later` reads them once an item needs them (collection-check.ts), and a
 * collection no rule can change the outcome of reads none.
 */
async function checkContext(job, reporter, dataFile, warned) {
    const { keys, facts, collection } = job;
    // A resumed migration: the collection's own run (window and backup), as the report records it.
    const { rules, sources } = factsFor(facts, collection);
    const none = { keys, rules, refs: NO_REFERENCES, generated: new Set(), notes: [], later: null, refsLater: false };
    if (!sources)
        return none;
    const generated = facts.generated.get(collection) ?? new Set();
    const later = () => loadReferences(collection, sources, job.maxLength, dataFile);
    if (!matchedByContent(job, dataFile))
        return { ...none, generated, later, refsLater: true };
    const { refs, notes } = await later();
    warnOnce(notes, reporter, warned);
    return { keys, rules, refs, generated, notes, later: null, refsLater: false };
}
/**
 * Whether some items are matched by content, not by id (ids the migration
 * generated, file items without one, or a file read whole): that matching
 * needs the references from the start, and goes by the export's order.
 */
function matchedByContent(job, dataFile) {
    const generated = job.facts.generated.get(job.collection);
    return ((factsFor(job.facts, job.collection).sources !== null && generated !== undefined && generated.size > 0) ||
        dataFile === null ||
        dataFile.keylessPositions().length > 0);
}
/** Warns each note a first pass did not (a second, strict pass reads the same references: the notes read the same unless one repeats a broken element). */
function warnOnce(notes, reporter, warned) {
    const left = [...warned];
    for (const note of notes) {
        const at = left.indexOf(note);
        if (at !== -1)
            left.splice(at, 1);
        else {
            reporter.warning(note);
            warned.push(note);
        }
    }
}
/** The ids a file's items have (items without one have none); an index answers from its own lookup. */
function idsOf(items) {
    const ids = new Set();
    for (let i = 0; i < items.count; i++) {
        const id = items.idAt(i);
        if (id)
            ids.add(id.shown);
    }
    return ids;
}

// EXTERNAL MODULE: ./src/core/reporter.ts
var core_reporter = __webpack_require__(99586);
;// CONCATENATED MODULE: ./src/verify/verify-part.ts
/**
 * A large collection checked by two threads at once: each takes a part of
 * the export's data files (ExportSource.readPartItems) against its own index of
 * the data file, and says nothing; the parent takes the parts' findings in
 * part order (CollectionCheck.takeParts), finishes them against an index of
 * the file (the part it ran itself kept its own), and says what one thread checking the whole collection would
 * have said, line for line. Only for a collection whose items are all
 * matched by id (matchedByContent): matching by content goes by the
 * export's order across parts. Whatever the parts cannot settle alone (an
 * element not what its layout promised, an id in two parts, the file
 * changed between the threads' reads) gives null, and the caller checks
 * the collection whole, as before.
 */







const WHOLE = { whole: true };
/**
 * Part `part` of `of` of the collection's export items against the data
 * file; logs nothing. keep: the part runs in the parent's thread, whose
 * merge takes this part's index as its own (given to keep, not closed),
 * so the file is indexed once less.
 */
async function verifyPart(job, part, of, source, keep) {
    const reads = exportPartReads(source, job.info.table, part, of);
    if (!reads)
        return WHOLE;
    const index = await indexDataFile(external_node_path_default().join(job.dataDirAbs, `${job.collection}.json`), job.maxLength, null, true);
    if (!index)
        return WHOLE;
    let refs = null;
    let kept = false;
    try {
        if (matchedByContent(job, index))
            return WHOLE;
        // Lazy (matched by id only): it warns nothing now; a part says nothing anyway.
        const ctx = await checkContext(job, core_reporter/* silentReporter */.P, index, []);
        const check = new CollectionCheck(index, ctx);
        const digest = job.digest ? new verify_digest/* Digest */.np() : null;
        let notes = null;
        let count = 0;
        for await (const item of reads) {
            const loaded = await addChecked(check, ctx, item);
            if (loaded) {
                refs = loaded.refs;
                notes = loaded.notes;
            }
            if (digest)
                addToDigest(digest, item);
            count++;
        }
        const outcome = {
            whole: false,
            check: check.part(),
            unconfirmed: index.unconfirmedMask(),
            identity: index.identity(),
            count,
            digest: digest?.value() ?? null,
            notes,
        };
        if (keep) {
            keep(index);
            kept = true;
        }
        return outcome;
    }
    catch (err) {
        if (err instanceof NotAsIndexed)
            return WHOLE;
        throw err;
    }
    finally {
        if (!kept)
            index.close();
        refs?.close?.();
    }
}
/**
 * The collection's outcome from its parts, in part order, said as the
 * whole check says it; null when the parts cannot be taken together.
 * `indexed`: the parent's index of the data file (the one a part kept, or
 * a new one); closed here.
 */
async function mergeParts(job, parts, indexed, reporter) {
    const index = await indexed;
    if (!index)
        return null;
    try {
        const taken = parts.filter((p) => !p.whole);
        if (taken.length !== parts.length || matchedByContent(job, index))
            return null;
        const identity = index.identity();
        if (taken.some((p) => p.identity !== identity))
            return null;
        const ctx = await checkContext(job, core_reporter/* silentReporter */.P, index, []);
        const check = new CollectionCheck(index, ctx);
        if (!check.takeParts(taken.map((p) => p.check)))
            return null;
        // Proven by some part, or parsed now: every element of the file still passes JSON.parse.
        for (const p of taken)
            index.confirmFrom(p.unconfirmed);
        index.confirmAll();
        const { report, said } = concluded(job, check, { items: index }, index);
        const notes = taken.find((p) => p.notes !== null)?.notes ?? [];
        // As the whole check says it: its progress, the references' notes, the findings, the verdict.
        const progress = reporter.progress(`verify ${job.collection}`, { unit: 'items', total: job.info.itemCount });
        progress.add(taken.reduce((n, p) => n + p.count, 0));
        sayVerdict(job, reporter, progress, report, said, notes, []);
        const digests = taken.map((p) => p.digest);
        const digest = digests.every((d) => d !== null) ? digests.reduce((a, b) => (0,verify_digest/* addDigests */.Pn)(a, b)) : null;
        return { report, digest, notes };
    }
    catch (err) {
        if (err instanceof NotAsIndexed)
            return null;
        throw err;
    }
    finally {
        index.close();
    }
}

;// CONCATENATED MODULE: ./src/verify/verify-worker.ts




const VERIFY_ROLE = 'verify-collection';
/** Opened once per worker, read for each collection it is given. */
let opened;
async function verifyInWorker(shared, task) {
    opened ??= openExport(shared.from);
    return verifyTask(task, await opened);
}
/**
 * One task, in whichever thread: a whole collection's log recorded for the
 * parent to replay in order. keep: the parent's thread keeps a part's
 * index for the merge (verifyPart).
 */
async function verifyTask(task, source, keep) {
    if (task.of > 1)
        return { part: await verifyPart(task.job, task.part, task.of, source, keep) };
    const { reporter, events } = (0,recorded_reporter/* recordingReporter */.l)();
    const outcome = await verifyCollection(task.job, source, reporter);
    return { outcome, events };
}

;// CONCATENATED MODULE: ./src/verify/check-collections.ts
/**
 * Every exported collection checked (verify-collection.ts), in this thread
 * or in worker threads (verify-worker.ts), and taken in collection order
 * whichever thread checked it: the result and the log read the same with
 * any number of workers.
 */








/** One job per exported collection, each structured-clone safe for a worker. */
function collectionJobs(tables, c) {
    return tables.map(({ collection, info }) => ({
        collection,
        info,
        dataDirAbs: c.dataDirAbs,
        dataDir: c.dataDir,
        keys: c.keys?.[collection] ?? PLAIN_KEYS,
        maxLength: c.maxLength,
        digest: c.digest,
        facts: c.facts,
        account: c.accounts.get(collection),
        inReport: c.reported.get(collection),
    }));
}
/**
 * A collection is split in two when it holds more than half of all the
 * items (one thread would bound the wall time), at least SPLIT_FROM and at
 * most SPLIT_UP_TO: each part indexes the data file apiece (the merge
 * takes the index of the part run in this thread), and the second index
 * costs about 90 bytes an item (id-table.ts). At 1,000,000 items in four
 * collections, 600,000 of them split, verify peaked at 395-404 MB against
 * 323-329 MB whole, under the 500 MB it may take; the cap bounds that cost
 * (a file the app can read holds fewer items of any useful size).
 */
const SPLIT_FROM = 20_000;
/**
 * Below this many exported items in all, verify checks in one thread when
 * the count of workers is the default: a second thread then costs more
 * than it saves (the built CLI, the bench's data: 2,000 items 0.52-0.62 s
 * in one thread against 0.74-0.79 s in two; 100,000 items 2.12-2.44
 * against 2.06-2.08 s).
 */
const WORKERS_MIN_ITEMS = 50_000;
const SPLIT_UP_TO = 1_000_000;
/** `from`: the export, which each worker opens itself; `workers`: how many threads (1: all in this one). */
async function checkCollections(jobs, source, from, workers, reporter) {
    const out = { collections: [], exported: new Map(), notes: [] };
    const take = ({ report, digest, notes }) => {
        out.notes.push(...notes);
        if (digest)
            out.exported.set(report.table, digest);
        out.collections.push(report);
    };
    const tasks = workers > 1 ? tasksOf(jobs, source) : [];
    if (tasks.length > 1) {
        const shared = { from };
        const split = tasks.filter((t) => t.part === 1).map((t) => t.job.collection);
        reporter.info(`verify: ${jobs.length} collections in ${Math.min(workers, tasks.length)} worker threads${split.length > 0 ? `, ${split.join(', ')} in two parts` : ''}`);
        // The index of a split collection's part run in this thread, kept for taking the parts together.
        const kept = new Map();
        const parts = new Map();
        // Outcomes are taken in task order, each after the one before (a merge reads files): one chain.
        let chain = Promise.resolve();
        const then = (f) => {
            chain = chain.then(f);
            chain.catch(() => { }); // awaited below; a failure is the command's, once
        };
        try {
            await (0,worker_pool/* inWorkers */.Lr)(VERIFY_ROLE, shared, tasks, workers, (reply, i) => {
                const task = tasks[i];
                if ('outcome' in reply) {
                    then(() => {
                        (0,recorded_reporter/* replay */.e)(reply.events, reporter);
                        take(reply.outcome);
                    });
                    return;
                }
                const got = [...(parts.get(task.job) ?? []), reply.part];
                parts.set(task.job, got);
                if (got.length < task.of)
                    return;
                then(async () => {
                    // Parts that cannot be taken together: the collection checked whole, here, as with one thread.
                    const own = kept.get(task.job);
                    kept.delete(task.job);
                    const indexed = own ? Promise.resolve(own) : parentIndex(task.job);
                    take((await mergeParts(task.job, got, indexed, reporter)) ?? (await verifyCollection(task.job, source, reporter)));
                });
            }, (task) => `verify ${task.job.collection}${task.of > 1 ? ` (part ${task.part + 1} of ${task.of})` : ''}`, largestFirst(tasks), 
            // This thread takes tasks too (the largest first: a split collection's first part, whose index it keeps), so a worker fewer starts.
            (task) => verifyTask(task, source, (index) => (kept.has(task.job) ? index.close() : kept.set(task.job, index))));
            await chain;
        }
        finally {
            // A merge closes the index it takes; one never merged (a failure) is closed here.
            for (const index of kept.values())
                index.close();
        }
    }
    else {
        for (const job of jobs)
            take(await verifyCollection(job, source, reporter));
    }
    return out;
}
/**
 * The workers' tasks in collection order: each collection whole, but one
 * that holds more than half of all the items, whose export's data files
 * split in two (ExportSource.splitParts), in two parts, side by side.
 */
function tasksOf(jobs, source) {
    const total = jobs.reduce((n, j) => n + j.info.itemCount, 0);
    const tasks = [];
    for (const job of jobs) {
        const n = job.info.itemCount;
        const of = n >= SPLIT_FROM && n <= SPLIT_UP_TO && n * 2 > total && !source.changes ? (source.splitParts?.(job.info.table, 2) ?? 1) : 1;
        for (let part = 0; part < of; part++)
            tasks.push({ job, part, of });
    }
    return tasks.length > 1 ? tasks : [];
}
/** The parent's index of a split collection's data file, when no part ran here (elements taken on their ids' word, proven from the parts' findings). */
function parentIndex(job) {
    return indexDataFile(external_node_path_default().join(job.dataDirAbs, `${job.collection}.json`), job.maxLength, null, true);
}
/** The largest task first: the others fill the other workers meanwhile, so the wall time is close to the largest one's. */
function largestFirst(tasks) {
    return tasks
        .map((t, i) => ({ i, n: t.job.info.itemCount / t.of }))
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .map((x) => x.i);
}

;// CONCATENATED MODULE: ./src/verify/export-collections.ts

function collectionsOf(exported, configTables, wanted) {
    const byTable = new Map(Object.entries(configTables).map(([c, t]) => [t, c]));
    const out = [];
    for (const info of exported) {
        const collection = info.collection ?? byTable.get(info.table);
        if (!collection) {
            throw new errors/* InputError */.dz(`table ${info.table} in the export is not in the config's tables map, so its data file is unknown; add it (collection: table) to the config`);
        }
        const twin = out.find((o) => o.collection === collection);
        if (twin)
            throw new errors/* InputError */.dz(`tables ${twin.info.table} and ${info.table} in the export are both collection ${collection}; export one of them`);
        out.push({ collection, info });
    }
    if (!wanted || wanted.length === 0)
        return out;
    const picked = out.filter((o) => wanted.some((w) => w.collection === o.collection || w.table === o.info.table));
    const absent = wanted.filter((w) => !picked.some((o) => w.collection === o.collection || w.table === o.info.table));
    if (absent.length > 0) {
        throw new errors/* InputError */.dz(`${absent.map((w) => w.collection).join(', ')}: not in the export; it holds ${out.map((o) => o.collection).join(', ') || 'no tables'}`);
    }
    return picked;
}

// EXTERNAL MODULE: ./src/state/real-paths.ts
var real_paths = __webpack_require__(63076);
;// CONCATENATED MODULE: ./src/verify/input-checks.ts
/**
 * What verify refuses before it reads anything: a data dir that is not a
 * folder, a bad --segments, and a data dir that is, holds or lies in the
 * export (one of the two names the wrong folder).
 */





/** Returns the data dir, absolute. */
async function checkInputs(options, deps) {
    const { from, dataDir, segments } = options;
    const dataDirAbs = external_node_path_default().resolve(options.cwd, dataDir);
    const dirStat = await (0,promises_.stat)(dataDirAbs).catch(() => null);
    if (!dirStat?.isDirectory())
        throw new errors/* InputError */.dz(`data dir ${dataDir} is not a folder; check ${(0,option_name/* opt */.m7)('data-dir')} (or dataDir in the config)`);
    if (!Number.isInteger(segments) || segments < 1)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('segments')} ${segments}: give a whole number above 0`);
    if (options.live && options.since === undefined && !deps.dynamo)
        throw new Error('internal: verify --live needs a DynamoDB client');
    // A data dir that is, holds or lies in the export is a wrong path (one of the two names the wrong folder): refused, not compared.
    if (from.kind === 'dir')
        await (0,real_paths/* refuseNested */.g0)(dataDirAbs, [{ what: 'the export', path: from.path, option: (0,option_name/* opt */.m7)('from') }]);
    return dataDirAbs;
}

;// CONCATENATED MODULE: ./src/verify/other-data-files.ts
/**
 * The data files of collections the export does not hold: the app reads
 * them too, so they must still parse. Reported as not exported (or
 * invalid), never compared.
 */





async function otherDataFiles(dataDirAbs, dataDir, exported, maxLength) {
    const names = (await (0,promises_.readdir)(dataDirAbs, { withFileTypes: true }))
        .filter((e) => e.isFile() && e.name.endsWith('.json') && !exported.has(e.name.slice(0, -5)))
        .map((e) => e.name)
        .sort();
    const out = [];
    for (const name of names) {
        // Never migrated, so in the app's own format (settings.json may be an object): it must only still parse.
        const read = await readJsonFile(external_node_path_default().join(dataDirAbs, name), maxLength);
        const problem = 'problem' in read ? read.problem : null;
        const place = { collection: name.slice(0, -5), table: null, file: `${dataDir.replace(/\/+$/, '')}/${name}` };
        const found = 'raw' in read && Array.isArray(read.raw) ? read.raw.length : 0;
        out.push(collectionReport(place, { ...emptyDiff(), found }, { status: problem ? 'invalid' : 'not exported', problem }));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/verify/rollback-accounts.ts

/**
 * The rollback report's ids per collection, when the report describes this
 * data dir rolled back from this export; else none, with a warning saying why
 * (verify is then as strict as without a report).
 */
async function rollbackAccounts(given, dataDirAbs, exported, reporter) {
    const accounts = new Map();
    const load = await loadRollbackReport(given, dataDirAbs);
    if (!('report' in load)) {
        if (load.path === null)
            return { use: null, accounts, report: null };
        reporter.warning(`rollback report ${load.path} ${load.note}; not taken into account: every difference from the export counts`);
        return {
            use: { path: load.path, used: false, ignored: load.note, strategy: null, prefer: null, startedAt: null, setAside: [] },
            accounts,
            report: null,
        };
    }
    const r = load.report;
    const use = {
        path: r.path,
        used: true,
        ignored: null,
        strategy: r.strategy,
        prefer: r.prefer,
        startedAt: r.startedAt,
        setAside: [],
    };
    const why = whyNotApplicable(r, exported, dataDirAbs);
    if (why) {
        reporter.warning(`rollback report ${r.path} ignored: ${why}; every difference from the export counts`);
        return { use: { ...use, used: false, ignored: why }, accounts, report: null };
    }
    reporter.info(`rollback report ${r.path} (${r.strategy}${r.strategy === 'merge' ? `, prefer ${r.prefer}` : ''}, started ${r.startedAt}): differences it accounts for are listed, not failed`);
    for (const c of r.collections) {
        if (r.strategy === 'merge' && c.lost.length > 0) {
            use.setAside.push({ collection: c.collection, ids: c.lost });
            reporter.warning(`${c.collection}: the rollback's merge set aside the other version of ${c.lost.length} item(s) in conflicts (prefer ${r.prefer}): ${c.lost.slice(0, 20).join(', ')}${c.lost.length > 20 ? ' ...' : ''}; the file holds the version the conflict took, the other is only in the rollback report`);
        }
        accounts.set(c.collection, {
            fromFiles: c.fromFiles,
            deletedByFiles: c.deletedByFiles,
            restoredFromBackup: c.restoredFromBackup,
            // backup drops writes only when the operator allowed it (else it refused, and the report is set aside above).
            acceptedLoss: r.strategy === 'backup' ? c.lost : [],
        });
    }
    return { use, accounts, report: r };
}

;// CONCATENATED MODULE: ./src/verify/run-verify.ts
/**
 * verify: the file database against the export, item by item, and with
 * --live the export against the tables as they are now. Differences are
 * findings (ok=false, exit 1); a bad invocation or a bad export is an
 * InputError (exit 2). Differences the rollback's report accounts for
 * (kept from the files by a merge, and the like) are listed apart and do
 * not fail. Reports ids, counts and attribute paths, never values.
 *
 * Reads as its steps, each in a file of its own: check the inputs, open the
 * export, take the rollback report's account, check each collection, parse
 * the other data files, re-read the live tables.
 */








async function runVerify(options, deps) {
    const { reporter } = deps;
    const { from, dataDir } = options;
    const dataDirAbs = await checkInputs(options, deps);
    const maxLength = options.maxStringLength ?? MAX_STRING_LENGTH;
    const source = await (0,reader/* openExport */.V)(from, { s3: deps.s3 });
    (0,reader/* refuseOtherStage */.n)(source, options.stage);
    const tables = collectionsOf(source.tables, options.configTables, options.selected);
    const exportIdentity = { location: source.location, startTime: source.startTime, endTime: source.endTime };
    const { use: rollbackReport, accounts, report } = await rollbackAccounts(options.report, dataDirAbs, exportIdentity, reporter);
    const facts = migrationFacts(options.rules ?? NO_SWITCHES, report, rollbackReport);
    // With no rollback report at all (verify before any rollback) that is expected: said, not warned.
    for (const note of facts.use.notes) {
        if (rollbackReport === null)
            reporter.info(note);
        else
            reporter.warning(note);
    }
    const reported = new Map(report?.collections.map((c) => [c.collection, c]) ?? []);
    const jobs = collectionJobs(tables, {
        dataDirAbs,
        dataDir,
        keys: options.collections,
        maxLength,
        digest: options.live,
        facts,
        accounts,
        reported,
    });
    const liveInputs = { since: options.since, stage: options.stage, segments: options.segments, s3: deps.s3, dynamo: deps.dynamo };
    // The live tables are scanned while the collections are checked (live-check.ts), loaded (and the SDK's scan with it) only for --live.
    const liveCheck = options.live ? await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(4305), __webpack_require__.e(8784), __webpack_require__.e(7621)]).then(__webpack_require__.bind(__webpack_require__, 37621)) : null;
    const scans = liveCheck ? liveCheck.startLiveScans(tables, liveInputs) : null;
    try {
        // An s3:// export is read through the main thread's client: no workers; nor for fewer items than they pay for.
        const items = jobs.reduce((n, j) => n + j.info.itemCount, 0);
        const workers = from.kind === 's3' || (options.workersWhereTheyPay && items < WORKERS_MIN_ITEMS) ? 1 : (options.workers ?? 1);
        const checked = await checkCollections(jobs, source, from, workers, reporter);
        facts.use.notes.push(...checked.notes);
        const others = options.selected ? [] : await otherDataFiles(dataDirAbs, dataDir, new Set(tables.map((t) => t.collection)), maxLength);
        const collections = [...checked.collections, ...others];
        const live = liveCheck ? await liveCheck.checkLive(tables, checked.exported, source, liveInputs, reporter, scans) : null;
        const ok = collections.every((c) => c.status === 'ok' || c.status === 'accounted' || c.status === 'not exported') &&
            (live?.every((l) => l.same) ?? true);
        return { ok, from: source.location, dataDir, collections, rollbackReport, migrationRules: facts.use, live };
    }
    finally {
        scans?.stop();
    }
}
const NO_SWITCHES = { emptyStringsAsNull: false, rewroteUpdatedAt: false, generatedIds: false };

;// CONCATENATED MODULE: ./src/verify/verify-options.ts
const DEFAULT_LIVE_SEGMENTS = 4;

// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
// EXTERNAL MODULE: ./src/verify/live-lines.ts
var live_lines = __webpack_require__(5353);
;// CONCATENATED MODULE: ./src/commands/verify-notes-present.ts

const LIST_LIMIT = 20;
function verify_notes_present_list(ids) {
    const shown = ids.slice(0, LIST_LIMIT).join(', ');
    return ids.length > LIST_LIMIT ? `${shown} (+${ids.length - LIST_LIMIT} more)` : shown;
}
function verifyNotes(r, liveBad) {
    return [
        ...reportNotes(r),
        ...setAsideLines(r),
        ...migrationNotes(r),
        ...r.collections.flatMap(notesOf),
        ...liveBad.map((l) => `${l.table}: ${l.changedIds ? (0,live_lines/* changedLine */.Z)(l.changedIds) : (0,live_lines/* liveLine */.j)(l.exported, l.live)}`),
    ];
}
function reportNotes(r) {
    const u = r.rollbackReport;
    if (!u)
        return [];
    return [
        u.used
            ? `rollback report: ${u.path} (${u.strategy}, started ${u.startedAt})`
            : `rollback report ${u.path} not taken into account: ${u.ignored}`,
    ];
}
/** Versions the rollback's merge conflicts set aside: one line per collection, so a lost edit is never passed over. */
function setAsideLines(r) {
    return (r.rollbackReport?.setAside ?? []).map((c) => `${c.collection}: set aside by the rollback's conflicts (the file holds the version the conflict took; the other is in the rollback report's lost lists): ${verify_notes_present_list(c.ids)}`);
}
function migrationNotes(r) {
    const m = r.migrationRules;
    const on = ['emptyStringsAsNull', 'rewroteUpdatedAt', 'generatedIds'].filter((k) => m[k]);
    if (on.length === 0)
        return [];
    const window = m.windowStart && m.windowEnd ? `; window ${m.windowStart} to ${m.windowEnd}` : '';
    const refs = [m.backup ? `migration backup ${m.backup}` : '', m.snapshot ? `files before the rollback ${m.snapshot}` : '']
        .filter(Boolean)
        .join(', ');
    const runs = m.runs.map((x) => `${x.collection}: its run of a resumed migration, window ${x.windowStart} to ${x.windowEnd}, reference backup ${x.backup} (from the rollback report)`);
    return [`migration rules on: ${on.join(', ')}${window}${refs ? `; references: ${refs}` : ''}`, ...runs, ...m.notes];
}
function notesOf(c) {
    const out = [];
    if (c.problem)
        out.push(`${c.collection}: ${c.file} ${c.problem}`);
    if (c.missing.length)
        out.push(`${c.collection}: missing from the file: ${verify_notes_present_list(c.missing)}`);
    if (c.extra.length)
        out.push(`${c.collection}: not in the export: ${verify_notes_present_list(c.extra)}`);
    for (const n of c.migration.notUndone.slice(0, LIST_LIMIT)) {
        out.push(n.rule === 'emptyStringsAsNull'
            ? `${c.collection}: ${n.id} holds null where the reference held "" at ${verify_notes_present_list(n.paths)}: emptyStringsAsNull says the rollback puts "" back`
            : `${c.collection}: ${n.id} holds the migration's time at ${verify_notes_present_list(n.paths)}: rewroteUpdatedAt says the rollback puts back the reference's`);
    }
    for (const ch of c.changed.slice(0, LIST_LIMIT))
        out.push(`${c.collection}: ${ch.id} differs at ${verify_notes_present_list(ch.paths)}`);
    if (c.changed.length > LIST_LIMIT)
        out.push(`${c.collection}: and ${c.changed.length - LIST_LIMIT} more changed items (see the JSON result)`);
    out.push(...c.keylessNotes.slice(0, LIST_LIMIT));
    if (c.deletedButPresent.length)
        out.push(`${c.collection}: deleted by the rollback (the file side had deleted them) but in the file again: ${verify_notes_present_list(c.deletedButPresent)}`);
    if (c.duplicateIds.length)
        out.push(`${c.collection}: duplicate ids in the file: ${verify_notes_present_list(c.duplicateIds)}`);
    if (c.duplicateExportIds.length)
        out.push(`${c.collection}: duplicate ids in the export: ${verify_notes_present_list(c.duplicateExportIds)}`);
    if (c.exportItemsWithoutId)
        out.push(`${c.collection}: ${c.exportItemsWithoutId} export items have no id and cannot be matched`);
    return out;
}

;// CONCATENATED MODULE: ./src/commands/verify-present.ts



const ACCOUNTED_ROWS = 50;
function presentVerify(r) {
    const bad = r.collections.filter((c) => c.status === 'differs' || c.status === 'invalid');
    const liveBad = r.live?.filter((l) => !l.same) ?? [];
    const accounted = r.collections.flatMap((c) => c.accounted.map((a) => ({ collection: c.collection, ...a })));
    const why = accountedWhy(r);
    return {
        ok: r.ok,
        outputs: outputsOf(r, bad, liveBad),
        summary: {
            title: 'verify',
            headline: r.ok ? okHeadline(r, accounted.length, why) : failedHeadline(bad, liveBad),
            tables: [collectionsTable(r), ...liveTable(r.live), ...accountedTable(accounted, why), ...migrationTable(r)],
            notes: verifyNotes(r, liveBad),
        },
    };
}
function okHeadline(r, accounted, why) {
    const checked = r.collections.filter((c) => c.table !== null);
    const items = checked.reduce((n, c) => n + c.expected, 0);
    const artifacts = r.collections.reduce((n, c) => n + artifactCount(c), 0);
    return `${checked.length} collections, ${items} items match the export${accounted ? ` except ${accounted} accounted for by the rollback (${why})` : ''}${artifacts ? `; ${artifacts} migration artifacts undone as the rules say` : ''}${r.live ? '; live tables unchanged since the export' : ''}${setAsideHeadline(r)}`;
}
function failedHeadline(bad, liveBad) {
    return [
        bad.length ? `${bad.length} collection${bad.length === 1 ? '' : 's'} differ (${bad.map((c) => c.collection).join(', ')})` : '',
        liveBad.length ? `written after the export: ${liveBad.map((l) => l.table).join(', ')}` : '',
    ]
        .filter(Boolean)
        .join('; ');
}
/** Versions the rollback's merge conflicts set aside, in the headline, so a lost edit is never passed over. */
function setAsideHeadline(r) {
    const n = r.rollbackReport?.setAside.reduce((s, c) => s + c.ids.length, 0) ?? 0;
    return n > 0
        ? `; ${n} version${n === 1 ? '' : 's'} set aside by the rollback's conflicts (prefer ${r.rollbackReport.prefer}; see the notes)`
        : '';
}
function outputsOf(r, bad, liveBad) {
    return {
        collections: JSON.stringify(Object.fromEntries(r.collections.map((c) => [c.collection, c.status]))),
        counts: JSON.stringify(Object.fromEntries(r.collections.map((c) => [
            c.collection,
            {
                expected: c.expected,
                found: c.found,
                missing: c.missing.length,
                extra: c.extra.length,
                changed: c.changed.length,
                accounted: c.accounted.length,
            },
        ]))),
        differences: String(bad.length),
        live: r.live === null ? 'not checked' : liveBad.length === 0 ? 'unchanged' : 'changed',
        'live-changed': JSON.stringify(liveBad.map((l) => l.table)),
        report: r.rollbackReport?.used ? r.rollbackReport.path : '',
    };
}
function collectionsTable(r) {
    return {
        caption: `File database (${r.dataDir}) against the export`,
        headers: ['collection', 'expected', 'found', 'missing', 'extra', 'changed', 'status'],
        rows: r.collections.map((c) => [
            c.collection,
            c.table === null ? '-' : String(c.expected),
            c.problem ? '-' : String(c.found),
            String(c.missing.length),
            String(c.extra.length),
            String(c.changed.length),
            statusCell(c),
        ]),
    };
}
function statusCell(c) {
    if (c.status === 'ok')
        return 'ok';
    if (c.status === 'accounted')
        return `ok (${c.accounted.length} accounted for by the rollback)`;
    if (c.status === 'not exported')
        return 'not exported (parses)';
    return c.problem ? `INVALID: ${c.problem}` : 'DIFFERS';
}
function liveTable(live) {
    if (!live)
        return [];
    return [
        {
            caption: 'Live tables against the export',
            headers: ['collection', 'table', 'export items', 'live items', 'status'],
            rows: live.map((l) => [
                l.collection,
                l.table,
                String(l.exported.count),
                l.live ? String(l.live.count) : '-',
                l.same ? 'unchanged' : 'CHANGED',
            ]),
        },
    ];
}
/** What the accounted differences are, by the rollback's strategy. */
function accountedWhy(r) {
    return r.rollbackReport?.strategy === 'backup'
        ? `backup: restored from it, or dropped with ${(0,option_name/* opt */.m7)('allow-data-loss')}`
        : 'kept from files';
}
function accountedTable(rows, why) {
    if (rows.length === 0)
        return [];
    return [
        {
            caption: `Accounted for by the rollback (${why}), not failures${rows.length > ACCOUNTED_ROWS ? ` (first ${ACCOUNTED_ROWS} of ${rows.length}; all in the JSON result)` : ''}`,
            headers: ['collection', 'id', 'difference', 'because', 'paths'],
            rows: rows
                .slice(0, ACCOUNTED_ROWS)
                .map((a) => [
                a.collection,
                a.id,
                a.difference === 'missing' ? 'not in the file' : a.difference === 'extra' ? 'not in the export' : 'differs',
                becauseLabel(a.because),
                a.paths ? verify_notes_present_list(a.paths) : '',
            ]),
        },
    ];
}
function artifactCount(c) {
    const m = c.migration;
    return m.emptyStringsAsNull + m.rewroteUpdatedAt + m.generatedIds;
}
/** What each rule accepted, per collection: counts only (the ids and paths are in the JSON result). */
function migrationTable(r) {
    const rows = r.collections.filter((c) => artifactCount(c) > 0 || c.migration.droppedAttributes > 0);
    if (rows.length === 0)
        return [];
    return [
        {
            caption: 'Migration artifacts undone by the rollback, accepted as the rules say (ids and paths in the JSON result)',
            headers: [
                'collection',
                '"" stored as NULL (emptyStringsAsNull)',
                'timestamps the migration wrote (rewroteUpdatedAt)',
                'generated ids matched by content (generatedIds)',
                'attributes dropped (drop)',
            ],
            rows: rows.map((c) => [
                c.collection,
                String(c.migration.emptyStringsAsNull),
                String(c.migration.rewroteUpdatedAt),
                String(c.migration.generatedIds),
                String(c.migration.droppedAttributes),
            ]),
        },
    ];
}

;// CONCATENATED MODULE: ./src/commands/verify.ts












/** The file database against the export, item by item; --live: the export against the tables now. */
const verifyCommand = (0,types/* defineCommand */.N)({
    name: 'verify',
    largeHeap: true,
    description: 'Check the file database against the export item by item (independent comparator); --live also re-reads the tables',
    options: ['from', 'data-dir', 'tables', 'live', 'since', 'segments', 'verify-report-in', 'result-file', 'retry-budget'],
    outputs: {
        collections: 'JSON object: collection -> status (ok, accounted, differs, invalid, not exported)',
        counts: 'JSON object: collection -> expected, found, missing, extra, changed, accounted',
        differences: 'Number of collections that differ from the export or are invalid (differences the rollback accounts for excluded)',
        live: 'Live re-read: unchanged, changed, or not checked',
        'live-changed': 'JSON array of tables whose live digest differs from the export',
        report: 'Path of the rollback report taken into account (empty when none was used)',
    },
    async run(ctx) {
        const { options, config, cwd } = ctx;
        if (!options.from)
            throw new errors/* InputError */.dz(`verify needs ${(0,option_name/* opt */.m7)('from')}: the export folder or s3://bucket/prefix the rollback used`);
        if (options.since !== undefined && options.live !== true)
            throw new errors/* InputError */.dz(`verify: ${(0,option_name/* opt */.m7)('since')} is the incremental export ${(0,option_name/* opt */.m7)('live')} reads instead of a scan; add ${(0,option_name/* opt */.m7)('live')}, or drop ${(0,option_name/* opt */.m7)('since')}`);
        // Both are exports the reader opens; their S3 URIs are named "from" in its messages.
        const from = (0,core_location/* parseLocation */.zS)(options.from, 'from', cwd);
        const since = options.since === undefined ? undefined : (0,core_location/* parseLocation */.zS)(options.since, 'from', cwd);
        return runVerify({
            from,
            cwd,
            dataDir: config.dataDir,
            configTables: config.tables,
            collections: config.collections,
            rules: {
                emptyStringsAsNull: config.migration.emptyStringsAsNull,
                rewroteUpdatedAt: config.migration.rewroteUpdatedAt,
                generatedIds: config.migration.generatedIds,
            },
            selected: options.tables ? (0,tables/* selectTables */.e)(config, options.tables) : undefined,
            live: (0,read_option/* readOption */.g)(options, 'live'),
            segments: options.segments ?? DEFAULT_LIVE_SEGMENTS,
            ...(since ? { since } : {}),
            report: options.report === undefined ? undefined : external_node_path_default().resolve(cwd, options.report),
            stage: config.stage,
            workers: (0,worker_pool/* workerCount */.Mo)(ctx.env),
            workersWhereTheyPay: (0,worker_pool/* workersByDefault */.q1)(ctx.env),
        }, {
            reporter: ctx.reporter,
            ...(from.kind === 's3' || since?.kind === 's3' ? { s3: await (0,clients/* s3For */.ql)(ctx) } : {}),
            ...(options.live && !since ? { dynamo: await (0,clients/* dynamoFor */._h)(ctx) } : {}),
        });
    },
    present: presentVerify,
});


/***/ }),

/***/ 25665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ selectTables)
/* harmony export */ });
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78440);

/**
 * The tables a command works on: every configured one, or those named by
 * --tables. A name may be a collection or a table from the config; any other
 * name is taken as a table name outside the config.
 */
function selectTables(config, names) {
    const all = Object.entries(config.tables).map(([collection, table]) => ({
        collection,
        table,
        configured: true,
        source: config.tableSources?.[collection] ?? 'the config',
    }));
    if (!names || names.length === 0)
        return all;
    const out = [];
    for (const name of names) {
        const hit = all.find((t) => t.collection === name || t.table === name);
        const ref = hit ?? { collection: name, table: name, configured: false, source: (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_0__/* .opt */ .m7)('tables') };
        if (!out.some((t) => t.table === ref.table))
            out.push(ref);
    }
    return out;
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

/***/ 57161:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ replay),
/* harmony export */   l: () => (/* binding */ recordingReporter)
/* harmony export */ });
function recordingReporter(now = Date.now) {
    const events = [];
    const record = (e) => events.push({ ...e, t: now() });
    let handles = 0;
    const reporter = {
        info: (message) => record({ kind: 'info', message }),
        warning: (message, file) => record(file === undefined ? { kind: 'warning', message } : { kind: 'warning', message, file }),
        error: (message, file) => record(file === undefined ? { kind: 'error', message } : { kind: 'error', message, file }),
        // Groups only fold the log in the action; the work inside is recorded as it comes.
        group: (_name, fn) => fn(),
        progress(label, options) {
            const handle = handles++;
            // A clock does not cross threads; the record's own times replace it.
            const { now: _clock, ...plain } = options ?? {};
            record(options === undefined ? { kind: 'progress', handle, label } : { kind: 'progress', handle, label, options: plain });
            return {
                add: (n) => record({ kind: 'add', handle, n }),
                detail: (text) => record({ kind: 'detail', handle, text }),
                done: (text) => record(text === undefined ? { kind: 'done', handle } : { kind: 'done', handle, text }),
            };
        },
    };
    return { reporter, events };
}
/**
 * Tells reporter what was recorded, in the order it was recorded, its
 * progress read against the recorded times; before(i) runs before the i-th
 * event (for lines kept apart from the record).
 */
function replay(events, reporter, before) {
    const progress = new Map();
    let clock = 0;
    const now = () => clock;
    for (const [i, e] of events.entries()) {
        before?.(i);
        clock = e.t;
        if (e.kind === 'info')
            reporter.info(e.message);
        else if (e.kind === 'warning')
            reporter.warning(e.message, e.file);
        else if (e.kind === 'error')
            reporter.error(e.message, e.file);
        else if (e.kind === 'progress')
            progress.set(e.handle, reporter.progress(e.label, { ...e.options, now }));
        else if (e.kind === 'add')
            progress.get(e.handle)?.add(e.n);
        else if (e.kind === 'detail')
            progress.get(e.handle)?.detail(e.text);
        else if (e.kind === 'done')
            progress.get(e.handle)?.done(e.text);
    }
}


/***/ }),

/***/ 99586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ silentReporter)
/* harmony export */ });
/**
 * The one interface commands log through. The action implements it over
 * @actions/core, the CLI over the terminal; tests use a recording one.
 * Messages must never contain item values: ids, counts and attribute paths only.
 */
/** A reporter that drops everything: for callers that want no output. */
const silentReporter = {
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
    progress: () => ({ add() { }, detail() { }, done() { } }),
};


/***/ }),

/***/ 90228:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ inWorkers),
/* harmony export */   Mo: () => (/* binding */ workerCount),
/* harmony export */   q1: () => (/* binding */ workersByDefault)
/* harmony export */ });
/* unused harmony exports WORKER_ARGV, WORKERS_ENV, setWorkerEntry, serveJobs */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _option_name_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(78440);
/**
 * Work split over worker threads. A worker re-enters the program's own
 * entry file (the CLI or action bundle, registered by that entry) with a
 * role in workerData, so the bundle needs no second file; each worker is
 * started once and given jobs one after another. Results come back in the
 * order of the jobs whatever order the workers finish in; the first
 * failure ends every worker and is the one error the caller sees.
 */



/**
 * The argument a worker thread is started with (a worker's process.argv
 * holds only what it is given, never the user's): the entry recognises a
 * worker by it before it loads node:worker_threads, which a command that
 * starts no worker (most) need not pay for at start-up.
 */
const WORKER_ARGV = '--dynamodb-rollback-worker-thread';
/** The env var that sets how many worker threads a command may use; 1: none, all in the main thread. */
const WORKERS_ENV = 'DYNAMODB_ROLLBACK_WORKERS';
let entry;
/** Called by an entry point (CLI, action) with its own file: without one (tests, a library), work stays in the main thread. */
function setWorkerEntry(file) {
    entry = file;
}
/**
 * How many workers a command may use: the env var when set (a whole
 * number above 0), else two at most and never more than the cores; 1 when
 * no entry is registered. inWorkers never starts more than it has jobs.
 */
function workerCount(env = process.env) {
    const given = env[WORKERS_ENV];
    let wanted = Math.min(2, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)());
    if (given !== undefined && given !== '') {
        if (!/^[1-9][0-9]*$/.test(given))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${WORKERS_ENV}=${given}: give a whole number above 0 (1: no worker threads)`);
        wanted = Number(given);
    }
    if (entry === undefined)
        return 1;
    return Math.max(1, wanted);
}
/**
 * Whether the count of workers is workerCount's default (no WORKERS_ENV):
 * then a command starts workers only where they pay for their start (the
 * bundle compiled again, its code warmed up apart from the main thread's),
 * which costs what some tens of thousands of items cost. A count given in
 * WORKERS_ENV is used whatever the size, so a run can be made to take either path.
 */
function workersByDefault(env = process.env) {
    return (env[WORKERS_ENV] ?? '') === '';
}
/**
 * The worker's side: runs each job it is sent, one at a time, and replies;
 * stops when told. Each job runs with the caller's spelling of options (a
 * worker has no front end of its own to set it).
 */
function serveJobs(port, start, run) {
    port.on('message', (message) => {
        if (message === null) {
            port.close();
            return;
        }
        const { index, job } = message;
        spellOptions(start.spelling, () => run(start.shared, job)).then((ok) => port.postMessage({ index, ok }), (error) => port.postMessage({ index, failed: { message: describeError(error), input: exitCodeOf(error) === 2 } }));
    });
}
/**
 * Runs the jobs in `count` workers of `role` (each started once, sent one
 * job after another, in the order handOut gives; with `here`, the main
 * thread is one of them); onResult is called for job 0, 1, 2, ... in that
 * order as soon as each and all before it are done. Rejects once, with the
 * first failure (an InputError when the job's error was one), after ending
 * every worker.
 */
async function inWorkers(role, shared, jobs, count, onResult, describe, 
/** The jobs' indexes in the order to hand them out (largest first packs best); default 0, 1, 2, ... */
handOut = jobs.map((_, i) => i), 
/**
 * The main thread as one of the count: it takes jobs from the same queue
 * (before the workers, which take a while to start), and a worker fewer is
 * started. Its error is the caller's own, as with no workers at all.
 */
here) {
    if (entry === undefined)
        throw new Error('internal: no worker entry registered');
    if (jobs.length === 0)
        return;
    if (handOut.length !== jobs.length || new Set(handOut).size !== jobs.length || handOut.some((i) => jobs[i] === undefined))
        throw new Error('internal: handOut is not an order of the jobs');
    const file = entry;
    const { Worker } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 23));
    const results = new Map();
    const workers = [];
    let next = 0;
    let delivered = 0;
    let settled = false;
    await new Promise((resolve, reject) => {
        const end = (error) => {
            if (settled)
                return;
            settled = true;
            if (error) {
                for (const w of workers)
                    void w.terminate();
                reject(error);
            }
            else
                resolve();
        };
        const deliver = () => {
            while (results.has(delivered)) {
                const r = results.get(delivered);
                results.delete(delivered);
                try {
                    onResult(r, delivered);
                }
                catch (error) {
                    end(error);
                    return;
                }
                delivered++;
            }
            if (delivered === jobs.length)
                end();
        };
        if (here) {
            void (async () => {
                while (!settled && next < jobs.length) {
                    const index = handOut[next++];
                    let result;
                    try {
                        result = await here(jobs[index]);
                    }
                    catch (error) {
                        end(error);
                        return;
                    }
                    results.set(index, result);
                    deliver();
                }
            })();
        }
        for (let w = here ? 1 : 0; w < Math.min(count, jobs.length); w++) {
            const start = { role, shared, spelling: (0,_option_name_js__WEBPACK_IMPORTED_MODULE_2__/* .currentSpelling */ .Mz)() };
            const worker = new Worker(file, { workerData: start, argv: [WORKER_ARGV] });
            workers.push(worker);
            let current = null;
            const give = () => {
                current = !settled && next < jobs.length ? handOut[next++] : null;
                worker.postMessage(current === null ? null : { index: current, job: jobs[current] });
            };
            worker.on('message', (reply) => {
                const job = jobs[reply.index];
                if ('failed' in reply) {
                    const { message, input } = reply.failed;
                    end(input ? new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(message) : new Error(`${describe(job)}: ${message}`));
                    return;
                }
                results.set(reply.index, reply.ok);
                give();
                deliver();
            });
            worker.on('error', (error) => end(new Error(`${current === null ? 'a worker thread' : describe(jobs[current])}: the worker thread failed: ${error.message}`)));
            worker.on('exit', (code) => {
                if (current !== null)
                    end(new Error(`${describe(jobs[current])}: the worker thread ended (exit code ${code}) without a result`));
            });
            give();
        }
    });
}


/***/ }),

/***/ 90014:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ RUN_MANIFEST),
/* harmony export */   Mu: () => (/* binding */ dataFileKey),
/* harmony export */   QO: () => (/* binding */ nextPageLimit),
/* harmony export */   T0: () => (/* binding */ CHECKPOINT_DIR),
/* harmony export */   fC: () => (/* binding */ filesKey),
/* harmony export */   gC: () => (/* binding */ summaryKey),
/* harmony export */   hF: () => (/* binding */ renderJson),
/* harmony export */   o5: () => (/* binding */ FILES_MANIFEST),
/* harmony export */   rB: () => (/* binding */ SUMMARY_MANIFEST),
/* harmony export */   s4: () => (/* binding */ checkpointKey),
/* harmony export */   vd: () => (/* binding */ renderFilesManifest),
/* harmony export */   w9: () => (/* binding */ LAYOUT_VERSION),
/* harmony export */   wU: () => (/* binding */ tableDir),
/* harmony export */   ys: () => (/* binding */ defaultSegments)
/* harmony export */ });
/* unused harmony exports TARGET_PAGE_BYTES, FIRST_PAGE_LIMIT */
const RUN_MANIFEST = 'export.json';
const SUMMARY_MANIFEST = 'manifest-summary.json';
const FILES_MANIFEST = 'manifest-files.json';
const CHECKPOINT_DIR = '.checkpoints';
const LAYOUT_VERSION = 1;
/** Table names are [A-Za-z0-9_.-]{3,255}, so they are safe folder names as they are. */
function tableDir(table) {
    return table;
}
const pad = (n, width) => String(n).padStart(width, '0');
function dataFileKey(dir, segment, n) {
    return `${dir}/data/${pad(segment, 4)}-${pad(n, 5)}.json.gz`;
}
function checkpointKey(dir, segment) {
    return `${dir}/${CHECKPOINT_DIR}/segment-${pad(segment, 4)}.json`;
}
function summaryKey(dir) {
    return `${dir}/${SUMMARY_MANIFEST}`;
}
function filesKey(dir) {
    return `${dir}/${FILES_MANIFEST}`;
}
/** manifest-files.json: one JSON object per line, as DynamoDB writes it. */
function renderFilesManifest(entries) {
    return entries.map((e) => JSON.stringify(e)).join('\n') + (entries.length > 0 ? '\n' : '');
}
function renderJson(value) {
    return `${JSON.stringify(value, null, 2)}\n`;
}
/**
 * A sensible --segments default from DescribeTable's size: one segment per
 * 32 MB (each scan page is at most 1 MB, so a segment is at least 32 round
 * trips), at least 4 once the table is bigger than a page or two, at most 64.
 */
function defaultSegments(sizeBytes, itemCount) {
    // Zero means unknown as often as empty: AWS updates the figures about every
    // six hours (a table filled an hour ago can show 0), and dynalite never does.
    if (sizeBytes === 0 && itemCount === 0)
        return 4;
    if (sizeBytes < 2 * 1024 * 1024 && itemCount < 5_000)
        return 1;
    return Math.min(64, Math.max(4, Math.ceil(sizeBytes / (32 * 1024 * 1024))));
}
/**
 * Bytes of data lines per Scan page we aim for. Each request costs the
 * client a few milliseconds of SDK and HTTP work whatever its size: at
 * 1,000,000 items, 128 KB pages took the export 28 CPU s, these 20. A
 * segment holds a page's body and two pages of lines: 1 MB pages took its
 * peak RSS from 130 to 158 MB (the export's goal is under 150).
 */
const TARGET_PAGE_BYTES = 512 * 1024;
/** The first page of a segment, before the item size is known. */
const FIRST_PAGE_LIMIT = 100;
/**
 * Scan Limit for the next page: about TARGET_PAGE_BYTES of lines, from the
 * average line size seen so far. DynamoDB still caps a page at 1 MB.
 */
function nextPageLimit(lineBytes, items) {
    if (items <= 0)
        return FIRST_PAGE_LIMIT;
    return Math.max(10, Math.floor(TARGET_PAGE_BYTES / (lineBytes / items)));
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

/***/ 63076:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dN: () => (/* binding */ realPathOf),
/* harmony export */   g0: () => (/* binding */ refuseNested),
/* harmony export */   tU: () => (/* binding */ nesting)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * How two folders on disk relate, by their real paths: a symlink or a
 * `..` must not hide that the data dir is the export or the migration
 * backup. Rollback and verify both refuse such a data dir; this holds only
 * the path logic they share (no reading of files). Reads only.
 */




/** The real path of p, or of its nearest existing ancestor with the rest appended (p need not exist yet). */
async function realPathOf(p) {
    const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(p);
    const rest = [];
    let at = abs;
    for (;;) {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_1___default().join(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(at), ...rest);
        }
        catch {
            const up = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(at);
            if (up === at)
                return abs;
            rest.unshift(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(at));
            at = up;
        }
    }
}
/** How folder a stands to folder b (both real, absolute), or null when neither holds the other. */
function nesting(a, b) {
    if (a === b)
        return 'is';
    const inside = (x, y) => {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(y, x);
        return rel !== '' && !rel.startsWith(`..${(node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)}`) && rel !== '..' && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel);
    };
    if (inside(b, a))
        return 'contains';
    if (inside(a, b))
        return 'lies inside';
    return null;
}
/**
 * The data dir must be apart from every folder given: rewriting files in the
 * export or the backup would destroy the very copy a rollback reads, and a
 * snapshot of a data dir holding them would copy them too.
 */
async function refuseNested(dataDir, others) {
    const data = await realPathOf(dataDir);
    for (const other of others) {
        const real = await realPathOf(other.path);
        const how = nesting(data, real);
        if (how === null)
            continue;
        const shown = real === node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(other.path) ? other.path : `${other.path}, really ${real}`;
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`data dir ${dataDir} ${how} ${other.what} (${shown}); they must be separate folders: check ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('data-dir')} (or dataDir in the config) and ${other.option}`);
    }
}


/***/ }),

/***/ 94213:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ canonicalFromWire)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23909);
/**
 * canonicalItem's text (digest.ts) read straight from an item's DynamoDB
 * JSON, with no objects in between: a live scan's page is hashed item by
 * item, without JSON.parse of the page and the garbage of its objects.
 * Only the compact form the service writes is taken: no whitespace, no
 * backslash or control character anywhere (so a string is the characters
 * between its quotes), one type key per value, each name once, BOOL and
 * NULL as literals. Anything else gives undefined, and the caller parses
 * the text and takes canonicalItem of it, which then decides. Pure.
 */

// eslint-disable-next-line no-control-regex -- a control character sends the text to JSON.parse
const CONTROL = /[\u0000-\u001f]/;
/** Thrown inside the pass for what it does not take on. */
const NOT_TAKEN = new Error('not taken');
function canonicalFromWire(text) {
    if (text.indexOf('\\') !== -1 || CONTROL.test(text))
        return undefined;
    const pass = new Pass(text);
    try {
        const out = pass.map(0);
        return pass.at === text.length ? out : undefined;
    }
    catch {
        // NOT_TAKEN, or nesting deeper than the stack: either way the parse decides.
        return undefined;
    }
}
class Pass {
    s;
    at = 0;
    constructor(s) {
        this.s = s;
    }
    /** A map at i ({ name: value, ... }): its canonical text; at is then past its "}". */
    map(i) {
        const s = this.s;
        this.expect(i, 123 /* { */);
        const pairs = [];
        if (s.charCodeAt(i + 1) === 125 /* } */) {
            this.at = i + 2;
            return '{}';
        }
        this.at = i + 1;
        for (;;) {
            const name = this.string();
            this.expect(this.at, 58 /* : */);
            pairs.push([name, this.value(this.at + 1)]);
            const c = s.charCodeAt(this.at);
            if (c === 44 /* , */) {
                this.at++;
                continue;
            }
            this.expect(this.at, 125 /* } */);
            this.at++;
            break;
        }
        if (pairs.length > 1) {
            pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
            // JSON.parse keeps the last of a repeated name: the parse decides.
            for (let k = 1; k < pairs.length; k++)
                if (pairs[k][0] === pairs[k - 1][0])
                    throw NOT_TAKEN;
        }
        let out = '{';
        for (let k = 0; k < pairs.length; k++)
            out += `${k > 0 ? ',' : ''}${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(pairs[k][0])}:${pairs[k][1]}`;
        return `${out}}`;
    }
    /** A typed value at i ({"T": payload}): canonicalValue's text. */
    value(i) {
        const s = this.s;
        this.expect(i, 123 /* { */);
        this.at = i + 1;
        const type = this.string();
        this.expect(this.at, 58 /* : */);
        const p = this.at + 1;
        let out;
        switch (type) {
            case 'S':
                this.at = p;
                out = `S${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(this.string())}`;
                break;
            case 'N':
                this.at = p;
                out = `N${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu)(this.string())}`;
                break;
            case 'B':
                this.at = p;
                out = `B${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .b64 */ .Ly)(this.string())}`;
                break;
            case 'BOOL':
                out = this.literal(p, 'true') ? 'T' : this.literal(p, 'false') ? 'F' : fail();
                break;
            case 'NULL':
                out = this.literal(p, 'true') ? 'Z' : fail();
                break;
            case 'SS':
                out = `SS${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedList */ .UB)(this.strings(p).map(_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL))}`;
                break;
            case 'NS':
                out = `NS${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedList */ .UB)(this.strings(p).map(_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .num */ .bu))}`;
                break;
            case 'BS':
                out = `BS${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sortedList */ .UB)(this.strings(p).map(_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .b64 */ .Ly))}`;
                break;
            case 'M':
                out = `M${this.map(p)}`;
                break;
            case 'L': {
                this.expect(p, 91 /* [ */);
                out = 'L[';
                if (s.charCodeAt(p + 1) === 93 /* ] */)
                    this.at = p + 2;
                else {
                    this.at = p + 1;
                    for (let k = 0;; k++) {
                        out += (k > 0 ? ',' : '') + this.value(this.at);
                        if (s.charCodeAt(this.at) === 44 /* , */) {
                            this.at++;
                            continue;
                        }
                        this.expect(this.at, 93 /* ] */);
                        this.at++;
                        break;
                    }
                }
                out += ']';
                break;
            }
            default:
                return fail();
        }
        // One type key only: a second would be canonicalValue's choice to make.
        this.expect(this.at, 125 /* } */);
        this.at++;
        return out;
    }
    /** A list of strings at i: the strings; at is then past its "]". */
    strings(i) {
        this.expect(i, 91 /* [ */);
        const out = [];
        if (this.s.charCodeAt(i + 1) === 93 /* ] */) {
            this.at = i + 2;
            return out;
        }
        this.at = i + 1;
        for (;;) {
            out.push(this.string());
            const c = this.s.charCodeAt(this.at);
            if (c === 44 /* , */) {
                this.at++;
                continue;
            }
            this.expect(this.at, 93 /* ] */);
            this.at++;
            return out;
        }
    }
    /** The string whose quote is at `at` (no backslash in the text: its characters as they are); at is then past it. */
    string() {
        const s = this.s;
        this.expect(this.at, 34 /* " */);
        const end = s.indexOf('"', this.at + 1);
        if (end === -1)
            throw NOT_TAKEN;
        const out = s.slice(this.at + 1, end);
        this.at = end + 1;
        return out;
    }
    literal(i, word) {
        if (!this.s.startsWith(word, i))
            return false;
        this.at = i + word.length;
        return true;
    }
    expect(i, code) {
        if (this.s.charCodeAt(i) !== code)
            throw NOT_TAKEN;
    }
}
function fail() {
    throw NOT_TAKEN;
}


/***/ }),

/***/ 31106:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sameDecimal),
/* harmony export */   s: () => (/* binding */ canonicalDecimal)
/* harmony export */ });
/**
 * Decimal numbers compared by value, from their text: `1`, `1.0`, `1e0` and
 * `10e-1` are one number. Works on the digits themselves (no float), so
 * 38-digit DynamoDB numbers compare exactly.
 */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/**
 * The canonical text of a decimal: `0`, or `[-]<digits>e<exponent>` where
 * digits has no leading or trailing zeros and value = digits × 10^exponent.
 * Returns null for text that is not a decimal number.
 */
function canonicalDecimal(text) {
    // Most numbers are plain integers: their canonical text is known without the pattern.
    if (plainInteger(text))
        return `${text}e0`;
    const m = DECIMAL.exec(text);
    if (!m)
        return null;
    const [, sign = '', intPart = '', fracPart = '', expPart] = m;
    if (intPart === '' && fracPart === '')
        return null;
    let digits = intPart + fracPart;
    let exponent = (expPart === undefined ? 0 : Number(expPart)) - fracPart.length;
    if (!Number.isSafeInteger(exponent))
        return null;
    digits = digits.replace(/^0+/, '');
    if (digits === '')
        return '0';
    const trailing = /0+$/.exec(digits)?.[0].length ?? 0;
    digits = digits.slice(0, digits.length - trailing);
    exponent += trailing;
    return `${sign === '-' ? '-' : ''}${digits}e${exponent}`;
}
/** -?[1-9][0-9]* not ending in 0: digits without leading or trailing zeros, exponent 0. */
function plainInteger(text) {
    const n = text.length;
    let i = text.charCodeAt(0) === 45 ? 1 : 0;
    if (i >= n)
        return false;
    const first = text.charCodeAt(i);
    if (first < 49 || first > 57)
        return false;
    for (i++; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return text.charCodeAt(n - 1) !== 48;
}
/** A decimal canonicalDecimal always takes (digits, perhaps a sign and a fraction): equal texts of it are the same value. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** True when both texts are decimals of the same value. */
function sameDecimal(a, b) {
    // Most numbers compared are written alike on both sides: no need to canonicalise them.
    if (a === b && PLAIN_DECIMAL.test(a))
        return true;
    const ca = canonicalDecimal(a);
    return ca !== null && ca === canonicalDecimal(b);
}


/***/ }),

/***/ 23909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ly: () => (/* binding */ b64),
/* harmony export */   Pn: () => (/* binding */ addDigests),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UB: () => (/* binding */ sortedList),
/* harmony export */   VB: () => (/* binding */ sameDigest),
/* harmony export */   bu: () => (/* binding */ num),
/* harmony export */   np: () => (/* binding */ Digest)
/* harmony export */ });
/* unused harmony export canonicalItem */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _decimal_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31106);
/**
 * A table's digest: item count plus an order-free hash of its items, so an
 * export and a fresh scan (in any order, any segmenting) can be compared
 * without holding either in memory. Each item is hashed (SHA-256) in a
 * canonical form (keys sorted, numbers by value, sets sorted, base64
 * normalised); the hashes are added modulo 2^256. Addition, not XOR: with
 * XOR two identical items would cancel out.
 */


/** crypto.hash (Node 20.12+): one call per item instead of a Hash object each. */
const oneShot = (node_crypto__WEBPACK_IMPORTED_MODULE_0___default().hash);
/**
 * The hash's 32 bytes as a 'binary' (latin1) string, one byte a character:
 * half the cost per item of a Buffer, whose allocation took as long as
 * hashing the item.
 */
const sha256 = (text) => oneShot ? oneShot('sha256', text, 'binary') : node_crypto__WEBPACK_IMPORTED_MODULE_0___default().createHash('sha256').update(text).digest('binary');
class Digest {
    count = 0;
    /** The sum modulo 2^256 as eight 32-bit limbs, least significant first (no BigInt per item). */
    sum = new Uint32Array(8);
    add(item) {
        this.addCanonical(canonicalItem(item));
    }
    /** An item by its canonical text (canonicalItem's, however it was made). */
    addCanonical(text) {
        const h = sha256(text);
        let carry = 0;
        for (let j = 0; j < 8; j++) {
            const o = 28 - 4 * j;
            const word = ((h.charCodeAt(o) << 24) | (h.charCodeAt(o + 1) << 16) | (h.charCodeAt(o + 2) << 8) | h.charCodeAt(o + 3)) >>> 0;
            const v = this.sum[j] + word + carry;
            this.sum[j] = v >>> 0;
            carry = v > 0xffffffff ? 1 : 0;
        }
        this.count++;
    }
    value() {
        let hash = '';
        for (let j = 7; j >= 0; j--)
            hash += this.sum[j].toString(16).padStart(8, '0');
        return { count: this.count, hash };
    }
}
/** The digest of two disjoint parts' items together (a split collection's): the counts and the sums added. */
function addDigests(a, b) {
    const sum = (BigInt(`0x${a.hash}`) + BigInt(`0x${b.hash}`)) % 2n ** 256n;
    return { count: a.count + b.count, hash: sum.toString(16).padStart(64, '0') };
}
function sameDigest(a, b) {
    return a.count === b.count && a.hash === b.hash;
}
/** One text per item value, equal exactly when DynamoDB would hold the same item. */
function canonicalItem(item) {
    return canonicalMap(item);
}
function canonicalMap(map) {
    const keys = Object.keys(map);
    if (keys.length > 1)
        keys.sort();
    // Built by concatenation: no array per map (this runs for every item of the export and of the live table).
    let out = '{';
    for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (i > 0)
            out += ',';
        out += `${quoted(k)}:${canonicalValue(map[k])}`;
    }
    return `${out}}`;
}
/** JSON.stringify of a string, skipped for the usual plain ones (nothing to escape). */
// eslint-disable-next-line no-control-regex -- the control characters are what JSON.stringify escapes
const PLAIN = /^[^"\\\u0000-\u001f\u2028\u2029\ud800-\udfff]*$/;
const quoted = (s) => (PLAIN.test(s) ? `"${s}"` : JSON.stringify(s));
const num = (n) => (0,_decimal_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalDecimal */ .s)(n) ?? `!${n}`;
const b64 = (b) => Buffer.from(b, 'base64').toString('base64');
const sortedList = (xs) => `[${[...xs].sort().join(',')}]`;
function canonicalValue(v) {
    if ('S' in v)
        return `S${quoted(v.S)}`;
    if ('N' in v)
        return `N${num(v.N)}`;
    if ('B' in v)
        return `B${b64(v.B)}`;
    if ('BOOL' in v)
        return v.BOOL ? 'T' : 'F';
    if ('NULL' in v)
        return 'Z';
    if ('SS' in v)
        return `SS${sortedList(v.SS.map(quoted))}`;
    if ('NS' in v)
        return `NS${sortedList(v.NS.map(num))}`;
    if ('BS' in v)
        return `BS${sortedList(v.BS.map(b64))}`;
    if ('M' in v)
        return `M${canonicalMap(v.M)}`;
    if ('L' in v) {
        let out = 'L[';
        for (let i = 0; i < v.L.length; i++)
            out += (i > 0 ? ',' : '') + canonicalValue(v.L[i]);
        return `${out}]`;
    }
    return `?${JSON.stringify(v)}`;
}


/***/ }),

/***/ 5353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ changedLine),
/* harmony export */   j: () => (/* binding */ liveLine)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(23909);
/**
 * The lines a --live finding is told in (live-check.ts finds them; the
 * command's presentation says them): apart, so presenting a result loads
 * no scan and no SDK.
 */

/** The ids written since the export, as an incremental export shows them (at most 20 named). */
function changedLine(ids) {
    const named = ids.slice(0, 20).join(', ');
    return `${ids.length} item${ids.length === 1 ? '' : 's'} written after the export (${named}${ids.length > 20 ? `, and ${ids.length - 20} more` : ''})`;
}
function liveLine(before, now) {
    if (now === null)
        return 'the table no longer exists';
    if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .sameDigest */ .VB)(before, now))
        return `${now.count} items, same as the export`;
    const delta = now.count - before.count;
    return delta === 0
        ? `same item count (${now.count}) but the content differs from the export: written after the export`
        : `${now.count} items now, ${before.count} in the export (${delta > 0 ? '+' : ''}${delta}): written after the export`;
}


/***/ })

};
