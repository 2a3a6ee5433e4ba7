export const id = 8801;
export const ids = [8801];
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

/***/ 28801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  initCommand: () => (/* binding */ initCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/init/trust-policy.ts
/**
 * The OIDC trust policies of the two roles, one exact subject each, never a
 * wildcard (docs/workflows.md "The OIDC trust policies"). GitHub creates an
 * environment a workflow names and that does not exist yet, unprotected: a
 * pattern such as environment:dynamodb-rollback-* would hand the write role
 * to any writer's branch that names a new one. So:
 *
 *   write role, one per stage: StringEquals on
 *     repo:<owner>/<repo>:environment:dynamodb-rollback-<stage>
 *   read role: StringEquals on the default branch's ref (preflight, export,
 *     assess, dispatched or scheduled there) and on each stage's environment
 *     (the finish, approved)
 *
 * The hardening pins job_workflow_ref too, through GitHub's subject
 * customization (include_claim_keys repo, context, job_workflow_ref), as
 * the token's sub then carries it.
 */
const OIDC_HOST = 'token.actions.githubusercontent.com';
const ENVIRONMENT_PREFIX = 'dynamodb-rollback-';
const environmentOf = (stage) => `${ENVIRONMENT_PREFIX}${stage}`;
/** GitHub's default sub for a job in the stage's environment. */
const environmentSubject = (repository, stage) => `repo:${repository}:environment:${environmentOf(stage)}`;
/** GitHub's default sub for a job with no environment on the default branch (dispatched there, or scheduled). */
const branchSubject = (repository, branch) => `repo:${repository}:ref:refs/heads/${branch}`;
/** The sub once the repository's template is [repo, context, job_workflow_ref]: the workflow file on the default branch pinned too. */
const pinnedSubject = (subject, repository, workflowFile, branch) => `${subject}:job_workflow_ref:${repository}/${workflowFile}@refs/heads/${branch}`;
function trustPolicy(input, subjects) {
    return {
        Version: '2012-10-17',
        Statement: [
            {
                Effect: 'Allow',
                Principal: { Federated: `arn:aws:iam::${input.account}:oidc-provider/${OIDC_HOST}` },
                Action: 'sts:AssumeRoleWithWebIdentity',
                Condition: {
                    StringEquals: {
                        [`${OIDC_HOST}:aud`]: 'sts.amazonaws.com',
                        [`${OIDC_HOST}:sub`]: subjects.length === 1 ? subjects[0] : [...subjects],
                    },
                },
            },
        ],
    };
}
/** The stage's write role: its environment only (the approval), never a branch. */
function writeRoleSubjects(input, stage) {
    return [environmentSubject(input.repository, stage)];
}
/** The read role: the default branch (what runs without approval) and every stage's environment (the finish). */
function readRoleSubjects(input, stages) {
    return [branchSubject(input.repository, input.defaultBranch), ...stages.map((s) => environmentSubject(input.repository, s))];
}
/** The same subjects with job_workflow_ref: each workflow file that assumes the role, on the default branch. */
function pinnedSubjects(input, subjects, workflowFiles) {
    return subjects.flatMap((s) => workflowFiles.map((f) => pinnedSubject(s, input.repository, f, input.defaultBranch)));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/commands/clients.ts
var clients = __webpack_require__(67174);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/init/workflow-roles.ts
/**
 * Which role each job of the workflows assumes, read off the workflows
 * themselves: the configure-aws-credentials step's role-to-assume (the read
 * role's variable, or the write role's), whether the job runs in an
 * environment (its token's sub names the environment) or not (the branch),
 * the session it asks for, and the commands its `uses: ./` steps run. The
 * roles' policies and trust are rendered from this, so they follow the
 * workflows as they are.
 */

const READ_ROLE_VARIABLE = 'DYNAMODB_ROLLBACK_READ_ROLE_ARN';
const WRITE_ROLE_VARIABLE = 'DYNAMODB_ROLLBACK_ROLE_ARN';
const DEFAULT_SESSION_SECONDS = 3600;
function jobRoles(workflows) {
    const out = [];
    for (const { file, text } of workflows) {
        const jobs = (0,dist/* parse */.qg)(text)?.jobs ?? {};
        for (const [job, spec] of Object.entries(jobs)) {
            const steps = spec?.steps ?? [];
            const creds = steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith('aws-actions/configure-aws-credentials@'));
            if (!creds)
                continue;
            const roleText = String(creds.with?.['role-to-assume'] ?? '');
            const names = [READ_ROLE_VARIABLE, WRITE_ROLE_VARIABLE].filter((v) => new RegExp(`\\bvars\\.${v}\\b`).test(roleText));
            // One role per job, named plainly: a fallback from one to the other would blur what each may do.
            if (names.length !== 1)
                throw new Error(`internal: ${file} job ${job}: role-to-assume must name exactly one of ${READ_ROLE_VARIABLE}, ${WRITE_ROLE_VARIABLE} (it is "${roleText}")`);
            out.push({
                file,
                job,
                role: names[0] === READ_ROLE_VARIABLE ? 'read' : 'write',
                inEnvironment: spec.environment !== undefined,
                sessionSeconds: Number(creds.with?.['role-duration-seconds'] ?? DEFAULT_SESSION_SECONDS),
                commands: [
                    ...new Set(steps.filter((s) => s.uses === './' && typeof s.with?.command === 'string').map((s) => String(s.with.command))),
                ],
            });
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/init/workflow-templates.ts
var workflow_templates = __webpack_require__(61347);
;// CONCATENATED MODULE: ./src/commands/iam-actions.ts
/**
 * The AWS calls each command makes, and the IAM actions they need: the one
 * table the roles' policies are rendered from (src/commands/role-policies.ts,
 * docs/workflows.md). A test (__tests__/commands/iam-actions.test.ts) reads
 * every SDK command each command's code can send (its import closure) and
 * fails when one is missing here, so a new call cannot ship without its
 * permission, nor a permission stay without its call.
 */
/** An SDK command (or lib-storage's Upload) -> the IAM actions it needs. */
const SDK_CALL_ACTIONS = {
    DescribeTableCommand: ['dynamodb:DescribeTable'],
    DescribeContinuousBackupsCommand: ['dynamodb:DescribeContinuousBackups'],
    ScanCommand: ['dynamodb:Scan'],
    CreateBackupCommand: ['dynamodb:CreateBackup'],
    DescribeBackupCommand: ['dynamodb:DescribeBackup'],
    UpdateTableCommand: ['dynamodb:UpdateTable'],
    // export --native: DynamoDB's own export to S3 (the S3 writes are DynamoDB's, under the caller's s3:PutObject).
    ExportTableToPointInTimeCommand: ['dynamodb:ExportTableToPointInTime', 's3:PutObject', 's3:PutObjectAcl', 's3:AbortMultipartUpload'],
    DescribeExportCommand: ['dynamodb:DescribeExport'],
    ListExportsCommand: ['dynamodb:ListExports'],
    GetMetricDataCommand: ['cloudwatch:GetMetricData'],
    // HeadBucket is authorised by s3:ListBucket.
    HeadBucketCommand: ['s3:ListBucket'],
    ListObjectsV2Command: ['s3:ListBucket'],
    GetObjectCommand: ['s3:GetObject'],
    // HeadObject is authorised by s3:GetObject.
    HeadObjectCommand: ['s3:GetObject'],
    DeleteObjectCommand: ['s3:DeleteObject'],
    // export --native: its export.json beside AWS's files.
    PutObjectCommand: ['s3:PutObject'],
    // PutObject, or CreateMultipartUpload/UploadPart/CompleteMultipartUpload (all s3:PutObject) and AbortMultipartUpload on failure.
    Upload: ['s3:PutObject', 's3:AbortMultipartUpload'],
};
/** Every command; one with no AWS call has no calls. */
const iam_actions_AWS_USE = {
    status: {
        calls: ['DescribeTableCommand', 'DescribeContinuousBackupsCommand', 'ScanCommand', 'ListObjectsV2Command', 'GetObjectCommand'],
        s3: { read: ['backup'], write: [] },
        note: 'S3 only with an s3:// backup dir',
    },
    backup: { calls: ['DescribeTableCommand', 'CreateBackupCommand', 'DescribeBackupCommand'] },
    export: {
        calls: [
            'DescribeTableCommand',
            'ScanCommand',
            'HeadBucketCommand',
            'ListObjectsV2Command',
            'HeadObjectCommand',
            'Upload',
            'GetObjectCommand',
            'DeleteObjectCommand',
            'DescribeContinuousBackupsCommand',
            'ExportTableToPointInTimeCommand',
            'DescribeExportCommand',
            'ListExportsCommand',
            'PutObjectCommand',
        ],
        s3: { read: ['exports'], write: ['exports'] },
        note: 'S3 only with --s3-uri; each object read back and hashed, deleted only when that hash differs; --native: DynamoDB writes the export itself (point-in-time recovery on)',
    },
    rollback: {
        calls: ['ListObjectsV2Command', 'GetObjectCommand'],
        s3: { read: ['exports', 'backup'], write: [] },
        note: 'from an s3:// export, base or backup dir',
    },
    verify: {
        calls: ['ScanCommand', 'ListObjectsV2Command', 'GetObjectCommand'],
        s3: { read: ['exports'], write: [] },
        note: 'Scan with --live',
    },
    publish: {
        calls: ['HeadBucketCommand', 'ListObjectsV2Command', 'HeadObjectCommand', 'Upload', 'GetObjectCommand', 'DeleteObjectCommand'],
        s3: { read: ['releases'], write: ['releases'] },
    },
    pull: { calls: ['ListObjectsV2Command', 'GetObjectCommand'], s3: { read: ['releases'], write: [] } },
    assess: { calls: ['DescribeTableCommand', 'GetMetricDataCommand'] },
    mitigate: { calls: ['DescribeTableCommand', 'UpdateTableCommand'] },
    undo: { calls: [] },
    config: { calls: [] },
    'config-pr': { calls: [], note: 'the GitHub token only' },
    'app-command': { calls: [], note: 'runs with no AWS credentials (src/clients/child-env.ts)' },
    'pr-comment': { calls: [], note: 'the GitHub token only' },
    'trusted-record': { calls: [], note: 'the GitHub token only (actions: read)' },
    'pr-check': { calls: [], note: 'the GitHub token only (pull-requests: read)' },
    init: { calls: [] },
    drill: { calls: [], note: 'embedded DynamoDB and S3 only' },
};
/** The IAM actions a command needs, sorted. */
function iamActions(command) {
    const use = iam_actions_AWS_USE[command];
    if (!use)
        throw new Error(`internal: no AWS_USE entry for command ${command}`);
    return [...new Set(use.calls.flatMap((c) => SDK_CALL_ACTIONS[c] ?? []))].sort();
}
/** With SSE-KMS: what any S3 read or write of an encrypted object needs on the key. */
const iam_actions_KMS_ACTIONS = (/* unused pure expression or super */ null && (['kms:Decrypt', 'kms:GenerateDataKey']));

;// CONCATENATED MODULE: ./src/commands/role-policies.ts
/**
 * The two roles' permission policies, rendered from the workflows (which job
 * assumes which role and runs which commands: src/init/workflow-roles.ts)
 * and the calls each command makes (iam-actions.ts). docs/workflows.md
 * shows what this renders, and a test keeps the two the same.
 */



const TEMPLATE_ROLES = () => jobRoles(Object.entries(workflow_templates/* WORKFLOW_TEMPLATES */._).map(([file, text]) => ({ file, text })));
function roleSummary(role, jobs = TEMPLATE_ROLES()) {
    const mine = jobs.filter((j) => j.role === role);
    const commands = [...new Set(mine.flatMap((j) => j.commands))].sort();
    const files = (inEnvironment) => [...new Set(mine.filter((j) => j.inEnvironment === inEnvironment).map((j) => j.file))].sort();
    return {
        role,
        jobs: mine.map((j) => `${j.file.split('/').pop()} ${j.job}`),
        commands,
        actions: [...new Set(commands.flatMap(iamActions))].sort(),
        sessionSeconds: Math.max(0, ...mine.map((j) => j.sessionSeconds)),
        subjects: { environment: files(true), branch: files(false) },
    };
}
const S3_OBJECTS = {
    exports: 'arn:aws:s3:::<bucket>/<prefix>/exports/*',
    releases: 'arn:aws:s3:::<bucket>/<prefix>/releases/*',
    backup: 'arn:aws:s3:::<bucket>/<backup prefix>/*',
};
const TABLES = 'arn:aws:dynamodb:<region>:<account>:table/<table prefix>-*';
/** The role's permission policy: exactly the actions its commands need, each on what it touches. */
function rolePolicy(summary) {
    const has = (a) => summary.actions.includes(a);
    const areas = (which) => [...new Set(summary.commands.flatMap((c) => AWS_USE[c]?.s3?.[which] ?? []))].sort();
    const statements = [];
    const table = summary.actions.filter((a) => a.startsWith('dynamodb:') && a !== 'dynamodb:DescribeBackup');
    if (table.length)
        statements.push({ Sid: 'Tables', Effect: 'Allow', Action: table, Resource: TABLES });
    if (has('dynamodb:DescribeBackup'))
        statements.push({ Sid: 'WaitForTheBackups', Effect: 'Allow', Action: ['dynamodb:DescribeBackup'], Resource: `${TABLES}/backup/*` });
    // GetMetricData has no resource-level permission: it reads metrics only, never an item.
    if (has('cloudwatch:GetMetricData'))
        statements.push({ Sid: 'Metrics', Effect: 'Allow', Action: ['cloudwatch:GetMetricData'], Resource: '*' });
    if (has('s3:ListBucket'))
        statements.push({ Sid: 'ListTheBucket', Effect: 'Allow', Action: ['s3:ListBucket'], Resource: 'arn:aws:s3:::<bucket>' });
    const read = [...new Set([...areas('read'), ...areas('write')])].sort();
    if (has('s3:GetObject') && read.length)
        statements.push({ Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: read.map((a) => S3_OBJECTS[a]) });
    const write = summary.actions.filter((a) => ['s3:PutObject', 's3:AbortMultipartUpload', 's3:DeleteObject'].includes(a));
    if (write.length && areas('write').length)
        statements.push({ Sid: 'WriteObjects', Effect: 'Allow', Action: write, Resource: areas('write').map((a) => S3_OBJECTS[a]) });
    if (read.length)
        statements.push({
            Sid: 'EncryptionKeyWhenSseKms',
            Effect: 'Allow',
            Action: [...KMS_ACTIONS],
            Resource: 'arn:aws:kms:<region>:<account>:key/<key id>',
        });
    return { Version: '2012-10-17', Statement: statements };
}

;// CONCATENATED MODULE: ./src/commands/init-trust.ts
/**
 * What init says about the AWS side: each role, the exact subjects its trust
 * policy takes (StringEquals, never a pattern), the IAM actions its commands
 * need and the session its longest job asks for, all read off the workflows
 * init writes (role-policies.ts). The full policies are in docs/workflows.md.
 */


const hours = (s) => `${s / 3600} h`;
function trustNotes(repository, stages) {
    const input = { repository: repository ?? '<owner>/<repo>', defaultBranch: '<default branch>', account: '<account>' };
    const read = roleSummary('read');
    const write = roleSummary('write');
    const out = [];
    for (const stage of stages) {
        out.push(`IAM write role of ${stage} (variable DYNAMODB_ROLLBACK_ROLE_ARN on environment dynamodb-rollback-${stage}): trust ${JSON.stringify(trustPolicy(input, writeRoleSubjects(input, stage)))}; ` +
            `permissions ${write.actions.join(', ')}; Maximum session duration at least ${hours(write.sessionSeconds)}. Never trust a branch with it: a job on a branch runs without approval`);
    }
    out.push(`IAM read role, required (repository variable DYNAMODB_ROLLBACK_READ_ROLE_ARN; preflight, export.yml, assess and the finish): trust ${JSON.stringify(trustPolicy(input, readRoleSubjects(input, stages)))}; ` +
        `permissions ${read.actions.join(', ')}; Maximum session duration at least ${hours(read.sessionSeconds)}`);
    out.push(`the roles' full policies, and the hardening that pins job_workflow_ref: docs/workflows.md of dynamodb-rollback${repository ? '' : ' (origin names no GitHub repository: put yours for <owner>/<repo>)'}; put your default branch for <default branch>`);
    return out;
}

// EXTERNAL MODULE: ./src/commands/read-option.ts
var read_option = __webpack_require__(92304);
// EXTERNAL MODULE: ./src/commands/types.ts
var types = __webpack_require__(68619);
;// CONCATENATED MODULE: ./src/commands/init.ts







/** With a token, --action owner/name@vX.Y.Z is looked up on GitHub (the action's own repository, read only). */
async function tagLookup(ctx) {
    if (!(0,clients/* gitHubToken */.Zd)(ctx))
        return undefined;
    const github = await (0,clients/* gitHubFor */.JG)(ctx, 'init --action owner/name@vX.Y.Z', 'contents: read');
    return (repository, tag) => {
        const [owner, repo] = repository.split('/');
        return github.tagCommit({ owner, repo }, tag);
    };
}
/** Writes the config and the operator's workflows into an app repository (DESIGN.md "The chain", init). */
const initCommand = (0,types/* defineCommand */.N)({
    name: 'init',
    description: 'Write .github/dynamodb-rollback.yml (the switch targets, tables and data dir found) and the rollback, finish and export workflows, pinned to this version, into an app repository',
    options: ['repo-dir', 'action', 'token', 'github-api-url', 'data-dir', 'force', 'dry-run'],
    outputs: {
        files: 'JSON array of the files written (or, with dry-run, that would be)',
        targets: 'JSON array of the switch targets found',
        'action-ref': 'The action the workflows use: owner/name@<commit sha>',
    },
    async run(ctx) {
        const { options: o, config, env } = ctx;
        const repoDir = external_node_path_default().resolve(ctx.cwd, (0,read_option/* readOption */.g)(o, 'repo-dir'));
        const [{ createGit }, { runInit }, { resolvePin }, { packageCheckout }] = await Promise.all([
            Promise.all(/* import() */[__webpack_require__.e(2830), __webpack_require__.e(4724), __webpack_require__.e(6848)]).then(__webpack_require__.bind(__webpack_require__, 16848)),
            Promise.all(/* import() */[__webpack_require__.e(8816), __webpack_require__.e(5947), __webpack_require__.e(2050), __webpack_require__.e(4984)]).then(__webpack_require__.bind(__webpack_require__, 64984)),
            __webpack_require__.e(/* import() */ 5989).then(__webpack_require__.bind(__webpack_require__, 55989)),
            __webpack_require__.e(/* import() */ 9359).then(__webpack_require__.bind(__webpack_require__, 89359)),
        ]);
        const make = (dir) => createGit({ dir, committer: config.pullRequest.committer });
        return runInit({
            repoDir,
            stage: config.stage,
            stages: config.stages,
            region: o.region,
            dataDir: o['data-dir'],
            progressFile: config.progressFile,
            backupDir: config.backupDir,
            switch: { key: config.switch.key, from: config.switch.from, to: config.switch.to },
            force: (0,read_option/* readOption */.g)(o, 'force'),
            dryRun: (0,read_option/* readOption */.g)(o, 'dry-run'),
            version: version/* VERSION */.x,
        }, {
            openRepo: make,
            pin: async () => resolvePin({
                action: o.action,
                env,
                checkout: o.action === undefined && !env.GITHUB_ACTION_REPOSITORY ? await packageCheckout(process.argv[1], make) : null,
                version: version/* VERSION */.x,
                tagCommit: await tagLookup(ctx),
            }),
            reporter: ctx.reporter,
        });
    },
    present(r) {
        const about = (v) => v.description || `read by ${v.files.map((f) => external_node_path_default().basename(f)).join(', ')}`;
        const verb = r.dryRun ? 'would write' : 'wrote';
        const still = [
            `environments ${r.stages.map(environmentOf).join(', ')} (Settings > Environments), one per stage: required reviewers (they are the approval) and deployment branches limited to the default branch; a rollback refuses to start for a stage whose environment lacks either`,
            ...r.expected.variables.filter((v) => !v.optional).map((v) => `variable ${v.name}: ${about(v)}`),
            ...r.expected.variables.filter((v) => v.optional).map((v) => `variable ${v.name} (may stay unset): ${about(v)}`),
            ...r.expected.secrets.map((s) => s.endsWith('_APP_PRIVATE_KEY') ? `secret ${s} (may stay unset: only with DYNAMODB_ROLLBACK_APP_ID)` : `secret ${s}`),
            ...trustNotes(r.repository, r.stages),
            'Settings > Actions > General: allow GitHub Actions to create and approve pull requests (config-pr opens one)',
            ...(r.stateNotIgnored
                ? [
                    `.gitignore: add ${r.stateNotIgnored} (the rollback's lock, snapshots and reports: snapshots hold the data, never to be committed)`,
                ]
                : []),
        ];
        const where = 'variables go in Settings > Secrets and variables > Actions > Variables, on the repository or on each environment';
        const notes = [
            `action: ${r.pin.repository}@${r.pin.sha} # v${r.pin.version} (from ${r.pin.source})`,
            `collections: ${r.collections.value.join(', ')} (${r.collections.source ?? 'the defaults'})`,
            ...r.collections.value.map((c) => {
                const f = r.tables.tables.find((t) => t.collection === c);
                return f
                    ? `table ${c}: ${f.table} (${f.sources.map((s) => s.where).join(', ')})`
                    : `table ${c}: the default (no declaration found in the app's files)`;
            }),
            ...r.tables.tables.flatMap((f) => f.disagreements.map((d) => `decide: table ${f.collection}: ${d.sources.map((s) => s.where).join(', ')} ${d.sources.length === 1 ? 'says' : 'say'} ${d.table}, the stack says ${f.table}; the stack's is written, the other is a comment beside it`)),
            ...r.tables.unused.map((u) => `not a table source: ${u}`),
            `data dir: ${r.dataDir.value} (${r.dataDir.source ?? 'the default; not found in the repository'})`,
            `switch targets: ${r.targets.length} found in ${r.scanned} tracked files${r.targets.length === 0 ? '; none listed, so config-pr uses the built-in defaults' : ''}`,
            ...r.notTargets.map((n) => `not a target: ${n.file}: ${n.reason}`),
            '',
            'still to set:',
            ...still.map((s) => `- ${s}`),
            ...(r.expected.variables.length ? [`(${where})`] : []),
        ];
        if (r.dryRun)
            for (const f of r.files)
                notes.push('', `${f.path}:`, ...f.text.trimEnd().split('\n'));
        return {
            ok: true,
            outputs: {
                files: JSON.stringify(r.files.map((f) => f.path)),
                targets: JSON.stringify(r.targets.map((t) => t.entry)),
                'action-ref': `${r.pin.repository}@${r.pin.sha}`,
            },
            summary: {
                title: 'init',
                headline: `${r.dryRun ? 'dry run: ' : ''}${verb} ${r.files.length} files in ${r.repoDir}${r.files.some((f) => f.replaces) ? ` (replacing ${r.files.filter((f) => f.replaces).length})` : ''}`,
                tables: [
                    { headers: ['file', verb], rows: r.files.map((f) => [f.path, f.replaces ? 'replaced' : 'new']) },
                    {
                        headers: ['switch target', 'file', 'setting', 'scope'],
                        rows: r.targets.map((t) => [
                            typeof t.entry === 'string'
                                ? t.entry
                                : `${t.entry.path}${t.entry.pointer ? `#${t.entry.pointer}` : ''}${t.entry.property ? `:${t.entry.property}` : ''}`,
                            t.files.join(', '),
                            t.detail,
                            t.why,
                        ]),
                    },
                ],
                notes,
            },
        };
    },
});


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

/***/ 61347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ WORKFLOW_TEMPLATES)
/* harmony export */ });
// Generated by scripts/gen-workflow-templates.ts from .github/workflows/ (npm run gen:workflows); do not edit.
/** The workflows init writes, by path in the app repository; each uses this action as `uses: ./`, pinned on the way out. */
const WORKFLOW_TEMPLATES = {
    ".github/workflows/rollback.yml": "# The rollback: DynamoDB back to the app's file database (DESIGN.md \"The chain\").\n#\n#   preflight   pr-check (no open rollback pull request of the stage, unless\n#               supersede) and status, read-only, no approval: its `ready`\n#               output gates the rest\n#   rollback    in the environment dynamodb-rollback-<stage> (its required\n#               reviewers are the approval): maintenance on, jobs stop, backup,\n#               export (folder + S3, encrypted), rollback, verify --live,\n#               publish, the record (ids and counts only) as an artifact\n#   config-pr   the pull request that flips the switch, its body the record,\n#               its commit's trailers the run and the record's sha256\n#   on-failure  what to do now; maintenance stays on\n#\n# Variables (repository or environment; docs/workflows.md):\n#   DYNAMODB_ROLLBACK_ROLE_ARN       the stage's write role (set it on the environment dynamodb-rollback-<stage>)\n#   DYNAMODB_ROLLBACK_READ_ROLE_ARN  the read role: preflight, export, assess, the finish (required; a repository variable)\n#   DYNAMODB_ROLLBACK_REGION         AWS region of the tables and the bucket\n#   DYNAMODB_ROLLBACK_S3             s3://bucket/prefix for exports and releases\n#   DYNAMODB_ROLLBACK_KMS_KEY_ID     optional: SSE-KMS key instead of AES256\n#   DYNAMODB_ROLLBACK_APP_ID         optional: a GitHub App's client id (its app id works too), with the secret\n#                                    named DYNAMODB_ROLLBACK_APP_PRIVATE_KEY: its token opens the pull request, so the app's checks run\n#   DYNAMODB_ROLLBACK_SIGN_COMMITS   optional: true to make the commit through GitHub's API, signed (verified)\n#   DYNAMODB_ROLLBACK_ENDPOINT, DYNAMODB_ROLLBACK_S3_ENDPOINT\n#                                    a rehearsal's local DynamoDB and S3 (drill); unset on AWS\nname: dynamodb-rollback\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage to roll back (the environment is dynamodb-rollback-<stage>)\n        type: string\n        required: true\n        default: production\n      strategy:\n        description: 'merge: three-way by id; export: exactly what DynamoDB holds; backup: the migration backup as it was'\n        type: choice\n        options: [merge, export, backup]\n        default: merge\n      prefer:\n        description: How merge settles an item changed on both sides\n        type: choice\n        options: [dynamodb, file, newest]\n        default: dynamodb\n      reason:\n        description: Why (recorded in the commit and the pull request)\n        type: string\n        required: true\n      dry-run:\n        description: 'The plan only: nothing written, nothing published, no pull request'\n        type: boolean\n        default: false\n      allow-data-loss:\n        description: Let the backup strategy drop items the export holds\n        type: boolean\n        default: false\n      export-mode:\n        description: \"scan: the runner scans every table; native: DynamoDB's own export to S3 (needs point-in-time recovery; docs/workflows.md)\"\n        type: choice\n        options: [scan, native]\n        default: scan\n      supersede:\n        description: Replace the record of the stage's open rollback pull request (a new commit; stale approvals are dismissed)\n        type: boolean\n        default: false\n  workflow_call:\n    inputs:\n      stage:\n        type: string\n        required: true\n      strategy:\n        type: string\n        default: merge\n      prefer:\n        type: string\n        default: dynamodb\n      reason:\n        type: string\n        required: true\n      dry-run:\n        type: boolean\n        default: false\n      allow-data-loss:\n        type: boolean\n        default: false\n      export-mode:\n        type: string\n        default: scan\n      supersede:\n        type: boolean\n        default: false\n    outputs:\n      pull-request-url:\n        description: The pull request that flips the switch\n        value: ${{ jobs.config-pr.outputs.pull-request-url }}\n      release-uri:\n        description: The published data dir\n        value: ${{ jobs.rollback.outputs.release-uri }}\n      export-uri:\n        description: The export the rollback was made from\n        value: ${{ jobs.rollback.outputs.export-uri }}\n\npermissions: {}\n\n# One group per stage for every dynamodb-rollback workflow: a rollback, its\n# finish and an export of one stage never overlap, and none is cancelled.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage }}\n  cancel-in-progress: false\n\njobs:\n  preflight:\n    name: preflight (status)\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    permissions:\n      contents: read\n      id-token: write\n      # pr-check: is a rollback pull request of the stage open?\n      pull-requests: read\n      # The environment's protection rules (GET /repos/{owner}/{repo}/environments/{name}).\n      actions: read\n    outputs:\n      ready: ${{ steps.status.outputs.ready }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            printf '### Not started\\n\\nRepository variables not set:%s (Settings, Secrets and variables, Actions, Variables).\\n' \"$missing\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          fi\n      - name: Check the environment (protected, before any AWS call)\n        # GitHub creates an environment a job names and that does not exist, with no protection:\n        # a stage without its environment set up would run the write role's job unapproved.\n        env:\n          GH_TOKEN: ${{ github.token }}\n          ENVIRONMENT: dynamodb-rollback-${{ inputs.stage }}\n        run: |\n          fail() {\n            echo \"::error::$1\"\n            printf '### Not started\\n\\n%s\\n\\nNothing was changed.\\n' \"$1\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          }\n          [[ \"$ENVIRONMENT\" =~ ^dynamodb-rollback-[A-Za-z0-9._-]+$ ]] || fail \"stage in \\\"$ENVIRONMENT\\\" is not a stage name (letters, digits, ., - and _)\"\n          answer=\"$RUNNER_TEMP/dynamodb-rollback-environment.json\"\n          status=\"$(curl -sS -o \"$answer\" -w '%{http_code}' \\\n            -H \"Authorization: Bearer $GH_TOKEN\" -H 'Accept: application/vnd.github+json' -H 'X-GitHub-Api-Version: 2022-11-28' \\\n            \"$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/environments/$ENVIRONMENT\")\" || status=000\n          case \"$status\" in\n            200) ;;\n            404) fail \"environment $ENVIRONMENT does not exist. Create it first (Settings, Environments) with required reviewers and deployment branches limited to the default branch; docs/workflows.md of dynamodb-rollback\" ;;\n            *) fail \"could not read environment $ENVIRONMENT (HTTP $status); this job needs permissions actions: read\" ;;\n          esac\n          reviewers=\"$(jq '[.protection_rules[]? | select(.type == \"required_reviewers\")] | length' \"$answer\")\"\n          [ \"$reviewers\" -gt 0 ] || fail \"environment $ENVIRONMENT has no required reviewers, so nothing would wait for approval. Add them (Settings, Environments, $ENVIRONMENT)\"\n          jq -e '.deployment_branch_policy != null' \"$answer\" > /dev/null || fail \"environment $ENVIRONMENT lets any branch deploy. Limit its deployment branches to the default branch (Settings, Environments, $ENVIRONMENT)\"\n          echo \"environment $ENVIRONMENT: required reviewers, deployment branches limited\"\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: One rollback per stage (an open rollback pull request stops this one)\n        # A dry run opens no pull request, so it may run beside one.\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: pr-check\n          stage: ${{ inputs.stage }}\n          supersede: ${{ inputs.supersede }}\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-preflight-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: status\n        id: status\n        # Not ready is an answer, not a crash: the next step says why and fails the job.\n        continue-on-error: true\n        uses: ./\n        with:\n          command: status\n          stage: ${{ inputs.stage }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Stop when not ready\n        if: steps.status.outputs.ready != 'true'\n        env:\n          REASONS: ${{ steps.status.outputs.reasons }}\n          STAGE: ${{ inputs.stage }}\n        run: |\n          {\n            echo \"### Not ready: the rollback of $STAGE did not start\"\n            echo\n            if [ -n \"$REASONS\" ]; then\n              echo \"status found (fix these, then dispatch again):\"\n              echo\n              echo \"$REASONS\" | jq -r '.[] | \"- \" + .'\n            else\n              echo \"status stopped before it could answer; its error is in the step log above.\"\n            fi\n            echo\n            echo \"Nothing was changed: no maintenance mode, no backup, no export.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n          echo \"::error::not ready; see the job summary\"\n          exit 1\n\n  rollback:\n    name: rollback (approval required)\n    needs: preflight\n    if: needs.preflight.outputs.ready == 'true'\n    runs-on: ubuntu-latest\n    timeout-minutes: 180\n    # Its required reviewers are the approval; its variables may hold the write role.\n    environment: dynamodb-rollback-${{ inputs.stage }}\n    permissions:\n      contents: read\n      id-token: write\n    outputs:\n      export-uri: ${{ steps.export.outputs.s3-uri }}\n      release-uri: ${{ steps.publish.outputs.release-uri }}\n      backup-arns: ${{ steps.backup.outputs.arns }}\n      snapshot: ${{ steps.rollback.outputs.snapshot }}\n      maintenance: ${{ steps.maintenance-on.outputs.result }}\n      jobs-stop: ${{ steps.jobs-stop.outputs.result }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          S3: ${{ vars.DYNAMODB_ROLLBACK_S3 }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          case \"$S3\" in s3://?*) ;; *) missing=\"$missing DYNAMODB_ROLLBACK_S3 (s3://bucket/prefix)\" ;; esac\n          if [ -n \"$missing\" ]; then\n            echo \"::error::variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            printf '### Not started\\n\\nVariables not set:%s. Nothing was changed.\\n' \"$missing\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          # A large export outlives the default hour.\n          role-duration-seconds: 10800\n      - name: maintenance on\n        id: maintenance-on\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: app-command\n          name: maintenanceOn\n          stage: ${{ inputs.stage }}\n      - name: jobs stop\n        id: jobs-stop\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: app-command\n          name: jobsStop\n          stage: ${{ inputs.stage }}\n      - name: backup (CreateBackup of every table)\n        id: backup\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: backup\n          stage: ${{ inputs.stage }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          # Only a local DynamoDB (a rehearsal) lacks CreateBackup; on AWS a backup is never skipped.\n          skip-unsupported: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT != '' }}\n      - name: export (folder and S3, encrypted)\n        id: export\n        uses: ./\n        with:\n          command: export\n          stage: ${{ inputs.stage }}\n          out: ${{ runner.temp }}/dynamodb-rollback-export\n          # A dry run writes nothing to S3 either; the folder is the runner's, gone with it.\n          s3-uri: ${{ !inputs.dry-run && format('{0}/exports/{1}/{2}-{3}', vars.DYNAMODB_ROLLBACK_S3, inputs.stage, github.run_id, github.run_attempt) || '' }}\n          # A dry run writes nothing to S3, so it scans whatever the mode.\n          native: ${{ inputs.export-mode == 'native' && !inputs.dry-run }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: rollback\n        id: rollback\n        uses: ./\n        with:\n          command: rollback\n          stage: ${{ inputs.stage }}\n          # From the S3 copy when there is one: what the record names is what anyone can read again.\n          from: ${{ steps.export.outputs.s3-uri || steps.export.outputs.path }}\n          strategy: ${{ inputs.strategy }}\n          prefer: ${{ inputs.prefer }}\n          dry-run: ${{ inputs.dry-run }}\n          allow-data-loss: ${{ inputs.allow-data-loss }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: verify --live\n        id: verify\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: verify\n          stage: ${{ inputs.stage }}\n          from: ${{ steps.export.outputs.s3-uri }}\n          live: true\n          report: ${{ steps.rollback.outputs.report }}\n          result-file: ${{ runner.temp }}/dynamodb-rollback-record/verify.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: publish (the rebuilt data dir to S3)\n        id: publish\n        if: ${{ !inputs.dry-run }}\n        uses: ./\n        with:\n          command: publish\n          stage: ${{ inputs.stage }}\n          to: ${{ format('{0}/releases/{1}', vars.DYNAMODB_ROLLBACK_S3, inputs.stage) }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Gather the record (ids and counts only)\n        id: record\n        # Also after a failed verify: the record is what a reviewer needs to see why.\n        if: ${{ !cancelled() && !inputs.dry-run && steps.rollback.outputs.report != '' }}\n        env:\n          REPORT: ${{ steps.rollback.outputs.report }}\n          RECORD_DIR: ${{ runner.temp }}/dynamodb-rollback-record\n          RELEASE: ${{ steps.publish.outputs.release-uri }}\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          ARNS: ${{ steps.backup.outputs.arns }}\n        run: |\n          backups=\"${ARNS:-}\"\n          [ -n \"$backups\" ] || backups='{}'\n          mkdir -p \"$RECORD_DIR\"\n          cp \"$REPORT\" \"$RECORD_DIR/rollback-report.json\"\n          jq -n --arg export \"$EXPORT_URI\" --arg release \"$RELEASE\" --argjson backups \"$backups\" \\\n            '{export: $export, release: $release, backups: $backups}' > \"$RECORD_DIR/locations.json\"\n          ls -l \"$RECORD_DIR\"\n      - name: report artifact\n        if: ${{ !inputs.dry-run && steps.record.outcome == 'success' }}\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-record-${{ inputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-record\n          if-no-files-found: error\n          retention-days: 90\n          # A re-run (another attempt) replaces its own artifact instead of failing on the name.\n          overwrite: true\n      - name: Summary\n        if: success()\n        env:\n          STAGE: ${{ inputs.stage }}\n          DRY_RUN: ${{ inputs.dry-run }}\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          RELEASE: ${{ steps.publish.outputs.release-uri }}\n          ARNS: ${{ steps.backup.outputs.arns }}\n          MAINTENANCE: ${{ steps.maintenance-on.outputs.result }}\n          JOBS: ${{ steps.jobs-stop.outputs.result }}\n          LIVE: ${{ steps.verify.outputs.live }}\n        run: |\n          backups=\"${ARNS:-}\"\n          [ -n \"$backups\" ] || backups='{}'\n          {\n            if [ \"$DRY_RUN\" = \"true\" ]; then\n              echo \"### Dry run of the rollback of $STAGE: the plan above; nothing written, nothing published\"\n              echo\n              echo \"No maintenance mode, no backup, no S3 upload, no pull request. Dispatch again without dry-run to roll back.\"\n            else\n              echo \"### Rollback of $STAGE done: review the pull request next\"\n              echo\n              echo \"| what | where |\"\n              echo \"| --- | --- |\"\n              echo \"| maintenance on / jobs stop | $MAINTENANCE / $JOBS |\"\n              echo \"| on-demand backups | $(echo \"$backups\" | jq -r 'to_entries | map(.value) | join(\"<br>\")') |\"\n              echo \"| export | \\`$EXPORT_URI\\` |\"\n              echo \"| live tables since the export | $LIVE |\"\n              echo \"| published release | \\`$RELEASE\\` |\"\n              echo\n              echo \"Maintenance stays on until rollback-finish runs after the pull request is merged and deployed.\"\n            fi\n          } >> \"$GITHUB_STEP_SUMMARY\"\n\n  config-pr:\n    name: config-pr (the switch)\n    needs: [preflight, rollback]\n    if: ${{ !inputs.dry-run }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 20\n    # The only job that may write to the repository: it pushes dynamodb-rollback/<stage> and opens the pull request.\n    permissions:\n      contents: write\n      pull-requests: write\n    outputs:\n      pull-request-url: ${{ steps.config-pr.outputs.pull-request-url }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          # No token in .git/config while the switch's commands run: config-pr pushes with its token explicitly.\n          persist-credentials: false\n      # Optional: a GitHub App's token opens the pull request, so the app's own checks run on it\n      # (GitHub starts no workflow for what the workflow's GITHUB_TOKEN does).\n      - name: GitHub App token (when DYNAMODB_ROLLBACK_APP_ID is set)\n        id: app-token\n        if: vars.DYNAMODB_ROLLBACK_APP_ID != ''\n        uses: actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1\n        with:\n          client-id: ${{ vars.DYNAMODB_ROLLBACK_APP_ID }}\n          private-key: ${{ secrets.DYNAMODB_ROLLBACK_APP_PRIVATE_KEY }}\n          permission-contents: write\n          permission-pull-requests: write\n      - uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-record-${{ inputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-record\n      - name: config-pr\n        id: config-pr\n        uses: ./\n        with:\n          command: config-pr\n          stage: ${{ inputs.stage }}\n          token: ${{ steps.app-token.outputs.token || github.token }}\n          app-token: ${{ steps.app-token.outputs.token != '' }}\n          sign: ${{ vars.DYNAMODB_ROLLBACK_SIGN_COMMITS == 'true' }}\n          reason: ${{ inputs.reason }}\n          report: ${{ runner.temp }}/dynamodb-rollback-record/rollback-report.json\n          verify-result: ${{ runner.temp }}/dynamodb-rollback-record/verify.json\n          # Its sha256, the run id and attempt go into the commit's trailers: what rollback-finish believes.\n          record-dir: ${{ runner.temp }}/dynamodb-rollback-record\n          release: ${{ needs.rollback.outputs.release-uri }}\n\n  on-failure:\n    name: on failure (what to do now)\n    needs: [preflight, rollback, config-pr]\n    if: ${{ failure() && needs.preflight.result == 'success' }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions: {}\n    steps:\n      - name: What to do now\n        env:\n          STAGE: ${{ inputs.stage }}\n          ROLLBACK: ${{ needs.rollback.result }}\n          CONFIG_PR: ${{ needs.config-pr.result }}\n          MAINTENANCE: ${{ needs.rollback.outputs.maintenance }}\n          JOBS: ${{ needs.rollback.outputs.jobs-stop }}\n          ARNS: ${{ needs.rollback.outputs.backup-arns }}\n          EXPORT_URI: ${{ needs.rollback.outputs.export-uri }}\n          RELEASE: ${{ needs.rollback.outputs.release-uri }}\n          SNAPSHOT: ${{ needs.rollback.outputs.snapshot }}\n        run: |\n          {\n            echo \"### The rollback of $STAGE failed: the app still uses DynamoDB\"\n            echo\n            echo \"rollback job: $ROLLBACK; config-pr job: $CONFIG_PR. The switch was not flipped, so nothing the app reads changed.\"\n            echo\n            echo \"- **Maintenance:** ${MAINTENANCE:-not turned on}; jobs stop: ${JOBS:-not run}. Both stay as they are: fix the cause and dispatch again, or end maintenance with the app's own maintenanceOff command (rollback-finish does it after a finished rollback).\"\n            echo \"- **On-demand backups (the tables before anything else ran):** ${ARNS:-none made}\"\n            echo \"- **Export:** ${EXPORT_URI:-none uploaded}\"\n            echo \"- **Published:** ${RELEASE:-nothing}. A release is read only by pull, after the pull request is merged; an unused one can stay or be deleted.\"\n            echo \"- **Files rebuilt on the runner:** gone with it. Where a data dir was changed in place (the CLI on a host), \\`dynamodb-rollback undo --data-dir <dir>\\` puts it back from its snapshot${SNAPSHOT:+ (here it was \\`$SNAPSHOT\\`)}.\"\n            echo\n            echo \"The step logs above say which step failed and why; the record artifact, when there is one, holds the rollback's report (ids and counts only).\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
    ".github/workflows/rollback-finish.yml": "# After the switch: once the rollback's pull request is merged (and deployed),\n# prove the switch lost nothing, then end maintenance (DESIGN.md \"The chain\").\n#\n#   resolve  on a push to the default branch: the pushed commit that carries\n#            config-pr's trailers (Dynamodb-Rollback-Stage, -Run,\n#            -Record-Sha256; docs/formats.md), or the commit a dispatch\n#            names. No permissions, and nothing believed yet: a pointer only\n#   finish   in the environment dynamodb-rollback-<stage> (limit it to the\n#            default branch: docs/workflows.md): approve it once the deploy\n#            is live. trusted-record (the record, only from a successful\n#            rollback.yml dispatched on the default branch of this\n#            repository, with the sha256 the commit carries), pull (the\n#            release), the app's health check and integration tests, verify\n#            --live against the rollback's export (no write reached DynamoDB\n#            since), maintenance off, jobs start\n#   comment  the outcome on the pull request; if writes slipped in, their\n#            counts and the catch-up (rollback --base <export>)\n#\n# Variables: as rollback.yml (docs/workflows.md).\nname: dynamodb-rollback-finish\n\non:\n  # Every push: a workflow cannot name \"the default branch\" in a filter; resolve's if: skips all\n  # but a push to it whose commits carry config-pr's trailer (others show as a skipped run).\n  push:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage whose rollback to finish\n        type: string\n        required: true\n        default: production\n      commit:\n        description: \"The commit config-pr made (40 hex digits): its trailers name the rollback's run and the record's sha256\"\n        type: string\n        required: true\n\npermissions: {}\n\n# The stage is known only after resolve has read the trailer, so each job\n# that does anything sets its group. The finish waits for its approval in a\n# group of its own, dynamodb-rollback-finish-<stage>: a later export,\n# rollback or mitigate (group dynamodb-rollback-<stage>) can never replace\n# a finish that is waiting (docs/workflows.md \"Concurrency\").\njobs:\n  resolve:\n    name: resolve (stage and the commit that names the record)\n    if: >-\n      github.event_name == 'workflow_dispatch' ||\n      (github.ref == format('refs/heads/{0}', github.event.repository.default_branch) &&\n       contains(toJSON(github.event.commits), 'Dynamodb-Rollback-Run: '))\n    runs-on: ubuntu-latest\n    timeout-minutes: 5\n    permissions: {}\n    outputs:\n      stage: ${{ steps.resolve.outputs.stage }}\n      commit: ${{ steps.resolve.outputs.commit }}\n      rollback-run: ${{ steps.resolve.outputs.rollback-run }}\n    steps:\n      - name: Find config-pr's trailers\n        id: resolve\n        env:\n          EVENT: ${{ github.event_name }}\n          COMMITS: ${{ toJSON(github.event.commits) }}\n          IN_STAGE: ${{ inputs.stage }}\n          IN_COMMIT: ${{ inputs.commit }}\n        run: |\n          fail() {\n            echo \"::error::$1\"\n            printf '### Not started\\n\\n%s\\n' \"$1\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          }\n          run=\"\"\n          if [ \"$EVENT\" = \"workflow_dispatch\" ]; then\n            stage=\"$IN_STAGE\"; commit=\"$IN_COMMIT\"\n          else\n            # The newest pushed commit with the run trailer; the finish job reads its trailers again, through the API.\n            found=\"$(printf '%s' \"$COMMITS\" | jq -r '\n              def trailer($k): [.message | match(\"(?:^|\\n)\" + $k + \": *([^\\n]*)\").captures[0].string] | first // \"\";\n              [.[] | select(.message | test(\"(?:^|\\n)Dynamodb-Rollback-Run: \"))] | last // empty\n              | .id, trailer(\"Dynamodb-Rollback-Stage\"), trailer(\"Dynamodb-Rollback-Run\")')\"\n            { read -r commit; read -r stage; read -r run; } <<< \"$found\"\n          fi\n          [[ \"$commit\" =~ ^[0-9a-f]{40}$ ]] || fail \"commit \\\"$commit\\\" is not a full commit sha; dispatch with the commit config-pr made (its trailers name the rollback run)\"\n          [[ \"$stage\" =~ ^[A-Za-z0-9._-]+$ ]] || fail \"stage \\\"$stage\\\" is not a stage name (letters, digits, ., - and _)\"\n          {\n            echo \"stage=$stage\"\n            echo \"commit=$commit\"\n            echo \"rollback-run=$run\"\n          } >> \"$GITHUB_OUTPUT\"\n          echo \"stage $stage, commit $commit${run:+, naming rollback run $run (checked by the finish job)}\"\n\n  finish:\n    name: finish (approve once the deploy is live)\n    needs: resolve\n    runs-on: ubuntu-latest\n    timeout-minutes: 120\n    environment: dynamodb-rollback-${{ needs.resolve.outputs.stage }}\n    concurrency:\n      group: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n      cancel-in-progress: false\n    permissions:\n      contents: read\n      id-token: write\n      # trusted-record: the rollback run and its record artifact (another run's: read through the API).\n      actions: read\n      # trusted-record: the pull request that carried the commit, for the comment.\n      pull-requests: read\n    outputs:\n      export-uri: ${{ steps.record.outputs.export-uri }}\n      release-uri: ${{ steps.record.outputs.release-uri }}\n      pull-request: ${{ steps.record.outputs.pull-request }}\n      outcomes: ${{ steps.verdict.outputs.outcomes }}\n      verify-result: ${{ steps.verdict.outputs.verify-result }}\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: The rollback's record (believed only from its own run)\n        id: record\n        uses: ./\n        with:\n          command: trusted-record\n          stage: ${{ needs.resolve.outputs.stage }}\n          commit: ${{ needs.resolve.outputs.commit }}\n          record-dir: ${{ runner.temp }}/dynamodb-rollback-record\n      - name: The export's mode (a native export reads back as format \"aws\")\n        id: mode\n        env:\n          RECORD_DIR: ${{ runner.temp }}/dynamodb-rollback-record\n        run: |\n          # The record was checked by trusted-record above: its report is the rollback's own.\n          format=\"$(jq -r '.export.format // \"\"' \"$RECORD_DIR/rollback-report.json\" 2>/dev/null || true)\"\n          if [ \"$format\" = \"aws\" ]; then echo \"export-mode=native\" >> \"$GITHUB_OUTPUT\"; else echo \"export-mode=scan\" >> \"$GITHUB_OUTPUT\"; fi\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-finish-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: pull (the release into the data dir)\n        id: pull\n        if: steps.record.outputs.release-uri != ''\n        uses: ./\n        with:\n          command: pull\n          stage: ${{ needs.resolve.outputs.stage }}\n          from: ${{ steps.record.outputs.release-uri }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: health check\n        id: health-check\n        uses: ./\n        with:\n          command: app-command\n          name: healthCheck\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: integration tests\n        id: integration-tests\n        uses: ./\n        with:\n          command: app-command\n          name: integrationTests\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: incremental export since the rollback's (native mode)\n        id: changes\n        if: steps.mode.outputs.export-mode == 'native'\n        # A failure leaves the live check to a scan.\n        continue-on-error: true\n        uses: ./\n        with:\n          command: export\n          stage: ${{ needs.resolve.outputs.stage }}\n          native: true\n          since: ${{ steps.record.outputs.export-uri }}\n          out: ${{ runner.temp }}/dynamodb-rollback-changes\n          s3-uri: ${{ format('{0}/exports/{1}/{2}-{3}-since', vars.DYNAMODB_ROLLBACK_S3, needs.resolve.outputs.stage, github.run_id, github.run_attempt) }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: verify --live against the rollback's export\n        id: verify\n        # A difference is the comment's news, not a crash: the verdict step fails the job after it.\n        continue-on-error: true\n        uses: ./\n        with:\n          command: verify\n          stage: ${{ needs.resolve.outputs.stage }}\n          from: ${{ steps.record.outputs.export-uri }}\n          live: true\n          # The incremental export when there is one (under 15 minutes it was a scan export: the tables are scanned).\n          since: ${{ steps.changes.outputs.mode == 'incremental' && steps.changes.outputs.s3-uri || '' }}\n          report: ${{ runner.temp }}/dynamodb-rollback-record/rollback-report.json\n          result-file: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: maintenance off\n        id: maintenance-off\n        # Only when nothing slipped in: otherwise maintenance stays on for the catch-up.\n        if: steps.verify.outcome == 'success'\n        uses: ./\n        with:\n          command: app-command\n          name: maintenanceOff\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: jobs start\n        id: jobs-start\n        if: steps.verify.outcome == 'success'\n        uses: ./\n        with:\n          command: app-command\n          name: jobsStart\n          stage: ${{ needs.resolve.outputs.stage }}\n      - name: Verdict\n        id: verdict\n        if: ${{ !cancelled() }}\n        env:\n          RESULT_FILE: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          STAGE: ${{ needs.resolve.outputs.stage }}\n          EXPORT_URI: ${{ steps.record.outputs.export-uri }}\n          PULL: ${{ steps.pull.outcome }}\n          HEALTH: ${{ steps.health-check.outputs.result || steps.health-check.outcome }}\n          HEALTH_WHY: ${{ steps.health-check.outputs.reason }}\n          TESTS: ${{ steps.integration-tests.outputs.result || steps.integration-tests.outcome }}\n          TESTS_WHY: ${{ steps.integration-tests.outputs.reason }}\n          VERIFY: ${{ steps.verify.outcome }}\n          LIVE: ${{ steps.verify.outputs.live }}\n          LIVE_CHANGED: ${{ steps.verify.outputs.live-changed }}\n          CHANGES: ${{ steps.changes.outputs.s3-uri }}\n          OFF: ${{ steps.maintenance-off.outputs.result || steps.maintenance-off.outcome }}\n          OFF_WHY: ${{ steps.maintenance-off.outputs.reason }}\n          START: ${{ steps.jobs-start.outputs.result || steps.jobs-start.outcome }}\n          START_WHY: ${{ steps.jobs-start.outputs.reason }}\n        run: |\n          with_why() { if [ -n \"$2\" ]; then printf '%s: %s' \"$1\" \"$2\"; else printf '%s' \"$1\"; fi; }\n          outcomes=\"$(jq -cn \\\n            --arg pull \"$PULL\" \\\n            --arg health \"$(with_why \"$HEALTH\" \"$HEALTH_WHY\")\" \\\n            --arg tests \"$(with_why \"$TESTS\" \"$TESTS_WHY\")\" \\\n            --arg verify \"$VERIFY${LIVE:+ (live tables: $LIVE)}\" \\\n            --arg off \"$(with_why \"$OFF\" \"$OFF_WHY\")\" \\\n            --arg start \"$(with_why \"$START\" \"$START_WHY\")\" \\\n            '{pull: $pull, \"health-check\": $health, \"integration-tests\": $tests, verify: $verify, \"maintenance-off\": $off, \"jobs-start\": $start}')\"\n          {\n            echo \"outcomes=$outcomes\"\n            if [ -f \"$RESULT_FILE\" ]; then echo \"verify-result=true\"; else echo \"verify-result=false\"; fi\n          } >> \"$GITHUB_OUTPUT\"\n          {\n            if [ \"$VERIFY\" = \"success\" ]; then\n              echo \"### Finished $STAGE: no write reached DynamoDB since the export; maintenance off\"\n            elif [ \"$LIVE\" = \"changed\" ]; then\n              echo \"### Writes reached DynamoDB after the export ($LIVE_CHANGED): maintenance stays on\"\n              echo\n              echo \"Catch up: a fresh export merged on top of the rolled-back files, \\`rollback --base $EXPORT_URI\\` (the pull request's comment has the commands), then run this workflow again.\"\n              if [ -n \"$CHANGES\" ]; then echo; echo \"This run's export \\`$CHANGES\\` holds what changed since: \\`rollback --base $EXPORT_URI --from $CHANGES\\` merges only those items.\"; fi\n            else\n              echo \"### Not finished $STAGE: maintenance stays on\"\n            fi\n            echo\n            echo \"| step | outcome |\"\n            echo \"| --- | --- |\"\n            echo \"$outcomes\" | jq -r 'to_entries[] | \"| \\(.key) | \\(.value) |\"'\n          } >> \"$GITHUB_STEP_SUMMARY\"\n      - name: Keep verify's result for the comment\n        if: ${{ !cancelled() && steps.verdict.outputs.verify-result == 'true' }}\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-finish/verify.json\n          if-no-files-found: error\n          retention-days: 90\n          overwrite: true\n      - name: Fail unless finished\n        if: ${{ !cancelled() && steps.verify.outcome != 'success' }}\n        run: |\n          echo \"::error::not finished: verify --live did not pass, so maintenance stays on; see the job summary\"\n          exit 1\n\n  comment:\n    name: comment on the pull request\n    needs: [resolve, finish]\n    if: ${{ !cancelled() && needs.resolve.result == 'success' && needs.finish.outputs.pull-request != '' }}\n    runs-on: ubuntu-latest\n    timeout-minutes: 10\n    concurrency:\n      group: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n      cancel-in-progress: false\n    permissions:\n      # contents: read for the action's own files (uses: ./).\n      contents: read\n      pull-requests: write\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: verify's result\n        if: needs.finish.outputs.verify-result == 'true'\n        uses: actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1\n        with:\n          name: dynamodb-rollback-finish-${{ needs.resolve.outputs.stage }}\n          path: ${{ runner.temp }}/dynamodb-rollback-finish\n      - name: pr-comment\n        uses: ./\n        with:\n          command: pr-comment\n          stage: ${{ needs.resolve.outputs.stage }}\n          pull-request: ${{ needs.finish.outputs.pull-request }}\n          from: ${{ needs.finish.outputs.export-uri }}\n          release: ${{ needs.finish.outputs.release-uri }}\n          outcomes: ${{ needs.finish.outputs.outcomes || '{}' }}\n          verify-result: ${{ needs.finish.outputs.verify-result == 'true' && format('{0}/dynamodb-rollback-finish/verify.json', runner.temp) || '' }}\n",
    ".github/workflows/export.yml": "# An export only: every configured table to S3, encrypted, checksummed\n# (the runbook's export script, done right). Nothing in DynamoDB or the\n# repository changes. Dispatch it, or uncomment the schedule.\n#\n# Variables: DYNAMODB_ROLLBACK_READ_ROLE_ARN (required: the read role),\n# DYNAMODB_ROLLBACK_REGION, DYNAMODB_ROLLBACK_S3, optional\n# DYNAMODB_ROLLBACK_KMS_KEY_ID, and DYNAMODB_ROLLBACK_STAGE for the\n# scheduled runs' stage (default production). docs/workflows.md.\nname: dynamodb-rollback-export\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage to export\n        type: string\n        required: true\n        default: production\n      export-mode:\n        description: \"scan: the runner scans every table; native: DynamoDB's own export to S3 (needs point-in-time recovery; docs/workflows.md)\"\n        type: choice\n        options: [scan, native]\n        default: scan\n  # schedule:\n  #   - cron: '17 3 * * *'   # nightly, the stage of DYNAMODB_ROLLBACK_STAGE\n\npermissions: {}\n\n# Shared with rollback.yml and rollback-finish.yml: an export never runs\n# while a rollback of its stage does.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage || vars.DYNAMODB_ROLLBACK_STAGE || 'production' }}\n  cancel-in-progress: false\n\njobs:\n  export:\n    name: export (to S3, encrypted)\n    runs-on: ubuntu-latest\n    timeout-minutes: 180\n    permissions:\n      contents: read\n      id-token: write\n    env:\n      STAGE: ${{ inputs.stage || vars.DYNAMODB_ROLLBACK_STAGE || 'production' }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          S3: ${{ vars.DYNAMODB_ROLLBACK_S3 }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          case \"$S3\" in s3://?*) ;; *) missing=\"$missing DYNAMODB_ROLLBACK_S3 (s3://bucket/prefix)\" ;; esac\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-export-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          role-duration-seconds: 10800\n      - name: export\n        id: export\n        uses: ./\n        with:\n          command: export\n          stage: ${{ env.STAGE }}\n          out: ${{ runner.temp }}/dynamodb-rollback-export\n          s3-uri: ${{ format('{0}/exports/{1}/{2}-{3}', vars.DYNAMODB_ROLLBACK_S3, env.STAGE, github.run_id, github.run_attempt) }}\n          # Scheduled runs have no inputs: they scan.\n          native: ${{ inputs.export-mode == 'native' }}\n          sse: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID != '' && 'aws:kms' || 'AES256' }}\n          kms-key-id: ${{ vars.DYNAMODB_ROLLBACK_KMS_KEY_ID }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n          s3-endpoint: ${{ vars.DYNAMODB_ROLLBACK_S3_ENDPOINT }}\n      - name: Summary\n        env:\n          EXPORT_URI: ${{ steps.export.outputs.s3-uri }}\n          ITEMS: ${{ steps.export.outputs.items }}\n        run: |\n          {\n            echo \"### Export of $STAGE: \\`$EXPORT_URI\\`\"\n            echo\n            echo \"| table | items |\"\n            echo \"| --- | --- |\"\n            echo \"$ITEMS\" | jq -r 'to_entries[] | \"| \\(.key) | \\(.value) |\"'\n            echo\n            echo \"Read it with \\`verify --from $EXPORT_URI\\`, or make a rollback from it with \\`rollback --from $EXPORT_URI\\`.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
    ".github/workflows/mitigate.yml": "# The runbook's scenarios 2 and 3 short of a rollback (DESIGN.md, commands\n# assess and mitigate; docs/assess.md).\n#\n#   assess   CloudWatch metrics per table against the decision matrix, charts\n#            in the job summary. Read-only, no approval; runs for every action.\n#   change   on-demand: every table (and GSI) to on-demand billing, waited until\n#            ACTIVE; its report (the settings before) kept as an artifact.\n#            revert: the settings of an earlier run's report put back.\n#            In the environment dynamodb-rollback-<stage>: its reviewers approve.\n#\n# Variables (repository or environment; docs/workflows.md):\n#   DYNAMODB_ROLLBACK_ROLE_ARN       the stage's write role (set it on the environment dynamodb-rollback-<stage>)\n#   DYNAMODB_ROLLBACK_READ_ROLE_ARN  the read role: preflight, export, assess, the finish (required; a repository variable)\n#   DYNAMODB_ROLLBACK_REGION         AWS region of the tables\n#   DYNAMODB_ROLLBACK_ENDPOINT       a rehearsal's local DynamoDB (drill); unset on AWS\nname: dynamodb-rollback mitigate\n\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        description: Stage (the environment is dynamodb-rollback-<stage>)\n        type: string\n        required: true\n        default: production\n      action:\n        description: 'assess: read the metrics only; on-demand: switch billing (approved); revert: put back what an earlier run changed (approved)'\n        type: choice\n        options: [assess, on-demand, revert]\n        default: assess\n      tables:\n        description: Comma-separated collections or tables (default every table in the config)\n        type: string\n        default: ''\n      since:\n        description: How far back assess reads the metrics (90m, 24h, 7d)\n        type: string\n        default: 24h\n      report-run:\n        description: 'revert: the run id of the on-demand run whose report to put back (its URL ends in /runs/<id>)'\n        type: string\n        default: ''\n      dry-run:\n        description: 'on-demand and revert: say what would change, change nothing'\n        type: boolean\n        default: false\n\npermissions: {}\n\n# The same group as every dynamodb-rollback workflow of the stage: a billing\n# switch never runs beside a rollback, and none is cancelled.\nconcurrency:\n  group: dynamodb-rollback-${{ inputs.stage }}\n  cancel-in-progress: false\n\njobs:\n  assess:\n    name: assess (CloudWatch against the decision matrix)\n    runs-on: ubuntu-latest\n    timeout-minutes: 15\n    permissions:\n      contents: read\n      id-token: write\n      # The environment's protection rules, checked before the change job asks for it.\n      actions: read\n    outputs:\n      recommendation: ${{ steps.assess.outputs.recommendation }}\n      severity: ${{ steps.assess.outputs.severity }}\n    steps:\n      - name: Check the variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_READ_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n      - name: Check the environment (protected, before any AWS call)\n        if: inputs.action != 'assess'\n        # GitHub creates an environment a job names and that does not exist, with no protection:\n        # a stage without its environment set up would run the write role's job unapproved.\n        env:\n          GH_TOKEN: ${{ github.token }}\n          ENVIRONMENT: dynamodb-rollback-${{ inputs.stage }}\n        run: |\n          fail() {\n            echo \"::error::$1\"\n            printf '### Not started\\n\\n%s\\n\\nNothing was changed.\\n' \"$1\" >> \"$GITHUB_STEP_SUMMARY\"\n            exit 1\n          }\n          [[ \"$ENVIRONMENT\" =~ ^dynamodb-rollback-[A-Za-z0-9._-]+$ ]] || fail \"stage in \\\"$ENVIRONMENT\\\" is not a stage name (letters, digits, ., - and _)\"\n          answer=\"$RUNNER_TEMP/dynamodb-rollback-environment.json\"\n          status=\"$(curl -sS -o \"$answer\" -w '%{http_code}' \\\n            -H \"Authorization: Bearer $GH_TOKEN\" -H 'Accept: application/vnd.github+json' -H 'X-GitHub-Api-Version: 2022-11-28' \\\n            \"$GITHUB_API_URL/repos/$GITHUB_REPOSITORY/environments/$ENVIRONMENT\")\" || status=000\n          case \"$status\" in\n            200) ;;\n            404) fail \"environment $ENVIRONMENT does not exist. Create it first (Settings, Environments) with required reviewers and deployment branches limited to the default branch; docs/workflows.md of dynamodb-rollback\" ;;\n            *) fail \"could not read environment $ENVIRONMENT (HTTP $status); this job needs permissions actions: read\" ;;\n          esac\n          reviewers=\"$(jq '[.protection_rules[]? | select(.type == \"required_reviewers\")] | length' \"$answer\")\"\n          [ \"$reviewers\" -gt 0 ] || fail \"environment $ENVIRONMENT has no required reviewers, so nothing would wait for approval. Add them (Settings, Environments, $ENVIRONMENT)\"\n          jq -e '.deployment_branch_policy != null' \"$answer\" > /dev/null || fail \"environment $ENVIRONMENT lets any branch deploy. Limit its deployment branches to the default branch (Settings, Environments, $ENVIRONMENT)\"\n          echo \"environment $ENVIRONMENT: required reviewers, deployment branches limited\"\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_READ_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-assess-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: assess\n        id: assess\n        uses: ./\n        with:\n          command: assess\n          stage: ${{ inputs.stage }}\n          tables: ${{ inputs.tables }}\n          since: ${{ inputs.since }}\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n\n  change:\n    name: ${{ inputs.action }} (approved in dynamodb-rollback-${{ inputs.stage }})\n    needs: assess\n    if: inputs.action != 'assess'\n    runs-on: ubuntu-latest\n    # mitigate waits up to 15 minutes for ACTIVE (--timeout 900); the rest is set-up.\n    timeout-minutes: 25\n    environment: dynamodb-rollback-${{ inputs.stage }}\n    permissions:\n      contents: read\n      id-token: write\n      # revert downloads the report artifact of an earlier run.\n      actions: read\n    steps:\n      - name: Check the inputs and variables\n        env:\n          ROLE: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          REGION: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n          ACTION: ${{ inputs.action }}\n          REPORT_RUN: ${{ inputs.report-run }}\n        run: |\n          missing=\"\"\n          [ -n \"$ROLE\" ] || missing=\"$missing DYNAMODB_ROLLBACK_ROLE_ARN\"\n          [ -n \"$REGION\" ] || missing=\"$missing DYNAMODB_ROLLBACK_REGION\"\n          if [ -n \"$missing\" ]; then\n            echo \"::error::repository variables not set:$missing; see docs/workflows.md of dynamodb-rollback\"\n            exit 1\n          fi\n          if [ \"$ACTION\" = revert ] && ! [[ \"$REPORT_RUN\" =~ ^[0-9]+$ ]]; then\n            echo \"::error::revert needs report-run: the run id of the on-demand run whose report to put back (its URL ends in /runs/<id>)\"\n            exit 1\n          fi\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      # Believed only from a mitigate.yml run of this repository, dispatched on the default branch (docs/workflows.md).\n      - name: The report to revert\n        if: inputs.action == 'revert'\n        uses: ./\n        with:\n          command: trusted-record\n          stage: ${{ inputs.stage }}\n          mitigate-run: ${{ inputs.report-run }}\n          record-dir: ${{ runner.temp }}/mitigate-previous\n      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c # v6.2.3\n        with:\n          role-to-assume: ${{ vars.DYNAMODB_ROLLBACK_ROLE_ARN }}\n          role-session-name: dynamodb-rollback-mitigate-${{ github.run_id }}-${{ github.run_attempt }}\n          aws-region: ${{ vars.DYNAMODB_ROLLBACK_REGION }}\n      - name: mitigate --billing on-demand\n        id: on-demand\n        if: inputs.action == 'on-demand'\n        uses: ./\n        with:\n          command: mitigate\n          stage: ${{ inputs.stage }}\n          billing: on-demand\n          tables: ${{ inputs.tables }}\n          timeout: 900\n          dry-run: ${{ inputs.dry-run }}\n          report: ${{ runner.temp }}/mitigate/report.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n      - name: mitigate --revert\n        id: revert\n        if: inputs.action == 'revert'\n        uses: ./\n        with:\n          command: mitigate\n          stage: ${{ inputs.stage }}\n          revert: ${{ runner.temp }}/mitigate-previous/report.json\n          timeout: 900\n          dry-run: ${{ inputs.dry-run }}\n          report: ${{ runner.temp }}/mitigate/report.json\n          endpoint: ${{ vars.DYNAMODB_ROLLBACK_ENDPOINT }}\n      # Kept even when a table failed or timed out: the report is what a revert reads. Table settings only, no items.\n      - name: Keep the report\n        if: always() && !inputs.dry-run\n        uses: actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0\n        with:\n          name: dynamodb-rollback-mitigate-${{ inputs.stage }}\n          path: ${{ runner.temp }}/mitigate/report.json\n          if-no-files-found: ignore\n          retention-days: 90\n          overwrite: true\n      - name: How to go back\n        if: always() && !inputs.dry-run && inputs.action == 'on-demand'\n        env:\n          RUN_ID: ${{ github.run_id }}\n          STAGE: ${{ inputs.stage }}\n        run: |\n          {\n            echo \"### To go back\"\n            echo\n            echo \"Dispatch this workflow with stage \\`$STAGE\\`, action \\`revert\\` and report-run \\`$RUN_ID\\`:\"\n            echo \"every table this run changed returns to the billing mode and capacity it had.\"\n          } >> \"$GITHUB_STEP_SUMMARY\"\n",
    ".github/workflows/dynamodb-rollback-drill.yml": "# A rehearsal of the rollback in the app's own CI: the drill runs this\n# repository's .github/workflows/rollback.yml (then rollback-finish.yml) with\n# its .github/dynamodb-rollback.yml, on a copy of the repository, against a\n# DynamoDB and an S3 embedded in the runner, a local git origin and a\n# stand-in for the GitHub API. So a change that breaks the rollback fails\n# here, on the pull request that makes it, not in the emergency.\n#\n# Needs nothing from AWS or the repository's settings: no role, no\n# variable, no secret, no environment; the token only reads. The job's\n# concurrency is its own: a rehearsal never queues a real rollback of any\n# stage. What the drill cannot do here (CreateBackup, the GitHub API) it\n# reports as skipped. docs/drill.md of dynamodb-rollback.\nname: dynamodb-rollback-drill\n\non:\n  pull_request:\n    paths:\n      - .github/workflows/rollback.yml\n      - .github/workflows/rollback-finish.yml\n      - .github/workflows/dynamodb-rollback-drill.yml\n      - .github/dynamodb-rollback.yml\n  schedule:\n    - cron: '41 4 * * 1'   # weekly, Mondays 04:41 UTC: the action's pinned version against today's runner\n  workflow_dispatch:\n\npermissions: {}\n\njobs:\n  drill:\n    name: drill (rollback.yml on an embedded DynamoDB and S3)\n    runs-on: ubuntu-latest\n    timeout-minutes: 30\n    permissions:\n      contents: read\n    concurrency:\n      group: dynamodb-rollback-drill-${{ github.ref }}\n      cancel-in-progress: true\n    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n        with:\n          persist-credentials: false\n      - name: Rehearse the rollback\n        uses: ./\n        with:\n          command: drill\n          app: .\n          workflow: .github/workflows/rollback.yml\n          approve: true\n",
};


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version (a test checks). */
const VERSION = '0.1.0';


/***/ })

};
