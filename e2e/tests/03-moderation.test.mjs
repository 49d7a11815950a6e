// Story 5: a lead removes a guest's message (moderation); every member sees the tombstone with
// "(modération)" live, and the removal is recorded as an incident — on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, markNoReload, messageByText, openConversation, openDeleteStep, press,
  sendFromComposer, uniqueWord, useAccounts, useServerAndBrowser, wasNotReloaded,
} from './support.mjs';

const env = useServerAndBrowser();

for (const device of DEVICES) {
  describe(`moderation on ${device.name}`, () => {
    const who = useAccounts(env, device, {
      lead: 'lead@demo.test', cm: 'cm@demo.test', guest: 'guest@demo.test',
    });

    it('story 5: the lead removes a guest message; everyone sees it and an incident is recorded', async () => {
      const { page: lead } = who.lead;
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      await openConversation(lead, LAUNCH_TITLE);
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      const word = uniqueWord('injure');
      const text = `Votre marque est nulle et vous êtes des incapables ${word}`;
      const id = await sendFromComposer(guest, text);
      await messageByText(lead, text).waitFor();
      await messageByText(cm, text).waitFor();
      await markNoReload(guest);
      await markNoReload(cm);

      // Only the lead gets the moderation entry on the guest's message.
      const item = lead.locator(`#m${id}`);
      await openDeleteStep(lead, item, device);
      const moderate = item.getByRole('link', { name: 'Retirer (modération)' });
      await press(moderate, device);
      const dialog = lead.locator('#unsend-dialog');
      await lead.waitForSelector('#unsend-dialog[open]');
      assert.equal(await dialog.locator('.quoted').textContent(), text);
      assert.equal(await dialog.locator('.time-left').textContent(), '', 'no unsend countdown for moderation');
      await dialog.locator('select[name=reason]').selectOption('insulting');
      await dialog.locator('.advice li').first().waitFor();
      await press(dialog.getByRole('button', { name: 'Confirmer' }), device);
      await lead.waitForSelector('#unsend-dialog:not([open])', { state: 'attached' });

      // Everyone sees the moderation tombstone live, and the text is gone from their pages.
      for (const [name, page] of [['lead', lead], ['cm', cm], ['guest', guest]]) {
        const tombstone = page.locator(`#m${id}.tombstone .tombstone-text`);
        await tombstone.waitFor();
        assert.match(await tombstone.textContent(), /^Message retiré par Léa Lead \(modération\)/, name);
        try {
          await page.waitForFunction((w) => !document.documentElement.outerHTML.includes(w), word);
        } catch (err) {
          const html = await page.content();
          const at = html.indexOf(word);
          assert.fail(`${name}: the removed text is still on the page: …${html.slice(Math.max(0, at - 400), at + 100)}…`);
        }
      }
      assert.ok(await wasNotReloaded(guest));
      assert.ok(await wasNotReloaded(cm));

      // Recorded, never silent.
      const incidents = await (await apiAs(env.server, 'lead@demo.test')).get('/incidents');
      const incident = incidents.find((i) => i.message_id === id);
      assert.ok(incident, `an incident for message ${id}: ${JSON.stringify(incidents)}`);
      assert.equal(incident.kind, 'moderation');
      assert.equal(incident.reason, 'insulting');
      assert.equal(incident.actor_role, 'lead');
      assert.ok(!JSON.stringify(incident).includes(word), 'the incident list does not repeat the text');
    });

    it('story 5: Camille cannot moderate, and a lead cannot remove mere criticism', async () => {
      const { page: lead } = who.lead;
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      await openConversation(lead, LAUNCH_TITLE);
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      const text = `Le dernier colis est arrivé abîmé, je suis déçue ${uniqueWord()}`;
      const id = await sendFromComposer(guest, text);
      await messageByText(cm, text).waitFor();
      await messageByText(lead, text).waitFor();

      // A community manager only has « Supprimer pour moi » on a guest's message.
      const cmItem = cm.locator(`#m${id}`);
      await openDeleteStep(cm, cmItem, device);
      await cmItem.getByRole('button', { name: 'Supprimer pour moi' }).waitFor();
      assert.equal(await cmItem.getByRole('link', { name: 'Retirer (modération)' }).count(), 0);
      assert.equal(await cmItem.getByRole('link', { name: 'Supprimer pour tout le monde' }).count(), 0);

      // Criticism is answered, not removed: the refusal is explained, nothing is removed.
      const item = lead.locator(`#m${id}`);
      await openDeleteStep(lead, item, device);
      await press(item.getByRole('link', { name: 'Retirer (modération)' }), device);
      await lead.waitForSelector('#unsend-dialog[open]');
      await lead.locator('#dialog-reason').selectOption('other');
      await lead.locator('#unsend-dialog .advice li').first().waitFor();
      const [response] = await Promise.all([
        lead.waitForNavigation(),
        press(lead.locator('#unsend-dialog button.danger'), device),
      ]);
      assert.equal(response.status(), 409);
      const refusal = lead.locator('.error[role=alert]');
      await refusal.waitFor();
      assert.match(await refusal.textContent(), /Une critique se traite par une réponse/);
      await guest.reload();
      await messageByText(guest, text).waitFor();
      assert.equal(await guest.locator(`#m${id}.tombstone`).count(), 0);
    });
  });
}
