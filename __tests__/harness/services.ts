/**
 * The embedded services live in src/local (the drill starts them too); the
 * tests' global setup, the bench and the harness take them from there.
 */
// Jest loads global setup through require(), outside moduleNameMapper: extensionless on purpose.
// @ts-expect-error TS2835: extensionless on purpose (see above)
export { type LocalServices, startLocalServices } from '../../src/local/services';
