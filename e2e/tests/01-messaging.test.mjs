// Stories 1, 2 and 4: the inbox with unread badges, live sending between two browsers, editing an
// own message (history kept) and deleting a message for oneself — on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, conversationIdByTitle, markNoReload, messageByText, openConversation,
  openMenu, openDeleteStep, press, screenshot, sendFromComposer, uniqueWord, useAccounts, useServerAndBrowser, wasNotReloaded,
} from './support.mjs';

const env = useServerAndBrowser();

for (const device of DEVICES) {
  describe(`messaging on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', guest: 'guest@demo.test' });

    it('story 1: the inbox shows unread badges, and a sent message reaches the guest live', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;

      // A new message from the guest in another conversation gives Camille an unread badge.
      const guestApi = await apiAs(env.server, 'guest@demo.test');
      const support = await conversationIdByTitle(cm, 'Service client — commande 4821');
      assert.ok(support > 0, 'the support conversation is listed');
      await guestApi.send(support, `Une nouvelle question ${uniqueWord()}`);
      await cm.reload();
      const badge = cm.locator(`[data-conversation-link="${support}"] .badge`);
      await badge.waitFor();
      assert.ok(Number(await badge.textContent()) >= 1, 'the badge counts at least the new message');
      assert.match(await badge.getAttribute('aria-label'), /non lu/);

      // Both open the launch conversation from its title link.
      const id = await openConversation(cm, LAUNCH_TITLE);
      assert.equal(await cm.locator('#conv-title').textContent(), LAUNCH_TITLE);
      assert.equal(await openConversation(guest, LAUNCH_TITLE), id);
      await markNoReload(guest);

      // Enter sends; the guest sees it without reloading.
      const first = `Le lookbook arrive ${uniqueWord()}`;
      await sendFromComposer(cm, first);
      await messageByText(guest, first).waitFor();
      // The button sends too.
      const second = `Et les photos aussi ${uniqueWord()}`;
      await sendFromComposer(cm, second, { withButton: true });
      await messageByText(guest, second).waitFor();
      assert.equal(await messageByText(cm, first).count(), 1, 'sent once, not twice');
      assert.ok(await wasNotReloaded(guest), 'the guest page was not reloaded');
      assert.equal(await messageByText(guest, second).locator('.author').textContent(), 'Camille');

      // Opening a conversation marks it read: the badge of the support conversation goes after a visit.
      await openConversation(cm, 'Service client — commande 4821');
      await cm.goto('/inbox');
      await cm.locator(`[data-conversation-link="${support}"]`).waitFor();
      assert.equal(await badge.count(), 0, 'no unread badge after reading');
    });

    it('story 2: editing an own message shows « modifié » and keeps the history', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      const before = `Rendez-vous jeudi ${uniqueWord()}`;
      const after = `Rendez-vous vendredi ${uniqueWord()}`;
      const id = await sendFromComposer(cm, before);
      await messageByText(guest, before).waitFor();
      await markNoReload(guest);

      const item = cm.locator(`#m${id}`);
      await openMenu(cm, item, device);
      await Promise.all([cm.waitForURL(`**/m/${id}/edit`), press(item.getByRole('link', { name: 'Modifier' }), device)]);
      assert.equal(await cm.inputValue('#edit-body'), before);
      assert.ok(await cm.getByRole('link', { name: '← Retour' }).isVisible(), 'a way back on every screen size');
      await cm.fill('#edit-body', after);
      await Promise.all([cm.waitForURL(/\/c\/\d+/), cm.getByRole('button', { name: 'Enregistrer' }).click()]);

      const edited = cm.locator(`#m${id}`);
      await edited.locator('.body', { hasText: after }).waitFor();
      assert.equal(await edited.locator('.edited').textContent(), 'modifié');

      // The guest sees the new text and the mark live; the old text is gone from their page.
      const guestItem = guest.locator(`#m${id}`);
      await guestItem.locator('.body', { hasText: after }).waitFor();
      assert.equal(await guestItem.locator('.edited').textContent(), 'modifié');
      assert.ok(await wasNotReloaded(guest));
      assert.ok(!(await guest.content()).includes(before), 'the pre-edit text is nowhere on the guest page');

      // The history is kept for the author.
      const versions = await (await apiAs(env.server, 'cm@demo.test')).get(`/messages/${id}/versions`);
      assert.ok(versions.some((v) => v.body === before), `the old text is a version: ${JSON.stringify(versions)}`);

      // The author opens it from the « modifié » mark; the guest's mark leads nowhere.
      assert.equal(await guestItem.locator('a.edited').count(), 0, 'no history link for the guest');
      await Promise.all([cm.waitForURL(`**/m/${id}/versions`), press(edited.getByRole('link', { name: /modifié/ }), device)]);
      await cm.locator('.versions .version .body', { hasText: before }).waitFor();
      await cm.locator('.current-version', { hasText: after }).waitFor();
      assert.ok(!(await cm.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)), 'no sideways scrolling');
      await screenshot(cm, `versions-${device.name}-fr.png`);
      await Promise.all([cm.waitForURL(/\/c\/\d+/), press(cm.locator('a.page-back'), device)]);
    });

    it('story 4: « Supprimer pour moi » removes the message for Camille only', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      const text = `Brouillon à ignorer ${uniqueWord()}`;
      const id = await sendFromComposer(cm, text);
      await messageByText(guest, text).waitFor();

      const item = cm.locator(`#m${id}`);
      await openDeleteStep(cm, item, device);
      await Promise.all([
        cm.waitForURL(/\/c\/\d+$/),
        press(item.getByRole('button', { name: 'Supprimer pour moi' }), device),
      ]);
      await cm.locator('#messages').waitFor();
      assert.equal(await cm.locator(`#m${id}`).count(), 0, 'gone for Camille');
      await cm.reload();
      assert.equal(await cm.locator(`#m${id}`).count(), 0, 'still gone after a reload');

      // The guest still sees it, before and after a reload, and it is not a tombstone.
      assert.equal(await messageByText(guest, text).count(), 1);
      await guest.reload();
      await messageByText(guest, text).waitFor();
      assert.equal(await guest.locator(`#m${id}.tombstone`).count(), 0);
    });
  });
}
