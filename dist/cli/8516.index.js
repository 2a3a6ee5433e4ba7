export const id = 8516;
export const ids = [8516];
export const modules = {

/***/ 8516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  startExportStandIn: () => (/* binding */ startExportStandIn)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-dynamodb/dist-cjs/index.js
var dist_cjs = __webpack_require__(64305);
// EXTERNAL MODULE: ./src/dynamo/wire.ts
var dynamo_wire = __webpack_require__(97581);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-cjs/index.js
var client_s3_dist_cjs = __webpack_require__(53711);
;// CONCATENATED MODULE: ./src/local/aws-export-layout.ts
/**
 * Writes a DynamoDB export to S3 in AWS's documented layout (docs/formats.md
 * "DynamoDB's native export"), for the local stand-in of the export API
 * (export-stand-in.ts) and the tests: never used by a command against AWS.
 *
 *   <prefix>/AWSDynamoDB/<id>/_started                 empty, first
 *   <prefix>/AWSDynamoDB/<id>/data/<name>.json.gz       full export's data
 *   <prefix>/AWSDynamoDB/data/<name>.json.gz            incremental export's data (the shared folder)
 *   <prefix>/AWSDynamoDB/<id>/manifest-files.json       JSON lines: itemCount, md5Checksum, etag, dataFileS3Key
 *   <prefix>/AWSDynamoDB/<id>/manifest-summary.json     last; plus a .checksum (md5 hex) of each manifest
 */



const md5 = (b) => (0,external_node_crypto_.createHash)('md5').update(b);
/** A data file's name, 26 lower-case base32 characters like AWS's, the same for the same export and file. */
function fileName(exportId, n) {
    const alphabet = 'abcdefghijklmnopqrstuvwxyz234567';
    const h = (0,external_node_crypto_.createHash)('sha256').update(`${exportId}/${n}`).digest();
    return Array.from({ length: 26 }, (_, i) => alphabet[h[i] % 32]).join('');
}
/** Writes the export; returns the keys written, in order (for tests and counts). */
async function writeAwsExport(s3, spec) {
    const id = spec.exportArn.slice(spec.exportArn.lastIndexOf('/') + 1);
    const root = `${spec.prefix ? `${spec.prefix}/` : ''}AWSDynamoDB`;
    const dir = `${root}/${id}`;
    const written = [];
    const put = async (Key, Body) => {
        await s3.call({ operation: 'PutObject', resource: `s3://${spec.bucket}/${Key}` }, (sdk) => sdk.send(new client_s3_dist_cjs.PutObjectCommand({ Bucket: spec.bucket, Key, Body: Buffer.from(Body) })));
        written.push(Key);
    };
    await put(`${dir}/_started`, '');
    const parts = Math.max(1, spec.partitions);
    const files = [];
    for (let p = 0; p < parts; p++) {
        const lines = spec.lines.filter((_, i) => i % parts === p);
        const body = (0,external_node_zlib_.gzipSync)(lines.map((l) => `${l}\n`).join(''));
        const key = spec.type === 'FULL_EXPORT' && !spec.sharedData
            ? `${dir}/data/${fileName(id, p)}.json.gz`
            : `${root}/data/${fileName(id, p)}.json.gz`;
        await put(key, body);
        files.push(JSON.stringify({
            itemCount: lines.length,
            md5Checksum: md5(body).digest('base64'),
            etag: md5(body).digest('hex'),
            dataFileS3Key: key,
        }));
    }
    const manifestFiles = `${files.join('\n')}\n`;
    await put(`${dir}/manifest-files.json`, manifestFiles);
    await put(`${dir}/manifest-files.checksum`, md5(manifestFiles).digest('hex'));
    const summary = JSON.stringify({
        version: spec.type === 'FULL_EXPORT' ? '2020-06-30' : '2023-08-01',
        exportArn: spec.exportArn,
        startTime: spec.startTime,
        endTime: spec.endTime,
        tableArn: spec.tableArn,
        tableId: (0,external_node_crypto_.createHash)('sha256')
            .update(spec.tableArn)
            .digest('hex')
            .slice(0, 32)
            .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-'),
        ...(spec.type === 'FULL_EXPORT' ? { exportTime: spec.exportTime } : { exportFromTime: spec.fromTime, exportToTime: spec.toTime }),
        s3Bucket: spec.bucket,
        s3Prefix: spec.prefix || null,
        s3SseAlgorithm: spec.sse,
        s3SseKmsKeyId: spec.kmsKeyId ?? null,
        manifestFilesS3Key: `${dir}/manifest-files.json`,
        billedSizeBytes: spec.lines.reduce((n, l) => n + Buffer.byteLength(l), 0),
        itemCount: spec.lines.length,
        outputFormat: 'DYNAMODB_JSON',
        ...(spec.type === 'INCREMENTAL_EXPORT' ? { outputView: 'NEW_AND_OLD_IMAGES' } : {}),
        exportType: spec.type,
    });
    await put(`${dir}/manifest-summary.json`, summary);
    await put(`${dir}/manifest-summary.checksum`, md5(summary).digest('hex'));
    return written;
}
/** One change record as AWS writes it with NEW_AND_OLD_IMAGES: no NewImage for a deletion, no OldImage for an insert. */
function changeLine(change) {
    return JSON.stringify({
        Metadata: { WriteTimestampMicros: { N: String(change.writeMicros) } },
        Keys: change.keys,
        ...(change.oldImage ? { OldImage: change.oldImage } : {}),
        ...(change.newImage ? { NewImage: change.newImage } : {}),
    });
}

;// CONCATENATED MODULE: ./src/local/export-stand-in.ts
/**
 * A stand-in for DynamoDB's export API, for the drill and the bench only:
 * an HTTP endpoint in front of dynalite that answers
 * DescribeContinuousBackups (PITR on, a window of the last 35 days to now),
 * ExportTableToPointInTime, DescribeExport and ListExports itself and passes
 * every other request to dynalite. An export scans the table in dynalite and
 * writes AWS's documented layout into the embedded S3 (aws-export-layout.ts);
 * it cannot go back in time, so a "point in time" is the table as it is when
 * asked. An incremental export is the difference between the table now and
 * the stand-in's own last export at or before its start (none: everything is
 * new). It is not AWS: the drill's table says so.
 */




const TARGET_PREFIX = 'DynamoDB_20120810.';
const ANSWERED = new Set(['DescribeContinuousBackups', 'ExportTableToPointInTime', 'DescribeExport', 'ListExports']);
async function body(req) {
    const chunks = [];
    for await (const c of req)
        chunks.push(c);
    return Buffer.concat(chunks);
}
/** dynamo reaches the same dynalite as dynamoEndpoint (the stand-in scans through it), s3 the embedded S3; both built by the caller. */
async function startExportStandIn(opts) {
    const { dynamo, s3 } = opts;
    const target = new URL(opts.dynamoEndpoint);
    const counts = {};
    const count = (k, n = 1) => (counts[k] = (counts[k] ?? 0) + n);
    const exports = new Map();
    const snapshots = new Map();
    const started = Date.now();
    let seq = 0;
    const scanTable = async (table) => {
        const desc = await dynamo.call({ operation: 'DescribeTable' }, (sdk) => sdk.send(new dist_cjs/* DescribeTableCommand */.h8C({ TableName: table })));
        const keyNames = (desc.Table?.KeySchema ?? []).map((k) => k.AttributeName ?? '');
        const items = new Map();
        let start;
        do {
            const page = await dynamo.call({ operation: 'Scan' }, (sdk) => sdk.send(new dist_cjs/* ScanCommand */.Zy5({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true })));
            count('stand-in Scan pages');
            for (const item of page.Items ?? []) {
                const wire = (0,dynamo_wire/* toWire */.BW)(item);
                items.set(JSON.stringify(keyNames.map((k) => [k, wire[k]])), wire);
            }
            start = page.LastEvaluatedKey;
        } while (start);
        return items;
    };
    const epoch = (ms) => ms / 1000;
    async function answer(op, input) {
        if (op === 'DescribeContinuousBackups') {
            return {
                ContinuousBackupsDescription: {
                    ContinuousBackupsStatus: 'ENABLED',
                    PointInTimeRecoveryDescription: {
                        PointInTimeRecoveryStatus: 'ENABLED',
                        EarliestRestorableDateTime: epoch(started - 35 * 86_400_000),
                        LatestRestorableDateTime: epoch(Date.now()),
                    },
                },
            };
        }
        if (op === 'DescribeExport') {
            const d = exports.get(String(input.ExportArn));
            if (!d)
                throw Object.assign(new Error('ExportNotFoundException'), { type: 'ExportNotFoundException' });
            return { ExportDescription: d };
        }
        if (op === 'ListExports') {
            const list = [...exports.values()].filter((d) => !input.TableArn || d.TableArn === input.TableArn);
            return { ExportSummaries: list.map((d) => ({ ExportArn: d.ExportArn, ExportStatus: d.ExportStatus, ExportType: d.ExportType })) };
        }
        // ExportTableToPointInTime
        const same = [...exports.values()].find((d) => d.ClientToken === input.ClientToken);
        if (same)
            return { ExportDescription: same };
        const tableArn = String(input.TableArn);
        const table = tableArn.slice(tableArn.lastIndexOf('/') + 1);
        const id = `${String(Date.now()).padStart(14, '0')}-${(++seq).toString(16).padStart(8, '0')}`;
        const exportArn = `${tableArn}/export/${id}`;
        const now = Date.now();
        const t0 = performance.now();
        const items = await scanTable(table);
        const incremental = input.ExportType === 'INCREMENTAL_EXPORT';
        const spec = (input.IncrementalExportSpecification ?? {});
        const at = incremental ? Number(spec.ExportToTime) * 1000 : Number(input.ExportTime ?? epoch(now)) * 1000;
        let lines;
        if (!incremental)
            lines = [...items.values()].map((item) => JSON.stringify({ Item: item }));
        else {
            const from = Number(spec.ExportFromTime) * 1000;
            const before = (snapshots.get(table) ?? []).filter((s) => s.at <= from).at(-1)?.items ?? new Map();
            const micros = BigInt(now) * 1000n;
            lines = [];
            for (const [k, item] of items) {
                const old = before.get(k);
                if (old === undefined || JSON.stringify(old) !== JSON.stringify(item))
                    lines.push(changeLine({ keys: keysOf(k), newImage: item, ...(old ? { oldImage: old } : {}), writeMicros: micros }));
            }
            for (const [k, old] of before)
                if (!items.has(k))
                    lines.push(changeLine({ keys: keysOf(k), oldImage: old, writeMicros: micros }));
        }
        const list = snapshots.get(table) ?? [];
        list.push({ at, items });
        list.sort((a, b) => a.at - b.at);
        snapshots.set(table, list);
        const written = await writeAwsExport(s3, {
            bucket: String(input.S3Bucket),
            prefix: String(input.S3Prefix ?? ''),
            exportArn,
            tableArn,
            type: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
            lines,
            partitions: opts.partitions ?? 4,
            startTime: new Date(now).toISOString(),
            endTime: new Date().toISOString(),
            ...(incremental
                ? { fromTime: new Date(Number(spec.ExportFromTime) * 1000).toISOString(), toTime: new Date(at).toISOString() }
                : { exportTime: new Date(at).toISOString() }),
            sse: input.S3SseAlgorithm === 'KMS' ? 'KMS' : 'AES256',
        });
        count('stand-in S3 objects written', written.length);
        count('stand-in ms', Math.round(performance.now() - t0));
        const desc = {
            ExportArn: exportArn,
            ExportStatus: 'COMPLETED',
            StartTime: epoch(now),
            EndTime: epoch(Date.now()),
            ExportManifest: `${input.S3Prefix ? `${String(input.S3Prefix)}/` : ''}AWSDynamoDB/${id}/manifest-summary.json`,
            TableArn: tableArn,
            ExportTime: epoch(at),
            ClientToken: input.ClientToken,
            S3Bucket: input.S3Bucket,
            S3Prefix: input.S3Prefix,
            S3SseAlgorithm: input.S3SseAlgorithm,
            ExportFormat: 'DYNAMODB_JSON',
            BilledSizeBytes: lines.reduce((n, l) => n + Buffer.byteLength(l), 0),
            ItemCount: lines.length,
            ExportType: incremental ? 'INCREMENTAL_EXPORT' : 'FULL_EXPORT',
            ...(incremental ? { IncrementalExportSpecification: { ...spec, ExportViewType: 'NEW_AND_OLD_IMAGES' } } : {}),
        };
        exports.set(exportArn, desc);
        // Started, as AWS answers; the first DescribeExport finds it complete.
        return { ExportDescription: { ...desc, ExportStatus: 'IN_PROGRESS', EndTime: undefined } };
    }
    const server = (0,external_node_http_.createServer)((req, res) => {
        void (async () => {
            const raw = await body(req);
            const op = String(req.headers['x-amz-target'] ?? '').replace(TARGET_PREFIX, '');
            count(op || 'other');
            if (ANSWERED.has(op)) {
                try {
                    const out = await answer(op, JSON.parse(raw.toString('utf8') || '{}'));
                    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.0' }).end(JSON.stringify(out));
                }
                catch (err) {
                    const type = err.type ?? 'InternalServerError';
                    res
                        .writeHead(type === 'InternalServerError' ? 500 : 400, { 'content-type': 'application/x-amz-json-1.0' })
                        .end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: type }));
                }
                return;
            }
            const fwd = (0,external_node_http_.request)({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (up) => {
                res.writeHead(up.statusCode ?? 500, up.headers);
                up.pipe(res);
            });
            fwd.on('error', () => res.destroy());
            fwd.end(raw);
        })();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        endpoint: `http://127.0.0.1:${server.address().port}`,
        counts,
        stop: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
/** The Keys map of a change record, from the stand-in's key text (the key attributes in schema order). */
function keysOf(keyText) {
    return Object.fromEntries(JSON.parse(keyText));
}


/***/ })

};
