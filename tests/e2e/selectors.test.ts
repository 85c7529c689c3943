import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { facebookFixtures } from '../../src/sites/facebook';
import { instagramFixtures } from '../../src/sites/instagram';
import { linkedinFixtures } from '../../src/sites/linkedin';
import type { FixtureExpectation } from '../../src/sites/types';
import { xFixtures } from '../../src/sites/x';
import { injectProbe } from './support/probe';
import { openSite, siteTab, useSitesWithExtension } from './support/sites';

/**
 * Each site's selectors, run by the extension's own adapter code against the fixture page they
 * were written for, must find exactly the number of editors and submit controls the site file
 * says — no more (a decoy or a wrapper mistaken for an editor), no fewer.
 */
const sites = useSitesWithExtension();

/** How the test reaches each named state of a fixture page. */
const STATES: Record<string, (page: Page) => Promise<void>> = {
  feed: async () => {},
  composing: async (page) => {
    const host = new URL(page.url()).hostname;
    if (host.endsWith('facebook.com')) {
      await page.getByRole('button', { name: 'Reply', exact: true }).click();
      await page.getByRole('button', { name: "What's on your mind, Sam?" }).click();
    } else if (host.endsWith('instagram.com')) {
      await page.locator('svg[aria-label="New post"]').click();
    } else if (host.endsWith('x.com')) {
      await page.locator('a[data-testid="SideNav_NewTweet_Button"]').click();
      await page.locator('[role="dialog"] [data-testid="tweetTextarea_0"]').click();
      await page.keyboard.type('First post of the thread');
      await page.locator('[data-testid="addButton"]').click();
    } else if (host.endsWith('linkedin.com')) {
      await page.locator('button:has-text("Start a post")').click();
    }
  },
};

const ALL: FixtureExpectation[] = [...facebookFixtures, ...instagramFixtures, ...xFixtures, ...linkedinFixtures];

describe.each(ALL)('$url ($state)', (expectation) => {
  test('the selectors find the expected editors and submit controls', async () => {
    const page = await siteTab(sites.browser.context);
    await openSite(page, expectation.url);
    await STATES[expectation.state]!(page);
    await injectProbe(page);
    // The state's editors may still be rendering on a busy machine: poll the counts until they hold
    // (or the poll's limit passes and the last counts are shown), not a fixed pause.
    const count = () => page.evaluate(() => {
      const probe = (window as unknown as { __probe: any }).__probe;
      const site = probe.siteFor(location.hostname);
      const editors: Record<string, number> = {};
      const submits: Record<string, number> = {};
      for (const spec of site.composers) {
        editors[spec.id] = 0;
        submits[spec.id] = 0;
        for (const root of probe.searchRoots(site)) for (const element of root.querySelectorAll('*')) if (probe.isSubmitControl(element, spec)) submits[spec.id]!++;
      }
      // The site layer alone: what the selectors find, before the structural layer adds anything.
      for (const recognition of probe.findComposers(site, probe.searchRoots(site), { structural: false }).values()) editors[recognition.id]!++;
      return { editors, submits };
    });
    await expect.poll(count).toEqual({ editors: expectation.editors, submits: expectation.submits });
  });
});

test('every composer spec of every site is covered by at least one fixture page', () => {
  const covered = new Set(ALL.flatMap((e) => Object.entries(e.editors).filter(([, n]) => n > 0).map(([id]) => id)));
  expect([...covered].sort()).toEqual(
    ['facebook-comment', 'facebook-post', 'instagram-caption', 'instagram-comment', 'x-post', 'x-mobile', 'linkedin-share', 'linkedin-comment-tiptap', 'linkedin-comment-quill'].sort(),
  );
});

/**
 * The structural layer on small pages of its own: which control it takes for the post button,
 * after seeing the controls while the draft was empty and again once it is not, as a session does.
 * Each case is markup with one editor (`#editor`) and the control expected (`data-expect="post"`),
 * or none; `data-on-draft="enable|show|hide"` says what the page does to a control once the draft
 * has words.
 */
const STRUCTURE_CASES: { name: string; html: string }[] = [
  {
    name: 'a dialog: Close, an audience chooser and emoji stay as they are; Post is enabled by the draft',
    html: `<div role="dialog"><div role="button" aria-label="Close">✕</div><div role="button" aria-haspopup="menu" data-on-draft="enable" aria-disabled="true">Friends</div>
      <div id="editor" contenteditable="true" role="textbox"></div><div role="button" aria-label="Emoji">🙂</div>
      <div role="button" aria-disabled="true" data-on-draft="enable" data-expect="post">Postio</div></div>`,
  },
  {
    name: 'a form: its submit button, not its untyped Cancel or its typed emoji button',
    html: `<form><textarea id="editor"></textarea><button type="button">😊</button><button>Canslo</button><button type="submit" data-expect="post">Anfon</button></form>`,
  },
  {
    name: 'two controls enabled by the draft, "+" and a labelled one in a language the words do not know: the one with words',
    html: `<div role="dialog"><div id="editor" contenteditable="true"></div><button disabled data-on-draft="enable">+</button><button disabled data-on-draft="enable" data-expect="post">ポストする</button></div>`,
  },
  {
    name: 'a button that only appears once there is a draft, beside an emoji button that was always there',
    html: `<form><div role="button">😊</div><textarea id="editor"></textarea><div role="button" hidden data-on-draft="show" data-expect="post">Opublikuj</div></form>`,
  },
  {
    name: 'an emoji picker that opens as a dialog of its own inside the composer: its buttons pick, never post',
    html: `<div role="dialog"><div id="editor" contenteditable="true"></div><div role="dialog" hidden data-on-draft="show"><button>😀</button><button>😂</button></div><button data-expect="post">Rhannu</button><button>Yn ôl</button></div>`,
  },
  {
    name: 'a mention list that appears while typing: its options are never the post button',
    html: `<div><div id="editor" contenteditable="true"></div><ul role="listbox" hidden data-on-draft="show"><li role="option"><button>Jo Bloggs</button></li></ul><div role="button" aria-disabled="true" data-on-draft="enable" data-expect="post">➤</div></div>`,
  },
  {
    name: 'always-enabled buttons with words the vocabulary does not know: none is taken (the composer says "Checking only")',
    html: `<div role="dialog"><button>戻る</button><div id="editor" contenteditable="true"></div><button>シェア</button></div>`,
  },
  {
    name: 'a control shared with another composer is not taken on words alone',
    html: `<section><div><div id="editor" contenteditable="true"></div></div><div><div contenteditable="true"></div></div><button>Post</button></section>`,
  },
  {
    name: 'a send icon named only by a tooltip, greyed out by a class while the draft is empty (no disabled, no aria-disabled)',
    html: `<style>.grey { opacity: .4; cursor: not-allowed }</style><div role="article"><div><div id="editor" contenteditable="true" role="textbox"></div>
      <div role="button" aria-label="絵文字">🙂</div><span><div role="button" aria-describedby="tip" class="grey" data-on-draft="ungrey" data-expect="post"><svg width="20" height="20"></svg></div><span role="tooltip" id="tip" hidden>送信</span></span></div></div>`,
  },
  {
    name: 'a <button> dimmed by a class only, beside an always-enabled Cancel, in a language the words do not know',
    html: `<style>.dim { opacity: .5; cursor: default }</style><div><div id="editor" contenteditable="true"></div><div><button type="button">キャンセル</button>
      <button type="button" class="dim" data-on-draft="ungrey" data-expect="post"><span>返信</span></button></div></div>`,
  },
  {
    name: 'a full-page composer (a section, no form, no dialog): the always-enabled Share styled as its primary action, in a language the words do not know',
    html: `<main><section><div><div role="button" aria-label="戻る">←</div><h1>新規投稿</h1><a href="#" role="button" style="color: rgb(0, 149, 246); font-weight: 600" data-expect="post">シェア</a></div>
      <div><div id="editor" contenteditable="true" role="textbox"></div><div role="button" aria-label="絵文字">🙂</div><div role="button">場所を追加</div></div></section></main>`,
  },
  {
    name: 'a feed: bold accent controls of posts around the box are not its primary action',
    html: `<section><article><div id="editor" contenteditable="true"></div><div role="button" aria-label="絵文字">🙂</div></article>
      <article><a href="#" role="button" style="color: rgb(0, 149, 246); font-weight: 600">フォロー</a></article></section>`,
  },
];

describe('the structural layer, on pages of its own', () => {
  test.each(STRUCTURE_CASES)('$name', async ({ html }) => {
    const page = await sites.browser.context.newPage();
    // A page of the sites' origin (where the content script also runs), with nothing of the fixture on it.
    await page.route('https://www.facebook.com/structure-case', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${html}</body>` }));
    await page.goto('https://www.facebook.com/structure-case');
    await injectProbe(page);
    const verdict = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: any }).__probe;
      const editor = document.getElementById('editor')!;
      const watch = new probe.ControlWatch();
      watch.observe(editor, true); // the draft is empty
      // The teacher types: the draft has words, and the page reacts as sites do.
      if (editor instanceof HTMLTextAreaElement) editor.value = 'Hello';
      else editor.textContent = 'Hello';
      for (const control of document.querySelectorAll<HTMLElement>('[data-on-draft]')) {
        const change = control.dataset.onDraft;
        if (change === 'enable') {
          control.removeAttribute('disabled');
          control.removeAttribute('aria-disabled');
        }
        if (change === 'show') control.hidden = false;
        if (change === 'ungrey') control.removeAttribute('class');
      }
      const found = probe.structuralPostControl(editor, watch);
      return { found: found ? found.element === document.querySelector('[data-expect="post"]') : null, expected: document.querySelector('[data-expect="post"]') !== null };
    });
    expect(verdict).toEqual({ found: verdict.expected ? true : null, expected: verdict.expected });
    await page.close();
  });
});

/** Which boxes post on Enter by the sites' structure alone (Facebook's and Instagram's convention), for boxes their selectors do not describe. */
const ENTER_CASES: { name: string; html: string; enter: boolean }[] = [
  { name: 'a comment box under a post', html: `<div role="article"><div id="editor" contenteditable="true" role="textbox"></div></div>`, enter: true },
  { name: 'a comment textarea under a post, with no form', html: `<article><textarea id="editor"></textarea></article>`, enter: true },
  { name: 'the create-post dialog', html: `<div role="dialog"><div id="editor" contenteditable="true" role="textbox"></div></div>`, enter: false },
  { name: 'a post composer in a side sheet (no dialog, no form): Enter is a new line', html: `<aside><section><div id="editor" contenteditable="true" role="textbox" aria-multiline="true"></div></section></aside>`, enter: false },
  { name: 'a caption on a full-page route: Enter is a new line', html: `<main><section><div id="editor" contenteditable="true" role="textbox"></div></section></main>`, enter: false },
];

describe('Enter, by structure, on Facebook and Instagram', () => {
  test.each(ENTER_CASES)('$name: held as a post only where it posts ($enter)', async ({ html, enter }) => {
    const page = await sites.browser.context.newPage();
    await page.route('https://www.facebook.com/enter-case', (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><body>${html}</body>` }));
    await page.goto('https://www.facebook.com/enter-case');
    await injectProbe(page);
    const keys = await page.evaluate(() => {
      const probe = (window as unknown as { __probe: any }).__probe;
      const editor = document.getElementById('editor')!;
      return ['facebook', 'instagram'].map((id) => probe.SITES.find((site: { id: string }) => site.id === id).structuralSubmitKey(editor) ?? null);
    });
    expect(keys).toEqual(enter ? ['enter', 'enter'] : [null, null]);
    await page.close();
  });
});
