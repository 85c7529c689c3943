import type { Page } from 'playwright-core';

/**
 * Watches the options page from before its own script runs and records every moment a setting the
 * school sets or locks could be changed: the school's name, the site switches and, when asked, the
 * pupil-name boxes. `lockedFieldsSeen` answers `{ drawn: true, editable: [] }` when the page was drawn
 * and nothing the school holds was ever editable. (Chromium only: Firefox runs no WebDriver BiDi
 * preload script in a moz-extension: page.)
 */
export async function watchLockedFields(page: Page, options: { pupilNames?: boolean } = {}): Promise<void> {
  await page.addInitScript((watchPupilNames) => {
    const record = { drawn: false, editable: [] as string[] };
    (window as unknown as { lockedSeen: typeof record }).lockedSeen = record;
    new MutationObserver(() => {
      const name = document.querySelector<HTMLInputElement>('[data-section="school"] input[type="text"]');
      if (!name) return;
      record.drawn = true;
      if (!name.readOnly) record.editable.push(`school name, showing "${name.value}"`);
      if (watchPupilNames && document.querySelector('[data-section="pupilNames"] textarea, [data-section="pupilNames"] [data-part="import-file"]')) record.editable.push('pupil names');
      for (const box of document.querySelectorAll<HTMLInputElement>('[data-section="sites"] input[type="checkbox"]')) if (!box.disabled) record.editable.push(`site ${box.name}`);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, options.pupilNames ?? false);
}

/** What the watcher recorded. */
export const lockedFieldsSeen = (page: Page) => page.evaluate(() => (window as unknown as { lockedSeen: unknown }).lockedSeen);
