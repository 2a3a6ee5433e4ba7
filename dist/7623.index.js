export const id = 7623;
export const ids = [7623];
export const modules = {

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

/***/ 34483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ describeIssue)
/* harmony export */ });
function describeIssue(issue) {
    const field = issue.path.length > 0 ? issue.path.map(String).join('.') : '(top level)';
    return `${field}: ${issue.message}`;
}


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

/***/ 52047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ sha256File),
/* harmony export */   k: () => (/* binding */ sha256Stream)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);


/** sha256 (hex) of a stream's bytes. */
async function sha256Stream(body) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    for await (const chunk of body)
        hash.update(chunk);
    return hash.digest('hex');
}
/** sha256 (hex) of a file's bytes, streamed. */
function sha256File(file) {
    return sha256Stream((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(file));
}


/***/ }),

/***/ 67016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  I: () => (/* binding */ acquireLock)
});

// UNUSED EXPORTS: takeOver

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./src/fsafe/lock-holder.ts
/**
 * Who holds a lock, and whether that process is gone: what a lock records
 * of its taker (host, pid, and on Linux the process's start time and the
 * boot it ran in, so a pid reused by another process, or a reboot, is not
 * taken for the holder) and how the next run tells the holder is gone.
 */


/** This process as a lock's holder. */
function selfInfo(command, now) {
    const info = { pid: process.pid, hostname: external_node_os_default().hostname(), command, startedAt: now.toISOString() };
    const start = procStat(process.pid)?.start;
    const boot = bootId();
    if (start !== undefined)
        info.processStart = start;
    if (boot !== undefined)
        info.bootId = boot;
    return info;
}
/**
 * Gone only when it can be told for certain: the holder ran on this host
 * and its pid is not running, is a zombie, or is another process (a
 * different start time), or the host has rebooted since. A holder on
 * another host is never gone as far as this host can tell.
 */
function holderGone(holder) {
    if (holder.hostname !== external_node_os_default().hostname())
        return false;
    const boot = bootId();
    if (holder.bootId !== undefined && boot !== undefined && holder.bootId !== boot)
        return true;
    if (!isAlive(holder.pid))
        return true;
    const stat = procStat(holder.pid);
    if (stat === undefined)
        return false;
    if (stat.state === 'Z' || stat.state === 'X')
        return true;
    return holder.processStart !== undefined && holder.processStart !== stat.start;
}
function describeHolder(holder) {
    return `${holder.command ?? 'a command'} (pid ${holder.pid} on ${holder.hostname ?? 'an unknown host'}, since ${holder.startedAt ?? 'an unknown time'})`;
}
/** A lock's text as a holder, or why it names none. */
function parseHolder(text) {
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return 'not the JSON a lock holds: cut short or overwritten';
    }
    const info = (typeof parsed === 'object' && parsed !== null ? parsed : {});
    // pid 0 or below would name a process group to kill(): only a real pid counts.
    if (typeof info.pid !== 'number' || !Number.isSafeInteger(info.pid) || info.pid <= 0)
        return 'no pid in it';
    const str = (k) => (typeof info[k] === 'string' ? info[k] : undefined);
    return {
        pid: info.pid,
        hostname: str('hostname'),
        command: str('command'),
        startedAt: str('startedAt'),
        processStart: str('processStart'),
        bootId: str('bootId'),
    };
}
function isAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/** State and start time from /proc/<pid>/stat; undefined where there is no /proc. */
function procStat(pid) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(`/proc/${pid}/stat`, 'utf8');
    }
    catch {
        return undefined;
    }
    // The command name (field 2) may hold spaces and parentheses: the fields after it start past the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const state = fields[0];
    const start = fields[19]; // field 22, starttime
    return state && start && /^\d+$/.test(start) ? { state, start } : undefined;
}
function bootId() {
    try {
        return (0,external_node_fs_.readFileSync)('/proc/sys/kernel/random/boot_id', 'utf8').trim() || undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/fsafe/lock.ts
/**
 * One rollback (or undo, or pull) per data dir at a time: a lock file
 * created with O_EXCL, holding who took it. A lock whose holder ran on this
 * host and is gone (killed, crashed, rebooted) is taken over, said so in
 * the log; any other held lock is refused with a message that says who
 * holds it and how to clear it, rather than guessing and breaking a lock
 * that is still held.
 */



/** How long to wait before reading an empty lock again. */
const EMPTY_RECHECK_MS = 100;
/** Tries to create the lock: a takeover may lose to another run that took the freed lock first. */
const ATTEMPTS = 3;
/** What readHolder says of a lock removed before it could be read. */
const GONE_BEFORE_READ = 'cannot be read: ENOENT';
/** log: where a takeover is said (the command's reporter). */
async function acquireLock(file, command, now = new Date(), log) {
    const info = selfInfo(command, now);
    const text = `${JSON.stringify(info, null, 2)}\n`;
    let tookOver;
    for (let attempt = 1;; attempt++) {
        const fh = await createExclusive(file);
        if (fh) {
            await writeLock(file, fh, text);
            if (tookOver)
                log?.(`took over the lock ${file} from ${describeHolder(tookOver)}, which is no longer running; if that run was cut short, its snapshot is kept beside the data dir`);
            break;
        }
        const holder = await readHolder(file);
        if (holder === GONE_BEFORE_READ && attempt < ATTEMPTS)
            continue; // released between our create and our read
        if (typeof holder === 'string' || holder.holder === undefined || !holderGone(holder.holder) || attempt === ATTEMPTS) {
            throw new errors/* InputError */.dz(heldMessage(file, holder));
        }
        if (await takeOver(file, holder.text, text))
            tookOver = holder.holder;
    }
    return {
        file,
        info,
        async release() {
            // Only remove the lock if it is still ours.
            const current = await (0,promises_.readFile)(file, 'utf8').catch(() => null);
            if (current === text)
                await (0,promises_.rm)(file, { force: true });
        },
    };
}
async function createExclusive(file) {
    try {
        return await (0,promises_.open)(file, 'wx', 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST')
            return null;
        throw new errors/* InputError */.dz(`cannot create the lock file ${file} (${code ?? String(err)}); check that its folder is writable`);
    }
}
async function writeLock(file, fh, text) {
    try {
        await fh.writeFile(text, 'utf8');
        await fh.sync();
        await fh.close();
    }
    catch (err) {
        // Created but not written (a full disk): ours, and it would stop the next run as an empty lock.
        await fh.close().catch(() => { });
        await (0,promises_.rm)(file, { force: true }).catch(() => { });
        const code = err.code;
        throw new errors/* InputError */.dz(`cannot write the lock file ${file} (${code ?? String(err)}); free space beside the data dir and run again`, {
            cause: err,
        });
    }
}
/**
 * Removes a lock whose holder is gone, under a takeover marker created with
 * O_EXCL, so two runs that both found the holder gone cannot both remove
 * it: the one holding the marker removes the lock only while it still
 * holds the text judged stale; the other finds the marker and refuses, or
 * finds a new holder. The lock itself is then created as always (O_EXCL),
 * so a run starting meanwhile that takes it first wins, and this one is
 * refused with that holder's name. True when the stale lock was removed.
 */
async function takeOver(file, staleText, ourText) {
    const marker = `${file}.takeover`;
    let fh;
    try {
        fh = await (0,promises_.open)(marker, 'wx', 0o644);
    }
    catch (err) {
        const code = err.code;
        if (code === 'EEXIST') {
            throw new errors/* InputError */.dz(`the data dir is locked by ${file}, whose holder is gone, and another run is taking it over right now (${marker}); run again in a moment, or if no rollback, undo or pull is running, delete ${marker} and run again`);
        }
        throw new errors/* InputError */.dz(`cannot create ${marker} to take over the lock (${code ?? String(err)}); check that its folder is writable`);
    }
    try {
        await fh.writeFile(ourText, 'utf8').catch(() => { }); // who is taking over, for whoever finds the marker; not needed for safety
        const current = await (0,promises_.readFile)(file, 'utf8').catch(() => null);
        if (current !== staleText)
            return false;
        await (0,promises_.rm)(file, { force: true });
        return true;
    }
    finally {
        await fh.close().catch(() => { });
        await (0,promises_.rm)(marker, { force: true });
    }
}
function heldMessage(file, read) {
    const clear = `if no rollback or undo is running, delete ${file} and run again`;
    if (typeof read === 'string')
        return `the data dir is locked by ${file}, whose holder is unknown (${read}); ${clear}`;
    const holder = read.holder;
    if (holder === undefined) {
        return `the data dir is locked by ${file}, which is empty: the process that took it was stopped between creating and writing it, so its holder is gone; ${clear} (run undo first if that run was cut short)`;
    }
    return holderGone(holder)
        ? `the data dir is locked by ${file}, taken by ${describeHolder(holder)}, which is no longer running: the lock is stale, and another run took it over and released it again while this one tried; run again`
        : `the data dir is locked by ${file}: ${describeHolder(holder)} holds it; wait for it to finish, or ${clear}`;
}
/**
 * Who holds the lock (undefined: the lock is empty), or why that cannot be
 * told. A lock is created empty and written at once, so an empty one is
 * read twice: once more after a moment, in case its taker is between the
 * two steps right now.
 */
async function readHolder(file) {
    let text = '';
    for (let attempt = 0; attempt < 2 && text === ''; attempt++) {
        if (attempt > 0)
            await new Promise((resolve) => setTimeout(resolve, EMPTY_RECHECK_MS));
        try {
            text = await (0,promises_.readFile)(file, 'utf8');
        }
        catch (err) {
            return `cannot be read: ${err.code ?? 'error'}`;
        }
    }
    if (text.trim() === '')
        return { text, holder: undefined };
    const holder = parseHolder(text);
    return typeof holder === 'string' ? holder : { text, holder };
}


/***/ }),

/***/ 78168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q1: () => (/* binding */ latestSnapshot),
  nT: () => (/* binding */ listTree),
  n5: () => (/* binding */ restoreSnapshot),
  W9: () => (/* binding */ takeSnapshot),
  Mx: () => (/* binding */ verifySnapshot)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/state/paths.ts
var paths = __webpack_require__(65013);
// EXTERNAL MODULE: ./src/fsafe/atomic-write.ts
var atomic_write = __webpack_require__(88796);
// EXTERNAL MODULE: ./src/fsafe/hash.ts
var hash = __webpack_require__(52047);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(38816);
// EXTERNAL MODULE: ./src/core/zod-field.ts
var zod_field = __webpack_require__(34483);
;// CONCATENATED MODULE: ./src/fsafe/snapshot-manifest.ts
/**
 * The snapshot manifest as undo reads it: validated field by field (the
 * snapshot folder can be edited by anyone who can write beside the data
 * dir), and its entries checked as a tree, so that restoring it can only
 * write inside the data dir. An error names the manifest and the field,
 * never a value.
 */




/** A path inside the snapshotted folder as takeSnapshot writes it: relative, / separated, no empty, . or .. segment. */
function isInsidePath(p) {
    if (p === '' || p.includes('\0') || external_node_path_default().posix.isAbsolute(p) || external_node_path_default().win32.isAbsolute(p))
        return false;
    // Where \ separates paths, it could hide a .. segment.
    if ((external_node_path_default()).sep !== '/' && p.includes((external_node_path_default()).sep))
        return false;
    return p.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
const insidePath = schemas/* string */.YjP().refine(isInsidePath, 'must be a relative path inside the data dir, with no empty, . or .. segment');
const mode = schemas/* number */.aig().int().min(0).max(0o7777);
const fileMode = mode.refine((m) => (m & 0o6000) === 0, 'a data file is never setuid or setgid');
const entry = schemas/* discriminatedUnion */.gMt('type', [
    schemas/* object */.Ikc({
        path: insidePath,
        type: schemas/* literal */.euz('file'),
        mode: fileMode,
        sha256: schemas/* string */.YjP().regex(/^[0-9a-f]{64}$/, 'expected a hex sha256'),
        bytes: schemas/* number */.aig().int().nonnegative(),
    }),
    schemas/* object */.Ikc({ path: insidePath, type: schemas/* literal */.euz('dir'), mode }),
    schemas/* object */.Ikc({ path: insidePath, type: schemas/* literal */.euz('symlink'), mode, target: schemas/* string */.YjP().min(1) }),
]);
const manifest = schemas/* object */.Ikc({
    version: schemas/* literal */.euz(1),
    createdAt: schemas/* string */.YjP().min(1),
    dir: schemas/* string */.YjP().min(1),
    entries: schemas/* array */.YOg(entry),
    owned: schemas/* array */.YOg(insidePath),
});
function parseSnapshotManifest(text, file) {
    const damaged = 'the snapshot is damaged or was edited, and cannot be restored';
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new errors/* InputError */.dz(`${file}: not valid JSON; ${damaged}`);
    }
    const parsed = manifest.safeParse(json);
    if (!parsed.success)
        throw new errors/* InputError */.dz(`${file}: not a valid snapshot manifest (${(0,zod_field/* describeIssue */.n)(parsed.error.issues[0])}); ${damaged}`);
    const problem = treeProblem(parsed.data.entries);
    if (problem)
        throw new errors/* InputError */.dz(`${file}: not a valid snapshot manifest (${problem}); ${damaged}`);
    return parsed.data;
}
/**
 * The entries must form the tree takeSnapshot lists: each path once, each
 * parent a folder listed before it. So no entry lies under a symlink or a
 * file of the snapshot, through which restoring would write elsewhere.
 */
function treeProblem(entries) {
    const seen = new Map();
    for (const [i, e] of entries.entries()) {
        if (seen.has(e.path))
            return `entries.${i}.path: listed twice`;
        const parent = external_node_path_default().posix.dirname(e.path);
        if (parent !== '.') {
            const kind = seen.get(parent);
            if (kind === undefined)
                return `entries.${i}.path: its folder is not listed before it`;
            if (kind !== 'dir')
                return `entries.${i}.path: lies under a ${kind} of the snapshot, not a folder`;
        }
        seen.set(e.path, e.type);
    }
    return null;
}

;// CONCATENATED MODULE: ./src/fsafe/snapshot.ts
/**
 * A snapshot of a whole folder, taken before a rollback writes anything,
 * and put back byte for byte by undo.
 *
 *   <snapshots>/<timestamp>/manifest.json   entries with sha256, size, mode
 *   <snapshots>/<timestamp>/files/<path>    the bytes
 *
 * It is built in <timestamp>.partial and renamed once its manifest is
 * written, so a snapshot that exists under its final name is complete.
 * `owned` lists the files the rollback may write: undo removes those of
 * them the snapshot lacks (the rollback created them) and leaves any other
 * newcomer alone.
 *
 * Undo trusts the snapshot no more than any input: the manifest is
 * validated (snapshot-manifest.ts), every stored file re-hashed, and every
 * path checked against the data dir as it is now, all before the first
 * write, so a damaged or edited snapshot changes nothing and none can make
 * undo write outside the data dir.
 */








const MANIFEST = 'manifest.json';
const FILES = 'files';
/** Every entry under dir, parents before children; our own stray temp files are skipped. */
async function listTree(dir, rel = '') {
    const out = [];
    const entries = await (0,promises_.readdir)(external_node_path_default().join(dir, rel), { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
        const p = rel === '' ? e.name : `${rel}/${e.name}`;
        const abs = external_node_path_default().join(dir, p);
        if (e.isDirectory()) {
            out.push({ path: p, abs, type: 'dir' });
            out.push(...(await listTree(dir, p)));
        }
        else if (e.isSymbolicLink())
            out.push({ path: p, abs, type: 'symlink' });
        else if (e.isFile()) {
            if (!atomic_write/* TEMP_PATTERN */.GH.test(e.name))
                out.push({ path: p, abs, type: 'file' });
        }
        else
            throw new errors/* InputError */.dz(`${abs}: not a regular file, folder or symlink; the snapshot cannot hold it`);
    }
    return out;
}
/**
 * confirm: called with the entries once every file is copied and hashed,
 * before the manifest is written; what it throws removes the partial
 * snapshot and is thrown. The rollback checks there that the files it
 * planned from are the ones copied, so their bytes are read once, not once
 * to confirm and again to copy.
 */
async function takeSnapshot(dir, snapshotsDir, owned, now = new Date(), confirm) {
    await (0,promises_.mkdir)(snapshotsDir, { recursive: true });
    let name = (0,paths/* timestampName */.e2)(now);
    for (let n = 1; await exists(external_node_path_default().join(snapshotsDir, name)); n++)
        name = `${(0,paths/* timestampName */.e2)(now)}-${n}`;
    const final = external_node_path_default().join(snapshotsDir, name);
    const partial = `${final}.partial`;
    await (0,promises_.rm)(partial, { recursive: true, force: true });
    await (0,promises_.mkdir)(external_node_path_default().join(partial, FILES), { recursive: true });
    try {
        const entries = [];
        for (const e of await listTree(dir)) {
            const st = await (0,promises_.lstat)(e.abs);
            const mode = st.mode & 0o7777;
            const copy = external_node_path_default().join(partial, FILES, e.path);
            if (e.type === 'dir') {
                await (0,promises_.mkdir)(copy, { recursive: true });
                entries.push({ path: e.path, type: 'dir', mode });
            }
            else if (e.type === 'symlink') {
                entries.push({ path: e.path, type: 'symlink', mode, target: await (0,promises_.readlink)(e.abs) });
            }
            else {
                // A reflink where the file system has them (btrfs, xfs): no bytes copied; a plain copy elsewhere.
                await (0,promises_.copyFile)(e.abs, copy, external_node_fs_.constants.COPYFILE_FICLONE);
                await fsyncFile(copy);
                entries.push({ path: e.path, type: 'file', mode, sha256: await (0,hash/* sha256File */.Q)(copy), bytes: st.size });
            }
        }
        await confirm?.(entries);
        const manifest = { version: 1, createdAt: now.toISOString(), dir: external_node_path_default().resolve(dir), entries, owned };
        await (0,atomic_write/* writeFileAtomic */.Zf)(external_node_path_default().join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
        await (0,promises_.rename)(partial, final);
        await (0,atomic_write/* syncDir */.ty)(snapshotsDir);
        return { dir: final, manifest };
    }
    catch (err) {
        await (0,promises_.rm)(partial, { recursive: true, force: true });
        throw err;
    }
}
/** takeSnapshot's folder names: its time, and a counter when two share a millisecond. */
const SNAPSHOT_NAME = /^(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z)(?:-(\d+))?$/;
/**
 * The newest snapshot, or null when there is none. Its manifest must be
 * there and valid: falling back to an older snapshot would put back a data
 * dir from before an earlier rollback, without a word.
 */
async function latestSnapshot(snapshotsDir) {
    const names = await (0,promises_.readdir)(snapshotsDir).catch(() => []);
    const key = (name) => {
        const m = SNAPSHOT_NAME.exec(name);
        return [m[1], Number(m[2] ?? 0)];
    };
    const newest = names
        .filter((n) => SNAPSHOT_NAME.test(n))
        .sort((a, b) => {
        const [ta, na] = key(a);
        const [tb, nb] = key(b);
        return ta < tb ? -1 : ta > tb ? 1 : na - nb;
    })
        .pop();
    if (newest === undefined)
        return null;
    const dir = external_node_path_default().join(snapshotsDir, newest);
    const file = external_node_path_default().join(dir, MANIFEST);
    const text = await (0,promises_.readFile)(file, 'utf8').catch((err) => {
        throw new errors/* InputError */.dz(`${file}: cannot be read (${err.code ?? 'error'}); the newest snapshot is damaged and cannot be restored (move ${dir} away to undo from the one before it)`);
    });
    return { dir, manifest: parseSnapshotManifest(text, file) };
}
/** Re-hashes every stored file: undo changes nothing unless the whole snapshot is intact. */
async function verifySnapshot(snapshot) {
    const files = await (0,promises_.realpath)(external_node_path_default().join(snapshot.dir, FILES)).catch(() => null);
    for (const e of snapshot.manifest.entries) {
        if (e.type !== 'file')
            continue;
        const copy = external_node_path_default().join(snapshot.dir, FILES, e.path);
        // A link planted in the snapshot would make undo copy a file from elsewhere into the data dir.
        const real = await (0,promises_.realpath)(copy).catch(() => null);
        if (real !== null && (files === null || real !== external_node_path_default().join(files, e.path))) {
            throw new errors/* InputError */.dz(`snapshot ${snapshot.dir}: ${e.path} is stored through a symlink; the snapshot was edited and cannot be restored`);
        }
        const sha = await (0,hash/* sha256File */.Q)(copy).catch(() => null);
        if (sha !== e.sha256) {
            throw new errors/* InputError */.dz(`snapshot ${snapshot.dir}: ${e.path} is ${sha === null ? 'missing' : 'altered'}; the snapshot cannot be restored byte for byte`);
        }
    }
}
/**
 * Refuses, before anything is written, what restoring would have to stop
 * at halfway, or could only do by writing outside dir: an entry whose kind
 * no longer fits what is there now. A folder now a symlink is the case that
 * matters: every entry's parent is a folder entry listed before it
 * (parseSnapshotManifest), so checking each entry checks every path undo
 * writes through.
 */
async function checkRestoreTargets(dir, entries) {
    for (const e of entries) {
        const abs = external_node_path_default().join(dir, e.path);
        const mismatch = kindMismatch(e, abs, await (0,promises_.lstat)(abs).catch(() => null));
        if (mismatch)
            throw new errors/* InputError */.dz(mismatch);
    }
}
/** Why e cannot be put back over what is at abs now, or null. Checked up front, and again at the write in case it changed since. */
function kindMismatch(e, abs, st) {
    if (!st)
        return null;
    if (e.type === 'dir' && st.isSymbolicLink())
        return `${abs}: a folder in the snapshot is now a symlink, and restoring into it would write where it points; move it away and run undo again`;
    if (e.type === 'dir' && !st.isDirectory())
        return `${abs}: a folder in the snapshot is now something else; move it away and run undo again`;
    if (e.type === 'file' && !st.isFile())
        return `${abs}: a file in the snapshot is now a folder or link; move it away and run undo again`;
    if (e.type === 'symlink' && st.isDirectory())
        return `${abs}: a symlink in the snapshot is now a folder; move it away and run undo again`;
    return null;
}
/** Puts dir back as the snapshot holds it. Call verifySnapshot first. */
async function restoreSnapshot(dir, snapshot, hooks = {}) {
    const result = { restored: [], removed: [], unchanged: 0, leftAlone: [] };
    const inSnapshot = new Set(snapshot.manifest.entries.map((e) => e.path));
    await checkRestoreTargets(dir, snapshot.manifest.entries);
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const e of snapshot.manifest.entries) {
        const abs = external_node_path_default().join(dir, e.path);
        const st = await (0,promises_.lstat)(abs).catch(() => null);
        const mismatch = kindMismatch(e, abs, st);
        if (mismatch)
            throw new errors/* InputError */.dz(mismatch);
        if (e.type === 'dir') {
            if (!st) {
                await (0,promises_.mkdir)(abs, { recursive: true });
                result.restored.push(e.path);
            }
            await (0,promises_.chmod)(abs, e.mode);
        }
        else if (e.type === 'symlink') {
            const target = st?.isSymbolicLink() ? await (0,promises_.readlink)(abs) : null;
            if (target === e.target)
                result.unchanged++;
            else {
                if (st)
                    await (0,promises_.rm)(abs, { recursive: false, force: true });
                await (0,promises_.symlink)(e.target ?? '', abs);
                result.restored.push(e.path);
            }
        }
        else {
            const same = st !== null && (st.mode & 0o7777) === e.mode && (await (0,hash/* sha256File */.Q)(abs)) === e.sha256;
            if (same) {
                result.unchanged++;
                continue;
            }
            // Checked before the rename: bytes that changed in the snapshot since it was verified never reach the data dir.
            await (0,atomic_write/* writeFileAtomic */.Zf)(abs, (0,external_node_fs_.createReadStream)(external_node_path_default().join(snapshot.dir, FILES, e.path)), {
                mode: e.mode,
                hooks,
                expectSha256: e.sha256,
            }).catch((err) => {
                if (err instanceof atomic_write/* ContentMismatchError */.gd)
                    throw new errors/* InputError */.dz(`snapshot ${snapshot.dir}: ${e.path} changed while it was restored; the data dir file was left as it was`);
                throw err;
            });
            result.restored.push(e.path);
        }
    }
    const owned = new Set(snapshot.manifest.owned);
    for (const e of await listTree(dir)) {
        if (inSnapshot.has(e.path))
            continue;
        if (owned.has(e.path) && e.type === 'file') {
            await (0,promises_.unlink)(e.abs);
            await (0,atomic_write/* syncDir */.ty)(external_node_path_default().dirname(e.abs));
            result.removed.push(e.path);
        }
        else
            result.leftAlone.push(e.path);
    }
    return result;
}
async function fsyncFile(file) {
    const fh = await (0,promises_.open)(file, 'r+');
    try {
        await fh.sync();
    }
    finally {
        await fh.close();
    }
}
async function exists(p) {
    return (0,promises_.lstat)(p).then(() => true, () => false);
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


/***/ })

};
