export const id = 4984;
export const ids = [4984];
export const modules = {

/***/ 31954:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DEFAULT_CONFIG_PATH),
/* harmony export */   XO: () => (/* binding */ DEFAULT_PRICES_SOURCE),
/* harmony export */   zY: () => (/* binding */ DEFAULTS)
/* harmony export */ });
/** Defaults that fit the events app (DESIGN.md). */
const DEFAULTS = {
    stage: 'production',
    // Added to the built-in names of src/config/stages.ts.
    stages: {},
    region: 'ap-northeast-1',
    tables: {
        events: 'lightningtalk-circle-${stage}-events',
        participants: 'lightningtalk-circle-${stage}-participants',
        users: 'lightningtalk-circle-${stage}-users',
        talks: 'lightningtalk-circle-${stage}-talks',
    },
    migration: { emptyStringsAsNull: true, rewroteUpdatedAt: true, generatedIds: true, windowMinutes: 60 },
    dataDir: 'server/data',
    backupDir: 'migration-backups',
    progressFile: 'migration-progress.json',
    retentionDays: 30,
    switch: {
        key: 'DATABASE_TYPE',
        from: 'dynamodb',
        to: 'file',
        // The events app's committed files; `.env` itself is gitignored, so no pull request can carry it.
        targets: [
            '.env.${stage}.template',
            'environments/${stage}/${stage}.env',
            { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' },
        ],
    },
    pullRequest: {
        labels: ['rollback'],
        reviewers: [],
        teamReviewers: [],
        draft: false,
        // The identity the workflow token acts as, so commits read as the workflow's on a runner with no git user.
        committer: 'github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>',
    },
    assess: {
        // DynamoDB Standard in us-east-1 from 2024-11-01 (on-demand halved that day). Other regions cost more: set yours.
        prices: {
            onDemandReadPerMillion: 0.125,
            onDemandWritePerMillion: 0.625,
            provisionedReadPerHour: 0.00013,
            provisionedWritePerHour: 0.00065,
            storagePerGbMonth: 0.25,
        },
    },
    commands: {
        maintenanceOn: 'npm run maintenance:enable',
        maintenanceOff: 'npm run maintenance:disable',
        jobsStop: 'npm run jobs:stop',
        jobsStart: 'npm run jobs:start',
        healthCheck: 'npm run health:check',
        integrationTests: 'npm run test:integration',
        passEnv: [],
    },
    // publish has no default: a bucket is the user's to name.
};
/** Said wherever the default prices are used, so an estimate never passes for a quote. */
const DEFAULT_PRICES_SOURCE = 'default prices: us-east-1, DynamoDB Standard, as of 2024-11-01';
const DEFAULT_CONFIG_PATH = '.github/dynamodb-rollback.yml';


/***/ }),

/***/ 61036:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadConfig: () => (/* binding */ loadConfig),
/* harmony export */   p: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(31954);
/* harmony import */ var _region_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(41800);
/* harmony import */ var _stages_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7983);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(78440);







/**
 * Reads, validates and resolves the config file. A missing file is fine only
 * at the default path (built-in defaults); one the operator named must exist.
 */
async function loadConfig(configPath, cwd, overrides = {}, env = process.env) {
    const relPath = configPath ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi;
    const absPath = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, relPath);
    let text = null;
    try {
        // Sync: one small file, and node:fs is loaded at start while node:fs/promises would cost the start-up some ms.
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(absPath, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' || (configPath !== undefined && configPath !== _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIG_PATH */ .Bi)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${relPath}: cannot be read (${code ?? String(err)}); check the path given with ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_5__/* .opt */ .m7)('config')}`);
        }
    }
    // YAML and the schema (zod) load only when there is a file: a command in a folder without one starts without them.
    const file = text === null ? {} : (await Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(8815), __webpack_require__.e(3088)]).then(__webpack_require__.bind(__webpack_require__, 83088))).parseConfigText(text, relPath);
    return resolveConfig(file, text === null ? null : relPath, overrides, env);
}
const STAGE = /^[A-Za-z0-9_-]+$/;
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
/** The region from the option, the file, then the environment; a bad one is named by where it came from. */
function regionOf(option, fromFile, env) {
    const candidates = [
        [option, 'region'],
        [fromFile, 'region in the config'],
        [env.AWS_REGION, 'AWS_REGION'],
        [env.AWS_DEFAULT_REGION, 'AWS_DEFAULT_REGION'],
    ];
    const hit = candidates.find(([value]) => value !== undefined && value !== '');
    if (!hit)
        return _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.region;
    const [value, where] = hit;
    if (!_region_js__WEBPACK_IMPORTED_MODULE_6__/* .REGION */ .Z.test(value)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} ${JSON.stringify(value)}: not an AWS region; give one such as us-east-1 or ap-northeast-1`);
    }
    return value;
}
function resolveConfig(file, fileName, overrides = {}, env = process.env) {
    const stage = overrides.stage ?? file.stage ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.stage;
    if (!STAGE.test(stage)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`stage ${JSON.stringify(stage)}: letters, digits, - and _ only`);
    }
    const sub = (s) => s.replaceAll('${stage}', stage);
    let stages;
    try {
        stages = (0,_stages_js__WEBPACK_IMPORTED_MODULE_4__/* .stageTable */ .JB)(file.stages ?? {});
    }
    catch (err) {
        if (err instanceof _stages_js__WEBPACK_IMPORTED_MODULE_4__/* .StageNameError */ .e_)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: ${err.message}`);
        throw err;
    }
    const entries = Object.entries(file.tables ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.tables);
    const tableSources = {};
    const tables = Object.fromEntries(entries.map(([collection, t]) => {
        const picked = tableOf(collection, typeof t === 'string' ? t : t.table, stage, stages, fileName);
        tableSources[collection] = file.tables ? `${picked.field} in ${fileName ?? 'the config'}` : `default ${picked.template}`;
        return [collection, sub(picked.template)];
    }));
    const collections = Object.fromEntries(entries.map(([collection, t]) => [
        collection,
        typeof t === 'string' ? { id: 'id', drop: [] } : { id: t.id ?? 'id', drop: [...(t.drop ?? [])] },
    ]));
    for (const [collection, table] of Object.entries(tables)) {
        if (!TABLE_NAME.test(table)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: tables.${collection}: ${JSON.stringify(table)} is not a DynamoDB table name (3 to 255 letters, digits, ., - and _, after \${stage} is substituted)`);
        }
    }
    for (const collection of Object.keys(file.migration?.windows ?? {})) {
        if (!(collection in tables)) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`config ${fileName ?? '(defaults)'}: migration.windows.${collection}: ${collection} is not a collection in tables (${Object.keys(tables).join(', ')}); name a collection the migration moved`);
        }
    }
    const region = regionOf(overrides.region, file.region, env);
    const builtIn = file.switch?.targets === undefined;
    const listed = file.switch?.targets ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.targets;
    const targets = listed.map((t) => {
        if (typeof t === 'string')
            return { path: sub(t), optional: builtIn, builtIn, ...(t.includes('${stage}') ? { template: { path: t } } : {}) };
        if (t.command !== undefined)
            return { command: sub(t.command), optional: t.optional ?? false, builtIn: false };
        const templated = [t.path, t.pointer, t.property].some((x) => x?.includes('${stage}'));
        return {
            path: sub(t.path),
            ...(t.kind ? { kind: t.kind } : {}),
            ...(t.pointer ? { pointer: sub(t.pointer) } : {}),
            ...(t.property ? { property: sub(t.property) } : {}),
            optional: t.optional ?? builtIn,
            builtIn,
            ...(t.scope === 'shared' ? { shared: true } : {}),
            ...(templated
                ? { template: { path: t.path, ...(t.pointer ? { pointer: t.pointer } : {}), ...(t.property ? { property: t.property } : {}) } }
                : {}),
        };
    });
    const pr = file.pullRequest ?? {};
    return {
        file: fileName,
        stage,
        stages,
        region,
        tables,
        tableSources,
        collections,
        migration: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.migration, ...file.migration },
        dataDir: overrides.dataDir ?? sub(file.dataDir ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.dataDir),
        backupDir: overrides.backupDir ?? sub(file.backupDir ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.backupDir),
        progressFile: sub(file.progressFile ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.progressFile),
        retentionDays: file.retentionDays ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.retentionDays,
        publish: file.publish === undefined ? null : sub(file.publish),
        switch: {
            key: file.switch?.key ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.key,
            from: file.switch?.from ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.from,
            to: file.switch?.to ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.switch.to,
            targets,
        },
        pullRequest: {
            ...(pr.title ? { title: pr.title } : {}),
            labels: pr.labels ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.labels],
            reviewers: pr.reviewers ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.reviewers],
            teamReviewers: pr.teamReviewers ?? [..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.teamReviewers],
            draft: pr.draft ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.draft,
            committer: pr.committer ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.pullRequest.committer,
        },
        assess: {
            monthlyBudget: file.assess?.monthlyBudget ?? null,
            prices: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.assess.prices, ...file.assess?.prices },
            pricesSource: file.assess?.prices === undefined
                ? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PRICES_SOURCE */ .XO
                : `prices from ${fileName ?? 'the config'} (assess.prices), the rest ${_defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_PRICES_SOURCE */ .XO}`,
        },
        commands: { ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.commands, ...file.commands, passEnv: [...(file.commands?.passEnv ?? _defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULTS */ .zY.commands.passEnv)] },
    };
}
/** A collection's table for this stage: the one name, or the per-stage entry named by any of the stage's names. */
function tableOf(collection, t, stage, stages, fileName) {
    if (typeof t === 'string')
        return { template: t, field: `tables.${collection}` };
    const names = (0,_stages_js__WEBPACK_IMPORTED_MODULE_4__/* .namesOf */ .eZ)(stage, stages).map((n) => n.toLowerCase());
    const hits = Object.keys(t).filter((k) => names.includes(k.toLowerCase()));
    const where = `config ${fileName ?? '(defaults)'}: tables.${collection}.table`;
    if (hits.length === 0)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} names no table for stage ${stage} (it has ${Object.keys(t).join(', ')}); add ${stage}: <table name> there`);
    if (hits.length > 1)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz(`${where} names stage ${stage} twice (${hits.join(', ')}); keep one`);
    return { template: t[hits[0]], field: `tables.${collection}.table.${hits[0]}` };
}


/***/ }),

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

/***/ 41800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ REGION)
/* harmony export */ });
/** What the SDK can put in a host name: AWS regions, and the names local endpoints accept. Apart from the schema so a run without a config file never loads zod. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


/***/ }),

/***/ 88796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FD: () => (/* binding */ tempPathFor),
/* harmony export */   GH: () => (/* binding */ TEMP_PATTERN),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   _d: () => (/* binding */ isTempFor),
/* harmony export */   gd: () => (/* binding */ ContentMismatchError),
/* harmony export */   hN: () => (/* binding */ prepareFileAtomic),
/* harmony export */   jH: () => (/* binding */ removeStaleTemps),
/* harmony export */   ty: () => (/* binding */ syncDir)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/**
 * A file replaced whole or not at all: written to a temp file in the same
 * folder, fsynced, renamed over the target, and the folder fsynced so the
 * rename itself survives a power cut. A crash at any point leaves the old
 * file or the new one, never a mix; at worst a stray temp file, whose name
 * (TEMP_PATTERN) lets the next run recognise and remove it.
 */



/** What was written to the temp file is not what the caller expected: the target was left as it was. */
class ContentMismatchError extends Error {
    constructor(target) {
        super(`${target}: the content written did not have the expected sha256; the file was left as it was`);
        this.name = 'ContentMismatchError';
    }
}
/** Every temp file of ours: tempPathFor's names, and the write probe's old name (see write-probe.ts). */
const TEMP_PATTERN = /^\.(?:.+\.dynamodb-rollback-\d+-[0-9a-f]{8}\.tmp|dynamodb-rollback-write-check-\d+-[0-9a-f]{8})$/;
/** Whether name is a temp file of ours for the file named target (a basename). */
function isTempFor(name, target) {
    return TEMP_PATTERN.test(name) && name.startsWith(`.${target}.dynamodb-rollback-`);
}
function tempPathFor(target) {
    return node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target), `.${node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(target)}.dynamodb-rollback-${process.pid}-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`);
}
/**
 * writeFileAtomic in two halves, so a caller can write its temp files while
 * it does something that must finish before the first rename (the
 * rollback's snapshot): nothing a reader of the target sees changes before
 * commit.
 */
async function prepareFileAtomic(target, content, options = {}) {
    const tmp = tempPathFor(target);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(tmp, 'wx', options.mode ?? 0o666);
        try {
            for await (const chunk of chunksOf(content)) {
                const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
                hash.update(buf);
                for (let off = 0; off < buf.length;)
                    off += (await fh.write(buf, off)).bytesWritten;
                bytes += buf.length;
            }
            if (options.mode !== undefined)
                await fh.chmod(options.mode); // open's mode is masked by umask
            await fh.sync();
        }
        catch (err) {
            // The write's own error (ENOSPC, EFBIG) is the cause: a close failing after it must not take its place.
            await fh.close().catch(() => { });
            throw err;
        }
        await fh.close();
    }
    catch (err) {
        await removeTemp(tmp);
        throw err;
    }
    const sha256 = hash.digest('hex');
    let settled = false;
    const discard = async () => {
        if (settled)
            return;
        settled = true;
        await removeTemp(tmp);
    };
    const commit = async () => {
        if (settled)
            throw new Error(`${target}: its temp file was already renamed or removed`);
        try {
            if (options.unlessSha256 === sha256)
                return { written: false, sha256, bytes };
            if (options.expectSha256 !== undefined && options.expectSha256 !== sha256)
                throw new ContentMismatchError(target);
            await options.hooks?.beforeRename?.(target);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tmp, target);
            settled = true;
            await syncDir(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(target));
            return { written: true, sha256, bytes };
        }
        finally {
            await discard();
        }
    };
    return { target, tempName: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(tmp), sha256, bytes, commit, discard };
}
async function writeFileAtomic(target, content, options = {}) {
    return (await prepareFileAtomic(target, content, options)).commit();
}
/** Nor may a cleanup's failure take the cause's place: a temp left behind is recognised by its name and removed by the next run. */
async function removeTemp(tmp) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tmp, { force: true }).catch(() => { });
}
/** Removes temp files a crashed write left in dir (only ours, by name), but for keep: this run's own. */
async function removeStaleTemps(dir, keep = new Set()) {
    for (const name of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)) {
        if (TEMP_PATTERN.test(name) && !keep.has(name))
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(dir, name), { force: true });
    }
}
/** fsync a folder, so renames and unlinks in it are durable. */
async function syncDir(dir) {
    const dh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(dir, 'r');
    try {
        await dh.sync();
    }
    finally {
        await dh.close();
    }
}
async function* chunksOf(content) {
    if (typeof content === 'string' || Buffer.isBuffer(content))
        yield content;
    else
        yield* content;
}


/***/ }),

/***/ 64984:
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
// EXTERNAL MODULE: ./src/core/location.ts
var core_location = __webpack_require__(91324);
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
    if ((0,core_location/* namesS3 */.Hv)(backupDir))
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

// EXTERNAL MODULE: ./node_modules/@babel/parser/lib/index.js
var lib = __webpack_require__(5429);
// EXTERNAL MODULE: ./src/switch/scope.ts
var switch_scope = __webpack_require__(40868);
// EXTERNAL MODULE: ./src/switch/edit.ts
var edit = __webpack_require__(66074);
;// CONCATENATED MODULE: ./src/init/discover-tables.ts
/**
 * Where the app's own files say its tables are: `DYNAMODB_<COLLECTION>_TABLE`
 * in the stage's own dotenv files, and the CDK stacks' `tableName` (a string,
 * or a template whose only expressions are the stage variable, read as the
 * name the CDK gives this stage: `prod` where its config is keyed so) with
 * the `partitionKey` beside it. Another stage's files, examples, tests and
 * docs are not read. Per collection, every source is kept: where they
 * disagree, the stack (which creates the tables) is written and the others
 * are listed as a decision for the operator, never dropped silently.
 */



const STAGE_VARIABLE = /^(stage|env|environment|stageName|envName|environmentName|stageId)$/i;
const norm = (s) => s.toLowerCase().replace(/[-_]/g, '');
async function discoverTables(input) {
    const found = new Map();
    const unused = [];
    const add = (collection, table, source) => {
        const byName = found.get(collection) ?? new Map();
        byName.set(table, [...(byName.get(table) ?? []), source]);
        found.set(collection, byName);
    };
    for (const file of input.files) {
        if (file.split('/').includes('node_modules') || (0,switch_scope/* neverTarget */.E)(file, input.stage) !== null)
            continue;
        const scope = (0,switch_scope/* pathScope */.G)(file, input.stage, input.stages);
        if (scope.kind === 'other')
            continue;
        const kind = (0,edit/* kindOfPath */.B)(file);
        if (kind !== 'dotenv' && kind !== 'js')
            continue;
        const text = await input.read(file);
        if (text === null)
            continue;
        // A dotenv file is the stage's only when its path says so; a stack may serve every stage.
        if (kind === 'dotenv' && scope.kind === 'this' && text.includes('DYNAMODB_')) {
            for (const d of dotenvTables(text, file)) {
                const collection = input.collections.find((c) => norm(c) === norm(d.name));
                if (collection)
                    add(collection, d.table, { where: d.where, kind: 'dotenv' });
                else
                    unused.push(`${d.where}: DYNAMODB_${d.name}_TABLE names no migrated collection; not used`);
            }
        }
        if (kind === 'js' && text.includes('tableName')) {
            for (const c of cdkTables(text, file, input.cdkStage)) {
                if ('unreadable' in c) {
                    unused.push(`${c.where}: tableName ${c.unreadable}; not used`);
                    continue;
                }
                const collection = [...input.collections]
                    .sort((a, b) => b.length - a.length)
                    .find((x) => new RegExp(`[-_.]${x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i').test(c.table));
                if (collection)
                    add(collection, c.table, { where: c.where, kind: 'cdk', ...(c.key ? { key: c.key } : {}) });
            }
        }
    }
    const tables = [];
    for (const collection of input.collections) {
        const byName = found.get(collection);
        if (!byName)
            continue;
        // The stack creates the tables and hands their names to the container: its name first, then the most often said.
        const ranked = [...byName.entries()].sort((a, b) => rank(b[1]) - rank(a[1]));
        const [[table, sources], ...rest] = ranked;
        tables.push({ collection, table, sources, disagreements: rest.map(([t, s]) => ({ table: t, sources: s })) });
    }
    return { tables, unused };
}
const rank = (sources) => (sources.some((s) => s.kind === 'cdk') ? 1000 : 0) + sources.length;
function dotenvTables(text, file) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        const m = /^\s*(?:export\s+)?DYNAMODB_([A-Z0-9_]+?)_TABLE\s*=\s*(["']?)([A-Za-z0-9_.-]{3,255})\2\s*(?:#.*)?\r?$/.exec(line);
        if (m)
            out.push({ name: m[1], table: m[3], where: `${file}:${i + 1}` });
    });
    return out;
}
const isNode = (v) => typeof v === 'object' && v !== null && typeof v.type === 'string';
function cdkTables(text, file, cdkStage) {
    let program;
    try {
        program = (0,lib/* parse */.qg)(text.replace(/^\uFEFF/, ''), {
            sourceType: 'unambiguous',
            errorRecovery: true,
            plugins: /\.[mc]?tsx?$/.test(file) ? ['typescript'] : ['jsx'],
        }).program;
    }
    catch {
        return []; // a file no parser reads is no stack of ours; the switch's own discovery says so when it mentions the key
    }
    const out = [];
    const lineOf = (n) => n.loc.start.line;
    const nameOf = (p) => {
        const k = p.key;
        return k.type === 'Identifier' ? k.name : k.type === 'StringLiteral' ? k.value : null;
    };
    const visit = (n) => {
        if (n.type === 'ObjectExpression') {
            const props = n.properties.filter((p) => p.type === 'ObjectProperty');
            const name = props.find((p) => nameOf(p) === 'tableName');
            if (name) {
                const where = `${file}:${lineOf(name)}`;
                const value = name.value;
                const table = tableValue(value, cdkStage);
                // A variable passed along (`tableName: name`) declares nothing; a template that is almost a declaration is worth a line.
                if (table === null && value.type === 'TemplateLiteral')
                    out.push({
                        unreadable: `is a template with an expression other than the stage (${text.slice(value.start, value.end)})`,
                        where,
                    });
                else if (table === null) {
                    /* not a declaration */
                }
                else {
                    const pk = props.find((p) => nameOf(p) === 'partitionKey')?.value;
                    const pkName = pk?.type === 'ObjectExpression'
                        ? pk.properties.find((p) => p.type === 'ObjectProperty' && nameOf(p) === 'name')?.value
                        : undefined;
                    out.push({ table, where, ...(pkName?.type === 'StringLiteral' ? { key: pkName.value } : {}) });
                }
            }
        }
        for (const [k, v] of Object.entries(n)) {
            if (k === 'loc' || k.endsWith('Comments'))
                continue;
            if (Array.isArray(v))
                for (const x of v)
                    if (isNode(x))
                        visit(x);
            if (isNode(v))
                visit(v);
        }
    };
    visit(program);
    return out;
}
/** A string, or a template whose expressions are all the stage variable (`environment`, `props.stage`), with this stage's CDK name put in. */
function tableValue(v, cdkStage) {
    if (v.type === 'StringLiteral')
        return v.value;
    if (v.type !== 'TemplateLiteral')
        return null;
    const quasis = v.quasis;
    const parts = [];
    for (const [i, q] of quasis.entries()) {
        parts.push(q.value.cooked);
        const e = v.expressions[i];
        if (!e)
            continue;
        const last = e.type === 'Identifier'
            ? e.name
            : e.type === 'MemberExpression' && !e.computed
                ? e.property.name
                : null;
        if (last === null || !STAGE_VARIABLE.test(last))
            return null;
        parts.push(cdkStage);
    }
    return parts.join('');
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(99547);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config/stages.ts
var config_stages = __webpack_require__(7983);
// EXTERNAL MODULE: ./src/switch/dotenv.ts
var dotenv = __webpack_require__(21796);
// EXTERNAL MODULE: ./src/switch/js.ts
var js = __webpack_require__(86709);
// EXTERNAL MODULE: ./src/switch/json.ts
var json = __webpack_require__(64740);
// EXTERNAL MODULE: ./src/switch/yaml.ts
var yaml = __webpack_require__(60353);
;// CONCATENATED MODULE: ./src/init/stage-path.ts
/**
 * A file that belongs to one stage is written as a `${stage}` template, so
 * the config serves every stage: every whole word of the path that names
 * the stage, by any of its names (a folder, a dot-, dash- or
 * underscore-separated part of a name: `environments/production/production.env`,
 * `.env.production.template`, `cdk/config/prod.json`), becomes `${stage}`.
 * config-pr resolves it back through the stage's names to the file that is
 * there (src/config/stages.ts).
 */

/** The path with the stage's own words as `${stage}`; unchanged when it has none. */
function stageTemplate(file, stage, table) {
    // Longest first, each a whole word between separators (a name may itself hold - or _).
    const names = (0,config_stages/* namesOf */.eZ)(stage, table).sort((a, b) => b.length - a.length);
    const alternatives = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return file.replace(new RegExp(`(^|[/.\\-_])(?:${alternatives})(?=$|[/.\\-_])`, 'gi'), (_m, lead) => `${lead}\${stage}`);
}
/** The stages (of those given) for which a template names a tracked file: where a target has copies. */
function copiesFor(template, stages, table, tracked) {
    if (!template.includes('${stage}'))
        return [];
    return stages.filter((s) => (0,config_stages/* namesOf */.eZ)(s, table).some((n) => tracked.has(template.replaceAll('${stage}', n))));
}
/**
 * The stage a file is the copy of a `${stage}` template for: the one name
 * that fills every `${stage}` of the template (environments/qa/qa.env for
 * environments/${stage}/${stage}.env is qa's), or null. Any name of letters,
 * digits, ., - and _ counts, known to the stage table or not.
 */
function stageOfCopy(file, template) {
    if (!template.includes('${stage}'))
        return null;
    const pattern = template
        .split('${stage}')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('([A-Za-z0-9._-]+)');
    const m = new RegExp(`^${pattern}$`).exec(file);
    if (!m)
        return null;
    const names = m.slice(1);
    return names.every((n) => n === names[0]) ? names[0] : null;
}

;// CONCATENATED MODULE: ./src/init/discover-targets.ts
/**
 * The switch targets of an app repository: every tracked file that sets the
 * switch key, as the switch's own readers (src/switch/) find it, so a file
 * that merely mentions the key (a README, `process.env.DATABASE_TYPE`) is
 * not one. Besides the key itself, its nested form is looked for: DATABASE_TYPE
 * as `database.type` under the stage's key, by any of its names (the CDK
 * config's `prod: { database: { type } }` for production), there only when
 * the value is the switch's `from` or `to`. Every file that mentions the key
 * is classified (src/switch/scope.ts): this stage's, shared by every stage,
 * another stage's, or never a target (docs, examples, tests, local
 * development), and every one that is not a target is reported, with why.
 */











/** Larger files are not config files; skipped unread (and counted as skipped when they mention nothing we can see). */
const MAX_BYTES = 1_000_000;
/** DATABASE_TYPE -> ['database', 'type']; null when the key has no nested form. */
function nestedForm(key) {
    const parts = key.toLowerCase().split('_').filter(Boolean);
    return parts.length > 1 && /^[A-Z0-9_]+$/.test(key) ? parts : null;
}
async function discoverTargets({ files, read, sw, stage, stages, exclude }) {
    const ctx = { sw, stage, stages, nested: nestedForm(sw.key), seen: new Set([(0,config_stages/* stageOf */.gV)(stage, stages) ?? stage]) };
    const targets = [];
    const notTargets = [];
    const spelled = new Set();
    let scanned = 0;
    for (const file of files) {
        if (exclude.has(file) || file.split('/').includes('node_modules'))
            continue;
        const text = await read(file);
        if (text === null)
            continue;
        scanned++;
        const mentionsKey = text.includes(sw.key);
        const mentionsNested = ctx.nested !== null && ctx.nested.every((p) => text.includes(p));
        if (!mentionsKey && !mentionsNested)
            continue;
        // Quietly for a file that only has the words of the nested form: "database" and "type" are everywhere.
        const out = (reason) => {
            if (mentionsKey)
                notTargets.push({ file, reason });
        };
        const never = (0,switch_scope/* neverTarget */.E)(file, stage);
        if (never) {
            out(never);
            continue;
        }
        if (mentionsKey)
            for (const m of (0,config_stages/* stagesInPath */.gc)(file, stages))
                ctx.seen.add(m.stage);
        const scope = (0,switch_scope/* pathScope */.G)(file, stage, stages);
        if (scope.kind === 'other') {
            out(`${scope.stage}'s file (its path says "${scope.word}"): another stage's, never flipped for ${stage}`);
            continue;
        }
        const kind = (0,edit/* kindOfPath */.B)(file);
        if (!kind) {
            out(`mentions ${sw.key}, but no switch format reads this kind of file (set it by hand, or add a command: target)`);
            continue;
        }
        if (text.length > MAX_BYTES) {
            out(`mentions ${sw.key}, but is larger than ${MAX_BYTES} bytes; not read as a config file`);
            continue;
        }
        let hits;
        try {
            hits = settingsIn(text, file, kind, ctx);
        }
        catch (err) {
            if (!(err instanceof errors/* InputError */.dz))
                throw err;
            if (err instanceof AmbiguousStage)
                notTargets.push({ file, reason: err.message });
            else
                out(err.message.replace(/ \(ConditionalExpression\)/, ' (a conditional expression: it picks a value per environment at run time)'));
            continue;
        }
        const usable = [];
        const reasons = [];
        for (const hit of hits) {
            const odd = hit.occurrences.find((o) => o.value !== sw.from && o.value !== sw.to);
            if (!odd)
                usable.push(hit);
            // The key itself set to something else is worth a line; `type: 'postgres'` elsewhere is not about us.
            else if (!hit.nested)
                reasons.push(`line ${odd.line}: ${sw.key} is ${JSON.stringify(odd.value)}, neither ${sw.from} nor ${sw.to}; config-pr would refuse to flip it`);
        }
        if (usable.length === 0) {
            out(reasons[0] ?? `mentions ${sw.key} without setting it`);
            continue;
        }
        for (const hit of usable) {
            if (hit.keyedBy)
                spelled.add(hit.keyedBy);
            targets.push(targetOf(file, hit, kind, ctx, scope.kind === 'this' ? scope.word : undefined));
        }
    }
    // A file shaped like one of this stage's ${stage} templates with another name in its place
    // (environments/qa/qa.env beside environments/production/production.env) is that stage's,
    // even when no alias table knows the name: never a shared target.
    const templates = targets.flatMap((t) => t.scope === 'this' && typeof t.entry !== 'string' && t.entry.path.includes('${stage}') ? [t.entry.path] : []);
    const copies = new Map();
    for (const t of targets) {
        if (t.scope !== 'shared')
            continue;
        for (const template of templates) {
            const other = stageOfCopy(t.files[0], template);
            if (other !== null && other !== stage)
                copies.set(other, template);
        }
    }
    // Once a name is known as a stage that way, any file whose path names it is that stage's too.
    const word = (file, name) => file.split(/[/.\-_]/).some((w) => w.toLowerCase() === name.toLowerCase());
    for (let i = targets.length - 1; i >= 0; i--) {
        const t = targets[i];
        const other = t.scope === 'shared' ? [...copies.keys()].find((name) => word(t.files[0], name)) : undefined;
        if (other === undefined)
            continue;
        targets.splice(i, 1);
        notTargets.push({
            file: t.files[0],
            reason: `${other}'s file (its path says "${other}", a stage: ${copies.get(other)} has a copy for it): another stage's, never flipped for ${stage}`,
        });
        ctx.seen.add((0,config_stages/* stageOf */.gV)(other, stages) ?? other);
    }
    notTargets.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // A ${stage} template that some stage the repository names has no copy of: optional, so that stage's rollback skips it (and says so).
    const tracked = new Set(files);
    const seen = [...ctx.seen];
    for (const t of targets) {
        if (typeof t.entry === 'string' || !t.entry.path.includes('${stage}'))
            continue;
        const have = copiesFor(t.entry.path, seen, stages, tracked);
        const lacking = seen.filter((x) => !have.includes(x));
        if (lacking.length > 0) {
            t.entry.optional = true;
            t.why += `; ${lacking.join(', ')} ${lacking.length === 1 ? 'has' : 'have'} no copy, so it is optional`;
        }
    }
    for (const t of targets)
        if (typeof t.entry !== 'string' && Object.keys(t.entry).length === 1)
            t.entry = t.entry.path;
    targets.sort((a, b) => (a.files[0] < b.files[0] ? -1 : a.files[0] > b.files[0] ? 1 : 0));
    return { targets, notTargets, scanned, stagesSeen: seen, spelled: spelled.size ? [...spelled] : [stage] };
}
function settingsIn(text, file, kind, ctx) {
    const { sw, nested } = ctx;
    if (kind === 'dotenv')
        return nonEmpty([{ occurrences: (0,dotenv/* findDotenv */.O)(text, sw.key, file), nested: false }]);
    if (kind === 'js') {
        const out = [{ occurrences: (0,js/* findJs */.n)(text, file, { key: sw.key }, file).occurrences, nested: false }];
        if (nested)
            out.push(...stageKeyed(text, file, nested, ctx));
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
    const names = new Set((0,config_stages/* namesOf */.eZ)(ctx.stage, ctx.stages).map((n) => n.toLowerCase()));
    const own = (0,config_stages/* stageOf */.gV)(ctx.stage, ctx.stages) ?? ctx.stage;
    const besides = [];
    for (const { segments, isNested } of stringPaths(data, sw.key, nested)) {
        // A segment naming another stage is that stage's section; one naming this stage becomes ${stage}.
        const other = segments.map((x) => (0,config_stages/* stageOf */.gV)(x, ctx.stages)).find((x) => x !== null && x !== own);
        if (other) {
            ctx.seen.add(other);
            besides.push(other);
            continue;
        }
        const keyedBy = segments.find((x) => names.has(x.toLowerCase()));
        const pointer = `/${segments.map((x) => x.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
        // The switch's own reader decides: what it cannot find, config-pr could not flip.
        const occurrences = finder(text, pointer, file);
        const written = keyedBy === undefined
            ? pointer
            : `/${segments.map((x) => (x === keyedBy ? '${stage}' : x.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/')}`;
        out.push({ pointer: written, occurrences, nested: isNested, ...(keyedBy ? { keyedBy } : {}) });
    }
    for (const f of out)
        if (f.keyedBy && besides.length)
            f.besides = [...new Set(besides)];
    return nonEmpty(out);
}
/** `<name>.database.type` for each name of the stage (exactly one may be there), and the other stages' sections beside it. */
function stageKeyed(text, file, nested, ctx) {
    const at = (name) => (0,js/* findJs */.n)(text, file, { property: `${name}.${nested.join('.')}`, key: ctx.sw.key }, file).occurrences;
    const mine = (0,config_stages/* namesOf */.eZ)(ctx.stage, ctx.stages)
        .map((name) => ({ name, occurrences: at(name) }))
        .filter((x) => x.occurrences.length > 0);
    const besides = (0,config_stages/* otherStages */.gC)(ctx.stage, ctx.stages).filter((s) => (0,config_stages/* namesOf */.eZ)(s, ctx.stages).some((n) => at(n).length > 0));
    for (const b of besides)
        ctx.seen.add(b);
    if (mine.length > 1)
        throw new AmbiguousStage(`${file}: ${mine.map((m) => `${m.name}.${nested.join('.')}`).join(' and ')} are both there, two names of ${ctx.stage}; say which one with a property: target`);
    if (mine.length === 0)
        return [];
    const [{ name, occurrences }] = mine;
    return [{ property: `\${stage}.${nested.join('.')}`, occurrences, nested: true, keyedBy: name, besides }];
}
/** Two names of the stage both keyed in one file: said even when the file never spells the key itself. */
class AmbiguousStage extends errors/* InputError */.dz {
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
function targetOf(file, hit, kind, ctx, pathWord) {
    const lines = hit.occurrences.map((o) => o.line).join(', ');
    const what = hit.keyedBy
        ? (hit.property ?? hit.pointer ?? ctx.sw.key).replace('${stage}', hit.keyedBy)
        : (hit.pointer ?? hit.property ?? ctx.sw.key);
    const path = stageTemplate(file, ctx.stage, ctx.stages);
    const defaultPointer = kind === 'json' || kind === 'yaml' ? `/${ctx.sw.key}` : undefined;
    const entry = { path };
    if (hit.property !== undefined)
        entry.property = hit.property;
    else if (hit.pointer !== undefined && hit.pointer !== defaultPointer)
        entry.pointer = hit.pointer;
    const besides = hit.besides?.length ? `; ${hit.besides.join(', ')} beside it are other stages'` : '';
    if (pathWord !== undefined || hit.keyedBy !== undefined) {
        const why = pathWord !== undefined ? `its path says "${pathWord}"` : `its key says "${hit.keyedBy}"`;
        return { entry, files: [file], detail: `${what} (line ${lines})`, scope: 'this', why: `${ctx.stage}'s: ${why}${besides}` };
    }
    entry.scope = 'shared';
    const others = (0,config_stages/* otherStages */.gC)(ctx.stage, ctx.stages).filter((s) => ctx.seen.has(s) || s !== 'test');
    return {
        entry,
        files: [file],
        detail: `${what} (line ${lines})`,
        scope: 'shared',
        why: `shared: nothing in its path or key ties it to one stage, so flipping it also changes ${others.join(', ')} on their next deploy from this branch`,
    };
}

// EXTERNAL MODULE: ./src/config/load.ts
var load = __webpack_require__(61036);
// EXTERNAL MODULE: ./src/config/parse.ts + 3 modules
var parse = __webpack_require__(83088);
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
    const found = new Map((c.found ?? []).map((f) => [f.collection, f]));
    if (!sameSet(c.collections, Object.keys(defaults/* DEFAULTS */.zY.tables)) || found.size > 0) {
        const known = defaults/* DEFAULTS */.zY.tables;
        // A name the app's files give is this stage's only: written per stage, so another stage's rollback asks for its own instead of using it.
        file.tables = Object.fromEntries(c.collections.map((name) => [
            name,
            found.has(name) ? { table: { [c.stage]: found.get(name).table } } : (known[name] ?? tableFor(name)),
        ]));
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
        ...(file.tables
            ? [
                "# tables: the collections the migration left behind; a name found in the app's own files is this stage's, with where it came from beside it.",
            ]
            : []),
    ];
    const body = Object.keys(file).length === 0 ? '{}\n' : commented(file, c);
    const text = `${header.join('\n')}\n${body}`;
    // As every command will read it: a file this tool cannot load must never be written.
    (0,load/* resolveConfig */.p)((0,parse.parseConfigText)(text, '.github/dynamodb-rollback.yml'), '.github/dynamodb-rollback.yml', { stage: c.stage }, {});
    return text;
}
/** The YAML with where each found table name came from, and why each target is in, as comments. */
function commented(file, c) {
    const doc = new dist/* Document */.yo(file);
    const tables = doc.get('tables', true);
    if ((0,dist/* isMap */.jh)(tables)) {
        for (const pair of tables.items) {
            const f = (c.found ?? []).find((x) => (0,dist/* isScalar */.jn)(pair.key) && x.collection === pair.key.value);
            if (!f)
                continue;
            const key = f.sources.find((s) => s.key)?.key;
            const lines = [
                ` ${f.collection}: ${f.sources.map((s) => `${s.where} (${s.kind === 'cdk' ? 'tableName' : 'dotenv'})`).join(', ')}${key ? `; keyed by ${key}` : ''}`,
            ];
            for (const d of f.disagreements)
                lines.push(` DECIDE: ${d.sources.map((s) => s.where).join(', ')} ${d.sources.length === 1 ? 'says' : 'say'} ${d.table}; the stack's name is written: check which table holds the data`);
            if ((0,dist/* isScalar */.jn)(pair.key))
                pair.key.commentBefore = lines.join('\n');
        }
    }
    const targets = doc.getIn(['switch', 'targets'], true);
    if ((0,dist/* isSeq */.oP)(targets) && c.why)
        targets.items.forEach((item, i) => {
            const why = c.why[i];
            if (why && ((0,dist/* isScalar */.jn)(item) || (0,dist/* isMap */.jh)(item)))
                item.commentBefore = ` ${why}`;
        });
    return doc.toString({ lineWidth: 0 });
}

;// CONCATENATED MODULE: ./src/init/stage-choice.ts
/**
 * The dispatch form's stage as a choice of the stages init found, not free
 * text: a mistyped stage would name an environment nobody set up (GitHub
 * creates it, unprotected). Only on.workflow_dispatch.inputs.stage changes
 * (workflow_call takes no choice), in place, so every comment and every
 * other line of the workflow stays as it is.
 */

const STAGE_NAME = /^[A-Za-z0-9._-]+$/;
function stageChoice(text, stages, file) {
    if (stages.length === 0)
        throw new Error('internal: stageChoice needs a stage');
    for (const s of stages)
        if (!STAGE_NAME.test(s))
            throw new Error(`internal: ${s} is not a stage name`);
    const doc = (0,dist/* parseDocument */.Tp)(text);
    const node = doc.getIn(['on', 'workflow_dispatch', 'inputs', 'stage'], true);
    if (!(0,dist/* isMap */.jh)(node) || !node.range)
        return text;
    const type = node.get('type', true);
    const dflt = node.get('default', true);
    if (!(0,dist/* isScalar */.jn)(type) || type.value !== 'string' || !type.range)
        throw new Error(`internal: ${file}: the dispatch input stage is not type: string`);
    const [start] = node.range;
    const indent = ' '.repeat(start - text.lastIndexOf('\n', start - 1) - 1);
    const edits = [
        { from: type.range[0], to: type.range[1], text: `choice\n${indent}options: [${stages.join(', ')}]` },
    ];
    if ((0,dist/* isScalar */.jn)(dflt) && dflt.range)
        edits.push({ from: dflt.range[0], to: dflt.range[1], text: stages[0] });
    let out = text;
    for (const e of edits.sort((a, b) => b.from - a.from))
        out = out.slice(0, e.from) + e.text + out.slice(e.to);
    return out;
}

;// CONCATENATED MODULE: ./src/init/stages-found.ts

function stagesFound(stage, targets, otherFiles) {
    const others = new Set();
    for (const t of targets) {
        const template = typeof t.entry === 'string' ? t.entry : t.entry.path;
        for (const file of [...t.files, ...otherFiles]) {
            const s = stageOfCopy(file, template);
            if (s && s !== stage)
                others.add(s);
        }
    }
    return [stage, ...[...others].sort()];
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
            return {
                name,
                description,
                optional: u.fallsBack || /\boptional\b|\(default:|unset on AWS/i.test(description),
                files: [...u.files].sort(),
            };
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

// EXTERNAL MODULE: ./src/init/workflow-templates.ts
var workflow_templates = __webpack_require__(61347);
// EXTERNAL MODULE: ./src/core/option-name.ts
var option_name = __webpack_require__(78440);
;// CONCATENATED MODULE: ./src/init/run.ts
/**
 * init: the config and the operator's workflows, written into an app
 * repository. Reads top to bottom as its steps: check the repository, pin
 * the action, discover (targets, collections, data dir), render and check
 * every file, check every output path is free, then write them all. Every
 * refusal comes before the first byte, so a refused init leaves nothing.
 */















async function runInit(o, deps) {
    // The config's paths are the repository's, as every workflow reads them from its top folder.
    if (o.dataDir !== undefined && (external_node_path_default().isAbsolute(o.dataDir) || o.dataDir.split(/[\\/]/).includes('..'))) {
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('data-dir')} ${o.dataDir}: give a folder inside the app repository, relative to its top folder (such as server/data)`);
    }
    const { repoDir, git } = await checkRepository(o.repoDir, deps);
    const pin = await deps.pin();
    const outputs = [defaults/* DEFAULT_CONFIG_PATH */.Bi, ...Object.keys(workflow_templates/* WORKFLOW_TEMPLATES */._)];
    const tracked = await git.trackedFiles();
    const discovery = await discoverTargets({
        files: tracked,
        read: (file) => readText(external_node_path_default().join(repoDir, file)),
        sw: o.switch,
        stage: o.stage,
        stages: o.stages,
        exclude: new Set(outputs),
    });
    const app = await discoverApp({
        repoDir,
        progressFile: o.progressFile,
        backupDir: o.backupDir,
        defaults: { collections: Object.keys(defaults/* DEFAULTS */.zY.tables), dataDir: defaults/* DEFAULTS */.zY.dataDir },
    });
    const dataDir = o.dataDir !== undefined ? { value: o.dataDir, source: (0,option_name/* opt */.m7)('data-dir') } : app.dataDir;
    const tables = await discoverTables({
        files: tracked.filter((f) => !outputs.includes(f)),
        read: (file) => readText(external_node_path_default().join(repoDir, file)),
        stage: o.stage,
        stages: o.stages,
        cdkStage: discovery.spelled[0] ?? o.stage,
        collections: app.collections.value,
    });
    const config = renderConfig({
        stage: o.stage,
        region: o.region,
        collections: app.collections.value,
        dataDir: dataDir.value,
        sw: o.switch,
        targets: discovery.targets.map((t) => t.entry),
        why: discovery.targets.map((t) => t.why),
        found: tables.tables,
    }, o.version);
    const stages = stagesFound(o.stage, discovery.targets, discovery.notTargets.map((n) => n.file));
    const workflows = Object.entries(workflow_templates/* WORKFLOW_TEMPLATES */._).map(([file, text]) => ({
        path: file,
        text: stageChoice(pinWorkflow(text, pin, file, Object.keys(workflow_templates/* WORKFLOW_TEMPLATES */._)), stages, file),
    }));
    const planned = [{ path: defaults/* DEFAULT_CONFIG_PATH */.Bi, text: config }, ...workflows];
    // Snapshots hold item values: they must never be committed. init writes only its four files, so it says so rather than edit .gitignore.
    const state = external_node_path_default().relative(repoDir, (0,paths/* statePaths */.mt)(external_node_path_default().resolve(repoDir, dataDir.value)).root)
        .split((external_node_path_default()).sep)
        .join('/');
    const stateNotIgnored = state.startsWith('..') || (await git.isIgnored(`${state}/lock`)) ? null : `${state}/`;
    const files = await checkOutputs(repoDir, planned, o.force);
    if (!o.dryRun) {
        for (const f of files) {
            const target = external_node_path_default().join(repoDir, f.path);
            await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
            await (0,atomic_write/* writeFileAtomic */.Zf)(target, f.text);
            deps.reporter.info(`init: wrote ${f.path}`);
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
        tables,
        dataDir,
        expected: expectedSettings(workflows.map((w) => ({ file: w.path, text: w.text }))),
        stateNotIgnored,
        stages,
        repository: await repositoryOf(git),
    };
}
/** owner/name of a GitHub-like origin URL (https, ssh or scp-like), for the trust policies init prints; null when it names none. */
async function repositoryOf(git) {
    const url = await git.remoteUrl('origin').catch(() => null);
    const m = url
        ? /^(?:[a-z+]+:\/\/(?:[^@/]+@)?[^/]+(?::\d+)?\/|[^@/\s]+@[^:/\s]+:)([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(url.trim())
        : null;
    return m ? `${m[1]}/${m[2]}` : null;
}
/** The folder exists and is the top of a git work tree (a subfolder would get a .github GitHub never reads). */
async function checkRepository(dir, deps) {
    const info = await (0,promises_.stat)(dir).catch(() => null);
    if (!info)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('repo-dir')} ${dir}: no such folder; give the app repository's top folder`);
    if (!info.isDirectory())
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('repo-dir')} ${dir}: not a folder; give the app repository's top folder`);
    const git = deps.openRepo(dir);
    const top = await git.topLevel();
    const [real, realTop] = await Promise.all([(0,promises_.realpath)(dir), (0,promises_.realpath)(top)]);
    if (real !== realTop)
        throw new errors/* InputError */.dz(`${(0,option_name/* opt */.m7)('repo-dir')} ${dir}: inside the git repository ${top}, not its top folder; give ${top}`);
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
        throw new errors/* InputError */.dz(`${taken.join(', ')} already ${taken.length === 1 ? 'exists' : 'exist'}; nothing was written. Run init again with ${(0,option_name/* opt */.m7)('force')} to overwrite`);
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


/***/ })

};
