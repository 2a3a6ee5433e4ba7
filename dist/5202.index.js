export const id = 5202;
export const ids = [5202];
export const modules = {

/***/ 89995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ loadCollection)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/convert/attribute-path.ts
var attribute_path = __webpack_require__(83235);
// EXTERNAL MODULE: ./src/convert/json-number.ts + 1 modules
var json_number = __webpack_require__(64150);
;// CONCATENATED MODULE: ./src/convert/attribute.ts


/** A value that is not valid DynamoDB JSON; path names where, never the value. */
class ConversionError extends Error {
    path;
    constructor(path, reason) {
        super(`${path || '(item)'}: ${reason}`);
        this.path = path;
        this.name = 'ConversionError';
    }
}
function wireItemToPlain(item, onImprecise = () => { }) {
    return new Converter(onImprecise).map(item);
}
/** One conversion; the attribute path is kept as a stack and only rendered for a warning or an error. */
class Converter {
    onImprecise;
    at = [];
    constructor(onImprecise) {
        this.onImprecise = onImprecise;
    }
    map(m) {
        if (typeof m !== 'object' || m === null || Array.isArray(m))
            this.fail('M is not a map');
        const out = {};
        for (const name of Object.keys(m)) {
            this.at.push(name);
            const value = this.value(m[name]);
            this.at.pop();
            // A "__proto__" attribute must become a key, not the prototype.
            if (name === '__proto__')
                Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
            else
                out[name] = value;
        }
        return out;
    }
    value(v) {
        if (typeof v !== 'object' || v === null)
            this.fail('not an AttributeValue');
        let tag;
        let count = 0;
        for (const k in v) {
            if (!Object.prototype.hasOwnProperty.call(v, k))
                continue;
            tag = k;
            count++;
        }
        if (count !== 1)
            this.fail(`an AttributeValue has one type key, found ${count}`);
        const x = v;
        switch (tag) {
            case 'S':
                return this.expect(x.S, 'string', 'S');
            case 'N':
                return this.number(this.expect(x.N, 'string', 'N'));
            case 'BOOL':
                return this.expect(x.BOOL, 'boolean', 'BOOL');
            case 'NULL':
                return null;
            case 'B':
                return this.expect(x.B, 'string', 'B');
            case 'M':
                return this.map(x.M);
            case 'L': {
                if (!Array.isArray(x.L))
                    this.fail('L is not a list');
                return this.elements(x.L, (e) => this.value(e));
            }
            case 'SS':
                return this.strings(x.SS, 'SS').sort(byCodeUnits);
            case 'BS':
                return this.strings(x.BS, 'BS').sort(byBytes);
            case 'NS': {
                const texts = this.strings(x.NS, 'NS');
                for (const t of texts)
                    if (!(0,json_number/* parseDecimal */.$Q)(t))
                        this.fail('NS holds a value that is not a number');
                return this.elements(texts.sort(json_number/* compareDecimal */.FF), (t) => this.number(t));
            }
            default:
                return this.fail(`unknown AttributeValue type ${tag ?? ''}`);
        }
    }
    elements(list, convert) {
        const out = new Array(list.length);
        for (let i = 0; i < list.length; i++) {
            this.at.push(i);
            out[i] = convert(list[i]);
            this.at.pop();
        }
        return out;
    }
    number(text) {
        const exact = exactNumber(text);
        if (exact !== undefined)
            return exact;
        if (!(0,json_number/* parseDecimal */.$Q)(text))
            this.fail('N is not a number');
        this.onImprecise(this.path());
        return (0,json_number/* numberFromText */.Nv)(text);
    }
    expect(v, type, tag) {
        if (typeof v !== type)
            this.fail(`${tag} is not a ${type}`);
        return v;
    }
    strings(v, tag) {
        if (!Array.isArray(v) || v.some((e) => typeof e !== 'string'))
            this.fail(`${tag} is not a list of strings`);
        return [...v];
    }
    path() {
        let p = '';
        for (const k of this.at)
            p = typeof k === 'number' ? (0,attribute_path/* indexPath */.A)(p, k) : (0,attribute_path/* childPath */.c)(p, k);
        return p;
    }
    fail(reason) {
        throw new ConversionError(this.path(), reason);
    }
}
/**
 * An N's value when it is a number JavaScript keeps exactly (a number, or a
 * JsonNumber keeping its digits); undefined when it is not a number or
 * JavaScript would round it (the converter then fails, or reports it).
 */
function exactNumber(text) {
    // The usual case, cheaply: JavaScript writes this very text back, so it is exact (known from the characters, or by writing it).
    if ((0,json_number/* writesBackAsIs */.OP)(text, 0, text.length))
        return Number(text);
    // Zeros ending a fraction ("30.30", "0.00"): the value of the text without them, which JavaScript writes back as it is, so
    // exact; the text is a JSON number, kept as its digits (what the checks below find, without their regular expressions).
    if (text.charCodeAt(text.length - 1) === 48 /* 0 */) {
        const dot = text.indexOf('.');
        if (dot !== -1) {
            let end = text.length;
            while (end > dot + 1 && text.charCodeAt(end - 1) === 48)
                end--;
            if ((0,json_number/* writesBackAsIs */.OP)(text, 0, end === dot + 1 ? dot : end))
                return new json_number/* JsonNumber */.WP(text);
        }
    }
    const n = Number(text);
    if (Number.isFinite(n) && String(n) === text)
        return n;
    if (!(0,json_number/* parseDecimal */.$Q)(text) || !(0,json_number/* isExactInJs */.c1)(text))
        return undefined;
    return (0,json_number/* numberFromText */.Nv)(text);
}
/** The order of SS (by UTF-16 code units) and BS (by bytes) as the file holds them. */
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function byBytes(a, b) {
    return Buffer.compare(Buffer.from(a, 'base64'), Buffer.from(b, 'base64'));
}

// EXTERNAL MODULE: ./src/convert/plain.ts
var plain = __webpack_require__(47927);
;// CONCATENATED MODULE: ./src/convert/order-keys.ts
/**
 * DynamoDB does not keep attribute order, so an item from the export would
 * land in the file with its keys shuffled and every changed item would be a
 * noisy diff. orderLike gives it the key order of a reference (the same item
 * as the file had it, or another item of the collection), new keys after,
 * alphabetically. Pure; the value is unchanged but for key order.
 */

function orderLike(value, reference) {
    if (Array.isArray(value)) {
        const refs = Array.isArray(reference) ? reference : [];
        return value.map((v, i) => orderLike(v, refs[i] ?? refs[0]));
    }
    if (!(0,plain/* isPlainObject */.Q)(value))
        return value;
    const ref = (0,plain/* isPlainObject */.Q)(reference) ? reference : undefined;
    const keys = Object.keys(value);
    const refKeys = ref ? Object.keys(ref).filter((k) => Object.prototype.hasOwnProperty.call(value, k)) : [];
    const known = new Set(refKeys);
    const rest = keys.filter((k) => !known.has(k)).sort(ref ? order_keys_byCodeUnits : idFirst);
    const out = {};
    for (const k of [...refKeys, ...rest]) {
        Object.defineProperty(out, k, {
            value: orderLike(value[k], ref?.[k]),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return out;
}
function order_keys_byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** With nothing to follow: id first, then alphabetical. */
function idFirst(a, b) {
    if (a === 'id')
        return -1;
    if (b === 'id')
        return 1;
    return order_keys_byCodeUnits(a, b);
}

;// CONCATENATED MODULE: ./src/convert/wire-line.ts
/**
 * A data-file line read straight to the file's form: {"Item":{...}} in the
 * compact form our export and DynamoDB's write, parsed and converted in one
 * pass, with no wire objects in between (they were most of the export's
 * reading time and garbage). The result is the one JSON.parse and
 * wireItemToPlain give, key order included (values are assigned as the
 * converter assigns them). Anything the pass does not take on gives
 * undefined and the caller parses the line as before, which then decides:
 * a backslash or control character anywhere (so a string is its characters
 * between two quotes, and JSON.parse would take it as they are), whitespace,
 * a type key it does not read or a second one, NULL other than true, an
 * attribute named __proto__, a number JavaScript would round (the converter
 * reports those), a line of any other shape. A value the pass cannot take,
 * even one JSON.parse would drop (the first of two same-named attributes),
 * sends the whole line to the parse. Pure.
 */


// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/;
const HEAD = '{"Item":';
/** Thrown inside the pass for what it does not take on; caught by wireLineToPlain. */
class NotTaken {
}
const NOT_TAKEN = new NotTaken();
function wireLineToPlain(line) {
    if (!line.startsWith(HEAD) || line.indexOf('\\') !== -1 || CONTROL.test(line))
        return undefined;
    const pass = new LinePass(line);
    try {
        const item = pass.map(HEAD.length);
        return pass.at === line.length - 1 && line.charCodeAt(pass.at) === 125 /* } */ ? item : undefined;
    }
    catch {
        // NOT_TAKEN, or nesting deeper than the stack: either way the parse decides.
        return undefined;
    }
}
class LinePass {
    s;
    /** The next character to read. */
    at = 0;
    constructor(s) {
        this.s = s;
    }
    /** An M's body at i ("{" name ":" value, ...): the object. */
    map(i) {
        const s = this.s;
        this.expect(i, 123 /* { */);
        const out = {};
        if (s.charCodeAt(i + 1) === 125) {
            this.at = i + 2;
            return out;
        }
        this.at = i + 1;
        for (;;) {
            const name = this.string();
            // Assigned, it would set the prototype: the converter defines it; the parse decides.
            if (name === '__proto__')
                throw NOT_TAKEN;
            this.expect(this.at, 58 /* : */);
            out[name] = this.value(this.at + 1);
            const c = s.charCodeAt(this.at++);
            if (c === 125)
                return out;
            if (c !== 44 /* , */)
                throw NOT_TAKEN;
        }
    }
    /** An AttributeValue at i ({"<type>":<value>}): its plain value. */
    value(i) {
        this.expect(i, 123);
        this.at = i + 1;
        const tag = this.string();
        this.expect(this.at, 58);
        const v = this.ofType(tag, this.at + 1);
        // One type key only: a second one goes to the parse (JSON.parse keeps the last of two the same).
        this.expect(this.at, 125);
        this.at++;
        return v;
    }
    ofType(tag, i) {
        this.at = i;
        switch (tag) {
            case 'S':
            case 'B':
                return this.string();
            case 'N': {
                const v = exactNumber(this.string());
                if (v === undefined)
                    throw NOT_TAKEN;
                return v;
            }
            case 'BOOL':
                if (this.s.startsWith('true', i))
                    return ((this.at = i + 4), true);
                if (this.s.startsWith('false', i))
                    return ((this.at = i + 5), false);
                throw NOT_TAKEN;
            case 'NULL':
                if (this.s.startsWith('true', i))
                    return ((this.at = i + 4), null);
                throw NOT_TAKEN;
            case 'M':
                return this.map(i);
            case 'L': {
                this.expect(i, 91 /* [ */);
                const out = [];
                if (this.s.charCodeAt(i + 1) === 93) {
                    this.at = i + 2;
                    return out;
                }
                this.at = i + 1;
                for (;;) {
                    out.push(this.value(this.at));
                    const c = this.s.charCodeAt(this.at++);
                    if (c === 93 /* ] */)
                        return out;
                    if (c !== 44)
                        throw NOT_TAKEN;
                }
            }
            case 'SS':
                return this.strings(i).sort(byCodeUnits);
            case 'BS':
                return this.strings(i).sort(byBytes);
            case 'NS': {
                const texts = this.strings(i);
                for (const t of texts)
                    if (!(0,json_number/* parseDecimal */.$Q)(t))
                        throw NOT_TAKEN;
                texts.sort(json_number/* compareDecimal */.FF);
                const out = new Array(texts.length);
                for (let k = 0; k < texts.length; k++) {
                    const v = exactNumber(texts[k]);
                    if (v === undefined)
                        throw NOT_TAKEN;
                    out[k] = v;
                }
                return out;
            }
            default:
                throw NOT_TAKEN;
        }
    }
    /** A list of strings at i. */
    strings(i) {
        this.expect(i, 91);
        const out = [];
        if (this.s.charCodeAt(i + 1) === 93) {
            this.at = i + 2;
            return out;
        }
        this.at = i + 1;
        for (;;) {
            out.push(this.string());
            const c = this.s.charCodeAt(this.at++);
            if (c === 93)
                return out;
            if (c !== 44)
                throw NOT_TAKEN;
        }
    }
    /** A string at this.at: its characters up to the next quote (the line holds no backslash). */
    string() {
        const from = this.at;
        this.expect(from, 34 /* " */);
        const q = this.s.indexOf('"', from + 1);
        if (q === -1)
            throw NOT_TAKEN;
        this.at = q + 1;
        return this.s.slice(from + 1, q);
    }
    expect(i, c) {
        if (this.s.charCodeAt(i) !== c)
            throw NOT_TAKEN;
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/export-format/source.ts
var export_format_source = __webpack_require__(80865);
// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
;// CONCATENATED MODULE: ./src/merge/collection-keys.ts
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function mapKeys(item, keys) {
    const rename = keys.id !== 'id' && own(item, keys.id);
    const dropped = keys.drop.filter((k) => k !== keys.id && k !== 'id' && own(item, k));
    if (!rename && dropped.length === 0)
        return { item, dropped, renamed: false };
    const out = {};
    const gone = new Set(dropped);
    if (rename)
        gone.add(keys.id);
    for (const k of Object.keys(item)) {
        // The id goes where the attribute it came from was (or where id already was), so key order stays the app's.
        if (rename && k === keys.id)
            collection_keys_define(out, 'id', item[k]);
        else if (k === 'id' && rename)
            continue;
        else if (!gone.has(k))
            collection_keys_define(out, k, item[k]);
    }
    return { item: out, dropped, renamed: rename };
}
function collection_keys_define(o, k, v) {
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
}

// EXTERNAL MODULE: ./src/merge/migration.ts
var merge_migration = __webpack_require__(80344);
// EXTERNAL MODULE: ./src/merge/side.ts
var merge_side = __webpack_require__(59525);
// EXTERNAL MODULE: ./src/collection/file-base.ts + 1 modules
var file_base = __webpack_require__(75294);
// EXTERNAL MODULE: ./src/collection/size-limit.ts
var size_limit = __webpack_require__(33097);
// EXTERNAL MODULE: ./src/collection/migration-tally.ts
var migration_tally = __webpack_require__(98367);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(46193);
// EXTERNAL MODULE: ./src/convert/canonical-item.ts
var canonical_item = __webpack_require__(36245);
// EXTERNAL MODULE: ./src/convert/json-text.ts
var json_text = __webpack_require__(57037);
;// CONCATENATED MODULE: ./src/convert/json-array-stream.ts
/**
 * A JSON array read piece by piece: the text is fed in chunks and each
 * element is handed over as soon as it is complete, so a collection file
 * never has to be one string (Node caps strings at about 512 MB; a million
 * items in the app's format is more) and its items can be compared and
 * dropped as they come. Each element's text is parsed by JSON.parse, or by
 * the exact parser when it holds a number JSON.parse would round (found
 * while scanning). Errors give line and column, never the text.
 */



/** The file is valid JSON-so-far but not an array. */
class NotAnArrayError extends Error {
    found;
    constructor(found) {
        super(`expected a JSON array, found ${found}`);
        this.found = found;
        this.name = 'NotAnArrayError';
    }
}
const WS = (c) => c === 32 || c === 10 || c === 13 || c === 9;
const NUMBER_CHAR = (c) => (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 101 || c === 69;
class JsonArrayScanner {
    onItem;
    raw;
    expect;
    written;
    buf = '';
    /** Next char of buf to look at. */
    i = 0;
    /** Chars dropped from the front of buf so far, and line bookkeeping, for error positions. */
    dropped = 0;
    line = 1;
    lineStartAbs = 0;
    phase = 'start';
    // Inside a value:
    inValue = false;
    start = 0;
    startLine = 1;
    startCol = 1;
    depth = 0;
    inString = false;
    escape = false;
    primitive = false;
    numStart = -1;
    inexact = false;
    count = 0;
    /** Raw mode: where the last element ended (index into buf) and the UTF-8 bytes before that point. */
    lastEnd = 0;
    lastEndByte = 0;
    /** Option written: where the next backslash and control character are in buf (-1: not looked for since buf changed). */
    backslashAt = -1;
    controlAt = -1;
    /**
     * raw: hand each element over as text instead of parsed (onItem is then
     * not called), with its byte position, so a caller can skip parsing an
     * element it recognises by its text and find it again in the file.
     * expect (raw mode): the element the caller expects next, asked as each
     * object element begins; when the text there starts with it, the scan
     * jumps over it (the same element, the same positions, the text handed
     * over being that very string) instead of going through it character by character.
     * written (raw mode): an object element (not the expected one) whose text
     * is the writer's form with an id is read by that grammar
     * (canonical-item.ts), which finds its end and id in one walk, instead of
     * being scanned character by character and walked again by the reader.
     */
    constructor(onItem, raw, expect, written = false) {
        this.onItem = onItem;
        this.raw = raw;
        this.expect = expect;
        this.written = written;
    }
    write(text) {
        // Keep only what is still needed: the value in progress, or nothing.
        const keep = this.inValue ? this.start : this.i;
        if (keep > 0) {
            if (this.raw) {
                this.lastEndByte += Buffer.byteLength(this.buf.slice(this.lastEnd, keep));
                this.lastEnd = 0;
            }
            this.buf = this.buf.slice(keep);
            this.dropped += keep;
            this.i -= keep;
            this.start -= keep;
            this.numStart = this.numStart >= keep ? this.numStart - keep : -1;
        }
        this.buf += text;
        this.backslashAt = -1;
        this.controlAt = -1;
        this.scan(false);
    }
    /** Call once the whole text has been written; throws when the array is not closed. */
    end() {
        this.scan(true);
        if (this.phase !== 'done') {
            if (this.phase === 'start')
                this.fail('unexpected end of JSON');
            this.fail('unexpected end of JSON: the array is not closed');
        }
        return this.count;
    }
    scan(final) {
        const s = this.buf;
        const n = s.length;
        while (this.i < n || (final && this.inValue && this.primitive)) {
            if (this.inValue) {
                if (!this.scanValue(s, n, final))
                    return;
                continue;
            }
            const c = s.charCodeAt(this.i);
            if (WS(c)) {
                this.step(c);
                continue;
            }
            switch (this.phase) {
                case 'start':
                    if (c !== 91 /* [ */)
                        throw new NotAnArrayError(c === 123
                            ? 'object'
                            : c === 34
                                ? 'string'
                                : c === 110
                                    ? 'null'
                                    : c === 116 || c === 102
                                        ? 'boolean'
                                        : NUMBER_CHAR(c)
                                            ? 'number'
                                            : 'something else');
                    this.step(c);
                    this.phase = 'first';
                    break;
                case 'first':
                    if (c === 93 /* ] */) {
                        this.step(c);
                        this.phase = 'done';
                    }
                    else
                        this.beginOrSkip(s, c);
                    break;
                case 'value':
                    this.beginOrSkip(s, c);
                    break;
                case 'after':
                    if (c === 44 /* , */)
                        this.phase = 'value';
                    else if (c === 93)
                        this.phase = 'done';
                    else
                        this.fail('expected "," or "]"');
                    this.step(c);
                    break;
                case 'done':
                    this.fail('unexpected text after the JSON value');
            }
        }
    }
    /** A value begins at this.i: the expected element, or one in the writer's form, jumped over; any other, scanned. */
    beginOrSkip(s, c) {
        if (c === 123) {
            const known = this.expect ? this.expect() : undefined;
            // A slice compared whole, not startsWith: V8's startsWith compares a long text character by character, many times slower.
            if (known !== undefined && s.slice(this.i, this.i + known.text.length) === known.text) {
                this.jump(s, known.text, known.inexact, undefined, undefined);
                return;
            }
            if (this.written && this.raw) {
                // Walked as the exact parse reads it: the flag is the walk's (a number JSON.parse would write another way), as the scan's would be.
                const found = (0,canonical_item/* writtenItemAt */.W1)(s, this.i, true);
                if (found !== null && found.id !== null && this.clean(s, found.end)) {
                    this.jump(s, s.slice(this.i, found.end), found.inexact, found.id, found);
                    return;
                }
            }
        }
        this.beginValue(c);
    }
    /** What the scan of the complete value t at this.i would find: it ends where t ends, with its lines (counted, or the walk's) and flag. */
    jump(s, t, inexact, id, walked) {
        this.start = this.i;
        this.startLine = this.line;
        this.startCol = this.dropped + this.i - this.lineStartAbs + 1;
        if (walked !== undefined) {
            this.line += walked.lines;
            if (walked.lastLine !== -1)
                this.lineStartAbs = this.dropped + walked.lastLine + 1;
        }
        else
            for (let k = t.indexOf('\n'); k !== -1; k = t.indexOf('\n', k + 1)) {
                this.line++;
                this.lineStartAbs = this.dropped + this.start + k + 1;
            }
        this.i += t.length;
        this.inexact = inexact;
        this.finishValue(s, t, id);
    }
    /** No backslash and no control character in buf from this.i up to end (each next one found once per chunk, not per element). */
    clean(s, end) {
        if (this.backslashAt < this.i)
            this.backslashAt = (0,canonical_item/* nextBackslash */.UL)(s, this.i);
        if (this.controlAt < this.i)
            this.controlAt = (0,canonical_item/* nextControl */.VC)(s, this.i);
        return this.backslashAt >= end && this.controlAt >= end;
    }
    beginValue(c) {
        if (c === 93 || c === 44)
            this.fail('expected a value');
        this.inValue = true;
        this.start = this.i;
        this.startLine = this.line;
        this.startCol = this.dropped + this.i - this.lineStartAbs + 1;
        this.depth = 0;
        this.inString = false;
        this.escape = false;
        this.inexact = false;
        this.numStart = -1;
        this.primitive = c !== 123 && c !== 91 && c !== 34;
    }
    /** Advances through the value in progress; true once it is complete (and handed over). */
    scanValue(s, n, final) {
        if (this.primitive)
            return this.scanPrimitive(s, n, final);
        if (this.numStart !== -1) {
            // A number cut by the end of the last chunk.
            while (this.i < n && NUMBER_CHAR(s.charCodeAt(this.i)))
                this.i++;
            if (this.i === n && !final)
                return false;
            this.endNumber(s);
        }
        // The position and depth are kept in locals while scanning (written back on every way out): most of the text passes here.
        let i = this.i;
        if (i >= n)
            return false;
        if (this.inString) {
            if (this.escape) {
                this.escape = false;
                i++;
            }
            const end = this.stringEnd(s, i, n);
            if (end === -1)
                return false;
            i = end;
            this.inString = false;
            if (this.depth === 0) {
                this.i = i;
                return this.finishValue(s);
            }
        }
        let depth = this.depth;
        while (i < n) {
            const c = s.charCodeAt(i);
            if (c === 32) {
                i++; // indentation: most of a pretty-printed file
                continue;
            }
            if (c === 34) {
                // Jump to the closing quote: strings are most of the text.
                const end = this.stringEnd(s, i + 1, n);
                if (end === -1) {
                    this.depth = depth;
                    return false;
                }
                i = end;
                if (depth === 0) {
                    this.i = i;
                    this.depth = depth;
                    return this.finishValue(s);
                }
                continue;
            }
            if (c === 10) {
                this.line++;
                this.lineStartAbs = this.dropped + i + 1;
            }
            else if (c === 123 || c === 91)
                depth++;
            else if (c === 125 || c === 93) {
                depth--;
                if (depth === 0) {
                    this.i = i + 1;
                    this.depth = depth;
                    return this.finishValue(s);
                }
            }
            else if (c === 45 || (c >= 48 && c <= 57)) {
                const from = i;
                let j = from + 1;
                let odd = c === 45 && s.charCodeAt(j) === 48; // "-0" is not written back as such
                for (; j < n; j++) {
                    const d = s.charCodeAt(j);
                    if (d >= 48 && d <= 57)
                        continue;
                    if (d === 46 || d === 101 || d === 69)
                        odd = true;
                    else if (d !== 43 && d !== 45)
                        break;
                }
                if (j === n && !final) {
                    this.numStart = from;
                    this.i = n;
                    this.depth = depth;
                    return false;
                }
                if ((odd || j - from >= 16) && !(0,json_number/* writesBackAsIs */.OP)(s, from, j)) {
                    const t = s.slice(from, j);
                    if (JSON.stringify(Number(t)) !== t)
                        this.inexact = true;
                }
                i = j;
                continue;
            }
            i++;
        }
        this.i = i;
        this.depth = depth;
        return false;
    }
    /**
     * The index after the closing quote of the string that continues at
     * from, or -1 when it goes on past the end of s: then the scan waits for
     * more text inside the string (this.escape: the text ends inside an escape).
     */
    stringEnd(s, from, n) {
        const q = this.closingQuote(s, from);
        if (q !== -1)
            return q + 1;
        let back = 0;
        while (back < n - from && s.charCodeAt(n - 1 - back) === 92)
            back++;
        this.escape = back % 2 === 1;
        this.inString = true;
        this.i = n;
        return -1;
    }
    /** A value that is not an object, array or string: up to the next comma, bracket or whitespace. */
    scanPrimitive(s, n, final) {
        while (this.i < n) {
            const c = s.charCodeAt(this.i);
            if (c === 44 || c === 93 || WS(c)) {
                if (this.numStart !== -1)
                    this.endNumber(s);
                return this.finishValue(s);
            }
            if (this.numStart === -1 && (c === 45 || (c >= 48 && c <= 57)))
                this.numStart = this.i;
            this.i++;
        }
        if (final) {
            if (this.numStart !== -1)
                this.endNumber(s);
            return this.finishValue(s);
        }
        return false;
    }
    /** Index of the unescaped quote ending the string that continues at from, or -1 when it is not in s yet. */
    closingQuote(s, from) {
        for (let q = s.indexOf('"', from); q !== -1; q = s.indexOf('"', q + 1)) {
            let back = 0;
            while (q - 1 - back >= from && s.charCodeAt(q - 1 - back) === 92)
                back++;
            if (back % 2 === 0)
                return q;
        }
        return -1;
    }
    /** A number token ended: is it one JSON.stringify would not give back digit for digit? */
    endNumber(s) {
        const len = this.i - this.numStart;
        const negativeZero = s.charCodeAt(this.numStart) === 45 && s.charCodeAt(this.numStart + 1) === 48;
        if ((len >= 16 || negativeZero || /[.eE]/.test(s.slice(this.numStart, this.i))) && !(0,json_number/* writesBackAsIs */.OP)(s, this.numStart, this.i)) {
            const t = s.slice(this.numStart, this.i);
            if (JSON.stringify(Number(t)) !== t)
                this.inexact = true;
        }
        this.numStart = -1;
    }
    finishValue(s, known, written) {
        const text = known ?? s.slice(this.start, this.i);
        if (this.raw) {
            const byteStart = this.lastEndByte + Buffer.byteLength(s.slice(this.lastEnd, this.start));
            const byteLength = Buffer.byteLength(text);
            this.lastEnd = this.i;
            this.lastEndByte = byteStart + byteLength;
            this.inValue = false;
            this.phase = 'after';
            const { inexact, startLine, startCol } = this;
            this.raw({ text, inexact, byteStart, byteLength, parse: () => parseElement(text, inexact, startLine, startCol), written }, this.count++);
            return true;
        }
        const value = parseElement(text, this.inexact, this.startLine, this.startCol);
        this.inValue = false;
        this.phase = 'after';
        this.onItem(value, this.count++);
        return true;
    }
    /** Moves past one char outside any value. */
    step(c) {
        if (c === 10) {
            this.line++;
            this.lineStartAbs = this.dropped + this.i + 1;
        }
        this.i++;
    }
    fail(reason) {
        throw new json_text/* JsonTextError */.sU(this.line, this.dropped + this.i - this.lineStartAbs + 1, reason);
    }
}
/** One element's text parsed: JSON.parse, or the exact parser when a number would be rounded; errors positioned in the whole input. */
function parseElement(text, inexact, startLine, startCol) {
    try {
        return inexact ? (0,json_text/* parseJsonTextExact */.mC)(text) : JSON.parse(text);
    }
    catch {
        try {
            (0,json_text/* parseJsonText */.lk)(text);
        }
        catch (err) {
            if (err instanceof json_text/* JsonTextError */.sU) {
                throw err.line === 1
                    ? new json_text/* JsonTextError */.sU(startLine, startCol + err.column - 1, err.reason)
                    : new json_text/* JsonTextError */.sU(startLine + err.line - 1, err.column, err.reason);
            }
            throw err;
        }
        throw new json_text/* JsonTextError */.sU(startLine, startCol, 'not valid JSON');
    }
}

;// CONCATENATED MODULE: ./src/collection/collection-file.ts
/**
 * Reading one collection file (`<collection>.json`: a JSON array of items)
 * from the data dir or the migration backup, streamed: each item is handed
 * to onItem as soon as it is parsed, so a large file is never one string
 * and never held twice. Errors name the file and the line, never the content.
 */








/**
 * Read in 1 MiB, decoded and scanned in pieces of 64 KiB: a piece's string
 * (and the scanner's text) then stays in V8's young generation, where a 1
 * MiB string is a large object, counted against the old generation: a full
 * collection every few MiB read.
 */
const PIECE = 1 << 16;
/**
 * maxChars: the longest text the app can read from one file. A file longer
 * than that is none the app wrote (it writes with JSON.stringify, in one
 * string), so it is refused with its size before its content is judged.
 */
function readCollectionFile(file, onItem, maxChars = size_limit/* MAX_STRING_LENGTH */.M) {
    return scanCollectionFile(file, new JsonArrayScanner((item) => onItem(item)), maxChars);
}
/**
 * As readCollectionFile, but each item handed over as its text and byte
 * position, parsed only if onElement asks. expect: the element expected
 * next, if any (JsonArrayScanner's expect): found there, it is not scanned through.
 */
function readCollectionFileRaw(file, onElement, maxChars = size_limit/* MAX_STRING_LENGTH */.M, expect, 
/** The scanner's option written: an element in the writer's form comes with its id (a base's items). */
written = false) {
    return scanCollectionFile(file, new JsonArrayScanner(() => { }, (element) => onElement(element), expect, written), maxChars);
}
async function scanCollectionFile(file, scanner, maxChars) {
    const st = await (0,promises_.stat)(file).catch((err) => {
        if (err.code === 'ENOENT')
            return null;
        throw new errors/* InputError */.dz(`${file}: cannot be read (${err.code ?? String(err)})`);
    });
    if (!st)
        return { file, exists: false, count: 0, trailingNewline: false };
    if (!st.isFile())
        throw new errors/* InputError */.dz(`${file}: not a file`);
    // Bytes bound the characters from above: only a file longer in bytes than the limit needs counting.
    if (st.size > maxChars && (await charCount(file)) > maxChars) {
        throw new errors/* InputError */.dz(`${file}: too large for the app to read (${st.size} bytes; Node's limit is ${maxChars} characters in one string, and the app reads each file whole); it is not a file the app wrote: restore it from git or the migration backup`);
    }
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let last = -1;
    try {
        try {
            for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 })) {
                const buf = chunk;
                hash.update(buf);
                if (buf.length > 0)
                    last = buf[buf.length - 1];
                for (let at = 0; at < buf.length; at += PIECE)
                    scanner.write(decoder.write(buf.subarray(at, at + PIECE)));
            }
        }
        catch (err) {
            if (err instanceof json_text/* JsonTextError */.sU || err instanceof NotAnArrayError || err instanceof errors/* InputError */.dz)
                throw err;
            throw new errors/* InputError */.dz(`${file}: cannot be read (${err.code ?? String(err)})`);
        }
        scanner.write(decoder.end());
        const count = scanner.end();
        return { file, exists: true, count, sha256: hash.digest('hex'), mode: st.mode & 0o7777, trailingNewline: last === 0x0a };
    }
    catch (err) {
        if (err instanceof json_text/* JsonTextError */.sU)
            throw new errors/* InputError */.dz(`${file}: not valid JSON (${err.message}); fix the file or restore it from git`);
        if (err instanceof NotAnArrayError)
            throw new errors/* InputError */.dz(`${file}: expected a JSON array of items, found ${err.found}`);
        throw err;
    }
}
/** UTF-16 code units of a file read as UTF-8, streamed: what readFileSync(file, 'utf8').length would be. */
async function charCount(file) {
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    let n = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: 1 << 20 }))
        n += decoder.write(chunk).length;
    return n + decoder.end().length;
}

;// CONCATENATED MODULE: ./src/collection/collect.ts
/**
 * Loads one collection's three versions into the merge's structures: the
 * migration backup (base), the current file (ours) and the export
 * (theirs, streamed and converted item by item). Only items that differ
 * from the base are kept, so memory is about one copy of the collection
 * plus the changes.
 */














async function loadCollection(target, dataDir, backupDir, source, reporter, onPrecision, fidelity = { keys: { id: 'id', drop: [] }, rules: merge_migration/* NO_RULES */.Wd, generatedIds: false }, 
/** Catch-up: the earlier export's table as the base, instead of the migration backup. */
baseExport, 
/** The longest text the app can read from one file. */
maxChars = size_limit/* MAX_STRING_LENGTH */.M, 
/** 'count': only the sides' states are read (status), nothing is written: the backup's texts are not checked for what the write needs. */
use = 'write') {
    const { collection } = target;
    const currentPath = external_node_path_default().join(dataDir, `${collection}.json`);
    let base;
    let ours;
    let current;
    let backupFile = 'none';
    let release = () => { };
    // New items take the key order of the collection's first item with an id (one from before the app gave ids would put id last), when there is one.
    let withId;
    let firstItem;
    const seen = (item) => {
        if (item === undefined)
            return;
        firstItem ??= item;
        if (withId === undefined && item.id !== undefined)
            withId = item;
    };
    // Once an item with an id is found, no later one is looked at: the base indexes the rest without parsing what it need not.
    const addTo = (b, el) => seen(b.add(el, withId === undefined));
    if (baseExport) {
        const items = [];
        current = await readCollectionFile(currentPath, (item) => items.push(item), maxChars);
        const b = await baseFromExport(baseExport, items, fidelity);
        for (const item of b.items)
            seen(item);
        const side = new merge_side/* SideCollector */.jT(b, currentPath);
        for (const item of items)
            side.add(item);
        base = b;
        ours = current.exists ? side : (0,merge_side/* unchangedSide */.rX)(b, currentPath);
    }
    else if (backupDir !== null) {
        const backupPath = external_node_path_default().join(backupDir, `${collection}.json`);
        const b = new file_base/* FileBase */.e(backupPath, backupPath, use === 'write');
        release = () => b.release();
        try {
            const backup = await readCollectionFileRaw(backupPath, (el) => addTo(b, el), maxChars, undefined, true);
            backupFile = backup.exists ? 'present' : 'missing';
            if (!backup.exists)
                reporter.warning(`${collection}: the migration backup has no ${collection}.json; taking it as empty`);
            const side = new merge_side/* SideCollector */.jT(b, currentPath);
            current = await readCollectionFileRaw(currentPath, (el) => sameOrAdd(side, b, el), maxChars, () => expectedNext(side, b));
            base = b;
            // No current file: nothing was changed in it since the migration (it counts as all added).
            ours = current.exists ? side : (0,merge_side/* unchangedSide */.rX)(b, currentPath);
        }
        catch (err) {
            release();
            throw err;
        }
    }
    else {
        // Without a backup (strategy export) the current file is the base, for order and key order.
        const b = new file_base/* FileBase */.e(currentPath, currentPath);
        release = () => b.release();
        try {
            current = await readCollectionFileRaw(currentPath, (el) => addTo(b, el), maxChars, undefined, true);
        }
        catch (err) {
            release();
            throw err;
        }
        base = b;
        ours = (0,merge_side/* unchangedSide */.rX)(b, currentPath);
    }
    try {
        return await compareExport();
    }
    catch (err) {
        release();
        throw err;
    }
    async function compareExport() {
        const template = withId ?? firstItem ?? ours.added.values().next().value;
        const tally = new migration_tally/* MigrationTally */.v8();
        const theirs = new merge_side/* SideCollector */.jT(base, `export table ${target.table}`, {
            shape: (item, baseVersion) => orderLike(item, baseVersion ?? template),
            matchGeneratedIds: fidelity.generatedIds,
            // Against what the item came from: the backup's version, then the current file's (or, for an item new since, the file's).
            undo: (item, at, key, baseItem) => {
                const refs = at === undefined ? [ours.added.get(key)] : [baseItem, ours.state[at] === merge_side/* SAME */.v6 ? baseItem : ours.atBase(at)];
                const undone = (0,merge_migration/* undoMigration */.XB)(item, refs, fidelity.rules);
                tally.add(undone.found, fidelity.rules, at);
                return undone.item;
            },
        });
        const progress = reporter.progress(`${collection}: reading ${target.table}`, { unit: 'items', total: target.exported.itemCount });
        let n = 0;
        const read = source.readItems ? source.readItems(target.table, wireLineToPlain) : (0,export_format_source/* parsedReads */.x)(source.items(target.table));
        for await (const { wire, plain: direct } of read) {
            n++;
            const paths = [];
            let plain;
            // Read straight from its line: what wireItemToPlain would give, and no number in it to report.
            if (direct !== undefined)
                plain = direct;
            else
                try {
                    plain = wireItemToPlain(wire, (p) => paths.push(p));
                }
                catch (err) {
                    if (err instanceof ConversionError) {
                        throw new errors/* InputError */.dz(`export table ${target.table}: item ${n}: ${err.message}; the export is damaged or not DynamoDB JSON`);
                    }
                    throw err;
                }
            if (paths.length > 0) {
                const key = (0,identity/* keyOf */.TN)(mapKeys(plain, fidelity.keys).item);
                const id = typeof key === 'string' ? (0,identity/* idOfKey */.EV)(key) : `(item ${n})`;
                for (const p of paths)
                    onPrecision({ collection, id, path: p });
            }
            const mapped = mapKeys(plain, fidelity.keys);
            tally.mapped(mapped);
            theirs.add(mapped.item);
            if (n % 10_000 === 0)
                progress.add(10_000);
        }
        const migration = tally.finish(theirs, fidelity.generatedIds);
        if (migration.keylessNotFound > 0 && theirs.added.size > 0) {
            reporter.warning(`${collection}: ${migration.keylessNotFound} backup items without an id matched no DynamoDB item by content (deleted or changed there since); ${theirs.added.size} items are new in DynamoDB, and a changed one keeps the id the migration gave it: check the file for an item that now stands twice`);
        }
        progress.add(n % 10_000);
        progress.done(`${collection}: ${n} items read from ${target.table}`);
        return {
            target,
            input: { base, theirs, ours, currentMissing: !current.exists },
            current,
            backupFile,
            exportItems: n,
            migration,
            release,
        };
    }
}
/**
 * An item of the current file whose text is, byte for byte, that of the
 * base item after the last one matched (the usual case: the file kept the
 * backup's order and most items unchanged) is the same item, unchanged:
 * it is not parsed. Any other is parsed and matched by id. A base item
 * without an id is never matched by text, only by content as before.
 */
function sameOrAdd(side, base, el) {
    const next = side.lastAt + 1;
    if (next < base.size &&
        side.state[next] === merge_side/* ABSENT */.sj &&
        base.byteLengthOf(next) === el.byteLength &&
        !base.keylessAt(next) &&
        base.text(next) === el.text) {
        side.addSame(next);
    }
    else
        side.add(el.parse());
}
/** The base item sameOrAdd would take the next element for by its text, if any: the scan then checks for that text first. */
function expectedNext(side, base) {
    const next = side.lastAt + 1;
    if (next >= base.size || side.state[next] !== merge_side/* ABSENT */.sj || base.keylessAt(next))
        return undefined;
    return { text: base.text(next), inexact: base.inexactAt(next) };
}
/**
 * The catch-up's base: the earlier export's items, mapped and with the
 * migration's artifacts undone as the first rollback undid them (against
 * the current file's version, which that rollback wrote), in the current
 * file's order and key order, so the merge reorders nothing; items the
 * files dropped since come after, in the export's order.
 */
async function baseFromExport(baseExport, current, fidelity) {
    const where = `base export table ${baseExport.table}`;
    const byKey = new Map();
    for (const item of current) {
        const key = (0,identity/* keyOf */.TN)(item);
        if (typeof key === 'string')
            byKey.set(key, item);
    }
    const fromBase = new Map();
    let n = 0;
    for await (const wire of baseExport.source.items(baseExport.table)) {
        let plain;
        try {
            plain = wireItemToPlain(wire, () => { });
        }
        catch (err) {
            if (err instanceof ConversionError)
                throw new errors/* InputError */.dz(`${where}: item ${n + 1}: ${err.message}; the export is damaged or not DynamoDB JSON`);
            throw err;
        }
        const { key, item } = (0,identity/* requireKey */.XK)(mapKeys(plain, fidelity.keys).item, where, n++);
        if (fromBase.has(key))
            throw new errors/* InputError */.dz(`${where}: id ${(0,identity/* idOfKey */.EV)(key)} appears twice; the export is damaged`);
        const ref = byKey.get(key);
        fromBase.set(key, orderLike((0,merge_migration/* undoMigration */.XB)(item, [ref], fidelity.rules).item, ref ?? current[0]));
    }
    const base = new merge_side/* BaseIndex */.kJ([], where);
    for (const item of current) {
        const key = (0,identity/* keyOf */.TN)(item);
        if (typeof key !== 'string' || !fromBase.has(key))
            continue;
        base.add(fromBase.get(key));
        fromBase.delete(key);
    }
    for (const item of fromBase.values())
        base.add(item);
    return base;
}


/***/ }),

/***/ 75294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ FileBase)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/convert/canonical-item.ts
var canonical_item = __webpack_require__(36245);
// EXTERNAL MODULE: ./src/convert/json-number.ts + 1 modules
var json_number = __webpack_require__(64150);
// EXTERNAL MODULE: ./src/convert/json-text.ts
var json_text = __webpack_require__(57037);
// EXTERNAL MODULE: ./src/convert/serialize.ts
var serialize = __webpack_require__(38505);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/merge/identity.ts
var identity = __webpack_require__(10872);
// EXTERNAL MODULE: ./src/merge/key-table.ts
var key_table = __webpack_require__(78690);
// EXTERNAL MODULE: ./src/merge/side.ts
var side = __webpack_require__(59525);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(75919);
;// CONCATENATED MODULE: ./src/collection/block-reader.ts
/**
 * Positioned reads of items in random order (the export's scan order
 * against a file in the app's order) through blocks of the file kept in one
 * cache shared by every open file, bounded in bytes, least recently used
 * out first. A base file up to the bound is then read once, in 64 KiB
 * reads, rather than once per item (100,000 small reads took longer than
 * parsing the items they held). A larger one, which the cache cannot hold,
 * is read in blocks only where the reads go in file order; read out of
 * order (a scan's order), each block would be read, kept and dropped again
 * for one item (a 600,000-item rollback copied some 38 GB so, three times
 * slower), so only the item is read.
 */



const BLOCK = 64 * 1024;
/** Per thread: a worker thread (the rollback plans two collections at once) keeps half, so the process holds about as much as with one. */
const MAX_BYTES = (external_node_worker_threads_.isMainThread ? 48 : 24) * 1024 * 1024;
/** Block keys: the file's id times this plus the block number (files under 2^32 blocks, 256 TiB). */
const PER_FILE = 2 ** 32;
const blocks = new Map();
/** Bytes the cache holds now (at most MAX_BYTES). */
function cachedBytes() {
    let n = 0;
    for (const b of blocks.values())
        n += b.length;
    return n;
}
class BlockReader {
    id;
    fd;
    where;
    /** The file's size, read once; and the last block read through, to tell reads in file order. */
    size = -1;
    lastBlock = -2;
    /** Reads from the file and the bytes they copied (tests hold the cache to what pays). */
    reads = { count: 0, bytes: 0 };
    constructor(id, fd, where) {
        this.id = id;
        this.fd = fd;
        this.where = where;
    }
    text(offset, length) {
        const first = Math.floor(offset / BLOCK);
        const last = Math.floor((offset + length - 1) / BLOCK);
        if (length === 0)
            return '';
        const inOrder = first === this.lastBlock || first === this.lastBlock + 1;
        this.lastBlock = last;
        if (last - first > 1)
            return this.direct(offset, length).toString('utf8');
        if (!inOrder && !this.fits() && !blocks.has(this.id * PER_FILE + first))
            return this.direct(offset, length).toString('utf8');
        const a = this.block(first);
        const from = offset - first * BLOCK;
        if (first === last)
            return this.within(a, from, length).toString('utf8');
        const b = this.block(last);
        const head = a.subarray(from);
        return Buffer.concat([head, this.within(b, 0, length - head.length)]).toString('utf8');
    }
    /** Whether the cache can hold the whole file (then every block is worth keeping). */
    fits() {
        if (this.size < 0)
            this.size = (0,external_node_fs_.fstatSync)(this.fd()).size;
        return this.size <= MAX_BYTES;
    }
    /** Drops this file's blocks (it is being closed). */
    forget() {
        for (const key of blocks.keys())
            if (Math.floor(key / PER_FILE) === this.id)
                blocks.delete(key);
    }
    within(block, from, length) {
        if (from + length > block.length)
            throw this.shorter();
        return block.subarray(from, from + length);
    }
    block(n) {
        const key = this.id * PER_FILE + n;
        const hit = blocks.get(key);
        if (hit) {
            // Most recently used last: the Map's order is the eviction order.
            blocks.delete(key);
            blocks.set(key, hit);
            return hit;
        }
        const buf = Buffer.allocUnsafe(BLOCK);
        const got = (0,external_node_fs_.readSync)(this.fd(), buf, 0, BLOCK, n * BLOCK);
        this.reads.count++;
        this.reads.bytes += got;
        const block = buf.subarray(0, got);
        blocks.set(key, block);
        while (blocks.size * BLOCK > MAX_BYTES)
            blocks.delete(blocks.keys().next().value);
        return block;
    }
    direct(offset, length) {
        const buf = Buffer.allocUnsafe(length);
        const got = (0,external_node_fs_.readSync)(this.fd(), buf, 0, length, offset);
        this.reads.count++;
        this.reads.bytes += got;
        if (got < length)
            throw this.shorter();
        return buf;
    }
    shorter() {
        return new errors/* InputError */.dz(`${this.where()}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`);
    }
}

;// CONCATENATED MODULE: ./src/collection/file-base.ts
/**
 * The merge's base read from a collection file and kept as an index, not as
 * objects: per item its key, where its text is in the file (byte offset and
 * length), its length in characters and two flags (a number JSON.parse
 * would round; the text is exactly what the rollback would write for it).
 * About 60 bytes an item with its key, where a parsed ~300-byte item is
 * over a kilobyte. A body is read back from the file when it is needed: an
 * exact-sized positioned read for one item (a comparison), a sequential
 * read-ahead for many in order (the write, the current file's comparison).
 * The file is held open until release(), so it cannot change underneath.
 */










const INEXACT = 1;
const CANONICAL = 2;
const KEYLESS = 4;
const READ_AHEAD = 1 << 20;
let nextId = 0;
class FileBase {
    where;
    file;
    forWrite;
    keys = new key_table/* KeyTable */.a();
    keyless = new Map();
    n = 0;
    offsets = new Float64Array(1024);
    lengths = new Uint32Array(1024);
    chars = new Uint32Array(1024);
    flags = new Uint8Array(1024);
    fd = null;
    lastTextAt = -1;
    lastText = '';
    /**
     * Two readers, so the write's (or the current file's) pass in order and the export's lookups do not evict each other.
     * The lookups come in the export's order, which is DynamoDB's scan order, not the file's: read through shared blocks.
     */
    inOrder = new Reader(() => this.open(), () => this.where);
    bodies = new BlockReader(nextId++, () => this.open(), () => this.where);
    /** where: the file, for messages. forWrite false: never written from (status's count), so no text is checked for being the writer's (canonicalText then gives null). */
    constructor(where, file, forWrite = true) {
        this.where = where;
        this.file = file;
        this.forWrite = forWrite;
    }
    get size() {
        return this.n;
    }
    /**
     * Indexes the next item of the file. parse: the caller needs the item
     * too, so it is parsed (and returned, keyed); else an item whose text is
     * provably what the writer would make of it is indexed by the id read
     * from its text, unparsed (undefined is returned), and any other is parsed.
     */
    add(element, parse) {
        const i = this.n;
        // Opened while the file is being read: a private copy (an S3 backup's) may be removed before the write reads it back.
        if (i === 0)
            this.open();
        // The scan may have read the id already (the same walk over the same text).
        const id = parse ? null : (element.written ?? (0,canonical_item/* canonicalItemId */.Z9)(element.text, element.inexact));
        let item;
        let canonical;
        if (id !== null) {
            (0,side/* indexKnownKey */.Lr)((0,identity/* keyOf */.TN)({ id: id.numeric ? (0,json_number/* numberFromText */.Nv)(id.text) : id.text }), this.where, this);
            canonical = true;
        }
        else {
            item = (0,side/* indexBaseKey */.RA)(element.parse(), i, this.where, this);
            canonical = this.forWrite && (0,serialize/* itemText */.rv)(item) === element.text;
        }
        if (i === this.offsets.length)
            this.grow();
        this.offsets[i] = element.byteStart;
        this.lengths[i] = element.byteLength;
        this.chars[i] = element.text.length;
        // Written as is when it is already the text the writer would make of it: no second serialisation.
        this.flags[i] =
            (element.inexact ? INEXACT : 0) |
                (this.forWrite && canonical ? CANONICAL : 0) |
                (item !== undefined && item.id === undefined ? KEYLESS : 0);
        this.n++;
        return item;
    }
    item(i) {
        const text = this.bodies.text(this.offsets[i], this.lengths[i]);
        try {
            return ((this.flags[i] & INEXACT) !== 0 ? (0,json_text/* parseJsonTextExact */.mC)(text) : JSON.parse(text));
        }
        catch {
            throw new errors/* InputError */.dz(`${this.where}: changed while the rollback read it (item ${i + 1} is no longer where it was); nothing was written: run the rollback again`);
        }
    }
    /** The item's text as the file holds it (cheap when called in order; the last one is kept, as the current file's scan asks twice). */
    text(i) {
        if (i !== this.lastTextAt) {
            this.lastText = this.inOrder.text(this.offsets[i], this.lengths[i]);
            this.lastTextAt = i;
        }
        return this.lastText;
    }
    /** The item has no id (its key names where it is): read from a flag, no key made. */
    keylessAt(i) {
        return (this.flags[i] & KEYLESS) !== 0;
    }
    /** The item's text holds a number JSON.parse would round (the scanner's flag for it). */
    inexactAt(i) {
        return (this.flags[i] & INEXACT) !== 0;
    }
    canonicalText(i) {
        if ((this.flags[i] & CANONICAL) === 0)
            return null;
        return { bytes: this.inOrder.bytes(this.offsets[i], this.lengths[i]), chars: this.chars[i] };
    }
    canonicalSize(i) {
        return (this.flags[i] & CANONICAL) === 0 ? null : { bytes: this.lengths[i], chars: this.chars[i] };
    }
    byteLengthOf(i) {
        return this.lengths[i];
    }
    /** The bodies for another thread (the file stays open here until release()). */
    handOver() {
        const n = this.n;
        const st = this.fd === null ? null : (0,external_node_fs_.fstatSync)(this.fd);
        return {
            where: this.where,
            file: this.file,
            identity: st ? { dev: st.dev, ino: st.ino } : null,
            size: n,
            offsets: this.offsets.slice(0, n),
            lengths: this.lengths.slice(0, n),
            chars: this.chars.slice(0, n),
            flags: this.flags.slice(0, n),
        };
    }
    /**
     * A base serving the bodies another thread handed over (item, text,
     * canonicalText): it has no keys, only what the writer reads. The file is
     * opened here and held until release(); one replaced since it was read is refused.
     */
    static adopt(b) {
        const base = new FileBase(b.where, b.file);
        base.n = b.size;
        base.offsets = b.offsets;
        base.lengths = b.lengths;
        base.chars = b.chars;
        base.flags = b.flags;
        if (b.identity !== null) {
            const fd = (() => {
                try {
                    return (0,external_node_fs_.openSync)(b.file, 'r');
                }
                catch {
                    return null;
                }
            })();
            const st = fd === null ? null : (0,external_node_fs_.fstatSync)(fd);
            if (st === null || st.dev !== b.identity.dev || st.ino !== b.identity.ino) {
                if (fd !== null)
                    (0,external_node_fs_.closeSync)(fd);
                throw new errors/* InputError */.dz(`${b.where}: changed while the rollback read it (replaced or removed); nothing was written: run the rollback again`);
            }
            base.fd = fd;
        }
        return base;
    }
    release() {
        this.bodies.forget();
        if (this.fd !== null)
            (0,external_node_fs_.closeSync)(this.fd);
        this.fd = null;
    }
    open() {
        this.fd ??= (0,external_node_fs_.openSync)(this.file, 'r');
        return this.fd;
    }
    grow() {
        const size = this.offsets.length * 2;
        const widen = (a, make) => {
            const b = make(size);
            b.set(a);
            return b;
        };
        this.offsets = widen(this.offsets, (k) => new Float64Array(k));
        this.lengths = widen(this.lengths, (k) => new Uint32Array(k));
        this.chars = widen(this.chars, (k) => new Uint32Array(k));
        this.flags = widen(this.flags, (k) => new Uint8Array(k));
    }
}
/**
 * Positioned reads of one file: a read that starts where the last window
 * ended, or inside it, reads a window ahead (a pass in order costs one read
 * per MiB); any other reads just what is asked (lookups in random order).
 */
class Reader {
    fd;
    where;
    buf = Buffer.alloc(READ_AHEAD);
    start = 0;
    end = 0;
    constructor(fd, where) {
        this.fd = fd;
        this.where = where;
    }
    /** The bytes at [offset, offset + length): a view valid until the next call. */
    bytes(offset, length) {
        if (offset < this.start || offset + length > this.end) {
            const ahead = offset >= this.start && offset <= this.end + READ_AHEAD;
            const size = ahead ? Math.max(length, READ_AHEAD) : length;
            if (this.buf.length < size)
                this.buf = Buffer.alloc(size);
            const got = (0,external_node_fs_.readSync)(this.fd(), this.buf, 0, size, offset);
            this.start = offset;
            this.end = offset + got;
            if (got < length)
                throw new errors/* InputError */.dz(`${this.where()}: changed while the rollback read it (shorter than it was); nothing was written: run the rollback again`);
        }
        return this.buf.subarray(offset - this.start, offset - this.start + length);
    }
    text(offset, length) {
        return this.bytes(offset, length).toString('utf8');
    }
}


/***/ }),

/***/ 98367:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k2: () => (/* binding */ byRule),
/* harmony export */   v8: () => (/* binding */ MigrationTally)
/* harmony export */ });
/* unused harmony export noneUndone */
/* harmony import */ var _merge_content_print_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(19935);
/* harmony import */ var _merge_migration_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80344);
/* harmony import */ var _merge_side_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59525);
/**
 * What one collection's rollback undid of the migration, counted as the
 * export streams in: nulls that were "", timestamps the migration wrote, ids
 * it generated, attributes it added; and, for rules that are off, what they
 * would have undone. Ids and counts only.
 */



/** Per rule, what was undone when it is on, or what it would have undone when it is off: the figure a summary shows. */
function byRule(m, rules) {
    return {
        emptyStrings: rules.emptyStringsAsNull ? m.emptyStrings : m.notApplied.emptyStringsAsNull,
        timestamps: rules.rewroteUpdatedAt ? m.updatedAt + m.createdAt : m.notApplied.rewroteUpdatedAt,
        generatedIds: rules.generatedIds ? m.generatedIds.length : m.notApplied.generatedIds,
    };
}
/** Nothing undone: where a tally starts. */
function noneUndone() {
    return {
        artifactOnlyItems: 0,
        emptyStrings: 0,
        updatedAt: 0,
        createdAt: 0,
        generatedIds: [],
        droppedAttributes: 0,
        renamedIds: 0,
        keylessNotFound: 0,
        notApplied: { emptyStringsAsNull: 0, rewroteUpdatedAt: 0, generatedIds: 0 },
    };
}
class MigrationTally {
    out = noneUndone();
    /** Base positions where something was undone: those that end up SAME differed only by artifacts. */
    undoneAt = [];
    add(found, rules, at) {
        const stamps = Number(found.updatedAt) + Number(found.createdAt);
        if (rules.emptyStringsAsNull)
            this.out.emptyStrings += found.emptyStrings.length;
        else
            this.out.notApplied.emptyStringsAsNull += found.emptyStrings.length;
        if (rules.rewroteUpdatedAt) {
            this.out.updatedAt += Number(found.updatedAt);
            this.out.createdAt += Number(found.createdAt);
        }
        else
            this.out.notApplied.rewroteUpdatedAt += stamps;
        const applied = (rules.emptyStringsAsNull && found.emptyStrings.length > 0) || (rules.rewroteUpdatedAt && stamps > 0);
        if (at !== undefined && applied && (0,_merge_migration_js__WEBPACK_IMPORTED_MODULE_1__/* .hasArtifacts */ .C7)(found))
            this.undoneAt.push(at);
    }
    mapped(m) {
        this.out.droppedAttributes += m.dropped.length;
        this.out.renamedIds += Number(m.renamed);
    }
    finish(theirs, generatedIds) {
        for (const [at, id] of theirs.generated) {
            this.out.generatedIds.push(id);
            if (theirs.state[at] === _merge_side_js__WEBPACK_IMPORTED_MODULE_2__/* .SAME */ .v6)
                this.undoneAt.push(at);
        }
        this.out.artifactOnlyItems = new Set(this.undoneAt.filter((at) => theirs.state[at] === _merge_side_js__WEBPACK_IMPORTED_MODULE_2__/* .SAME */ .v6)).size;
        if (generatedIds)
            for (const list of theirs.base.keyless.values())
                this.out.keylessNotFound += list.filter((at) => theirs.state[at] === _merge_side_js__WEBPACK_IMPORTED_MODULE_2__/* .ABSENT */ .sj).length;
        if (!generatedIds && theirs.base.keyless.size > 0) {
            // With the rule off, an item with a generated id is new in DynamoDB; say how many would have matched.
            for (const item of theirs.added.values())
                if (theirs.base.keyless.has((0,_merge_content_print_js__WEBPACK_IMPORTED_MODULE_0__/* .contentPrint */ .l)(item)))
                    this.out.notApplied.generatedIds++;
        }
        return this.out;
    }
}


/***/ }),

/***/ 70917:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ plannedFileSize),
/* harmony export */   Z: () => (/* binding */ plannedFileChunks)
/* harmony export */ });
/* harmony import */ var _convert_serialize_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38505);

const CHUNK = 1 << 20;
/** The file's bytes, in chunks of about 1 MiB. */
function* plannedFileChunks(f) {
    let out = Buffer.allocUnsafe(CHUNK);
    let at = 0;
    const put = (text) => {
        const len = typeof text === 'string' ? Buffer.byteLength(text) : text.length;
        if (at + len > out.length) {
            if (at > 0)
                return false;
            out = Buffer.allocUnsafe(len);
        }
        at += typeof text === 'string' ? out.write(text, at) : text.copy(out, at);
        return true;
    };
    function* add(text) {
        if (put(text))
            return;
        yield out.subarray(0, at);
        out = Buffer.allocUnsafe(CHUNK);
        at = 0;
        put(text);
    }
    let first = true;
    for (const e of f.entries) {
        yield* add(first ? '[\n  ' : ',\n  ');
        first = false;
        const raw = typeof e === 'number' ? f.base.canonicalText?.(e) : null;
        yield* add(raw ? raw.bytes : typeof e === 'string' ? e : (0,_convert_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .itemText */ .rv)(typeof e === 'number' ? f.base.item(e) : e));
    }
    yield* add(`${first ? '[]' : '\n]'}${f.trailingNewline ? '\n' : ''}`);
    yield out.subarray(0, at);
}
/** The file's length in characters (what the app's one string of it would be) and in bytes, without building it. */
function plannedFileSize(f) {
    let chars = 0;
    let bytes = 0;
    const text = (t) => {
        chars += t.length;
        bytes += Buffer.byteLength(t);
    };
    for (const e of f.entries) {
        chars += 4; // "[\n  " or ",\n  "
        bytes += 4;
        const raw = typeof e === 'number' ? f.base.canonicalSize?.(e) : null;
        if (raw) {
            chars += raw.chars;
            bytes += raw.bytes;
        }
        else
            text(typeof e === 'string' ? e : (0,_convert_serialize_js__WEBPACK_IMPORTED_MODULE_0__/* .itemText */ .rv)(typeof e === 'number' ? f.base.item(e) : e));
    }
    text(`${f.entries.length === 0 ? '[]' : '\n]'}${f.trailingNewline ? '\n' : ''}`);
    return { chars, bytes };
}


/***/ }),

/***/ 33097:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ refuseTooLarge),
/* harmony export */   M: () => (/* binding */ MAX_STRING_LENGTH)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74296);
/* harmony import */ var _merge_side_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(59525);
/* harmony import */ var _planned_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70917);
/**
 * The app reads each collection file whole, readFileSync(file, 'utf8') then
 * JSON.parse, so a file is only readable while its text fits in one
 * JavaScript string: at most buffer.constants.MAX_STRING_LENGTH UTF-16 code
 * units (about 512 MiB). The rollback refuses to write a file the app could
 * not read, before it writes anything.
 */




const MAX_STRING_LENGTH = node_buffer__WEBPACK_IMPORTED_MODULE_0__.constants.MAX_STRING_LENGTH;
/**
 * Sizes each planned file before the first is replaced: base versions the
 * file holds in the written form by their recorded length, anything else
 * by serialising it (the exact length is known only from the text).
 */
function refuseTooLarge(files, limit = MAX_STRING_LENGTH) {
    for (const f of files) {
        const content = 'items' in f ? { entries: f.items, base: new _merge_side_js__WEBPACK_IMPORTED_MODULE_2__/* .BaseIndex */ .kJ([], f.file), trailingNewline: f.trailingNewline } : f;
        const { chars, bytes } = (0,_planned_file_js__WEBPACK_IMPORTED_MODULE_3__/* .plannedFileSize */ .C)(content);
        if (chars > limit) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${f.collection}: the rollback would write ${f.file} as ${bytes} bytes (${chars} characters), over Node's limit of ${limit} characters for one string; the app reads each file whole, so it could not read it. Nothing was written. Make the collection smaller in DynamoDB (archive or remove old items) and export again, or change the app to read large files in parts`);
        }
    }
}


/***/ }),

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

/***/ 83235:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ indexPath),
/* harmony export */   c: () => (/* binding */ childPath)
/* harmony export */ });
/** Attribute paths for messages: `a.b[2].c`, with unusual names quoted (`a["x.y"]`). Names only, never values. */
const PLAIN_NAME = /^[A-Za-z_$][\w$-]*$/;
function childPath(parent, name) {
    if (PLAIN_NAME.test(name))
        return parent === '' ? name : `${parent}.${name}`;
    return `${parent}[${JSON.stringify(name)}]`;
}
function indexPath(parent, index) {
    return `${parent}[${index}]`;
}


/***/ }),

/***/ 36245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ nextBackslash),
/* harmony export */   VC: () => (/* binding */ nextControl),
/* harmony export */   W1: () => (/* binding */ writtenItemAt),
/* harmony export */   Z9: () => (/* binding */ canonicalItemId)
/* harmony export */ });
/* harmony import */ var _json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/**
 * An item's id read from its text without parsing it, for an item whose
 * text is provably the one itemText would write for it: the text of a
 * collection file's element (at indent 2) that is exactly
 * JSON.stringify(item, null, 2) re-indented. Such an element need not be
 * parsed to be indexed, nor serialised again to be found canonical.
 *
 * The proof is the grammar below, which only such a text passes: every
 * newline followed by exactly the indentation JSON.stringify gives its
 * depth, ": " after a key, strings without a backslash or a control
 * character (JSON.stringify escapes nothing else), numbers written back
 * digit for digit (when the element is parsed exactly, every number is
 * kept as its digits; else each is one JSON.stringify gives back), keys
 * without a duplicate (JSON.parse keeps the last), none that V8 would move
 * to the front (an array index: anything starting with a digit is left to
 * the parse). Anything else gives null, and the caller
 * parses the item as before: the fast path decides nothing the parse would
 * decide differently. Pure.
 */

const MAX_DEPTH = 64;
/** Keys of one object are compared pairwise: with more than this, the parse decides (it costs less then). */
const MAX_KEYS = 64;
/** A control character other than the newlines between lines: never in the written form (JSON.stringify escapes them). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_FROM = /[\u0000-\u0009\u000b-\u001f]/g;
/** Where the next backslash is in s at or after from (s.length when none): what writtenItemAt's caller checks. */
function nextBackslash(s, from) {
    const at = s.indexOf('\\', from);
    return at === -1 ? s.length : at;
}
/** Where the next control character other than "\n" is in s at or after from (s.length when none). */
function nextControl(s, from) {
    CONTROL_FROM.lastIndex = from;
    const m = CONTROL_FROM.exec(s);
    return m === null ? s.length : m.index;
}
/**
 * The id of a canonical item text with a string or numeric id; null when
 * the text is not provably canonical or the item has no such id (the
 * caller then parses it). inexact: the element is parsed with the exact
 * parser (json-array-stream's RawElement.inexact), which keeps every number's digits.
 */
function canonicalItemId(s, inexact) {
    // No escapes at all: a string is then its characters between two quotes.
    if (s.indexOf('\\') !== -1 || CONTROL.test(s))
        return null;
    const found = writtenItemAt(s, 0, inexact);
    return found !== null && found.end === s.length ? found.id : null;
}
/**
 * The grammar of canonicalItemId read from s[from] (a "{") on, in a longer
 * text (a collection file's chunk): where the item ends, and its id (null
 * when it has none). null when the text there is not the written form, or
 * the item goes on past the end of s. The caller must still find no
 * backslash and no control character in s[from, end): the walk takes a
 * string to end at the next quote, so an escape inside one is caught only
 * then (it lies before end: the walk either stops or goes past it).
 */
function writtenItemAt(s, from, inexact) {
    if (codeAt(s, from) !== 123 /* { */)
        return null;
    rounded = false;
    // The walk's stacks, shared by every walk (one at a time): no four arrays per item.
    keyCount = 0;
    let depth = 0;
    let i = from;
    let id = null;
    /** Where the top-level "id" value starts, while it is being read. */
    let idAt = -1;
    // The newlines are the line breaks the grammar reads (strings and keys hold none): counted for the scanner's positions.
    let lines = 0;
    let lastLine = -1;
    for (;;) {
        // A value at i.
        const c = codeAt(s, i);
        let open = false;
        if (c === 34 /* " */) {
            const q = s.indexOf('"', i + 1);
            if (q === -1)
                return null;
            const nl = s.indexOf('\n', i + 1);
            if (nl !== -1 && nl < q)
                return null;
            i = q + 1;
        }
        else if (c === 123 || c === 91 /* [ */) {
            if (idAt !== -1)
                return null;
            const close = c === 123 ? 125 : 93;
            if (codeAt(s, i + 1) === close)
                i += 2;
            else {
                if (depth === MAX_DEPTH)
                    return null;
                depth++;
                isObject[depth] = c === 123;
                keysFrom[depth] = keyCount;
                i++;
                open = true;
            }
        }
        else if (c === 45 || (c >= 48 && c <= 57)) {
            i = numberEnd(s, i, inexact);
            if (i === -1)
                return null;
        }
        else if (idAt !== -1)
            return null;
        else if (c === 116 && s.startsWith('true', i))
            i += 4;
        else if (c === 102 && s.startsWith('false', i))
            i += 5;
        else if (c === 110 && s.startsWith('null', i))
            i += 4;
        else
            return null;
        if (idAt !== -1) {
            id = codeAt(s, idAt) === 34 ? { text: s.slice(idAt + 1, i - 1), numeric: false } : { text: s.slice(idAt, i), numeric: true };
            idAt = -1;
        }
        // After a value, or at the start of an open container: close containers that end here, then the next member.
        for (; !open;) {
            if (depth === 0)
                return { end: i, id, inexact: rounded, lines, lastLine };
            if (codeAt(s, i) === 44 /* , */) {
                i++;
                break;
            }
            // "\n" and the indentation of the line the container opened on, then its closing bracket.
            if (!lineBreak(s, i, 2 * depth))
                return null;
            lines++;
            lastLine = i;
            i += 1 + 2 * depth;
            if (codeAt(s, i) !== (isObject[depth] ? 125 : 93))
                return null;
            i++;
            keyCount = keysFrom[depth];
            depth--;
        }
        // A member: a newline and the indentation of its depth, then (in an object) the key and ": ".
        if (!lineBreak(s, i, 2 + 2 * depth))
            return null;
        lines++;
        lastLine = i;
        i += 3 + 2 * depth;
        if (!isObject[depth])
            continue;
        if (codeAt(s, i) !== 34)
            return null;
        const q = s.indexOf('"', i + 1);
        if (q === -1 || codeAt(s, q + 1) !== 58 /* : */ || codeAt(s, q + 2) !== 32)
            return null;
        const start = i + 1;
        const length = q - start;
        if (!newKey(s, start, length, keysFrom[depth]))
            return null;
        i = q + 3;
        if (depth === 1 && length === 2 && codeAt(s, start) === 105 /* i */ && codeAt(s, start + 1) === 100 /* d */)
            idAt = i;
    }
}
/**
 * s's code unit at i, or -1 past its end, where the walk stops on a chunk's last item. Not s.charCodeAt alone: V8
 * compiles each of its calls as in bounds, and one read past the end throws the whole walk back to the interpreter,
 * once per call site and thread (a dozen times a run, each costing thousands of items walked slowly).
 */
function codeAt(s, i) {
    return i < s.length ? s.charCodeAt(i) : -1;
}
/** A newline at i followed by this many spaces (what follows them, a key, a value or a bracket, is never a space). */
function lineBreak(s, i, spaces) {
    if (codeAt(s, i) !== 10)
        return false;
    for (let k = 1; k <= spaces; k++)
        if (codeAt(s, i + k) !== 32)
            return false;
    return true;
}
/** A key (its characters at start, length long) that no earlier key of its object has, and that JSON.parse keeps in place. */
function newKey(s, start, length, from) {
    const first = codeAt(s, start);
    // A newline inside the key (no JSON), or a key V8 would move to the front (an array index starts with a digit).
    if (length > 0 && first >= 48 && first <= 57)
        return false;
    const nl = s.indexOf('\n', start);
    if (nl !== -1 && nl < start + length)
        return false;
    const n = keyCount;
    if (n - from >= MAX_KEYS)
        return false;
    for (let k = from; k < n; k++) {
        if (keyLength[k] !== length)
            continue;
        const other = keyStart[k];
        let j = 0;
        while (j < length && codeAt(s, other + j) === codeAt(s, start + j))
            j++;
        if (j === length)
            return false;
    }
    keyStart[n] = start;
    keyLength[n] = length;
    keyCount = n + 1;
    return true;
}
/**
 * Per open container (1 = the item itself): an object? and where its keys start in keyStart/keyLength (set as it
 * opens); the keys of the open objects are the first keyCount entries (a count, not the arrays' lengths, which cost a call to set).
 */
const isObject = [false];
const keysFrom = [0];
const keyStart = [];
const keyLength = [];
let keyCount = 0;
/** Set by numberEnd when a number JSON.parse would write another way was taken (the walk is exact): read back by writtenItemAt. */
let rounded = false;
/** The end of a JSON number at i that is written back as these digits, or -1. */
function numberEnd(s, i, inexact) {
    const from = i;
    if (codeAt(s, i) === 45)
        i++;
    const lead = codeAt(s, i);
    if (lead === 48)
        i++;
    else if (lead >= 49 && lead <= 57)
        i = digitsEnd(s, i);
    else
        return -1;
    let plain = !(lead === 48 && from !== i - 1); // "-0..." is never written back as such
    if (codeAt(s, i) === 46 /* . */) {
        const end = digitsEnd(s, i + 1);
        if (end === i + 1)
            return -1;
        i = end;
        plain = false;
    }
    const e = codeAt(s, i);
    if (e === 101 || e === 69) {
        i++;
        const sign = codeAt(s, i);
        if (sign === 43 || sign === 45)
            i++;
        const end = digitsEnd(s, i);
        if (end === i)
            return -1;
        i = end;
        plain = false;
    }
    // Exactly parsed, every number keeps its digits; else short integers are what JSON.stringify writes, and the rest is checked.
    if ((plain && i - from < 16) || (0,_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .writesBackAsIs */ .OP)(s, from, i))
        return i;
    const t = s.slice(from, i);
    if (JSON.stringify(Number(t)) === t)
        return i;
    // One JSON.parse would write another way: only the exact parse keeps its digits.
    if (!inexact)
        return -1;
    rounded = true;
    return i;
}
function digitsEnd(s, i) {
    for (;;) {
        const c = codeAt(s, i);
        if (c < 48 || c > 57)
            return i;
        i++;
    }
}


/***/ }),

/***/ 64150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WP: () => (/* binding */ JsonNumber),
  st: () => (/* binding */ canonicalDecimal),
  FF: () => (/* binding */ compareDecimal),
  c1: () => (/* binding */ isExactInJs),
  Nv: () => (/* binding */ numberFromText),
  $Q: () => (/* binding */ parseDecimal),
  GV: () => (/* binding */ takeJsonNumberSeen),
  OP: () => (/* binding */ writesBackAsIs)
});

// UNUSED EXPORTS: toJsonNumberText

;// CONCATENATED MODULE: ./src/convert/own-copy.ts
/**
 * A copy of s that holds no reference to the text it was cut from. V8 makes
 * a slice of 13 characters or more a view of its parent, so a piece of a
 * 1 MiB chunk of a collection file kept past the chunk keeps the whole
 * chunk alive: ids so kept made a rollback of 300,000 items with the app's
 * 23-character ids hold its backup file's whole text (471 MB of RSS against
 * 256 MB with copies; the base's keys are now copied as bytes,
 * merge/key-table.ts). JSON.parse makes a new flat string, exact for any
 * text (a lone surrogate goes through as an escape); a concatenation
 * sliced would be a copy too, but a view of it, 32 bytes more.
 */
function ownCopy(s) {
    // Shorter slices are copies already.
    return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}

;// CONCATENATED MODULE: ./src/convert/json-number.ts
/**
 * Decimal numbers as text. DynamoDB numbers have up to 38 significant
 * digits; a JavaScript number has about 17. These helpers compare and
 * normalise decimal text exactly, without going through a double.
 */

/** A number kept as its decimal text because Number() would change it. */
class JsonNumber {
    text;
    constructor(text) {
        // Often cut from a longer text (an item's, a chunk's) and kept long after it (own-copy.ts).
        this.text = ownCopy(text);
    }
    toString() {
        return this.text;
    }
    /** Lets the serializer use the native JSON.stringify and notice when a value held one (see serialize.ts). */
    toJSON() {
        jsonNumberSeen = true;
        return this.text;
    }
}
let jsonNumberSeen = false;
/** Whether JSON.stringify met a JsonNumber since the last call. */
function takeJsonNumberSeen() {
    const seen = jsonNumberSeen;
    jsonNumberSeen = false;
    return seen;
}
const DECIMAL = /^([+-])?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;
/** Parses decimal text (DynamoDB N or a JSON number); null when it is not one. Zero has digits "". */
function parseDecimal(text) {
    const m = DECIMAL.exec(text.trim());
    if (!m)
        return null;
    const int = m[2] ?? '';
    const frac = m[3] ?? '';
    if (int.length + frac.length === 0)
        return null;
    const exp = m[4] === undefined ? 0 : Number(m[4]);
    if (!Number.isSafeInteger(exp))
        return null;
    const all = int + frac;
    const lead = all.search(/[1-9]/);
    if (lead === -1)
        return { negative: false, digits: '', point: 0 };
    const digits = all.slice(lead).replace(/0+$/, '');
    return { negative: m[1] === '-', digits, point: int.length - lead + exp };
}
/** One text per decimal value: "0", or "[-]0.<digits>e<point>". */
function canonicalDecimal(text) {
    const d = parseDecimal(text);
    if (!d)
        return null;
    if (d.digits === '')
        return '0';
    return `${d.negative ? '-' : ''}0.${d.digits}e${d.point}`;
}
/** Exact order of two decimal texts (both must parse). */
function compareDecimal(a, b) {
    const x = parseDecimal(a);
    const y = parseDecimal(b);
    if (!x || !y)
        throw new Error('compareDecimal: not a decimal');
    const sx = x.digits === '' ? 0 : x.negative ? -1 : 1;
    const sy = y.digits === '' ? 0 : y.negative ? -1 : 1;
    if (sx !== sy)
        return sx < sy ? -1 : 1;
    if (sx === 0)
        return 0;
    let mag;
    if (x.point !== y.point)
        mag = x.point < y.point ? -1 : 1;
    else {
        const len = Math.max(x.digits.length, y.digits.length);
        const dx = x.digits.padEnd(len, '0');
        const dy = y.digits.padEnd(len, '0');
        mag = dx === dy ? 0 : dx < dy ? -1 : 1;
    }
    return sx * mag;
}
/**
 * True only when JavaScript writes the number in s[from, to) back as those
 * very characters (String(Number(t)) === t, and so JSON.stringify), decided
 * from the characters without converting: a plain decimal ("-12", "0.25",
 * "35.7919") with at most 15 significant digits (every such decimal comes
 * back from a double as itself, and the shortest form is then its own
 * digits), no zero ending a fraction, no "-0", and at least 0.000001 in
 * size (smaller ones are written with an exponent). false says nothing:
 * the caller converts and compares as before.
 */
function writesBackAsIs(s, from, to) {
    let i = from;
    if (s.charCodeAt(i) === 45 /* - */)
        i++;
    const lead = s.charCodeAt(i);
    let digits = 0;
    if (lead === 48 /* 0 */) {
        i++;
        // "-0" alone is written back as "0".
        if (i === to)
            return i - from === 1;
    }
    else {
        if (lead < 49 || lead > 57)
            return false;
        for (; i < to; i++, digits++) {
            const c = s.charCodeAt(i);
            if (c < 48 || c > 57)
                break;
        }
        if (i === to)
            return digits <= 15;
    }
    if (s.charCodeAt(i) !== 46 /* . */ || i + 1 === to || s.charCodeAt(to - 1) === 48)
        return false;
    i++;
    if (digits === 0) {
        // 0.000001 is the smallest written without an exponent: at most five zeros before the first significant digit.
        const zeros = i;
        while (i < to && s.charCodeAt(i) === 48)
            i++;
        if (i - zeros > 5)
            return false;
    }
    for (; i < to; i++, digits++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57)
            return false;
    }
    return digits <= 15;
}
/** True when Number(text) has exactly the decimal value of text. */
function isExactInJs(text) {
    const n = Number(text);
    if (!Number.isFinite(n))
        return false;
    return canonicalDecimal(String(n)) === canonicalDecimal(text);
}
const JSON_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** The text as a valid JSON number with the same digits (".5" -> "0.5", "+1" -> "1"). */
function toJsonNumberText(text) {
    const t = text.trim();
    if (JSON_NUMBER.test(t))
        return t;
    const m = DECIMAL.exec(t);
    if (!m)
        throw new Error('toJsonNumberText: not a decimal');
    const int = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
    const frac = m[3] ? `.${m[3]}` : '';
    const exp = m[4] === undefined ? '' : `e${m[4]}`;
    return `${m[1] === '-' ? '-' : ''}${int}${frac}${exp}`;
}
/**
 * The value a file should hold for decimal text: a plain number when
 * JSON.stringify would write back these very digits, else a JsonNumber.
 */
function numberFromText(text) {
    const n = Number(text);
    if (Number.isFinite(n) && JSON.stringify(n) === text)
        return n;
    return new JsonNumber(toJsonNumberText(text));
}


/***/ }),

/***/ 57037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   mC: () => (/* binding */ parseJsonTextExact),
/* harmony export */   sU: () => (/* binding */ JsonTextError)
/* harmony export */ });
/* unused harmony export hasInexactNumber */
/* harmony import */ var _json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/**
 * JSON text to plain values, keeping every number's digits. JSON.parse
 * turns 12345678901234567890 into 12345678901234567000; a file the app
 * wrote by hand or from DynamoDB may hold such numbers, so where one occurs
 * the text is parsed by a small exact parser instead (JsonNumber for those
 * numbers). Errors give line and column only: V8's messages quote the text,
 * which can be personal data.
 */

class JsonTextError extends Error {
    line;
    column;
    reason;
    constructor(line, column, reason) {
        super(`${reason} at line ${line}, column ${column}`);
        this.line = line;
        this.column = column;
        this.reason = reason;
        this.name = 'JsonTextError';
    }
}
const TOKENS = /"[^"\\]*(?:\\.[^"\\]*)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;
/** True when some number in the (valid) JSON text would not be written back with the same digits. */
function hasInexactNumber(text) {
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(text); m !== null; m = TOKENS.exec(text)) {
        const t = m[0];
        if (t.charCodeAt(0) === 34 /* " */)
            continue;
        if (t.length < 16 && /^-?[1-9]\d*$|^0$/.test(t))
            continue;
        if (JSON.stringify(Number(t)) !== t)
            return true;
    }
    return false;
}
function parseJsonText(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        new ExactParser(text).parse();
        // The exact parser accepted what JSON.parse refused: report without detail rather than guess.
        throw new JsonTextError(1, 1, 'not valid JSON');
    }
    return hasInexactNumber(text) ? new ExactParser(text).parse() : value;
}
/** Parses with the exact parser only (JsonNumber where JSON.stringify would not give the digits back). */
function parseJsonTextExact(text) {
    return new ExactParser(text).parse();
}
class ExactParser {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    parse() {
        this.ws();
        const v = this.value();
        this.ws();
        if (this.i < this.s.length)
            this.fail('unexpected text after the JSON value');
        return v;
    }
    value() {
        const c = this.s.charCodeAt(this.i);
        if (c === 123 /* { */)
            return this.object();
        if (c === 91 /* [ */)
            return this.array();
        if (c === 34 /* " */)
            return this.string();
        if (c === 45 /* - */ || (c >= 48 && c <= 57))
            return this.number();
        if (this.s.startsWith('true', this.i))
            return ((this.i += 4), true);
        if (this.s.startsWith('false', this.i))
            return ((this.i += 5), false);
        if (this.s.startsWith('null', this.i))
            return ((this.i += 4), null);
        return this.fail(this.i >= this.s.length ? 'unexpected end of JSON' : 'unexpected character');
    }
    object() {
        this.i++;
        const out = {};
        this.ws();
        if (this.s.charCodeAt(this.i) === 125)
            return (this.i++, out);
        for (;;) {
            this.ws();
            if (this.s.charCodeAt(this.i) !== 34)
                this.fail('expected a property name');
            const key = this.string();
            this.ws();
            if (this.s.charCodeAt(this.i) !== 58)
                this.fail('expected ":"');
            this.i++;
            this.ws();
            const v = this.value();
            if (key === '__proto__')
                Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
            else
                out[key] = v;
            this.ws();
            const c = this.s.charCodeAt(this.i);
            this.i++;
            if (c === 125)
                return out;
            if (c !== 44)
                this.fail('expected "," or "}"', -1);
        }
    }
    array() {
        this.i++;
        const out = [];
        this.ws();
        if (this.s.charCodeAt(this.i) === 93)
            return (this.i++, out);
        for (;;) {
            this.ws();
            out.push(this.value());
            this.ws();
            const c = this.s.charCodeAt(this.i);
            this.i++;
            if (c === 93)
                return out;
            if (c !== 44)
                this.fail('expected "," or "]"', -1);
        }
    }
    string() {
        const start = this.i;
        this.i++;
        for (;;) {
            const c = this.s.charCodeAt(this.i);
            if (Number.isNaN(c))
                this.fail('unterminated string');
            if (c < 32)
                this.fail('control character in string');
            if (c === 92)
                this.i += 2;
            else if (c === 34)
                break;
            else
                this.i++;
        }
        this.i++;
        try {
            return JSON.parse(this.s.slice(start, this.i));
        }
        catch {
            return this.fail('bad escape in string', start - this.i);
        }
    }
    number() {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        m.lastIndex = this.i;
        const hit = m.exec(this.s);
        if (!hit)
            return this.fail('malformed number');
        this.i += hit[0].length;
        const v = (0,_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .numberFromText */ .Nv)(hit[0]);
        return v instanceof _json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP || typeof v === 'number' ? v : this.fail('malformed number');
    }
    ws() {
        // Bounded: a read past the end (after the last value) would throw the compiled parse back to the interpreter.
        for (const n = this.s.length; this.i < n;) {
            const c = this.s.charCodeAt(this.i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                this.i++;
            else
                return;
        }
    }
    fail(reason, offset = 0) {
        const at = Math.max(0, Math.min(this.i + offset, this.s.length));
        let line = 1;
        let lineStart = 0;
        for (let k = this.s.indexOf('\n'); k !== -1 && k < at; k = this.s.indexOf('\n', k + 1)) {
            line++;
            lineStart = k + 1;
        }
        throw new JsonTextError(line, at - lineStart + 1, reason);
    }
}


/***/ }),

/***/ 47927:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ isPlainObject)
/* harmony export */ });
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
}


/***/ }),

/***/ 38505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   rv: () => (/* binding */ itemText)
/* harmony export */ });
/* unused harmony exports stringifyPlain, collectionFileChunks */
/* harmony import */ var _json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/**
 * Plain values to text exactly as the app writes its files,
 * JSON.stringify(data, null, 2), except that a JsonNumber is written as its
 * own digits. For any value without a JsonNumber the output is
 * byte-identical to JSON.stringify(value, null, 2) (tested).
 */

const STEP = '  ';
/** JSON.stringify(value, null, 2), starting at the given indentation; undefined where JSON.stringify gives undefined. */
function stringifyPlain(value, indent = '') {
    return write(value, '', indent);
}
function write(value, key, indent) {
    if (value instanceof _json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        return value.text;
    if (typeof value === 'object' && value !== null && typeof value.toJSON === 'function') {
        value = value.toJSON(key);
    }
    if (value instanceof Number || value instanceof String || value instanceof Boolean)
        value = value.valueOf();
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'boolean':
            return value ? 'true' : 'false';
        case 'bigint':
            throw new TypeError('Do not know how to serialize a BigInt');
        case 'object':
            if (value === null)
                return 'null';
            if (value instanceof _json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
                return value.text;
            return Array.isArray(value) ? writeArray(value, indent) : writeObject(value, indent);
        default:
            return undefined; // undefined, function, symbol
    }
}
function writeArray(value, indent) {
    if (value.length === 0)
        return '[]';
    const inner = indent + STEP;
    const parts = [];
    for (let i = 0; i < value.length; i++)
        parts.push(write(value[i], String(i), inner) ?? 'null');
    return `[\n${inner}${parts.join(`,\n${inner}`)}\n${indent}]`;
}
function writeObject(value, indent) {
    const inner = indent + STEP;
    const parts = [];
    for (const k of Object.keys(value)) {
        const v = write(value[k], k, inner);
        if (v !== undefined)
            parts.push(`${JSON.stringify(k)}: ${v}`);
    }
    if (parts.length === 0)
        return '{}';
    return `{\n${inner}${parts.join(`,\n${inner}`)}\n${indent}}`;
}
/**
 * A collection file, JSON.stringify(items, null, 2) (plus a final newline
 * when asked), in chunks of about chunkSize characters so a large file is
 * never one string.
 */
function* collectionFileChunks(items, options = {}) {
    const chunkSize = options.chunkSize ?? 1 << 20;
    const end = options.trailingNewline ? '\n' : '';
    let buf = '';
    let first = true;
    for (const item of items) {
        buf += `${first ? '[\n' : ',\n'}${STEP}${itemText(item)}`;
        first = false;
        if (buf.length >= chunkSize) {
            yield buf;
            buf = '';
        }
    }
    yield `${buf}${first ? '[]' : '\n]'}${end}`;
}
/**
 * One array element at indent 2 (as a collection file holds it). The native JSON.stringify is several times
 * faster than write(); it is used unless the item holds a JsonNumber (which
 * it would quote), re-indented: its output has no raw newline inside a
 * string, so every newline starts a line to indent.
 */
function itemText(item) {
    (0,_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .takeJsonNumberSeen */ .GV)();
    const text = JSON.stringify(item, null, 2);
    if ((0,_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .takeJsonNumberSeen */ .GV)() || text === undefined)
        return write(item, '', STEP) ?? 'null';
    return text.replace(/\n/g, `\n${STEP}`);
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

/***/ 5283:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lv: () => (/* binding */ removeStaleProbes),
/* harmony export */   vX: () => (/* binding */ probePathFor)
/* harmony export */ });
/* unused harmony export PROBE_PATTERN */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_write_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(88796);
/**
 * The probe that tells whether a folder can be written: a real file made
 * and removed at once (permission bits lie on read-only mounts and under
 * root). It is named like every temp file of ours (TEMP_PATTERN), so one a
 * kill left behind is never taken for a data file or put in a snapshot, and
 * the next rollback removes it with the other temps. PROBE_PATTERN picks
 * out probes alone: nobody reads them, so any run may remove them, even
 * one that holds no lock (status).
 */



/** Ours, and the name 0.1.0's status used. */
const PROBE_PATTERN = /^\.(?:write-probe\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
function probePathFor(dir) {
    return (0,_atomic_write_js__WEBPACK_IMPORTED_MODULE_2__/* .tempPathFor */ .FD)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'write-probe'));
}
/** Removes probes a killed run left in dir; another run's probe vanishing is harmless, as each removes its own with force. */
async function removeStaleProbes(dir) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir)) {
        if (PROBE_PATTERN.test(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, name), { force: true });
    }
}


/***/ }),

/***/ 19935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ contentPrint)
/* harmony export */ });
/* harmony import */ var _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/* harmony import */ var _convert_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47927);
/**
 * A fingerprint of an item's content for finding the base item that an item
 * with a migration-generated id came from: canonical JSON with object keys
 * sorted, numbers by decimal value, and blind to what the migration changed
 * (the id it added, createdAt and updatedAt it wrote, "" it stored as NULL).
 * Two items with the same print are candidates, not proof: the caller still
 * compares them in full. Pure.
 */


const IGNORED = new Set(['id', 'createdAt', 'updatedAt']);
function contentPrint(item) {
    return print(item, true);
}
function print(v, top) {
    if (v === null || v === '')
        return 'null';
    if (typeof v === 'number' || v instanceof _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        return (0,_convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st)(String(v)) ?? String(v);
    if (typeof v !== 'object')
        return JSON.stringify(v);
    if (Array.isArray(v))
        return `[${v.map((x) => print(x, false)).join(',')}]`;
    if (!(0,_convert_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(v))
        return JSON.stringify(String(v));
    const keys = Object.keys(v)
        .filter((k) => !(top && IGNORED.has(k)))
        .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${print(v[k], false)}`).join(',')}}`;
}


/***/ }),

/***/ 88444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ deepEqual)
/* harmony export */ });
/* harmony import */ var _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/**
 * Deep equality of plain values as the merge sees them: object key order
 * does not matter, array order does, numbers are equal by decimal value
 * (1.5, 1.50 and a 38-digit JsonNumber compare exactly). Pure.
 */

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (a === null || b === null || a === undefined || b === undefined)
        return false;
    const na = typeof a === 'number' || a instanceof _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP;
    const nb = typeof b === 'number' || b instanceof _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP;
    if (na || nb) {
        if (!(na && nb))
            return false;
        if (typeof a === 'number' && typeof b === 'number')
            return false; // === failed above (NaN never occurs in JSON)
        return (0,_convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st)(String(a)) === (0,_convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalDecimal */ .st)(String(b));
    }
    if (typeof a !== 'object' || typeof b !== 'object')
        return false;
    if (Array.isArray(a) || Array.isArray(b)) {
        if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length)
            return false;
        for (let i = 0; i < a.length; i++)
            if (!deepEqual(a[i], b[i]))
                return false;
        return true;
    }
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    for (const k of ka) {
        if (!hasOwn(b, k) || !deepEqual(a[k], b[k]))
            return false;
    }
    return true;
}


/***/ }),

/***/ 10872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EV: () => (/* binding */ idOfKey),
/* harmony export */   TN: () => (/* binding */ keyOf),
/* harmony export */   XD: () => (/* binding */ isKeyless),
/* harmony export */   XK: () => (/* binding */ requireKey),
/* harmony export */   qE: () => (/* binding */ keylessKey)
/* harmony export */ });
/* harmony import */ var _convert_json_number_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64150);
/* harmony import */ var _convert_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47927);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/**
 * Item identity in the file database is the `id` attribute. Keys are
 * strings for Map lookups: a string id is its own key; a numeric id gets a
 * prefix no string id can start with, so "5" and 5 stay apart.
 */



const NUMERIC = '\u0000#';
/** Keys of items that have no id (the base's, and new ones in the files): never a real id, which is a string or number. */
const KEYLESS = '\u0000@';
/** The item's key, or a reason it has none (never quoting the item). */
function keyOf(item) {
    if (!(0,_convert_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(item))
        return { problem: 'is not a JSON object' };
    const id = item.id;
    if (typeof id === 'string')
        return id;
    if (typeof id === 'number')
        return NUMERIC + String(id);
    if (id instanceof _convert_json_number_js__WEBPACK_IMPORTED_MODULE_2__/* .JsonNumber */ .WP)
        return NUMERIC + id.text;
    return { problem: id === undefined ? 'has no id' : 'has an id that is neither a string nor a number' };
}
/** The key of an item without an id: where it is (e.g. "migration backup item 3"). */
function keylessKey(where) {
    return `${KEYLESS}${where}`;
}
function isKeyless(key) {
    return key.startsWith(KEYLESS);
}
/** The id as shown in reports; an item without one is shown by where it is: "(no id: <where>)". */
function idOfKey(key) {
    if (key.startsWith(NUMERIC))
        return key.slice(NUMERIC.length);
    if (key.startsWith(KEYLESS))
        return `(no id: ${key.slice(KEYLESS.length)})`;
    return key;
}
/** keyOf, or an InputError naming where the item is (file or table) and its position. */
function requireKey(item, where, position) {
    const key = keyOf(item);
    if (typeof key !== 'string') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: item ${position + 1} ${key.problem}; every item needs a string or numeric "id"`);
    }
    return { key, item: item };
}


/***/ }),

/***/ 78690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ KeyTable)
/* harmony export */ });
/**
 * The base's keys by position, and the position of each: the merge's
 * lookup of an item's base version. Kept as their UTF-8 bytes in one
 * buffer with an open-addressing table, not as a string each in a Map and
 * an array: about 45 bytes a key against 90, and the key given is not
 * kept (an id sliced from a file's chunk keeps no chunk alive). A key is
 * made again as a string when one is asked for (at). Pure.
 *
 * Only a key without surrogates is kept as bytes: UTF-8 then tells every
 * two keys apart, where it would write each lone surrogate as U+FFFD. A key
 * with one is kept as a string, in a Map beside: rare, and exact.
 *
 * verify keeps its own table of ids (verify/id-table.ts): it shares no
 * code with the rollback, so a fault in one cannot hide the other's.
 */
const NONE = -1;
/** A position's length when its key is kept as a string (it has a surrogate). */
const AS_STRING = 0xffffffff;
const SURROGATE = /[\ud800-\udfff]/;
class KeyTable {
    bytes = Buffer.allocUnsafe(1 << 16);
    used = 0;
    starts = new Uint32Array(1024);
    lengths = new Uint32Array(1024);
    /** Each position's hash, so growing the table hashes nothing again. */
    hashes = new Uint32Array(1024);
    n = 0;
    /** Per slot a position, NONE when empty; never more than half full. */
    slots = new Int32Array(2048).fill(NONE);
    scratch = Buffer.allocUnsafe(256);
    /** Keys with a surrogate: by position, and the position of each. */
    strings = new Map();
    positions = new Map();
    get size() {
        return this.n;
    }
    /** Gives the key the next position, unless a position has it already: then that position, and nothing is added. */
    add(key) {
        if (SURROGATE.test(key)) {
            const at = this.positions.get(key);
            if (at !== undefined)
                return at;
            this.positions.set(key, this.n);
            this.strings.set(this.n, key);
            this.place(0, AS_STRING);
            return NONE;
        }
        const max = key.length * 3;
        if (this.used + max > this.bytes.length)
            this.bytes = grown(this.bytes, this.used + max);
        const start = this.used;
        const length = this.bytes.write(key, start, 'utf8');
        const h = hash(this.bytes, start, length);
        const at = this.find(this.bytes, start, length, h);
        if (at !== NONE)
            return at;
        this.used += length;
        this.place(start, length);
        this.insert(this.n - 1, h);
        return NONE;
    }
    /** The position of the key, or undefined. */
    positionOf(key) {
        if (SURROGATE.test(key))
            return this.positions.get(key);
        const max = key.length * 3;
        if (max > this.scratch.length)
            this.scratch = Buffer.allocUnsafe(max);
        const length = this.scratch.write(key, 0, 'utf8');
        const at = this.find(this.scratch, 0, length, hash(this.scratch, 0, length));
        return at === NONE ? undefined : at;
    }
    /** The key at position i. */
    at(i) {
        if (i < 0 || i >= this.n)
            throw new RangeError(`no key at position ${i}`);
        const length = this.lengths[i];
        if (length === AS_STRING)
            return this.strings.get(i);
        const start = this.starts[i];
        return this.bytes.toString('utf8', start, start + length);
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
        // Counted by position: every position not kept as a string is in the table.
        if ((this.n - this.strings.size) * 2 > this.slots.length)
            this.rehash(this.slots.length * 2);
        const mask = this.slots.length - 1;
        let s = h & mask;
        while (this.slots[s] !== NONE)
            s = (s + 1) & mask;
        this.slots[s] = position;
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
/** FNV-1a over the bytes, mixed: a few nanoseconds for a key, spread well enough for linear probing. */
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
    buf.copy(next, 0, 0);
    return next;
}
function widened(a, size) {
    const b = new Uint32Array(size);
    b.set(a);
    return b;
}


/***/ }),

/***/ 80344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C7: () => (/* binding */ hasArtifacts),
/* harmony export */   Wd: () => (/* binding */ NO_RULES),
/* harmony export */   XB: () => (/* binding */ undoMigration)
/* harmony export */ });
/* harmony import */ var _convert_attribute_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(83235);
/* harmony import */ var _convert_plain_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47927);
/* harmony import */ var _settle_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(24601);
/**
 * What the app's own migration did to each item on the way into DynamoDB,
 * and how it is undone on the way back (DESIGN.md "The first user"). Pure.
 *
 *   emptyStringsAsNull  DocumentClient's convertEmptyValues wrote every ""
 *                       as NULL: a null where a reference (the migration
 *                       backup's version, else the current file's) holds ""
 *                       at the same attribute path is "" again. A null at a
 *                       path no reference has stays null.
 *   rewroteUpdatedAt    the migration set updatedAt (and createdAt where it
 *                       was missing) to its own time: a timestamp inside the
 *                       migration's window is the reference's (or absent,
 *                       when the reference had none). A later updatedAt is
 *                       the app's own write and stays.
 *
 * Each artifact is found whether or not its rule is on: with a rule off the
 * item keeps it (the merge then sees a change) and the count says what the
 * rule would have undone, so switching a rule off is visible in the report.
 */



const NO_RULES = { emptyStringsAsNull: false, rewroteUpdatedAt: false, window: null };
function hasArtifacts(a) {
    return a.emptyStrings.length > 0 || a.updatedAt || a.createdAt;
}
/**
 * Undoes the migration's artifacts on an item read from DynamoDB. refs: the
 * versions it came from, most authoritative first (the migration backup's,
 * then the current file's); undefined entries are skipped.
 */
function undoMigration(item, refs, rules) {
    const known = refs.filter((r) => r !== undefined);
    const found = { emptyStrings: [], updatedAt: false, createdAt: false };
    if (known.length === 0)
        return { item, found };
    let out = item;
    const copy = () => (out === item ? (out = { ...item }) : out);
    // Only a null can have been "": most items hold none, and the walk beside the references allocates at every level.
    if (hasNull(item)) {
        const restored = restoreEmptyStrings(item, known, '', found.emptyStrings);
        if (rules.emptyStringsAsNull && found.emptyStrings.length > 0)
            out = restored;
    }
    const inWindow = (v) => {
        const t = (0,_settle_js__WEBPACK_IMPORTED_MODULE_0__/* .timeOf */ .n)(v);
        return rules.window !== null && t !== undefined && t >= rules.window.start && t <= rules.window.end;
    };
    const ref = known[0];
    for (const field of ['updatedAt', 'createdAt']) {
        if (!Object.prototype.hasOwnProperty.call(item, field))
            continue;
        const had = Object.prototype.hasOwnProperty.call(ref, field);
        // createdAt was only written where the item had none; one the backup holds was kept as it was.
        // Both tests come before the window's (all are pure): most items skip the date parse.
        if (had && (field === 'createdAt' || ref[field] === item[field]))
            continue;
        if (!inWindow(item[field]))
            continue;
        found[field] = true;
        if (!rules.rewroteUpdatedAt)
            continue;
        if (had)
            copy()[field] = ref[field];
        else
            delete copy()[field];
    }
    return { item: out, found };
}
function hasNull(value) {
    if (value === null)
        return true;
    if (typeof value !== 'object')
        return false;
    if (Array.isArray(value)) {
        for (const v of value)
            if (hasNull(v))
                return true;
        return false;
    }
    if (!(0,_convert_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value))
        return false;
    for (const k of Object.keys(value))
        if (hasNull(value[k]))
            return true;
    return false;
}
/** value with "" back wherever it is null and the first reference holding that path has "" there. */
function restoreEmptyStrings(value, refs, path, paths) {
    if (value === null) {
        if (refs[0] === '') {
            paths.push(path);
            return '';
        }
        return value;
    }
    if (Array.isArray(value)) {
        let out = null;
        value.forEach((v, i) => {
            const sub = refs.map((r) => (Array.isArray(r) ? r[i] : undefined)).filter((r) => r !== undefined);
            if (sub.length === 0)
                return;
            const w = restoreEmptyStrings(v, sub, (0,_convert_attribute_path_js__WEBPACK_IMPORTED_MODULE_2__/* .indexPath */ .A)(path, i), paths);
            if (w !== v)
                (out ??= [...value])[i] = w;
        });
        return out ?? value;
    }
    if ((0,_convert_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(value)) {
        let out = null;
        for (const k of Object.keys(value)) {
            const sub = refs
                .map((r) => ((0,_convert_plain_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Q)(r) && Object.prototype.hasOwnProperty.call(r, k) ? r[k] : undefined))
                .filter((r) => r !== undefined);
            if (sub.length === 0)
                continue;
            const v = value[k];
            const w = restoreEmptyStrings(v, sub, (0,_convert_attribute_path_js__WEBPACK_IMPORTED_MODULE_2__/* .childPath */ .c)(path, k), paths);
            if (w !== v) {
                out ??= { ...value };
                Object.defineProperty(out, k, { value: w, enumerable: true, writable: true, configurable: true });
            }
        }
        return out ?? value;
    }
    return value;
}


/***/ }),

/***/ 24601:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ settle),
/* harmony export */   n: () => (/* binding */ timeOf)
/* harmony export */ });
/* harmony import */ var _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64150);
/**
 * How a conflict (both sides changed the same item differently) is settled:
 * prefer dynamodb, prefer file, or newest by `updatedAt`. With newest, an
 * item deleted on one side and changed on the other keeps the changed one
 * (a deletion has no time to compare, and keeping loses nothing); when
 * either `updatedAt` is missing or unreadable, or both are equal, DynamoDB's
 * version wins (it is what the app served last). Pure.
 */

/** dynamodb/file: that side's version; undefined means it deleted the item. */
function settle(dynamodb, file, prefer) {
    if (prefer === 'dynamodb')
        return { took: 'dynamodb', reason: 'prefer-dynamodb' };
    if (prefer === 'file')
        return { took: 'file', reason: 'prefer-file' };
    if (!dynamodb)
        return { took: 'file', reason: 'changed-beats-deleted' };
    if (!file)
        return { took: 'dynamodb', reason: 'changed-beats-deleted' };
    const td = timeOf(dynamodb.updatedAt);
    const tf = timeOf(file.updatedAt);
    if (td === undefined || tf === undefined)
        return { took: 'dynamodb', reason: 'no-updatedAt-dynamodb' };
    if (td === tf)
        return { took: 'dynamodb', reason: 'same-updatedAt-dynamodb' };
    return { took: td > tf ? 'dynamodb' : 'file', reason: 'newer-updatedAt' };
}
/** Milliseconds (or the number itself) from an ISO date string or a number; undefined when unreadable. */
function timeOf(v) {
    let t;
    if (typeof v === 'string')
        t = Date.parse(v);
    else if (typeof v === 'number')
        t = v;
    else if (v instanceof _convert_json_number_js__WEBPACK_IMPORTED_MODULE_0__/* .JsonNumber */ .WP)
        t = Number(v.text);
    else
        return undefined;
    return Number.isFinite(t) ? t : undefined;
}


/***/ }),

/***/ 59525:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lr: () => (/* binding */ indexKnownKey),
/* harmony export */   RA: () => (/* binding */ indexBaseKey),
/* harmony export */   Rj: () => (/* binding */ CHANGED),
/* harmony export */   hn: () => (/* binding */ BASE_VERSION),
/* harmony export */   jT: () => (/* binding */ SideCollector),
/* harmony export */   kJ: () => (/* binding */ BaseIndex),
/* harmony export */   rX: () => (/* binding */ unchangedSide),
/* harmony export */   sj: () => (/* binding */ ABSENT),
/* harmony export */   v6: () => (/* binding */ SAME)
/* harmony export */ });
/* unused harmony export keyOrKeyless */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _content_print_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(19935);
/* harmony import */ var _equal_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88444);
/* harmony import */ var _identity_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(10872);
/* harmony import */ var _key_table_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78690);





const ABSENT = 0;
const SAME = 1;
const CHANGED = 2;
class BaseIndex {
    where;
    keys = new _key_table_js__WEBPACK_IMPORTED_MODULE_3__/* .KeyTable */ .a();
    items = [];
    /** Positions of items without an id, by content print: where an item with a generated id may have come from. */
    keyless = new Map();
    /** where: the file or table, for messages. More items may be added one by one (a file being streamed in). */
    constructor(items, where) {
        this.where = where;
        for (const raw of items)
            this.add(raw);
    }
    add(raw) {
        this.items.push(indexBaseKey(raw, this.keys.size, this.where, this));
    }
    get size() {
        return this.items.length;
    }
    item(i) {
        return this.items[i];
    }
}
/** Indexes the key of the n-th base item into keys, pos and keyless (an InputError on a duplicate): shared by every kind of base. */
function indexBaseKey(raw, n, where, into) {
    const { key, item } = keyOrKeyless(raw, where, n, 'migration backup');
    indexKnownKey(key, where, into);
    if (item.id === undefined)
        push(into.keyless, (0,_content_print_js__WEBPACK_IMPORTED_MODULE_1__/* .contentPrint */ .l)(item), n);
    return item;
}
/** indexBaseKey for an item with an id whose key is known without parsing it (collection/file-base.ts). */
function indexKnownKey(key, where, into) {
    if (into.keys.add(key) !== -1)
        throw duplicate(where, key);
}
class SideCollector {
    base;
    where;
    options;
    /** Per base position: ABSENT, SAME or CHANGED. */
    state;
    /** Base position -> this side's differing version. */
    changed = new Map();
    /** Items whose id is not in the base, in arrival order. */
    added = new Map();
    /** Base position -> the id the migration generated for that item (it had none): matched by content, dropped again. */
    generated = new Map();
    count = 0;
    /** The base position the last item matched, -1 before any: where the next is most likely to be. */
    lastAt = -1;
    shape;
    constructor(base, where, options = {}) {
        this.base = base;
        this.where = where;
        this.options = options;
        this.state = new Uint8Array(base.size);
        this.shape = options.shape ?? ((item) => item);
    }
    add(raw) {
        const n = this.count++;
        const { key, item } = keyOrKeyless(raw, this.where, n, this.where);
        let i = this.base.keys.positionOf(key);
        let version = item;
        if (i === undefined && this.base.keyless.size > 0) {
            // An item with no id, or with one the migration gave it: the base item of the same content that had none.
            const generated = item.id !== undefined && this.options.matchGeneratedIds === true;
            if (item.id === undefined || generated) {
                i = this.keylessMatch(item);
                if (i !== undefined && generated) {
                    this.generated.set(i, (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .idOfKey */ .EV)(key));
                    version = withoutId(item);
                }
            }
        }
        if (i === undefined) {
            if (this.added.has(key))
                throw duplicate(this.where, key);
            this.added.set(key, this.shape(this.options.undo?.(item, undefined, key, undefined) ?? item, undefined));
            return;
        }
        if (this.state[i] !== ABSENT)
            throw duplicate(this.where, key);
        this.lastAt = i;
        const baseItem = this.base.item(i);
        const undone = this.options.undo?.(version, i, this.base.keys.at(i), baseItem) ?? version;
        if ((0,_equal_js__WEBPACK_IMPORTED_MODULE_4__/* .deepEqual */ .b)(undone, baseItem))
            this.state[i] = SAME;
        else {
            this.state[i] = CHANGED;
            this.changed.set(i, this.shape(undone, baseItem));
        }
    }
    /** The first base item without an id, not yet matched on this side, whose content print is the item's. */
    keylessMatch(item) {
        return this.base.keyless.get((0,_content_print_js__WEBPACK_IMPORTED_MODULE_1__/* .contentPrint */ .l)(item))?.find((i) => this.state[i] === ABSENT);
    }
    /**
     * The n-th item of this side is the base item at position i, known equal
     * to it without parsing (its text is the base's, byte for byte).
     */
    addSame(i) {
        this.count++;
        if (this.state[i] !== ABSENT)
            throw duplicate(this.where, this.base.keys.at(i));
        this.lastAt = i;
        this.state[i] = SAME;
    }
    /** This side's version of the base item at position i (the base's own when unchanged). */
    atBase(i) {
        const s = this.state[i];
        return s === SAME ? this.base.item(i) : s === CHANGED ? this.changed.get(i) : undefined;
    }
    /** As atBase, but BASE_VERSION for an unchanged item, so the base body is not read until it is written. */
    versionAt(i) {
        const s = this.state[i];
        return s === SAME ? BASE_VERSION : s === CHANGED ? this.changed.get(i) : undefined;
    }
}
/** Stands for "the base's version of this item" in a plan: equal only to itself (never compared by content). */
const BASE_VERSION = Object.freeze({});
/** A side that is exactly the base: every item present and unchanged. */
function unchangedSide(base, where) {
    const side = new SideCollector(base, where);
    side.state.fill(SAME);
    return side;
}
/** An item's key; an object without an id gets a key naming where it is, since the migration's files may hold such items. */
function keyOrKeyless(raw, where, position, label) {
    const k = (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .keyOf */ .TN)(raw);
    if (typeof k === 'string')
        return { key: k, item: raw };
    if (k.problem === 'has no id')
        return { key: (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .keylessKey */ .qE)(`${label} item ${position + 1}`), item: raw };
    return (0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .requireKey */ .XK)(raw, where, position);
}
function withoutId(item) {
    const out = {};
    for (const k of Object.keys(item)) {
        if (k !== 'id')
            Object.defineProperty(out, k, { value: item[k], enumerable: true, writable: true, configurable: true });
    }
    return out;
}
function push(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function duplicate(where, key) {
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${where}: id "${(0,_identity_js__WEBPACK_IMPORTED_MODULE_2__/* .idOfKey */ .EV)(key)}" occurs more than once; ids must be unique`);
}


/***/ }),

/***/ 89038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FL: () => (/* binding */ requireProgress),
/* harmony export */   aJ: () => (/* binding */ requireMigrationBackup),
/* harmony export */   cv: () => (/* binding */ readProgressFile),
/* harmony export */   q_: () => (/* binding */ findMigrationBackup)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79074);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(78440);
/**
 * Finding the migration's backup of the file database, for status and
 * rollback alike: the folder the progress file names (`backupPath`,
 * relative to the repository root, else to the progress file's folder),
 * else the newest folder in the backup dir. Folder names are timestamps, so
 * the newest is the last in numeric-aware name order (mtimes are not
 * trusted: a checkout resets them); hidden folders are not backups.
 *
 * findMigrationBackup never throws (status reports what it finds);
 * requireMigrationBackup turns what the rollback cannot work with into an
 * InputError. Reads only; never prints the progress file (it is the
 * migration's, and may hold anything).
 */





const STATE_FIELDS = ['status', 'state', 'phase'];
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
async function readProgress(cwd, progressFile) {
    const info = {
        path: progressFile,
        exists: false,
        problem: null,
        state: null,
        backupPath: null,
        startTime: null,
        endTime: null,
        rolledBack: false,
    };
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progressFile), 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT')
            return { info, kind: 'missing', rawBackupPath: undefined };
        info.problem = `cannot be read (${code ?? 'error'})`;
        return { info, kind: 'unreadable', rawBackupPath: undefined };
    }
    info.exists = true;
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        info.problem = 'not valid JSON';
        return { info, kind: 'not-json', rawBackupPath: undefined };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        info.problem = 'not a JSON object';
        return { info, kind: 'not-object', rawBackupPath: undefined };
    }
    const record = data;
    const states = STATE_FIELDS.flatMap((f) => {
        const v = record[f];
        return typeof v === 'string' && SHORT_PLAIN.test(v) ? [`${f}=${v}`] : [];
    });
    info.state = states.length > 0 ? states.join(', ') : null;
    const time = (v) => (typeof v === 'string' && Number.isFinite(Date.parse(v)) ? v : null);
    info.startTime = time(record.startTime);
    info.endTime = time(record.endTime) ?? time(record.completedAt);
    info.rolledBack = record.status === 'rolled_back';
    // Status and rollback read backupPath alike: any non-empty string is looked for (even blank-looking:
    // nothing may quietly take another folder), and any other type is a problem, not "none named".
    const raw = record.backupPath;
    if (typeof raw === 'string' && raw !== '')
        info.backupPath = raw;
    else if (raw !== undefined && raw !== null && typeof raw !== 'string')
        info.problem = 'backupPath is not a string';
    return { info, kind: 'object', rawBackupPath: raw };
}
async function readProgressFile(cwd, progressFile) {
    return (await readProgress(cwd, progressFile)).info;
}
async function findMigrationBackup(cwd, backupDir, progress) {
    if (progress.backupPath !== null) {
        const looked = [
            ...new Set([
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.backupPath),
                node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, progress.path)), progress.backupPath),
            ]),
        ];
        for (const absPath of looked) {
            const st = await statOrNull(absPath);
            if (st?.isDirectory())
                return {
                    found: true,
                    path: displayPath(cwd, absPath),
                    absPath,
                    source: 'progress-file',
                    ...createdAtOf(absPath, st.mtime),
                    note: null,
                };
        }
        // An absolute path from the machine that ran the migration: the folder of that name in the backup dir, said so.
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(progress.backupPath)) {
            const name = node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(progress.backupPath);
            const here = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir), name);
            const st = name ? await statOrNull(here) : null;
            if (st?.isDirectory()) {
                const note = `${progress.path} names ${progress.backupPath}, which is not on this machine; took the folder of that name in ${backupDir}`;
                return { found: true, path: displayPath(cwd, here), absPath: here, source: 'progress-file', ...createdAtOf(here, st.mtime), note };
            }
            looked.push(here);
        }
        const shown = displayPath(cwd, looked[0]);
        const st = await statOrNull(looked[0]);
        return {
            found: false,
            path: shown,
            source: 'progress-file',
            problem: `the backup ${shown} named by ${progress.path} (backupPath) ${st ? 'is not a folder' : 'does not exist'}`,
            reason: 'named',
            looked,
        };
    }
    const dirAbs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, backupDir);
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dirAbs, { withFileTypes: true });
    }
    catch (err) {
        const code = err.code;
        return code === 'ENOENT'
            ? {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `no migration backup: ${backupDir} does not exist and ${progress.path} names none`,
                reason: 'none',
                looked: [],
            }
            : {
                found: false,
                path: null,
                source: 'newest-folder',
                problem: `backup dir ${backupDir} cannot be read (${code ?? 'error'})`,
                reason: 'unreadable',
                looked: [],
            };
    }
    const names = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const newest = names.at(-1);
    if (newest === undefined) {
        return {
            found: false,
            path: null,
            source: 'newest-folder',
            problem: `no migration backup: ${backupDir} holds no backup folder and ${progress.path} names none`,
            reason: 'none',
            looked: [],
        };
    }
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dirAbs, newest);
    const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(absPath);
    const note = progress.rolledBack
        ? `${progress.path} says rolled_back and names no backupPath (the app's own rollback ran once); took the newest folder in ${backupDir}`
        : null;
    return { found: true, path: displayPath(cwd, absPath), absPath, source: 'newest-folder', ...createdAtOf(absPath, st.mtime), note };
}
/**
 * The rollback's lookup: an unreadable or malformed progress file, a
 * backupPath that is not a folder, or an unreadable backup dir is an
 * InputError; no backup at all is one too unless optional (strategy
 * export needs none), when it is null.
 */
async function requireMigrationBackup(cwd, backupDir, progressFile, options) {
    const progress = await requireProgress(cwd, progressFile);
    const named = progress.backupPath;
    const location = await findMigrationBackup(cwd, backupDir, progress);
    if (location.found) {
        return {
            dir: location.absPath,
            via: location.source,
            createdAt: location.createdAt.toISOString(),
            note: location.note,
            startTime: progress.startTime,
            endTime: progress.endTime,
        };
    }
    if (location.reason === 'named') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile} names backupPath ${named}, which is not a folder (looked for ${location.looked.join(' and ')}); restore the backup there or correct backupPath`);
    }
    if (location.reason === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(location.problem);
    if (options.optional)
        return null;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`no migration backup found: ${progressFile} names no backupPath and ${backupDir} holds no backup folder; restore the backup, point ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('backup-dir')} at it, or use ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_3__/* .opt */ .m7)('strategy')} export`);
}
/** The progress file as the rollback reads it: unreadable, malformed or a non-string backupPath is an InputError. */
async function requireProgress(cwd, progressFile) {
    const read = await readProgress(cwd, progressFile);
    if (read.kind === 'unreadable')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}`);
    if (read.kind === 'not-json' || read.kind === 'not-object') {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: ${read.info.problem}; fix it, or remove it to use the newest folder in the backup dir`);
    }
    const raw = read.rawBackupPath;
    if (raw !== undefined && raw !== null && typeof raw !== 'string')
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`progress file ${progressFile}: backupPath is not a string`);
    // Any non-empty backupPath is looked for, even blank-looking: the rollback must not quietly take another folder.
    return { ...read.info, backupPath: typeof raw === 'string' && raw !== '' ? raw : null };
}
function createdAtOf(absPath, mtime) {
    const fromName = (0,_timestamp_name_js__WEBPACK_IMPORTED_MODULE_4__/* .timestampFromName */ .q)(node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(absPath));
    return fromName ? { createdAt: fromName, createdFrom: 'folder-name' } : { createdAt: mtime, createdFrom: 'mtime' };
}
async function statOrNull(p) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(p);
    }
    catch {
        return null;
    }
}
function displayPath(cwd, absPath) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, absPath);
    return rel && !rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel) ? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') : absPath;
}


/***/ }),

/***/ 3244:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ locateMigrationBackup),
/* harmony export */   f: () => (/* binding */ openMigrationBackup)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_location_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91324);
/* harmony import */ var _backup_location_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(89038);



async function openMigrationBackup(cwd, backupDir, progressFile, options) {
    if (backupDir.kind === 'dir') {
        const backup = await (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .requireMigrationBackup */ .aJ)(cwd, backupDir.path, progressFile, options);
        return { backup, dir: backup?.dir ?? null, named: (err) => err, close: async () => { } };
    }
    if (!options.s3)
        throw new Error(`internal: backupDir ${(0,_core_location_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(backupDir)} is on S3 but no S3 client was given`);
    const progress = await (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .requireProgress */ .FL)(cwd, progressFile);
    // The S3 lookup and download (and the S3 SDK) load only for a backup on S3; one after the other, as jest's ESM loader needs.
    const { findS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(9807)]).then(__webpack_require__.bind(__webpack_require__, 49807));
    const { describeChecksum, downloadS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(8816), __webpack_require__.e(3711), __webpack_require__.e(7100)]).then(__webpack_require__.bind(__webpack_require__, 37100));
    const location = await findS3Backup(options.s3, backupDir, progress);
    if (!location.found) {
        if (location.reason === 'none' && options.optional)
            return { backup: null, dir: null, named: (err) => err, close: async () => { } };
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(location.problem);
    }
    const copy = await downloadS3Backup(options.s3, location.folder, location.files);
    const backup = {
        dir: location.uri,
        via: location.source,
        createdAt: location.createdAt.toISOString(),
        note: [location.note, describeChecksum(copy.checksum)].filter(Boolean).join('; '),
        startTime: progress.startTime,
        endTime: progress.endTime,
        checksum: copy.checksum,
    };
    return {
        backup,
        dir: copy.dir,
        named(err) {
            if ((err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz || err instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FailedError */ .Kl) && err.message.includes(copy.dir)) {
                err.message = err.message.split(`${copy.dir}/`).join(`${location.uri}/`).split(copy.dir).join(location.uri);
            }
            return err;
        },
        close: copy.remove,
    };
}
/** Status's lookup: never throws, and for S3 lists only (the age comes from the folder's name). */
async function locateMigrationBackup(cwd, backupDir, progress, s3) {
    if (backupDir.kind === 'dir')
        return (0,_backup_location_js__WEBPACK_IMPORTED_MODULE_2__/* .findMigrationBackup */ .q_)(cwd, backupDir.path, progress);
    if (!s3)
        throw new Error(`internal: backupDir ${(0,_core_location_js__WEBPACK_IMPORTED_MODULE_1__/* .describeLocation */ .lR)(backupDir)} is on S3 but no S3 client was given`);
    const { findS3Backup } = await Promise.all(/* import() */[__webpack_require__.e(5861), __webpack_require__.e(3711), __webpack_require__.e(9807)]).then(__webpack_require__.bind(__webpack_require__, 49807));
    try {
        const l = await findS3Backup(s3, backupDir, progress);
        return l.found
            ? { found: true, path: l.uri, absPath: l.uri, source: l.source, createdAt: l.createdAt, createdFrom: l.createdFrom, note: l.note }
            : { found: false, path: l.uri, source: l.source, problem: l.problem, reason: l.reason, looked: [] };
    }
    catch (err) {
        return { found: false, path: null, source: 'newest-folder', problem: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(err), reason: 'unreadable', looked: [] };
    }
}


/***/ }),

/***/ 43329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J: () => (/* binding */ decideCollectionRuns),
  S: () => (/* binding */ ownRun)
});

// EXTERNAL MODULE: ./src/migration/collection-runs.ts
var collection_runs = __webpack_require__(92029);
;// CONCATENATED MODULE: ./src/migration/item-times.ts
const FIELDS = ['updatedAt', 'createdAt'];
function timeOf(v) {
    if (v === undefined)
        return null;
    const t = 'S' in v ? Date.parse(v.S) : 'N' in v ? Number(v.N) : NaN;
    return Number.isFinite(t) ? t : null;
}
function migrationTimes(item) {
    const [updatedAt, createdAt] = FIELDS.map((f) => (Object.prototype.hasOwnProperty.call(item, f) ? timeOf(item[f]) : null));
    return { updatedAt: updatedAt ?? null, createdAt: createdAt ?? null };
}

// EXTERNAL MODULE: ./src/migration/runs.ts
var runs = __webpack_require__(76768);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/migration/progress-evidence.ts
var progress_evidence = __webpack_require__(70115);
// EXTERNAL MODULE: ./src/migration/timestamp-name.ts
var timestamp_name = __webpack_require__(79074);
;// CONCATENATED MODULE: ./src/migration/runs-read.ts
/**
 * The runs of the migration as found on disk: every folder of the backup
 * dir (its time from its name) and the progress file's evidence, handed to
 * the pure migrationRuns. Reads only; never prints the progress file. A
 * backup dir on S3 is not listed here: the backup the progress file names
 * is used as before (docs/design.md, "A resumed migration").
 */





/** backupDir null: status could not parse it (it reports why); like one on S3, nothing here to list. */
async function readMigrationRuns(cwd, backupDir, progressFile, windowMinutes) {
    const evidence = await (0,promises_.readFile)(external_node_path_default().resolve(cwd, progressFile), 'utf8').then((text) => {
        try {
            return (0,progress_evidence/* progressEvidence */.Bp)(JSON.parse(text));
        }
        catch {
            return progress_evidence/* NO_EVIDENCE */.kE;
        }
    }, () => progress_evidence/* NO_EVIDENCE */.kE);
    if (backupDir === null || backupDir.kind === 's3')
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const dir = external_node_path_default().resolve(cwd, backupDir.path);
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true }).catch(() => null);
    if (!entries)
        return { dir: null, folders: [], evidence, found: runs/* NO_RUNS */.R8 };
    const folders = entries
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => ({ name: e.name, time: (0,timestamp_name/* timestampFromName */.q)(e.name)?.getTime() ?? null }));
    return { dir, folders, evidence, found: (0,runs/* migrationRuns */.PD)(folders, evidence, windowMinutes) };
}

;// CONCATENATED MODULE: ./src/migration/collection-runs-find.ts




async function decideCollectionRuns(settings, places, targets, 
/** The items' times are read only when the config does not give the window; null: they cannot be (status --scan=false). */
itemsOf) {
    const configured = settings.windows ?? {};
    const given = targets.filter((t) => configured[t.collection] !== undefined).map((t) => t.collection);
    const disk = await readMigrationRuns(places.cwd, places.backupDir, places.progressFile, settings.windowMinutes);
    const resumed = (0,runs/* isResumed */.Kx)(disk.found);
    if (!resumed && given.length === 0)
        return null;
    if (disk.dir === null)
        return { disk, resumed, decided: [], unlisted: given };
    // With rewroteUpdatedAt off the migration left the items' timestamps as they were: they say nothing of its runs.
    const read = settings.rewroteUpdatedAt ? itemsOf : null;
    const decided = [];
    for (const t of targets) {
        const mine = configured[t.collection];
        if (mine === undefined && !resumed)
            continue;
        const tallier = new collection_runs/* RunTallier */.Pg(disk.found);
        if (mine === undefined && read !== null)
            for await (const item of read(t.table))
                tallier.add(migrationTimes(item));
        const run = (0,collection_runs/* collectionRun */.Qq)(t.collection, disk.found, disk.evidence, tallier.tally, mine);
        decided.push(mine === undefined && itemsOf === null && run.how === 'ambiguous'
            ? { ...run, why: `not known without the items (status --scan=false): ${run.why}` }
            : run);
    }
    return { disk, resumed, decided, unlisted: [] };
}
/** A decided run that needs a record of its own: configured, or one of several runs with evidence. */
function ownRun(d, c) {
    return c.how === 'configured' || (c.how !== 'ambiguous' && d.disk.found.runs.length > 1);
}


/***/ }),

/***/ 92029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pg: () => (/* binding */ RunTallier),
/* harmony export */   Qq: () => (/* binding */ collectionRun),
/* harmony export */   n5: () => (/* binding */ ambiguityMessage)
/* harmony export */ });
/* harmony import */ var _runs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76768);

/**
 * Counts, item by item, the runs whose window holds its updatedAt or
 * createdAt (the migration wrote its time into updatedAt always, into
 * createdAt where there was none), and the unexplained folders' spans that
 * hold its updatedAt (a span is long: a createdAt in it is the app's own,
 * from before the migration, but no updatedAt from before the last run's
 * backup reached DynamoDB other than through a run).
 */
class RunTallier {
    found;
    tally;
    constructor(found) {
        this.found = found;
        this.tally = { inRun: found.runs.map(() => 0), inUnexplained: found.unexplained.map(() => 0) };
    }
    add(times) {
        const within = (t, w) => t !== null && t >= w.start && t <= w.end;
        this.found.runs.forEach((r, i) => {
            if (within(times.updatedAt, r) || within(times.createdAt, r))
                this.tally.inRun[i]++;
        });
        this.found.unexplained.forEach((u, i) => {
            if (within(times.updatedAt, u))
                this.tally.inUnexplained[i]++;
        });
    }
}
function collectionRun(collection, found, e, tally, configured) {
    if (configured) {
        return {
            collection,
            backup: configured.backup,
            start: Date.parse(configured.start),
            end: Date.parse(configured.end),
            how: 'configured',
            why: `given in the config (migration.windows.${collection})`,
        };
    }
    const items = (n) => `${n} item${n === 1 ? '' : 's'}`;
    const ambiguous = (why) => ({ collection, backup: null, start: null, end: null, how: 'ambiguous', why });
    const take = (r, how, why) => ({
        collection,
        backup: r.backup,
        start: r.start,
        end: r.end,
        how,
        why: `${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(r)}: ${why}`,
    });
    const { runs, unexplained } = found;
    // The progress file: runs in which the collection failed did not migrate it (all of it); a failed batch after the first means a part went in.
    const errors = e.collections.get(collection)?.errors ?? [];
    const spanEnd = (i) => (runs[i + 1]?.start ?? Infinity) - 1;
    const failedIn = runs.flatMap((r, i) => (errors.some((x) => x.time >= r.start && x.time <= spanEnd(i)) ? [i] : []));
    const split = runs.find((r, i) => failedIn.includes(i) && errors.some((x) => x.batch !== null && x.batch > 0 && x.time >= r.start && x.time <= spanEnd(i)));
    if (split)
        return ambiguous(`its errors in the progress file say a batch after the first failed in ${(0,_runs_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRun */ .vZ)(split)}, so the items before it went in then and the rest in a later run: one window and one base cannot hold both`);
    const after = failedIn.length > 0 ? Math.max(...failedIn) + 1 : 0;
    const candidates = runs.map((_, i) => i).filter((i) => i >= after);
    const inRuns = tally.inRun.flatMap((n, i) => (n > 0 ? [i] : []));
    const inOdd = tally.inUnexplained.flatMap((n, i) => (n > 0 ? [i] : []));
    if (inOdd.length > 0) {
        const u = unexplained[inOdd[0]];
        return ambiguous(`an updatedAt after backup ${u.backup}, which the progress file shows no run for, on ${items(tally.inUnexplained[inOdd[0]])}`);
    }
    if (inRuns.length > 1) {
        return ambiguous(`its items carry the times of ${inRuns.length} runs (${inRuns.map((i) => `${items(tally.inRun[i])} of the run after backup ${runs[i].backup}`).join(', ')})`);
    }
    if (inRuns.length === 1) {
        const i = inRuns[0];
        if (!candidates.includes(i))
            return ambiguous(`its items carry the times of the run after backup ${runs[i].backup}, but the progress file has it fail in that run or a later one`);
        const failed = failedIn.length > 0 ? `; it failed in the run after backup ${runs[Math.max(...failedIn)].backup}` : '';
        return take(runs[i], 'items', `its times on ${items(tally.inRun[i])}${failed}`);
    }
    // One run with evidence (other folders without any): it is the run, as for a migration that ran once.
    if (runs.length === 1)
        return take(runs[0], 'progress', 'the only run the progress file shows');
    // No item holds a migration time any more (all rewritten since, or none): the progress file alone must name one run.
    if (candidates.length === 1 && unexplained.length === 0 && failedIn.length > 0) {
        return take(runs[candidates[0]], 'progress', `no item carries a migration time any more; it failed in every earlier run`);
    }
    return ambiguous('no item carries the time of any run, and the progress file does not say which run migrated it');
}
/** The message of a refusal: which collections, why, and the config key to set. */
function ambiguityMessage(ambiguous, folders) {
    const lines = ambiguous.map((c) => `${c.collection}: ${c.why}`);
    const keys = ambiguous.map((c) => `migration.windows.${c.collection}`).join(', ');
    return `the migration ran more than once (${folders}) and which run migrated ${ambiguous.map((c) => c.collection).join(', ')} is not clear: ${lines.join('; ')}. Nothing was written. Give each its run in the config (${keys}: { start: <ISO time>, end: <ISO time>, backup: <folder name in the backup dir> }; see docs/config.md)`;
}


/***/ }),

/***/ 68329:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pM: () => (/* binding */ NO_MIGRATION_PLAN),
  Eu: () => (/* binding */ planMigration),
  By: () => (/* binding */ withWindow)
});

// EXTERNAL MODULE: ./src/merge/migration.ts
var migration = __webpack_require__(80344);
;// CONCATENATED MODULE: ./src/migration/window.ts
const time = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
function migrationWindow(w) {
    const start = time(w.startTime);
    const end = time(w.endTime);
    if (start !== null && end !== null && end >= start)
        return { start, end, from: 'progress-file' };
    const from = start ?? w.backupTime?.getTime() ?? null;
    if (from === null)
        return null;
    return { start: from, end: from + w.windowMinutes * 60_000, from: start !== null ? 'progress-start' : 'backup-time' };
}
function describeWindow(w, windowMinutes) {
    if (!w)
        return "unknown (no startTime in the progress file and no timestamp in the backup folder name): no updatedAt is taken for the migration's";
    const span = `${new Date(w.start).toISOString()} to ${new Date(w.end).toISOString()}`;
    if (w.from === 'progress-file')
        return `${span} (the progress file's startTime and endTime)`;
    return `${span} (${w.from === 'progress-start' ? "the progress file's startTime" : "the backup folder's time"} plus migration.windowMinutes ${windowMinutes})`;
}

;// CONCATENATED MODULE: ./src/migration/plan.ts


const NO_MIGRATION_PLAN = { rules: migration/* NO_RULES */.Wd, generatedIds: false, window: 'not used (no migration rules)' };
/** The window found from the progress file's times and the backup's. */
function planMigration(settings, times) {
    const window = migrationWindow({
        startTime: times.startTime ?? undefined,
        endTime: times.endTime ?? undefined,
        backupTime: times.backupTime,
        windowMinutes: settings.windowMinutes,
    });
    return withWindow(settings, window, describeWindow(window, settings.windowMinutes));
}
/** A window given as it is (a catch-up's, from the base rollback's report), with its description. */
function withWindow(settings, window, description) {
    return {
        rules: { emptyStringsAsNull: settings.emptyStringsAsNull, rewroteUpdatedAt: settings.rewroteUpdatedAt, window },
        generatedIds: settings.generatedIds,
        window: description,
    };
}


/***/ }),

/***/ 70115:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ progressEvidence),
/* harmony export */   _A: () => (/* binding */ allErrorTimes),
/* harmony export */   kE: () => (/* binding */ NO_EVIDENCE)
/* harmony export */ });
/**
 * What the migration's progress file says about its runs, read from the
 * parsed JSON as the app's script writes it: startTime and endTime (reset
 * by every run), status, backupPath (the last run's backup), errors[] with
 * a timestamp each (a failed run leaves one when it stops), and per
 * collection its status and errors[] (timestamp, and the batch that failed).
 * Anything not in that shape is left out, never guessed. Pure.
 */
const NO_EVIDENCE = {
    startTime: null,
    endTime: null,
    status: null,
    backupName: null,
    errors: [],
    collections: new Map(),
};
const isRec = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const timeOf = (v) => {
    if (typeof v !== 'string')
        return null;
    const t = Date.parse(v);
    return Number.isFinite(t) ? t : null;
};
const SHORT_PLAIN = /^[\w .:/-]{1,40}$/;
const plain = (v) => (typeof v === 'string' && SHORT_PLAIN.test(v) ? v : null);
function errorTimes(list) {
    if (!Array.isArray(list))
        return [];
    return list.flatMap((e) => {
        if (!isRec(e))
            return [];
        const time = timeOf(e.timestamp);
        if (time === null)
            return [];
        const batch = typeof e.batch === 'number' && Number.isInteger(e.batch) && e.batch >= 0 ? e.batch : null;
        return [{ time, batch }];
    });
}
function progressEvidence(data) {
    if (!isRec(data))
        return NO_EVIDENCE;
    const collections = new Map();
    if (isRec(data.collections)) {
        for (const [name, c] of Object.entries(data.collections)) {
            if (!isRec(c))
                continue;
            collections.set(name, { status: plain(c.status), errors: errorTimes(c.errors) });
        }
    }
    const backupPath = typeof data.backupPath === 'string' ? data.backupPath.replace(/[\\/]+$/, '') : '';
    const backupName = backupPath.split(/[\\/]/).at(-1) ?? '';
    return {
        startTime: timeOf(data.startTime),
        endTime: timeOf(data.endTime) ?? timeOf(data.completedAt),
        status: plain(data.status),
        backupName: backupName === '' ? null : backupName,
        errors: errorTimes(data.errors).map((e) => e.time),
        collections,
    };
}
/** Every error time the file records, run-level and per collection. */
function allErrorTimes(e) {
    return [...e.errors, ...[...e.collections.values()].flatMap((c) => c.errors.map((x) => x.time))];
}


/***/ }),

/***/ 76768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kx: () => (/* binding */ isResumed),
/* harmony export */   PD: () => (/* binding */ migrationRuns),
/* harmony export */   R8: () => (/* binding */ NO_RUNS),
/* harmony export */   vZ: () => (/* binding */ describeRun)
/* harmony export */ });
/* harmony import */ var _progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70115);
/**
 * The runs of one migration, from its backup folders and its progress
 * file. The app's script takes a backup before every run, resets startTime
 * and, when a run fails, records the error with its time; a second run
 * skips what the first migrated. So each backup folder opens a run, and a
 * run that stopped ends at its last error before the next folder. The last
 * run is the one backupPath names (else the newest folder) and ends at
 * endTime (else at its last error, else after migration.windowMinutes).
 * An earlier folder with no error in its span has no evidence of a run of
 * this migration (a run that left no trace, a backup made by hand, or a
 * migration the app rolled back, which resets the progress file): it is
 * kept apart, as unexplained. Pure.
 */

const NO_RUNS = { runs: [], unexplained: [] };
function migrationRuns(folders, e, windowMinutes) {
    const timed = folders
        .filter((f) => f.time !== null)
        .sort((a, b) => a.time - b.time || a.name.localeCompare(b.name));
    const last = timed.find((f) => f.name === e.backupName) ?? timed.at(-1);
    if (!last)
        return NO_RUNS;
    const earlier = timed.filter((f) => f.time < last.time);
    const errors = (0,_progress_evidence_js__WEBPACK_IMPORTED_MODULE_0__/* .allErrorTimes */ ._A)(e);
    const runs = [];
    const unexplained = [];
    for (const [i, f] of earlier.entries()) {
        const next = (earlier[i + 1] ?? last).time;
        const inSpan = errors.filter((t) => t >= f.time && t < next);
        if (inSpan.length > 0)
            runs.push({ backup: f.name, start: f.time, end: Math.max(...inSpan), endFrom: 'errors' });
        else
            unexplained.push({ backup: f.name, start: f.time, end: next - 1 });
    }
    const start = last.time;
    const after = errors.filter((t) => t >= start);
    if (e.endTime !== null && e.endTime >= start)
        runs.push({ backup: last.name, start, end: e.endTime, endFrom: 'endTime' });
    else if (after.length > 0)
        runs.push({ backup: last.name, start, end: Math.max(...after), endFrom: 'errors' });
    else
        runs.push({ backup: last.name, start, end: start + windowMinutes * 60_000, endFrom: 'windowMinutes' });
    return { runs, unexplained };
}
/** More than one backup folder of this migration: each collection's run must be found, not assumed. */
function isResumed(found) {
    return found.runs.length + found.unexplained.length > 1;
}
const iso = (t) => new Date(t).toISOString();
function describeRun(r) {
    const end = {
        endTime: "the progress file's endTime",
        errors: 'its last error in the progress file',
        windowMinutes: 'migration.windowMinutes after its start',
    }[r.endFrom];
    return `the run after backup ${r.backup}, ${iso(r.start)} to ${iso(r.end)} (ends at ${end})`;
}


/***/ }),

/***/ 79074:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ timestampFromName)
/* harmony export */ });
/**
 * When a backup folder was made, from its name: migration scripts name
 * folders by time (`2024-05-01T10-30-00-000Z`, `20240501T103000`,
 * `backup-1714559400000`). A name is more trustworthy than mtime, which a
 * copy or checkout resets. Times without a zone are taken as UTC.
 */
const DATE_TIME = /(\d{4})-?(\d{2})-?(\d{2})(?:[T_ -]?(\d{2})[-:.]?(\d{2})(?:[-:.]?(\d{2})(?:[.,-](\d{1,9}))?)?)?/;
const EPOCH = /(?:^|\D)(\d{13}|\d{10})(?:\D|$)/;
function utc(y, mo, d, h, mi, s, ms) {
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
    // Date.UTC rolls 2024-02-31 over to March: a rolled date was not a date.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
        return null;
    if (h > 23 || mi > 59 || s > 59)
        return null;
    return date;
}
/** The time in a folder name, or null when the name holds none. */
function timestampFromName(name) {
    const m = DATE_TIME.exec(name);
    if (m) {
        const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '0'] = m;
        const year = Number(y);
        if (year >= 2000 && year <= 2200) {
            const date = utc(year, Number(mo), Number(d), Number(h), Number(mi), Number(s), Number(frac.padEnd(3, '0').slice(0, 3)));
            if (date)
                return date;
        }
    }
    const e = EPOCH.exec(name);
    if (e) {
        const n = Number(e[1]);
        const ms = e[1].length === 13 ? n : n * 1000;
        // Only plausible times (2001..2200), so that an unrelated long number is not read as one.
        if (ms > 978_307_200_000 && ms < 7_258_118_400_000)
            return new Date(ms);
    }
    return null;
}


/***/ })

};
