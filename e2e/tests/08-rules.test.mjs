// Moderation rules and approval triggers (issue 7): a lead edits the rules page (lexicon, a
// sensitive conversation) and the change is recorded with who made it; a CM reads the same page
// without being able to change it and sees the change arrive live; a guest cannot open it; a
// message in a conversation marked sensitive waits for a lead's approval and reaches the guest only
// once approved — on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, TIMEOUT, apiAs, conversationIdByTitle, messageByText, openConversation, uniqueWord, useAccounts,
  useServerAndBrowser,
} from './support.mjs';

const env = useServerAndBrowser();
const SUPPORT_TITLE = 'Service client — commande 4821';

/** Turns the triggers and lists back off so each test starts from the demo's settings. */
async function resetRules() {
  const lead = await apiAs(env.server, 'lead@demo.test');
  await lead.patch('/workspace/settings', { sensitive_conversations: [], confidential_terms: [] });
}

for (const device of DEVICES) {
  describe(`rules on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', lead: 'lead@demo.test', guest: 'guest@demo.test' });

    it('lets a lead edit the rules, a CM read them live, and keeps guests out', async () => {
      const { page: cm } = who.cm;
      const { page: lead } = who.lead;
      const { page: guest } = who.guest;
      try {
        await cm.goto('/rules');
        await cm.locator('#live.on').waitFor({ state: 'attached' });
        // Readable by a CM: the rules in words, the lists and triggers, but nothing to change.
        await cm.locator('.rule-table td', { hasText: 'pii' }).first().waitFor();
        assert.ok(await cm.locator('#moderation_rules').isDisabled());
        assert.ok(await cm.locator('#confidential_terms').isDisabled());
        assert.equal(await cm.getByRole('button', { name: 'Enregistrer' }).count(), 0);

        await lead.goto('/rules');
        const term = `Projet ${uniqueWord('code')}`;
        await lead.fill('#confidential_terms', term);
        await lead.getByRole('checkbox', { name: SUPPORT_TITLE }).check();
        await Promise.all([
          lead.waitForLoadState('load'),
          lead.getByRole('button', { name: 'Enregistrer' }).click(),
        ]);
        await lead.locator('p.ok', { hasText: 'Règles enregistrées' }).waitFor({ timeout: TIMEOUT });
        // The change history says who changed what.
        const last = lead.locator('ol.history > li').first();
        await last.waitFor();
        assert.match(await last.innerText(), /Léa Lead/);
        assert.match(await last.innerText(), new RegExp(term));

        // The CM's open page learns of it live, and shows it once reloaded, still read-only.
        await cm.locator('#rules-changed').waitFor({ state: 'visible', timeout: TIMEOUT });
        await cm.reload();
        assert.equal(await cm.inputValue('#confidential_terms'), term);
        assert.ok(await cm.getByRole('checkbox', { name: SUPPORT_TITLE }).isChecked());
        assert.ok(await cm.getByRole('checkbox', { name: SUPPORT_TITLE }).isDisabled());

        // A guest has no link to the rules and is refused the page.
        await guest.goto('/inbox');
        assert.equal(await guest.locator('.topbar .nav a[href="/rules"]').count(), 0);
        const refused = await guest.goto('/rules');
        assert.equal(refused.status(), 403);
        assert.ok(!(await guest.content()).includes(term));
      } finally {
        await resetRules();
      }
    });

    it('holds every team message of a sensitive conversation for a lead\'s approval', async () => {
      const { page: cm } = who.cm;
      const { page: lead } = who.lead;
      const { page: guest } = who.guest;
      const leadApi = await apiAs(env.server, 'lead@demo.test');
      try {
        await cm.goto('/inbox');
        const conversation = await conversationIdByTitle(cm, SUPPORT_TITLE);
        await leadApi.patch('/workspace/settings', { sensitive_conversations: [conversation] });
        await openConversation(cm, SUPPORT_TITLE);
        await openConversation(guest, SUPPORT_TITLE);

        // The button says what will happen before anything is typed.
        assert.match(await cm.locator('#composer button[type=submit]').innerText(), /validation/i);
        const word = uniqueWord('colis');
        await cm.fill('#body', `Votre colis ${word} part demain matin`);
        await cm.press('#body', 'Enter');
        const held = messageByText(cm, word);
        await held.waitFor({ timeout: TIMEOUT });
        assert.equal(await held.getAttribute('data-status'), 'pending_approval');
        await guest.waitForTimeout(500);
        assert.equal(await messageByText(guest, word).count(), 0);

        // The queue says why it waits; once approved the guest gets it live.
        await lead.goto('/approvals');
        const entry = lead.locator('.queue-item', { hasText: word });
        await entry.waitFor({ timeout: TIMEOUT });
        await entry.locator('.badge.trigger', { hasText: 'Conversation sensible' }).waitFor();
        await Promise.all([
          lead.waitForURL('**/approvals'),
          entry.getByRole('button', { name: 'Valider et envoyer' }).click(),
        ]);
        await messageByText(guest, word).waitFor({ timeout: TIMEOUT });
      } finally {
        await resetRules();
      }
    });
  });
}
