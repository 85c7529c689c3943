import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { CATALOGUES } from '../../../src/i18n/catalogues';
import { findingsFor, heldFor } from '../../../src/demo/analysis';
import { SCENARIOS, scenarioKey } from '../../../src/demo/scenarios';

/**
 * What both ways of running the induction demo must do, whichever page shows it: the extension's
 * own page (chrome-extension://…/demo.html) and the web page of `npm run demo`. The demo runs the
 * engine in the page; these checks compare what the page shows with the engine run here, in Node,
 * on the same draft and policy, and with clause numbers written out by hand for one scenario.
 */
export const findingRows = (page: Page) => page.locator('[data-part="findings"] li[data-category]');

/**
 * What the page shows for the draft's words: "category/severity first-clause" per finding row. A
 * photo's findings (pupil-image, which the words never give) come from the extension's photo check
 * when it has read the photo, and are tested in demo-photos.test.ts.
 */
export function shownRows(page: Page): Promise<string[]> {
  return page.locator('[data-part="findings"] li[data-category]:not([data-category="pupil-image"])').evaluateAll((rows) => rows.map((row) => `${row.getAttribute('data-category')}/${row.getAttribute('data-severity')} ${row.querySelector('[data-clause]')?.getAttribute('data-clause') ?? '-'}`));
}

function expectedRows(draft: string, policy: string): string[] {
  return findingsFor(draft, policy).map((f) => `${f.category}/${f.severity} ${f.clauses[0]?.id ?? '-'}`);
}

/**
 * `host`: the web page has no extension, so a photo post says the photo check runs inside the
 * extension and shows no photo finding; in the extension the photo is being read, or has been.
 */
export async function everyScenarioRendersItsFindings(page: Page, host: 'web' | 'extension', policy = 'generic-uk'): Promise<void> {
  for (const scenario of SCENARIOS) {
    await page.locator(`[data-scenario-button="${scenario.id}"]`).click();
    await page.locator(`article[data-scenario="${scenario.id}"][data-policy="${policy}"]`).waitFor();
    const rows = await shownRows(page);
    expect(rows, scenario.id).toEqual(expectedRows(scenario.draft, policy));
    // What the scenario is there to show is there, each with a clause quoted in full.
    const categories = new Set(heldFor(findingsFor(scenario.draft, policy)).map((f) => f.category));
    expect([...categories].sort(), scenario.id).toEqual([...scenario.shows].sort());
    expect(await page.locator('[data-part="findings"] li[data-category] figure[data-clause] blockquote').count(), scenario.id).toBeGreaterThanOrEqual(rows.length);
    // A photo post says what the photo check is doing with its photo; with no extension, that it runs there, and no photo finding is shown.
    expect(await page.locator('[data-part="photo-check"]').count(), scenario.id).toBe(scenario.photo ? 1 : 0);
    if (host === 'web') {
      if (scenario.photo) expect(await page.locator('[data-part="photo-check"]').getAttribute('data-state'), scenario.id).toBe('no-extension');
      expect(await page.locator('[data-part="findings"] li[data-category="pupil-image"]').count()).toBe(0);
    }
  }
}

/** The after-school club scenario cites each policy's own clause on naming pupils: numbers from the policies themselves. */
export const CLUB_PHOTO_PUPIL_CLAUSE: Record<string, string> = {
  'generic-uk': 'M6',
  'cadoxton-primary': '3',
  'st-nicholas-ciw': '3',
  cadmus: '7.13',
  'westacre-infant': 'terms-of-use-9',
  gloucestershire: '8.1.4',
};

export async function switchingPolicyChangesTheClause(page: Page): Promise<void> {
  await page.locator('[data-scenario-button="fb-taekwondo"]').click();
  for (const [policy, clause] of Object.entries(CLUB_PHOTO_PUPIL_CLAUSE)) {
    await page.locator('[data-part="policy"]').selectOption(policy);
    await page.locator(`article[data-scenario="fb-taekwondo"][data-policy="${policy}"]`).waitFor();
    expect(await page.locator('[data-part="findings"] li[data-category="pupil-name"] figure[data-clause]').getAttribute('data-clause'), policy).toBe(clause);
    expect(await shownRows(page), policy).toEqual(expectedRows(SCENARIOS[0]!.draft, policy));
  }
  await page.locator('[data-part="policy"]').selectOption('generic-uk');
}

const slide = (page: Page) => page.locator('[data-part="presenter"]').getAttribute('data-slide');

export async function presenterKeysWork(page: Page): Promise<void> {
  await page.locator('[data-scenario-button]').first().click();
  await page.locator('[data-action="present"]').click();
  await page.locator('[data-part="presenter"]').waitFor();
  expect(await slide(page)).toBe('0');
  await page.keyboard.press('ArrowRight');
  expect(await slide(page)).toBe('1');
  await page.keyboard.press('PageDown');
  expect(await slide(page)).toBe('2');
  await page.keyboard.press('ArrowLeft');
  expect(await slide(page)).toBe('1');
  expect(await page.locator('[data-part="presenter"] article[data-scenario]').getAttribute('data-scenario')).toBe(SCENARIOS[1]!.id);
  await page.keyboard.press('PageUp');
  await page.keyboard.press('PageUp'); // already on the first slide: stays there
  expect(await slide(page)).toBe('0');
  await page.keyboard.press('End');
  expect(await slide(page)).toBe(String(SCENARIOS.length));
  // The closing slide lists the clauses met under the chosen policy.
  const ids = await page.locator('[data-part="summary"] li[data-clause]').evaluateAll((items) => items.map((i) => i.getAttribute('data-clause')));
  expect(ids).toEqual(['M1', 'M2', 'M6', 'M7', 'M8', 'M9', 'M12']);
  await page.keyboard.press('ArrowRight'); // past the end: stays on the summary
  expect(await slide(page)).toBe(String(SCENARIOS.length));
  await page.keyboard.press('Home');
  expect(await slide(page)).toBe('0');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.locator('[data-part="presenter"]').waitFor({ state: 'detached' });
  // Back in the list, on the scenario the presenter stopped at.
  expect(await page.locator('[data-scenario-button][aria-current="true"]').getAttribute('data-scenario-button')).toBe(SCENARIOS[1]!.id);
}

/** The whole demo from the keyboard: choose a scenario, the policy, "Try your own", type a draft. */
export async function operableFromTheKeyboard(page: Page): Promise<void> {
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-part') ?? document.activeElement?.getAttribute('data-scenario-button') ?? document.activeElement?.getAttribute('data-view') ?? document.activeElement?.getAttribute('data-action') ?? document.activeElement?.tagName);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    seen.push(String(await focused()));
  }
  expect(seen.slice(0, 6)).toEqual(['policy', 'language', 'present', 'scenarios', 'try', SCENARIOS[0]!.id]);
  // Tab to the third scenario and open it with Enter.
  await page.locator(`[data-scenario-button="${SCENARIOS[0]!.id}"]`).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.locator(`article[data-scenario="${SCENARIOS[2]!.id}"]`).waitFor();
  // The policy with the arrow keys, then "Try your own" and a draft typed there.
  await page.locator('[data-part="policy"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.locator(`article[data-scenario="${SCENARIOS[2]!.id}"][data-policy="cadoxton-primary"]`).waitFor();
  await page.locator('[data-view="try"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-part="try-draft"]').focus();
  await page.keyboard.type('Well done Amira Khan in Year 6!');
  await expect.poll(() => shownRows(page)).toEqual(['pupil-name/high 3']);
  await page.locator('[data-view="scenarios"]').focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-part="policy"]').selectOption('generic-uk');
}

/** The page in Welsh: headings, scenario titles, finding messages and the clause label. */
export async function showsWelsh(page: Page): Promise<void> {
  await page.locator('[data-part="language"]').selectOption('cy');
  await expect.poll(() => page.locator('h1').textContent()).toBe(CATALOGUES.cy.demo_title!.message);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
  await page.locator('[data-scenario-button="fb-taekwondo"]').click();
  expect(await page.locator('.scenario-title').textContent()).toBe(CATALOGUES.cy[scenarioKey(SCENARIOS[0]!, 'title')]!.message);
  const message = await page.locator('[data-part="findings"] li[data-category="pupil-name"] .message').textContent();
  expect(message).toBe('Mae hyn yn enwi disgybl sydd ar eich rhestr (“Amira Khan”). Ni ddylid enwi disgyblion ar gyfryngau cymdeithasol personol.');
  expect(await page.locator('[data-part="findings"] li[data-category="pupil-name"] figcaption').textContent()).toMatch(/^Cymal polisi M6/);
}
