// Prevention in the send path (issue 7): a customer's phone number goes to approval and reaches the
// guest only after a different lead approves it; a blocked message never reaches the guest; a
// message cancelled during the grace delay never reaches the guest; findings are underlined in the
// composer as the CM types — on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, TIMEOUT, apiAs, markNoReload, messageByText, openConversation, uniqueWord, useAccounts,
  useServerAndBrowser, waitLive, wasNotReloaded,
} from './support.mjs';

const env = useServerAndBrowser();

async function typeInComposer(page, text) {
  await page.fill('#body', '');
  await page.locator('#body').pressSequentially(text, { delay: 5 });
}

for (const device of DEVICES) {
  describe(`prevention on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', lead: 'lead@demo.test', guest: 'guest@demo.test' });

    it('highlights findings while typing and holds a phone number for a lead\'s approval', async () => {
      const { page: cm } = who.cm;
      const { page: lead } = who.lead;
      const { page: guest } = who.guest;
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      // The lead's bell counts what waits for them, live.
      await lead.goto('/inbox');
      await waitLive(lead);
      await markNoReload(lead);
      const bellCount = async () => lead.evaluate(() => {
        const count = document.getElementById('bell-count');
        return count.hidden ? 0 : Number(count.textContent);
      });
      const before = await bellCount();
      const word = uniqueWord('rappel');
      const text = `Le client ${word} est joignable au 06 12 34 56 78 ce soir`;
      await typeInComposer(cm, text);
      // The number is underlined and explained, and the button says what will happen.
      await cm.locator('.composer-mirror mark', { hasText: '06 12 34 56 78' }).waitFor({ timeout: TIMEOUT });
      await cm.locator('#live-findings li[data-kind="phone"]').waitFor();
      assert.match(await cm.locator('#composer button[type=submit]').innerText(), /validation/i);
      await cm.press('#body', 'Enter');

      const held = messageByText(cm, word);
      await held.waitFor();
      assert.equal(await held.getAttribute('data-status'), 'pending_approval');
      await held.locator('.held-state', { hasText: 'En attente de validation' }).waitFor();
      // Nothing reaches the guest while it waits.
      await guest.waitForTimeout(500);
      assert.equal(await messageByText(guest, word).count(), 0);
      assert.ok(!(await guest.content()).includes(word));
      await lead.waitForFunction((n) => {
        const count = document.getElementById('bell-count');
        return !count.hidden && Number(count.textContent) === n;
      }, before + 1, { timeout: TIMEOUT });
      assert.ok(await wasNotReloaded(lead));
      assert.match(await lead.locator('#bell').getAttribute('aria-label'), /attend/);

      await lead.locator('#bell').click();
      await lead.waitForURL('**/approvals');
      const entry = lead.locator('.queue-item', { hasText: word });
      await entry.waitFor();
      await entry.locator('.findings li[data-kind="phone"]').waitFor();
      await Promise.all([lead.waitForURL('**/approvals'), entry.getByRole('button', { name: 'Valider et envoyer' }).click()]);

      await messageByText(guest, word).waitFor({ timeout: TIMEOUT });
      await cm.waitForFunction((w) => {
        const li = [...document.querySelectorAll('#messages > li.msg')].find((x) => x.textContent.includes(w));
        return li && li.dataset.status === 'delivered';
      }, word, { timeout: TIMEOUT });
    });

    it('never delivers a blocked message or one cancelled during the grace delay', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      const leadApi = await apiAs(env.server, 'lead@demo.test');
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);

      const secret = uniqueWord('Secret');
      await typeInComposer(cm, `Pour le compte presse, mdp : ${secret}!9x`);
      await cm.press('#body', 'Enter');
      await cm.locator('.guard-result', { hasText: 'bloqué' }).waitFor({ timeout: TIMEOUT });
      assert.match(await cm.inputValue('#body'), new RegExp(secret), 'the composer keeps the text');

      await leadApi.patch('/workspace/settings', { grace_seconds: 30 });
      try {
        await cm.waitForTimeout(2500); // the server trusts cached settings for 2 s
        await openConversation(cm, LAUNCH_TITLE);
        const word = uniqueWord('annule');
        await typeInComposer(cm, `Merci pour tout ${word}`);
        await cm.press('#body', 'Enter');
        const held = messageByText(cm, word);
        await held.waitFor();
        assert.equal(await held.getAttribute('data-status'), 'pending_grace');
        await held.getByRole('button', { name: 'Annuler' }).click();
        await cm.waitForFunction((w) => !document.body.innerText.includes(w), word, { timeout: TIMEOUT });
        await guest.waitForTimeout(500);
        assert.ok(!(await guest.content()).includes(word));
        assert.ok(!(await guest.content()).includes(secret));
      } finally {
        await leadApi.patch('/workspace/settings', { grace_seconds: 0 });
      }
    });
  });
}
