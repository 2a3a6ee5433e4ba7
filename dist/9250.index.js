export const id = 9250;
export const ids = [9250];
export const modules = {

/***/ 99250:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   configCommand: () => (/* binding */ configCommand)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68619);
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22143);


/** Prints the resolved configuration: a quick check of what a rollback would touch. */
const configCommand = (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .defineCommand */ .N)({
    name: 'config',
    description: 'Show the resolved configuration (defaults, config file, options, ${stage} substituted)',
    options: [],
    outputs: {
        stage: 'Stage after overrides',
        region: 'AWS region',
        tables: 'JSON object: collection -> table',
        'data-dir': 'File database folder',
    },
    async run(ctx) {
        return ctx.config;
    },
    present(config) {
        return {
            ok: true,
            outputs: {
                stage: config.stage,
                region: config.region,
                tables: JSON.stringify(config.tables),
                'data-dir': config.dataDir,
            },
            summary: {
                title: 'config',
                headline: `stage ${config.stage}, region ${config.region}, ${Object.keys(config.tables).length} tables (${config.file ?? 'built-in defaults'})`,
                tables: [{ headers: ['collection', 'table'], rows: Object.entries(config.tables).map(([c, t]) => [c, t]) }],
                notes: [
                    `data dir: ${config.dataDir}`,
                    `backup dir: ${config.backupDir}`,
                    `progress file: ${config.progressFile}`,
                    `switch: ${config.switch.key} ${config.switch.from} -> ${config.switch.to} in ${config.switch.targets.map(_config_types_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTarget */ .f).join(', ')}`,
                ],
            },
        };
    },
});


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

/***/ 22143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ describeTarget),
/* harmony export */   l: () => (/* binding */ isCommandTarget)
/* harmony export */ });
const isCommandTarget = (t) => 'command' in t;
/** A target in one short phrase: `path#/pointer`, `path:property`, or the command. */
function describeTarget(t) {
    if (isCommandTarget(t))
        return `command: ${t.command}`;
    return t.path + (t.pointer ? `#${t.pointer}` : '') + (t.property ? `:${t.property}` : '');
}


/***/ })

};
