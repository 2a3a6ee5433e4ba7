// The S3 half of a location (core/location.ts), kept here for the S3 client's users.
export { parseS3Uri, type S3Location, s3Key, s3UriOf } from '../core/location.js';
