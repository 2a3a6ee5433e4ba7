export const id = 5729;
export const ids = [5729];
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
        targets: ['.env.${stage}.template', 'environments/${stage}/${stage}.env', { path: 'cdk/lib/config/environment.js', property: '${stage}.database.type' }],
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
        prices: { onDemandReadPerMillion: 0.125, onDemandWritePerMillion: 0.625, provisionedReadPerHour: 0.00013, provisionedWritePerHour: 0.00065, storagePerGbMonth: 0.25 },
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

/***/ 65729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig),
  B: () => (/* binding */ parseConfigText),
  p: () => (/* binding */ resolveConfig)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/config/defaults.ts
var defaults = __webpack_require__(31954);
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
;// CONCATENATED MODULE: ./src/config/migration-windows.ts
/**
 * migration.windows in the config: per collection, the run of a resumed
 * migration that migrated it, given by the operator where the evidence on
 * disk is ambiguous (docs/config.md). Start and end are ISO 8601 times with
 * a zone; backup is the name of that run's folder in the backup dir.
 */

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const time = schemas/* string */.YjP().refine((s) => ISO.test(s) && Number.isFinite(Date.parse(s)), 'expected an ISO 8601 time with a zone, such as 2024-06-01T03:00:00.000Z');
const migrationWindowsSchema = schemas/* record */.g1P(schemas/* string */.YjP().regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, ., - and _ only'), schemas/* strictObject */.rej({
    start: time,
    end: time,
    backup: schemas/* string */.YjP()
        .min(1, 'must not be empty')
        .refine((s) => !/[\\/]/.test(s) && s !== '.' && s !== '..', 'the name of one folder in the backup dir, without /'),
})
    .refine((w) => Date.parse(w.end) >= Date.parse(w.start), { message: 'is before start', path: ['end'] }));

;// CONCATENATED MODULE: ./src/config/schema.ts


/**
 * The config file's shape. Every key is optional; defaults (defaults.ts) fit
 * the events app. Objects are strict so a misspelt key is an error, not a
 * silently ignored setting.
 */
const nonEmpty = schemas/* string */.YjP().min(1, 'must not be empty');
/** What the SDK can put in a host name: AWS regions, and the names local endpoints accept. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
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
    region: nonEmpty.regex(REGION, 'not an AWS region; give one such as us-east-1').optional(),
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
    publish: nonEmpty.regex(/^s3:\/\/[^/]+/, 'expected s3://bucket/prefix, where publish writes releases').optional(),
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

// EXTERNAL MODULE: ./src/config/stages.ts
var config_stages = __webpack_require__(7983);
;// CONCATENATED MODULE: ./src/config/load.ts








/**
 * Reads, validates and resolves the config file. A missing file is fine only
 * at the default path (built-in defaults); one the operator named must exist.
 */
async function loadConfig(configPath, cwd, overrides = {}, env = process.env) {
    const relPath = configPath ?? defaults/* DEFAULT_CONFIG_PATH */.Bi;
    const absPath = external_node_path_default().resolve(cwd, relPath);
    let text = null;
    try {
        text = await (0,promises_.readFile)(absPath, 'utf8');
    }
    catch (err) {
        const code = err.code;
        if (code !== 'ENOENT' || configPath !== undefined && configPath !== defaults/* DEFAULT_CONFIG_PATH */.Bi) {
            throw new errors/* InputError */.dz(`config ${relPath}: cannot be read (${code ?? String(err)}); check the path given with --config`);
        }
    }
    const file = text === null ? {} : parseConfigText(text, relPath);
    return resolveConfig(file, text === null ? null : relPath, overrides, env);
}
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
        return defaults/* DEFAULTS */.zY.region;
    const [value, where] = hit;
    if (!REGION.test(value)) {
        throw new errors/* InputError */.dz(`${where} ${JSON.stringify(value)}: not an AWS region; give one such as us-east-1 or ap-northeast-1`);
    }
    return value;
}
function resolveConfig(file, fileName, overrides = {}, env = process.env) {
    const stage = overrides.stage ?? file.stage ?? defaults/* DEFAULTS */.zY.stage;
    if (!STAGE.test(stage)) {
        throw new errors/* InputError */.dz(`stage ${JSON.stringify(stage)}: letters, digits, - and _ only`);
    }
    const sub = (s) => s.replaceAll('${stage}', stage);
    let stages;
    try {
        stages = (0,config_stages/* stageTable */.JB)(file.stages ?? {});
    }
    catch (err) {
        if (err instanceof config_stages/* StageNameError */.e_)
            throw new errors/* InputError */.dz(`config ${fileName ?? '(defaults)'}: ${err.message}`);
        throw err;
    }
    const entries = Object.entries(file.tables ?? defaults/* DEFAULTS */.zY.tables);
    const tableSources = {};
    const tables = Object.fromEntries(entries.map(([collection, t]) => {
        const picked = tableOf(collection, typeof t === 'string' ? t : t.table, stage, stages, fileName);
        tableSources[collection] = file.tables ? `${picked.field} in ${fileName ?? 'the config'}` : `default ${picked.template}`;
        return [collection, sub(picked.template)];
    }));
    const collections = Object.fromEntries(entries.map(([collection, t]) => [collection, typeof t === 'string' ? { id: 'id', drop: [] } : { id: t.id ?? 'id', drop: [...(t.drop ?? [])] }]));
    for (const [collection, table] of Object.entries(tables)) {
        if (!TABLE_NAME.test(table)) {
            throw new errors/* InputError */.dz(`config ${fileName ?? '(defaults)'}: tables.${collection}: ${JSON.stringify(table)} is not a DynamoDB table name (3 to 255 letters, digits, ., - and _, after \${stage} is substituted)`);
        }
    }
    for (const collection of Object.keys(file.migration?.windows ?? {})) {
        if (!(collection in tables)) {
            throw new errors/* InputError */.dz(`config ${fileName ?? '(defaults)'}: migration.windows.${collection}: ${collection} is not a collection in tables (${Object.keys(tables).join(', ')}); name a collection the migration moved`);
        }
    }
    const region = regionOf(overrides.region, file.region, env);
    const builtIn = file.switch?.targets === undefined;
    const listed = file.switch?.targets ?? defaults/* DEFAULTS */.zY.switch.targets;
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
            ...(templated ? { template: { path: t.path, ...(t.pointer ? { pointer: t.pointer } : {}), ...(t.property ? { property: t.property } : {}) } } : {}),
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
        migration: { ...defaults/* DEFAULTS */.zY.migration, ...file.migration },
        dataDir: overrides.dataDir ?? sub(file.dataDir ?? defaults/* DEFAULTS */.zY.dataDir),
        backupDir: overrides.backupDir ?? sub(file.backupDir ?? defaults/* DEFAULTS */.zY.backupDir),
        progressFile: sub(file.progressFile ?? defaults/* DEFAULTS */.zY.progressFile),
        retentionDays: file.retentionDays ?? defaults/* DEFAULTS */.zY.retentionDays,
        publish: file.publish === undefined ? null : sub(file.publish),
        switch: {
            key: file.switch?.key ?? defaults/* DEFAULTS */.zY.switch.key,
            from: file.switch?.from ?? defaults/* DEFAULTS */.zY.switch.from,
            to: file.switch?.to ?? defaults/* DEFAULTS */.zY.switch.to,
            targets,
        },
        pullRequest: {
            ...(pr.title ? { title: pr.title } : {}),
            labels: pr.labels ?? [...defaults/* DEFAULTS */.zY.pullRequest.labels],
            reviewers: pr.reviewers ?? [...defaults/* DEFAULTS */.zY.pullRequest.reviewers],
            teamReviewers: pr.teamReviewers ?? [...defaults/* DEFAULTS */.zY.pullRequest.teamReviewers],
            draft: pr.draft ?? defaults/* DEFAULTS */.zY.pullRequest.draft,
            committer: pr.committer ?? defaults/* DEFAULTS */.zY.pullRequest.committer,
        },
        assess: {
            monthlyBudget: file.assess?.monthlyBudget ?? null,
            prices: { ...defaults/* DEFAULTS */.zY.assess.prices, ...file.assess?.prices },
            pricesSource: file.assess?.prices === undefined ? defaults/* DEFAULT_PRICES_SOURCE */.XO : `prices from ${fileName ?? 'the config'} (assess.prices), the rest ${defaults/* DEFAULT_PRICES_SOURCE */.XO}`,
        },
        commands: { ...defaults/* DEFAULTS */.zY.commands, ...file.commands, passEnv: [...(file.commands?.passEnv ?? defaults/* DEFAULTS */.zY.commands.passEnv)] },
    };
}
/** A collection's table for this stage: the one name, or the per-stage entry named by any of the stage's names. */
function tableOf(collection, t, stage, stages, fileName) {
    if (typeof t === 'string')
        return { template: t, field: `tables.${collection}` };
    const names = (0,config_stages/* namesOf */.eZ)(stage, stages).map((n) => n.toLowerCase());
    const hits = Object.keys(t).filter((k) => names.includes(k.toLowerCase()));
    const where = `config ${fileName ?? '(defaults)'}: tables.${collection}.table`;
    if (hits.length === 0)
        throw new errors/* InputError */.dz(`${where} names no table for stage ${stage} (it has ${Object.keys(t).join(', ')}); add ${stage}: <table name> there`);
    if (hits.length > 1)
        throw new errors/* InputError */.dz(`${where} names stage ${stage} twice (${hits.join(', ')}); keep one`);
    return { template: t[hits[0]], field: `tables.${collection}.table.${hits[0]}` };
}


/***/ }),

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


/***/ })

};
