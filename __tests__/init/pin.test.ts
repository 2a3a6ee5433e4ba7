import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createGit } from '../../src/clients/git.js';
import { InputError } from '../../src/core/errors.js';
import { packageCheckout } from '../../src/init/package-checkout.js';
import { repositoryOfUrl, resolvePin } from '../../src/init/pin.js';
import { expectedSettings, pinWorkflow } from '../../src/init/render-workflows.js';
import { WORKFLOW_TEMPLATES } from '../../src/init/workflow-templates.js';
import { git } from '../fixtures/app-repo.js';
import { createGitHub } from '../../src/clients/github.js';
import { startFakeGitHub } from '../harness/github-api.js';

const SHA = 'fedcba9876543210fedcba9876543210fedcba98';
const COMMITTER = 'Test <test@example.com>';

describe('which commit the workflows are pinned to', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'ddbrb-pin-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  /** A checkout of this package: one commit, origin as given. */
  async function checkout(name: string, origin?: string) {
    const dir = path.join(scratch, name);
    await git(scratch, 'init', '--quiet', dir);
    await git(dir, 'commit', '--quiet', '--allow-empty', '-m', 'the action');
    if (origin) await git(dir, 'remote', 'add', 'origin', origin);
    return createGit({ dir, committer: COMMITTER });
  }

  it('takes --action first, over the run and the checkout', async () => {
    const pin = await resolvePin({
      action: `acme/ddb@${SHA}`,
      env: { GITHUB_ACTION_REPOSITORY: 'other/x', GITHUB_ACTION_REF: SHA },
      checkout: null,
      version: '0.1.0',
    });
    expect(pin).toMatchObject({ repository: 'acme/ddb', sha: SHA, version: '0.1.0', source: '--action' });
  });

  it('takes the running action when its ref is a full SHA, and refuses a tag there', async () => {
    const env = { GITHUB_ACTION_REPOSITORY: 'acme/dynamodb-rollback', GITHUB_ACTION_REF: SHA };
    await expect(resolvePin({ env, checkout: null, version: '0.1.0' })).resolves.toMatchObject({
      repository: 'acme/dynamodb-rollback',
      sha: SHA,
    });
    await expect(resolvePin({ env: { ...env, GITHUB_ACTION_REF: 'v1' }, checkout: null, version: '0.1.0' })).rejects.toThrow(
      /"v1" is not a full commit SHA/,
    );
  });

  it("takes the package checkout's HEAD and its GitHub origin", async () => {
    const c = await checkout('gh', 'git@github.com:acme/dynamodb-rollback.git');
    const head = (await git(c.dir, 'rev-parse', 'HEAD')).trim();
    await expect(resolvePin({ env: {}, checkout: c, version: '0.1.0' })).resolves.toMatchObject({
      repository: 'acme/dynamodb-rollback',
      sha: head,
    });
  });

  it('refuses a checkout whose origin is not on github.com, or that has none, and nothing at all', async () => {
    const other = await checkout('other', 'https://gitlab.example.com/acme/dynamodb-rollback.git');
    await expect(resolvePin({ env: {}, checkout: other, version: '0.1.0' })).rejects.toThrow(/origin is not github\.com.*give --action/);
    const none = await checkout('none');
    await expect(resolvePin({ env: {}, checkout: none, version: '0.1.0' })).rejects.toThrow(/no GitHub origin/);
    const err = await resolvePin({ env: {}, checkout: null, version: '0.1.0' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/give --action owner\/name@<40-hex commit sha>/);
  });

  it("finds the package's own checkout from the running script, never the app's repository it is installed in", async () => {
    const open = (dir: string) => createGit({ dir, committer: COMMITTER });
    const manifest = JSON.stringify({ name: 'dynamodb-rollback' });
    // A checkout of the package: the script's package folder is the git top.
    const pkg = path.join(scratch, 'pkg');
    await git(scratch, 'init', '--quiet', pkg);
    await mkdir(path.join(pkg, 'dist/cli'), { recursive: true });
    await writeFile(path.join(pkg, 'package.json'), manifest);
    await writeFile(path.join(pkg, 'dist/cli/index.js'), '');
    expect((await packageCheckout(path.join(pkg, 'dist/cli/index.js'), open))?.dir).toBe(pkg);
    // Installed in an app: git would answer for the app, so there is no checkout of ours.
    const installed = path.join(pkg, 'app-copy/node_modules/dynamodb-rollback');
    await mkdir(path.join(installed, 'dist/cli'), { recursive: true });
    await writeFile(path.join(installed, 'package.json'), manifest);
    await writeFile(path.join(installed, 'dist/cli/index.js'), '');
    await expect(packageCheckout(path.join(installed, 'dist/cli/index.js'), open)).resolves.toBeNull();
    // Not in git at all, or no package of ours above the script.
    const loose = path.join(os.tmpdir(), `ddbrb-loose-${process.pid}`);
    await mkdir(loose, { recursive: true });
    try {
      await writeFile(path.join(loose, 'package.json'), manifest);
      await writeFile(path.join(loose, 'index.js'), '');
      await expect(packageCheckout(path.join(loose, 'index.js'), open)).resolves.toBeNull();
    } finally {
      await rm(loose, { recursive: true, force: true });
    }
    await expect(packageCheckout(undefined, open)).resolves.toBeNull();
  });

  it.each([
    ['https://github.com/acme/dynamodb-rollback.git', 'acme/dynamodb-rollback'],
    ['https://x-access-token:abc@github.com/acme/dynamodb-rollback', 'acme/dynamodb-rollback'],
    ['ssh://git@github.com/acme/d.r.git', 'acme/d.r'],
    ['git@github.com:acme/dynamodb-rollback.git', 'acme/dynamodb-rollback'],
    ['https://github.example.com/acme/x.git', null],
    ['/srv/git/x.git', null],
  ])('reads owner/name from the remote %s', (url, expected) => {
    expect(repositoryOfUrl(url)).toBe(expected);
  });
});

describe('the workflows as an app gets them', () => {
  const pin = { repository: 'acme/ddb', sha: SHA, version: '0.1.0', source: 'test' };

  it('pins every uses: ./, quoted or not, and leaves every other line as it was', () => {
    const text =
      "steps:\n  - uses: ./\n    with: {command: status}\n  - uses: './'  # ours\n  - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n";
    expect(pinWorkflow(text, pin, 'x.yml', [])).toBe(
      `steps:\n  - uses: acme/ddb@${SHA} # v0.1.0\n    with: {command: status}\n  - uses: acme/ddb@${SHA} # v0.1.0\n  - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8 # v5.0.0\n`,
    );
  });

  it('refuses a template that uses another path of this repository, but for a workflow init writes too', () => {
    expect(() => pinWorkflow('steps:\n  - uses: ./.github/actions/setup\n', pin, 'x.yml', ['.github/workflows/rollback.yml'])).toThrow(
      /uses \.\/\.github\/actions\/setup, which is not in an app repository/,
    );
    const call = 'jobs:\n  again:\n    uses: ./.github/workflows/rollback.yml\n';
    expect(pinWorkflow(call, pin, 'x.yml', ['.github/workflows/rollback.yml'])).toBe(call);
  });

  it('reads off the variables, secrets and environments the workflows expect, with what their comment says of each', () => {
    const text = [
      '# Variables (repository or environment):',
      '#   AWS_ROLE_ARN          role the job assumes',
      '#   DYNAMODB_ROLLBACK_S3  optional: where exports go',
      '#   LOCAL_A, LOCAL_B',
      "#                        a rehearsal's endpoints; unset on AWS",
      'jobs:',
      '  a:',
      '    environment: dynamodb-rollback-${{ inputs.stage }}',
      '    env:',
      '      ROLE: ${{ vars.AWS_ROLE_ARN }}',
      '      S3: ${{ vars.DYNAMODB_ROLLBACK_S3 || vars.AWS_ROLE_ARN }}',
      '      E: ${{ vars.LOCAL_B }}',
      '      U: ${{ vars.UNDESCRIBED }}',
      '      F: ${{ vars.FALLS_BACK || vars.AWS_ROLE_ARN }}',
      '      # ${{ vars.ONLY_IN_A_COMMENT }}',
      '      T: ${{ secrets.GITHUB_TOKEN }}',
      '      K: ${{ secrets.SLACK_HOOK }}',
      '  b:',
      '    environment:',
      '      name: dynamodb-rollback-${{ needs.resolve.outputs.stage }}',
    ].join('\n');
    const files = ['x.yml'];
    expect(expectedSettings([{ file: 'x.yml', text }])).toEqual({
      variables: [
        { name: 'AWS_ROLE_ARN', description: 'role the job assumes', optional: false, files },
        { name: 'DYNAMODB_ROLLBACK_S3', description: 'optional: where exports go', optional: true, files },
        { name: 'FALLS_BACK', description: '', optional: true, files },
        { name: 'LOCAL_B', description: "a rehearsal's endpoints; unset on AWS", optional: true, files },
        { name: 'UNDESCRIBED', description: '', optional: false, files },
      ],
      secrets: ['SLACK_HOOK'],
      environments: ['dynamodb-rollback-<stage>'],
    });
  });

  it('finds every variable the bundled workflows need (no fallback) described in their own comment', () => {
    const expected = expectedSettings(Object.entries(WORKFLOW_TEMPLATES).map(([file, text]) => ({ file, text })));
    expect(expected.variables.filter((v) => !v.optional && !v.description).map((v) => v.name)).toEqual([]);
  });
});

describe('a release tag given to --action', () => {
  const COMMIT = '0123456789abcdef0123456789abcdef01234567';
  const ANNOTATED = '89abcdef0123456789abcdef0123456789abcdef';

  it("is resolved to its commit through GitHub's API (lightweight or annotated), the tag kept as the comment", async () => {
    const gh = await startFakeGitHub({ token: 't0k', owner: 'acme', repo: 'dynamodb-rollback' });
    try {
      gh.tags.set('v1.2.3', { commit: COMMIT });
      gh.tags.set('v1.3.0', { commit: ANNOTATED, annotated: true });
      const github = createGitHub({ token: 't0k', apiUrl: gh.url, retry: { budgetMs: 0 } });
      const tagCommit = (repository: string, tag: string) =>
        github.tagCommit({ owner: repository.split('/')[0]!, repo: repository.split('/')[1]! }, tag);
      const env = {};
      await expect(
        resolvePin({ action: 'acme/dynamodb-rollback@v1.2.3', env, checkout: null, version: '0.1.0', tagCommit }),
      ).resolves.toMatchObject({ sha: COMMIT, version: '1.2.3' });
      await expect(
        resolvePin({ action: 'acme/dynamodb-rollback@v1.3.0', env, checkout: null, version: '0.1.0', tagCommit }),
      ).resolves.toMatchObject({ sha: ANNOTATED, version: '1.3.0' });
      await expect(
        resolvePin({ action: 'acme/dynamodb-rollback@v9.9.9', env, checkout: null, version: '0.1.0', tagCommit }),
      ).rejects.toThrow('no tag v9.9.9 in acme/dynamodb-rollback');
      expect(gh.calls.map((c) => c.operation)).toContain('GET /repos/{owner}/{repo}/git/tags/{tag_sha}');
      expect(gh.mismatches).toEqual([]);
      const pin = await resolvePin({ action: 'acme/dynamodb-rollback@v1.2.3', env, checkout: null, version: '0.1.0', tagCommit });
      expect(pinWorkflow('steps:\n  - uses: ./\n', pin, 'rollback.yml', [])).toBe(
        `steps:\n  - uses: acme/dynamodb-rollback@${COMMIT} # v1.2.3\n`,
      );
    } finally {
      await gh.close();
    }
  });

  it('is refused without a token, and a branch name is refused whatever the token', async () => {
    await expect(resolvePin({ action: 'acme/ddb@v1.2.3', env: {}, checkout: null, version: '0.1.0' })).rejects.toThrow(
      /needs a token: give --token/,
    );
    const tagCommit = () => Promise.resolve(COMMIT);
    await expect(resolvePin({ action: 'acme/ddb@main', env: {}, checkout: null, version: '0.1.0', tagCommit })).rejects.toThrow(
      /"main" is not a full commit SHA/,
    );
  });
});
