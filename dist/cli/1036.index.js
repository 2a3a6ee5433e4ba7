export const id = 1036;
export const ids = [1036];
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

/***/ 41800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ REGION)
/* harmony export */ });
/** What the SDK can put in a host name: AWS regions, and the names local endpoints accept. Apart from the schema so a run without a config file never loads zod. */
const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;


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
