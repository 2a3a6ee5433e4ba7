export const id = 3088;
export const ids = [3088];
export const modules = {

/***/ 83088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  parseConfigText: () => (/* binding */ parseConfigText)
});

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/config/describe-issue.ts
const EXPECTED = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a mapping (key: value)',
    record: 'a mapping (key: value)',
    array: 'a list',
};
function kindOf(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isFinite(value) ? (Number.isInteger(value) ? 'a whole number' : 'a fraction') : 'infinity';
    if (typeof value === 'string')
        return 'text';
    return `a ${typeof value}`;
}
function valueAt(data, path) {
    let v = data;
    for (const key of path) {
        if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key))
            return undefined;
        v = v[key];
    }
    return v;
}
function describeIssue(issue, data) {
    if (issue.code === 'invalid_union') {
        // Name the failure of the form the value came closest to (an object's unknown key, not "expected text").
        const best = issue.errors
            .map((branch) => branch[0])
            .filter((x) => x !== undefined)
            .sort((a, b) => b.path.length - a.path.length || Number(a.code === 'invalid_type') - Number(b.code === 'invalid_type'))[0];
        if (best)
            return describeIssue({ ...best, path: [...issue.path, ...best.path] }, data);
    }
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    if (issue.code === 'unrecognized_keys') {
        return `${field === '(top level)' ? '' : `${field}: `}unknown key ${issue.keys.join(', ')}; remove or correct it`;
    }
    if (issue.code === 'invalid_key') {
        const parent = issue.path.slice(0, -1).map(String).join('.') || '(top level)';
        const key = String(issue.path[issue.path.length - 1]);
        return `${parent}: key ${JSON.stringify(key)}: ${issue.issues[0]?.message ?? issue.message}`;
    }
    if (issue.code === 'invalid_type') {
        const value = valueAt(data, issue.path);
        if (value === undefined)
            return `${field}: missing; add it (${EXPECTED[issue.expected] ?? issue.expected})`;
        const got = kindOf(value);
        if (issue.expected === 'int' && got === 'a whole number')
            return `${field}: expected a whole number no larger than ${Number.MAX_SAFE_INTEGER}`;
        return `${field}: expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${got}`;
    }
    if (issue.code === 'too_big')
        return `${field}: expected a number no larger than ${String(issue.maximum)}`;
    return `${field}: ${issue.message}`;
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
;// CONCATENATED MODULE: ./src/config/migration-windows.ts
/**
 * migration.windows in the config: per collection, the run of a resumed
 * migration that migrated it, given by the operator where the evidence on
 * disk is ambiguous (docs/config.md). Start and end are ISO 8601 times with
 * a zone; backup is the name of that run's folder in the backup dir.
 */

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const time = schemas/* string */.YjP()
    .refine((s) => ISO.test(s) && Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time with a zone, such as 2024-06-01T03:00:00.000Z');
const migrationWindowsSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ., - and _ only'), schemas/* strictObject */.rej({
    start: time,
    end: time,
    backup: schemas/* string */.YjP()
        .min(1, 'must not be empty')
        .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', 'the name of one folder in the backup dir, without /'),
})
    .refine((w) => Date.parse(w.end) >= Date.parse(w.start), { message: 'is before start', path: ['end'] }));

// EXTERNAL MODULE: ./src/config/region.ts
var region = __webpack_require__(41800);
;// CONCATENATED MODULE: ./src/config/schema.ts




/**
 * The config file's shape. Every key is optional; defaults (defaults.ts) fit
 * the events app. Objects are strict so a misspelt key is an error, not a
 * silently ignored setting.
 */
const nonEmpty = schemas/* string */.YjP().min(1, 'must not be empty');
/** A file (format from its name, or `kind`) or the app's own command; a file the config names is required unless optional. */
const target = schemas/* union */.KCZ([
    nonEmpty,
    schemas/* strictObject */.rej({
        path: nonEmpty.optional(),
        // A refined string, not an enum: inside the union an enum's failure would read only "Invalid input".
        kind: schemas/* string */.YjP()
            .refine((k) => ['dotenv', 'js', 'json', 'yaml'].includes(k), 'dotenv, js, json or yaml')
            .transform((k) => k)
            .optional(),
        pointer: schemas/* string */.YjP().startsWith('/', 'a JSON pointer starts with /').optional(),
        property: nonEmpty.regex(/^[^.]+(\.[^.]+)*$/, 'a property path such as ${stage}.database.type').optional(),
        command: nonEmpty.optional(),
        optional: schemas/* boolean */.zMY().optional(),
        /** Nothing in the file or its path ties it to one stage: flipping it changes every stage deployed from the branch. */
        scope: schemas/* string */.YjP()
            .refine((k) => k === 'shared', 'shared is the only scope written; a target of this stage needs none')
            .transform((k) => k)
            .optional(),
    })
        .refine((t) => (t.path === undefined) !== (t.command === undefined), 'give either path or command')
        .refine((t) => t.command === undefined || (t.kind ?? t.pointer ?? t.property) === undefined, 'kind, pointer and property belong to a path, not a command'),
]);
/** Committer identity, "Name <email>". */
const identity = nonEmpty.regex(/^[^<>]+ <[^<>\s]+@[^<>\s]+>$/, 'write it as Name <email>');
const attributeName = nonEmpty.max(255, 'at most 255 characters');
/** A collection's table, short (`events: <table>`) or long (`events: { table, id, drop }`). */
const collection = schemas/* union */.KCZ([
    nonEmpty,
    schemas/* strictObject */.rej({
        /** One name (`${stage}` substituted), or one per stage (`{ production: lightningtalk-prod-events }`), matched by any of the stage's names. */
        table: schemas/* union */.KCZ([nonEmpty, schemas/* record */.g1P(nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'a stage name: letters, digits, - and _ only'), nonEmpty)]),
        /** The attribute that becomes the file's `id`. */
        id: attributeName.optional(),
        /** Attributes the migration added (a key such as participantId), removed on the way back. */
        drop: schemas/* array */.YOg(attributeName).optional(),
    }),
]);
const configSchema = schemas/* strictObject */.rej({
    stage: nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only').optional(),
    /** More names for a stage (`production: [prod, live]`), added to the built-in ones (src/config/stages.ts). */
    stages: schemas/* record */.g1P(nonEmpty, schemas/* array */.YOg(nonEmpty.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'))).optional(),
    region: nonEmpty.regex(region/* REGION */.Z, 'not an AWS region; give one such as us-east-1').optional(),
    tables: schemas/* record */.g1P(nonEmpty.regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ., - and _ only'), collection)
        .refine((t) => Object.keys(t).length > 0, 'names no table; list at least one collection: table, or leave tables out for the defaults')
        .optional(),
    migration: schemas/* strictObject */.rej({
        emptyStringsAsNull: schemas/* boolean */.zMY().optional(),
        rewroteUpdatedAt: schemas/* boolean */.zMY().optional(),
        generatedIds: schemas/* boolean */.zMY().optional(),
        windowMinutes: schemas/* number */.aig().positive().max(10_080, 'at most a week (10080)').optional(),
        windows: migrationWindowsSchema.optional(),
    })
        .optional(),
    dataDir: nonEmpty.optional(),
    backupDir: nonEmpty.optional(),
    progressFile: nonEmpty.optional(),
    retentionDays: schemas/* number */.aig().int().positive('expected 1 or more days').optional(),
    publish: nonEmpty.regex(core_location/* S3_URI_WITH_BUCKET */.a5, 'expected s3://bucket/prefix, where publish writes releases').optional(),
    switch: schemas/* strictObject */.rej({
        key: nonEmpty.optional(),
        from: nonEmpty.optional(),
        to: nonEmpty.optional(),
        targets: schemas/* array */.YOg(target).optional(),
    })
        .optional(),
    pullRequest: schemas/* strictObject */.rej({
        title: nonEmpty.optional(),
        labels: schemas/* array */.YOg(nonEmpty).optional(),
        reviewers: schemas/* array */.YOg(nonEmpty).optional(),
        teamReviewers: schemas/* array */.YOg(nonEmpty).optional(),
        draft: schemas/* boolean */.zMY().optional(),
        committer: identity.optional(),
    })
        .optional(),
    assess: schemas/* strictObject */.rej({
        /** US dollars a month for the tables assessed together. */
        monthlyBudget: schemas/* number */.aig().positive('expected a number of dollars above 0').optional(),
        /** US dollars; see docs/assess.md for the default's region and date. */
        prices: schemas/* strictObject */.rej({
            onDemandReadPerMillion: schemas/* number */.aig().nonnegative().optional(),
            onDemandWritePerMillion: schemas/* number */.aig().nonnegative().optional(),
            provisionedReadPerHour: schemas/* number */.aig().nonnegative().optional(),
            provisionedWritePerHour: schemas/* number */.aig().nonnegative().optional(),
            storagePerGbMonth: schemas/* number */.aig().nonnegative().optional(),
        })
            .optional(),
    })
        .optional(),
    commands: schemas/* strictObject */.rej({
        maintenanceOn: schemas/* string */.YjP().optional(),
        maintenanceOff: schemas/* string */.YjP().optional(),
        jobsStop: schemas/* string */.YjP().optional(),
        jobsStart: schemas/* string */.YjP().optional(),
        healthCheck: schemas/* string */.YjP().optional(),
        integrationTests: schemas/* string */.YjP().optional(),
        // Variables the app's commands get besides the allow-list (src/clients/child-env.ts); by name, never a pattern.
        passEnv: schemas/* array */.YOg(schemas/* string */.YjP().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name (letters, digits, _)')).optional(),
    })
        .optional(),
});

;// CONCATENATED MODULE: ./src/config/parse.ts




/** Aliases (*name) a config file may expand; far more than a config needs. */
const MAX_ALIASES = 100;
/** Parses and validates YAML text; errors name the file and the field. */
function parseConfigText(text, fileName) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, lineCounter, uniqueKeys: true });
    if (doc.errors.length > 0) {
        const first = doc.errors[0];
        const line = first.linePos?.[0];
        const where = line ? ` at line ${line.line}, column ${line.col}` : '';
        throw new errors/* InputError */.dz(`config ${fileName}: not valid YAML${where}: ${first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`);
    }
    const warning = doc.warnings[0];
    if (warning) {
        // A tag the YAML core schema does not know (!secret, !include...) would be read as plain text: say so rather than guess.
        const line = warning.linePos?.[0];
        const where = line ? ` at line ${line.line}, column ${line.col}` : '';
        throw new errors/* InputError */.dz(`config ${fileName}: not plain YAML${where}: ${warning.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}; remove the tag`);
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
    }
    catch {
        // The yaml package throws (a ReferenceError) when aliases expand beyond the count: a "billion laughs" file.
        throw new errors/* InputError */.dz(`config ${fileName}: not valid YAML: its aliases expand too far (more than ${MAX_ALIASES}); write the values out`);
    }
    const parsed = configSchema.safeParse(data);
    if (!parsed.success)
        throw new errors/* InputError */.dz(`config ${fileName}: ${describeIssue(parsed.error.issues[0], data)}`);
    return parsed.data;
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


/***/ })

};
