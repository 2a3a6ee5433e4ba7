import { parseRepository, repositoryFromUrl } from '../../src/config-pr/repository.js';

describe('the GitHub repository', () => {
  it.each([
    ['https://github.com/acme/events-app.git', 'acme/events-app'],
    ['https://x-access-token:ghs_abc@github.com/acme/events-app', 'acme/events-app'],
    ['git@github.com:acme/events-app.git', 'acme/events-app'],
    ['ssh://git@ghe.example.com:2222/acme/events.app.git', 'acme/events.app'],
    ['https://ghe.example.com/acme/events-app/', 'acme/events-app'],
  ])('reads %s as %s', (url, name) => {
    const r = repositoryFromUrl(url);
    expect(r && `${r.owner}/${r.repo}`).toBe(name);
  });

  it.each(['/tmp/origin.git', '../origin.git', 'file:///srv/git/app.git/extra/deep', 'https://github.com/acme'])(
    'finds no repository in %s',
    (url) => {
      expect(repositoryFromUrl(url)).toBeNull();
    },
  );

  it('refuses a --repository that is not owner/name', () => {
    expect(parseRepository('acme/events-app', '--repository')).toEqual({ owner: 'acme', repo: 'events-app' });
    expect(() => parseRepository('acme', '--repository')).toThrow('--repository "acme": expected owner/name');
    expect(() => parseRepository('a/b/c', '--repository')).toThrow('expected owner/name');
  });
});
