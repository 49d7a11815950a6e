// Story 7: the search box finds visible messages and never an unsent, hidden or pre-edit text —
// on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEVICES, LAUNCH_TITLE, apiAs, conversationIdByTitle, uniqueWord, useAccounts, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();

/** Searches through the search box of the conversation list; returns the result snippets. */
async function search(page, word) {
  await page.goto('/inbox');
  await page.fill('#search-q', word);
  await Promise.all([page.waitForURL(/\/search\?q=/), page.press('#search-q', 'Enter')]);
  await page.locator('.results, .col-conversation .empty').first().waitFor();
  return page.locator('.results .snippet').allTextContents();
}

for (const device of DEVICES) {
  describe(`search on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', guest: 'guest@demo.test' });

    it('story 7: finds visible messages, never unsent, hidden or pre-edit texts', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      const cmApi = await apiAs(env.server, 'cm@demo.test');
      const conversation = await conversationIdByTitle(cm, LAUNCH_TITLE);

      const visible = uniqueWord('visible');
      const unsent = uniqueWord('retire');
      const hidden = uniqueWord('cache');
      const before = uniqueWord('avant');
      const after = uniqueWord('apres');
      const visibleId = await cmApi.send(conversation, `Le shooting est confirmé ${visible}`);
      const unsentId = await cmApi.send(conversation, `Le code de réduction secret ${unsent}`);
      await cmApi.post(`/messages/${unsentId}/unsend`, { reason: 'confidential' });
      const hiddenId = await cmApi.send(conversation, `Une note pour moi ${hidden}`);
      await cmApi.post(`/messages/${hiddenId}/hide`);
      const editedId = await cmApi.send(conversation, `La vente commence lundi ${before}`);
      await cmApi.patch(`/messages/${editedId}`, { body: `La vente commence mardi ${after}` });

      // Visible: found, with a link to the message in its conversation.
      const found = await search(cm, visible);
      assert.equal(found.length, 1, `one result for the visible word: ${found}`);
      assert.match(found[0], new RegExp(visible));
      assert.equal(await cm.locator('.results a').getAttribute('href'), `/c/${conversation}#m${visibleId}`);
      assert.match(await cm.locator('.results strong').textContent(), /Lancement printemps/);

      // The current text of an edited message is found; its earlier text is not.
      assert.equal((await search(cm, after)).length, 1, 'the edited text is found');
      assert.deepEqual(await search(cm, before), [], 'the pre-edit text is not found');
      await cm.locator('.col-conversation .empty').waitFor();

      // Unsent: never found, by anyone.
      assert.deepEqual(await search(cm, unsent), []);
      assert.deepEqual(await search(guest, unsent), []);

      // Hidden for Camille: not in her search; the guest, who did not hide it, still finds it.
      assert.deepEqual(await search(cm, hidden), []);
      assert.equal((await search(guest, hidden)).length, 1, 'deleting for oneself leaves it to others');
    });
  });
}
