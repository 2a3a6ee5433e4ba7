export const id = 5989;
export const ids = [5989];
export const modules = {

/***/ 55989:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   repositoryOfUrl: () => (/* binding */ repositoryOfUrl),
/* harmony export */   resolvePin: () => (/* binding */ resolvePin)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_option_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78440);


const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const SHA = /^[0-9a-f]{40}$/;
function pinOf(repository, ref, version, source, what) {
    if (!REPOSITORY.test(repository))
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what}: "${repository}" is not a GitHub repository owner/name; give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} owner/name@<40-hex commit sha>`);
    if (!SHA.test(ref)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${what}: "${ref}" is not a full commit SHA (tags and branches can move to other code); give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} ${repository}@<40-hex commit sha>`);
    }
    return { repository, sha: ref, version, source };
}
/** owner/name from a GitHub remote URL (https, ssh or scp-like), or null. */
function repositoryOfUrl(url) {
    const m = /^(?:https?:\/\/(?:[^@/]+@)?|ssh:\/\/(?:[^@/]+@)?|[^@/:]+@)github\.com[:/]([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m && REPOSITORY.test(m[1]) ? m[1] : null;
}
/** A release tag as the release workflow makes them: v1.2.3. */
const RELEASE_TAG = /^v(\d+\.\d+\.\d+)$/;
async function resolvePin({ action, env, checkout, version, tagCommit }) {
    if (action !== undefined) {
        const at = action.lastIndexOf('@');
        if (at < 0)
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} "${action}": write it as owner/name@<40-hex commit sha> or owner/name@vX.Y.Z`);
        const [repository, ref] = [action.slice(0, at), action.slice(at + 1)];
        const tag = RELEASE_TAG.exec(ref);
        if (tag && REPOSITORY.test(repository))
            return pinTag(repository, ref, tag[1], tagCommit);
        return pinOf(repository, ref, version, (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action'), (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action'));
    }
    const repository = env.GITHUB_ACTION_REPOSITORY;
    if (repository)
        return pinOf(repository, env.GITHUB_ACTION_REF ?? '', version, 'the running action (GITHUB_ACTION_REPOSITORY, GITHUB_ACTION_REF)', 'the running action');
    if (checkout) {
        const sha = await checkout.headCommit();
        const url = await checkout.remoteUrl('origin').catch(() => null);
        const fromUrl = url ? repositoryOfUrl(url) : null;
        if (!fromUrl) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`this package's checkout (${checkout.dir}) has no GitHub origin to pin to${url ? ` (origin is not github.com)` : ''}; give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} owner/name@<40-hex commit sha>`);
        }
        return pinOf(fromUrl, sha, version, `this package's git checkout (${checkout.dir})`, 'the checkout');
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`cannot tell which commit of dynamodb-rollback to pin the workflows to (not run as an action, nor from a git checkout); give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} owner/name@<40-hex commit sha>`);
}
/** The tag's commit, looked up once now, so the workflows pin what the tag names today and a moved tag cannot change them. */
async function pinTag(repository, tag, version, tagCommit) {
    if (!tagCommit) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} ${repository}@${tag}: a tag is resolved to its commit through the GitHub API, which needs a token: give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('token')} (or set GITHUB_TOKEN), or give ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} ${repository}@<40-hex commit sha>`);
    }
    const sha = await tagCommit(repository, tag);
    if (!sha)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} ${repository}@${tag}: no tag ${tag} in ${repository} that names a commit (or the token cannot see the repository); check the tag and ${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('github-api-url')}`);
    return pinOf(repository, sha, version, `${(0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action')} ${repository}@${tag}, resolved through the GitHub API`, (0,_core_option_name_js__WEBPACK_IMPORTED_MODULE_1__/* .opt */ .m7)('action'));
}


/***/ })

};
