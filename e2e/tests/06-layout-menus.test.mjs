// Story 8: the responsive layout (three columns on a desktop, one column at a time with a back link
// on a phone) and the message menu reachable by click or tap, by long press on touch screens and by
// keyboard; menus stay inside the screen.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, conversationIdByTitle, openConversation, openMenu, sleep, uniqueWord,
  useAccounts, useServerAndBrowser,
} from './support.mjs';

const env = useServerAndBrowser();

/** Asserts that the open menu of `item` lies entirely inside the viewport. */
async function assertMenuOnScreen(page, item, what) {
  const box = await item.locator('details.menu[open] .menu-list').boundingBox();
  const { width, height } = page.viewportSize();
  assert.ok(box, `${what}: the menu is rendered`);
  assert.ok(box.x >= 0 && box.x + box.width <= width, `${what}: menu inside the screen horizontally (${JSON.stringify(box)})`);
  assert.ok(box.y >= 0 && box.y + box.height <= height, `${what}: menu inside the screen vertically (${JSON.stringify(box)})`);
}

for (const device of DEVICES) {
  const phone = device.name === 'phone';
  describe(`layout and menus on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test' });

    it(`story 8: ${phone ? 'one column at a time with a back link' : 'three columns side by side'}`, async () => {
      const { page } = who.cm;
      await page.goto('/inbox');
      assert.ok(await page.locator('.col-list').isVisible(), 'the conversation list shows on the inbox');
      assert.equal(await page.locator('.col-conversation').isVisible(), !phone);

      // A long history: the newest message and the composer must still be on screen on opening.
      const cmApi = await apiAs(env.server, 'cm@demo.test');
      const conversationId = await conversationIdByTitle(page, LAUNCH_TITLE);
      let newest = 0;
      for (let i = 1; i <= 15; i += 1) newest = await cmApi.send(conversationId, `Point ${i} du planning ${uniqueWord()}`);
      await openConversation(page, LAUNCH_TITLE);
      const { height } = page.viewportSize();
      const onScreen = async (locator) => {
        const box = await locator.boundingBox();
        return Boolean(box) && box.y >= 0 && box.y + box.height <= height + 1;
      };
      await page.waitForFunction(() => { const l = document.getElementById('messages'); return l.scrollHeight > l.clientHeight; });
      assert.ok(await onScreen(page.locator(`#m${newest}`)), 'the newest message is on screen');
      assert.ok(await onScreen(page.locator('#composer button[type=submit]')), 'the send button is on screen');
      assert.ok(await onScreen(page.locator('#body')), 'the composer is on screen');
      const list = page.locator('.col-list');
      const conversation = page.locator('.col-conversation');
      const side = page.locator('.col-side');
      assert.ok(await conversation.isVisible());
      assert.equal(await list.isVisible(), !phone, 'the list column');
      assert.equal(await side.isVisible(), !phone, 'the members column');
      assert.equal(await page.locator('.conv-header .back').isVisible(), phone, 'the back link');
      assert.ok(await page.locator('#composer button[type=submit]').isVisible(), 'send is never hidden');

      // Nothing is wider than the screen.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scrolling (${overflow}px too wide)`);

      if (phone) {
        await Promise.all([page.waitForURL('**/inbox'), page.locator('.conv-header .back').tap()]);
        assert.ok(await page.locator('.col-list').isVisible());
        assert.equal(await page.locator('.col-conversation').isVisible(), false);
      } else {
        const columns = await Promise.all([list, conversation, side].map((l) => l.boundingBox()));
        assert.ok(columns[0].x + columns[0].width <= columns[1].x + 1, 'list left of the conversation');
        assert.ok(columns[1].x + columns[1].width <= columns[2].x + 1, 'conversation left of the side panel');
      }
    });

    it('story 8: the menu opens by click or tap on "⋯", and stays on screen', async () => {
      const { page } = who.cm;
      const cmApi = await apiAs(env.server, 'cm@demo.test');
      const guestApi = await apiAs(env.server, 'guest@demo.test');
      const conversation = await conversationIdByTitle(page, LAUNCH_TITLE);
      // A short message from someone else (left-aligned bubble) and one of Camille's (right-aligned).
      const otherId = await guestApi.send(conversation, 'Ok !');
      const ownId = await cmApi.send(conversation, `Parfait ${uniqueWord()}`);
      await openConversation(page, LAUNCH_TITLE);

      for (const [what, id] of [['a short guest message', otherId], ['an own message', ownId]]) {
        const item = page.locator(`#m${id}`);
        await item.scrollIntoViewIfNeeded();
        await openMenu(page, item, device);
        await item.getByRole('link', { name: 'Répondre' }).waitFor();
        await assertMenuOnScreen(page, item, what);
        // A click or tap elsewhere closes it.
        if (device.hasTouch) await page.locator('#conv-title').tap(); else await page.locator('#conv-title').click();
        await page.waitForSelector(`#m${id} details.menu:not([open])`, { state: 'attached' });
      }
    });

    it('story 8: the menu opens from the keyboard, and Escape returns the focus', async () => {
      const { page } = who.cm;
      await openConversation(page, LAUNCH_TITLE);
      const item = page.locator('#messages > li.msg:not(.tombstone)').last();
      const summary = item.locator('details.menu > summary');
      await summary.focus();
      assert.equal(await summary.getAttribute('aria-label'), 'Actions du message');
      await page.keyboard.press('Enter');
      await item.locator('details.menu[open] .menu-list').waitFor();
      // The first entry is reachable with Tab.
      await page.keyboard.press('Tab');
      assert.ok(await item.locator('.menu-list').evaluate((l) => l.contains(document.activeElement)), 'Tab moves into the menu');
      await page.keyboard.press('Escape');
      await page.waitForSelector('#messages details.menu[open]', { state: 'detached' });
      assert.ok(await summary.evaluate((s) => s === document.activeElement), 'focus back on "⋯"');
      // The focused "⋯" is fully visible (no hover needed).
      assert.equal(await summary.evaluate((s) => getComputedStyle(s).opacity), '1');
    });

    if (phone) {
      it('story 8: a long press on a message opens its menu; a short tap does not', async () => {
        const { page } = who.cm;
        await openConversation(page, LAUNCH_TITLE);
        const item = page.locator('#messages > li.msg:not(.tombstone)').last();
        const body = item.locator('.body');
        await body.scrollIntoViewIfNeeded();
        const box = await body.boundingBox();
        const touch = { identifier: 1, clientX: box.x + 5, clientY: box.y + 5 };

        // A short tap: touchstart then touchend at once.
        await body.dispatchEvent('touchstart', { touches: [touch], changedTouches: [touch] });
        await body.dispatchEvent('touchend', { touches: [], changedTouches: [touch] });
        await sleep(600);
        assert.equal(await item.locator('details.menu[open]').count(), 0, 'a tap is not a long press');

        // A long press: touchstart, held.
        await body.dispatchEvent('touchstart', { touches: [touch], changedTouches: [touch] });
        await sleep(600);
        await item.locator('details.menu[open] .menu-list').waitFor();
        await body.dispatchEvent('touchend', { touches: [], changedTouches: [touch] });
        await assertMenuOnScreen(page, item, 'long-press menu');
        assert.ok(await item.locator('details.menu > summary').evaluate((s) => s === document.activeElement), 'focus on the menu');
      });
    }
  });
}
