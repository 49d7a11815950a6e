// Story 6: French by default, English through the top bar's switch, tombstones in both languages —
// with the screenshots of the conversation page with a tombstone (both viewports, FR and EN).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, markNoReload, messageByText, openConversation, screenshot, uniqueWord,
  unsendNow, useAccounts, useServerAndBrowser, wasNotReloaded,
} from './support.mjs';

const env = useServerAndBrowser();

async function switchTo(page, code) {
  const link = page.locator(`.topbar .lang a[lang="${code}"]`);
  const url = page.url();
  await Promise.all([page.waitForURL(url), link.click()]);
  await page.waitForSelector(`html[lang="${code}"]`);
}

for (const device of DEVICES) {
  describe(`languages on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', guest: 'guest@demo.test' });

    it('story 6: FR by default, EN through the switch, tombstones in both (screenshots)', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      const cmApi = await apiAs(env.server, 'cm@demo.test');

      // French is the default.
      const conversation = await openConversation(cm, LAUNCH_TITLE);
      assert.equal(await cm.getAttribute('html', 'lang'), 'fr');
      await cm.getByRole('button', { name: 'Se déconnecter' }).waitFor();

      // A tombstone in the conversation, followed by a visible message, as a user sees it.
      const removed = `Prix de lancement : 19 euros ${uniqueWord()}`;
      const id = await cmApi.send(conversation, removed);
      await unsendNow(env.server, cmApi, id, { reason: 'inaccurate', note: 'mauvais prix' });
      await cmApi.send(conversation, 'Correction : le prix de lancement est de 29 euros.');
      await cm.reload();
      const tombstone = cm.locator(`#m${id} .tombstone-text`);
      assert.match(await tombstone.textContent(), /^Message retiré par Camille/);
      await screenshot(cm, `tombstone-${device.name}-fr.png`);

      // English through the top bar, on the same page.
      await switchTo(cm, 'en');
      assert.match(cm.url(), new RegExp(`/c/${conversation}$`), 'the switch returns to the same page');
      await cm.getByRole('button', { name: 'Log out' }).waitFor();
      assert.equal(await cm.getByRole('button', { name: 'Se déconnecter' }).count(), 0);
      assert.match(await tombstone.textContent(), /^Message removed by Camille/);
      assert.match(await cm.locator('#composer button[type=submit]').textContent(), /^Send$/);
      await screenshot(cm, `tombstone-${device.name}-en.png`);

      // The guest's page in English gets live tombstones in English too.
      await openConversation(guest, LAUNCH_TITLE);
      await switchTo(guest, 'en');
      await guest.locator('#live.on').waitFor({ state: 'attached' });
      const later = `Rendez-vous à 18 h ${uniqueWord()}`;
      const laterId = await cmApi.send(conversation, later);
      await messageByText(guest, later).waitFor();
      await markNoReload(guest);
      await unsendNow(env.server, cmApi, laterId, { reason: 'misunderstanding' });
      const live = guest.locator(`#m${laterId}.tombstone .tombstone-text`);
      await live.waitFor();
      assert.match(await live.textContent(), /^Message removed by Camille/);
      assert.ok(await wasNotReloaded(guest));

      // And back to French.
      await switchTo(cm, 'fr');
      await cm.getByRole('button', { name: 'Se déconnecter' }).waitFor();
      assert.match(await tombstone.textContent(), /^Message retiré par Camille/);
    });
  });
}
