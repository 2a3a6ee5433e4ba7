/**
 * The events app's committed files that set DATABASE_TYPE, shaped like the
 * real ones (a quoted dotenv value with a comment, an `export` line, a CRLF
 * file without a trailing newline, the CDK environment object literal, a
 * JSON config), and a gitignored `.env`. One copy, for the scratch app and
 * the config-pr fixtures.
 */
export const APP_FILES = (stage: string): Record<string, string> => ({
  '.gitignore': '.env\nnode_modules/\n',
  '.env': 'PORT=3000\nDATABASE_TYPE=dynamodb\n',
  // The stage's own template, its name in a dot part (the app's is .env.production.template).
  [`.env.${stage}.template`]:
    '# Production settings (copy to .env)\nPORT=3000\nDATABASE_TYPE="dynamodb"  # Options: file, dynamodb\nexport AWS_REGION=ap-northeast-1\n',
  [`environments/${stage}/${stage}.env`]: 'NODE_ENV=production\r\nexport DATABASE_TYPE=dynamodb\r\nLOG_LEVEL=info',
  'cdk/lib/config/environment.js': `// Per-stage settings for the CDK stacks
const common = { region: 'ap-northeast-1' };

module.exports = {
  development: { ...common, database: { type: 'file' } },
  '${stage}': {
    ...common,
    database: { type: 'dynamodb' }, // switched by the migration
  },
};
`,
  [`cdk/config/${stage}.json`]: '{\n  "database": {\n    "type": "dynamodb",\n    "tablePrefix": "lightningtalk-circle"\n  }\n}\n',
  'server/index.js': "const db = process.env.DATABASE_TYPE || 'file';\nmodule.exports = db;\n",
});

/** The config's switch targets: the four files of APP_FILES that set the switch (kept beside them so the two agree). */
export const SWITCH_TARGETS_YAML = `switch:
  targets:
    - .env.\${stage}.template
    - environments/\${stage}/\${stage}.env
    - path: cdk/lib/config/environment.js
      property: \${stage}.database.type
    - path: cdk/config/\${stage}.json
      pointer: /database/type
`;
