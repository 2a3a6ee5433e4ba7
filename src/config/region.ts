/** What the SDK can put in a host name: AWS regions, and the names local endpoints accept. Apart from the schema so a run without a config file never loads zod. */
export const REGION = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
