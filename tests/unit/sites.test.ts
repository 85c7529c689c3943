import { describe, expect, test } from 'vitest';
import { SITES, siteFor } from '../../src/sites';
import { risky, worstSeverity } from '../../src/content/view';
import type { Finding } from '../../src/engine/types';

describe('which site adapter a page gets', () => {
  test.each([
    ['www.facebook.com', 'facebook'],
    ['web.facebook.com', 'facebook'],
    ['m.facebook.com', 'facebook'],
    ['www.instagram.com', 'instagram'],
    ['x.com', 'x'],
    ['mobile.x.com', 'x'],
    ['twitter.com', 'x'],
    ['WWW.LINKEDIN.COM', 'linkedin'],
    ['uk.linkedin.com', 'linkedin'],
  ])('%s → %s', (host, site) => {
    expect(siteFor(host)?.id).toBe(site);
  });

  test.each(['notfacebook.com', 'facebook.com.evil.example', 'linkedin.co', 'xx.com', 'example.org'])('%s → none', (host) => {
    expect(siteFor(host)).toBeNull();
  });

  test('every composer spec has a unique id, a selector the browser accepts, and a way to post', () => {
    const ids = SITES.flatMap((site) => site.composers.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const spec of SITES.flatMap((site) => site.composers)) {
      expect(spec.submit.length > 0 || spec.submitKey !== undefined, spec.id).toBe(true);
      // Selectors are tried against real fixture pages in tests/e2e/selectors.test.ts; here only that each is one string.
      expect(spec.editorSelector.trim(), spec.id).not.toBe('');
    }
  });
});

describe('what the pre-post check acts on', () => {
  const finding = (severity: Finding['severity']) => ({ severity }) as Finding;
  test('warning and high findings hold a post; info findings do not', () => {
    expect(risky([finding('info'), finding('warning'), finding('high')]).map((f) => f.severity)).toEqual(['warning', 'high']);
    expect(risky([finding('info')])).toEqual([]);
  });
  test('the worst severity is shown on the indicator', () => {
    expect(worstSeverity([finding('info'), finding('high'), finding('warning')])).toBe('high');
    expect(worstSeverity([finding('info')])).toBe('info');
    expect(worstSeverity([])).toBeNull();
  });
});
