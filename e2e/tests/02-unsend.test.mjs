// Story 3: unsend for everyone through the dialog (reason required, advice, live countdown), the live
// tombstone on the guest's page with no trace of the text, and the refused late unsend — in the menu,
// through the dialog's fallback, and on the no-JavaScript page — on a desktop and on a phone.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, closeAll, login, markNoReload, messageByText, openConversation,
  openDeleteStep, press, sendFromComposer, sleep, uniqueWord, useAccounts, useServerAndBrowser, wasNotReloaded,
} from './support.mjs';

const env = useServerAndBrowser();

/** Sets the unsend window as the lead and waits until the server's cached settings have it. */
async function setUnsendWindow(seconds) {
  const lead = await apiAs(env.server, 'lead@demo.test');
  const saved = await lead.patch('/workspace/settings', { unsend_window_seconds: seconds });
  assert.equal(saved.unsend_window_seconds, seconds);
  await sleep(3000); // the server may cache settings for up to 2 s
}

for (const device of DEVICES) {
  describe(`unsend on ${device.name}`, () => {
    const who = useAccounts(env, device, { cm: 'cm@demo.test', guest: 'guest@demo.test' });

    it('story 3: unsend for everyone — reason required, advice, countdown, live tombstone', async () => {
      const { page: cm } = who.cm;
      const { page: guest } = who.guest;
      await openConversation(cm, LAUNCH_TITLE);
      await openConversation(guest, LAUNCH_TITLE);
      const secret = `Le code promo interne est ${uniqueWord('code')}`;
      const id = await sendFromComposer(cm, secret);
      await messageByText(guest, secret).waitFor();
      await markNoReload(guest);

      // The live countdown on the author's own message.
      const item = cm.locator(`#m${id}`);
      const countdown = item.locator('.countdown');
      await countdown.waitFor();
      assert.match(await countdown.textContent(), /^\d+ min pour retirer$/);

      // Menu → Supprimer → « Supprimer pour tout le monde » opens the dialog.
      await openDeleteStep(cm, item, device);
      await press(item.getByRole('link', { name: 'Supprimer pour tout le monde' }), device);
      const dialog = cm.locator('#unsend-dialog');
      await cm.waitForSelector('#unsend-dialog[open]');
      assert.equal(await dialog.locator('.quoted').textContent(), secret, 'the message is quoted');
      assert.ok(await dialog.locator('select[name=reason]').evaluate((s) => s === document.activeElement), 'focus on the reason');

      // The time left ticks in the dialog.
      const timeLeft = dialog.locator('.time-left');
      await cm.waitForFunction(() => /^(Temps restant pour retirer|Time left to unsend)\s?: \d+:\d\d$/.test(document.querySelector('#unsend-dialog .time-left').textContent));
      const first = await timeLeft.textContent();
      await cm.waitForFunction((t) => document.querySelector('#unsend-dialog .time-left').textContent !== t, first);

      // The reason is required: confirming without one keeps the dialog open and sends nothing.
      await press(dialog.getByRole('button', { name: 'Confirmer' }), device);
      assert.ok(await dialog.evaluate((d) => d.open), 'the dialog stays open');
      assert.ok(await dialog.locator('select[name=reason]').evaluate((s) => !s.validity.valid));
      assert.equal(await dialog.locator('.advice').textContent(), '', 'no advice before a reason');

      // The advice follows the reason.
      await dialog.locator('select[name=reason]').selectOption('typo');
      await dialog.locator('.advice', { hasText: 'Une faute de frappe ? Modifiez plutôt le message.' }).waitFor();
      await dialog.locator('select[name=reason]').selectOption('confidential');
      await dialog.locator('.advice', { hasText: 'Recommandé : retirer le message.' }).waitFor();
      assert.equal(await messageByText(guest, secret).count(), 1, 'nothing removed before confirming');

      await press(dialog.getByRole('button', { name: 'Confirmer' }), device);
      await cm.waitForSelector('#unsend-dialog:not([open])', { state: 'attached' });

      // The guest sees the tombstone at once, without reloading, and the text is gone everywhere.
      const tombstone = guest.locator(`#m${id}.tombstone .tombstone-text`);
      await tombstone.waitFor();
      assert.match(await tombstone.textContent(), /^Message retiré par Camille/);
      assert.ok(await wasNotReloaded(guest), 'the guest page was not reloaded');
      const code = secret.split(' ').pop();
      await guest.waitForFunction((c) => !document.documentElement.outerHTML.includes(c), code);
      assert.ok(!(await guest.content()).includes(code), 'no trace of the text on the guest page');
      const preview = guest.locator(`[data-conversation-link="${await cm.evaluate(() => document.body.dataset.conversation)}"] .preview`);
      assert.equal(await preview.textContent(), "Message d'origine retiré", 'the list preview says it was removed');

      // The author sees the tombstone too, with no copy of the text left (the dialog's quote included).
      await cm.locator(`#m${id}.tombstone`).waitFor();
      await cm.waitForFunction((c) => !document.documentElement.outerHTML.includes(c), code);
      await guest.reload();
      await guest.locator(`#m${id}.tombstone`).waitFor();
      assert.ok(!(await guest.content()).includes(code));
    });

    it('story 3: a late unsend is refused, with « Supprimer pour moi » and « Publier une correction »', async () => {
      const { page: cm } = who.cm;
      const cmApi = await apiAs(env.server, 'cm@demo.test');
      const guestApi = await apiAs(env.server, 'guest@demo.test');
      const conversation = await openConversation(cm, LAUNCH_TITLE);
      const text = `Le prix est de 49 euros ${uniqueWord()}`;
      const id = await cmApi.send(conversation, text);
      let noJs = null;
      try {
        await setUnsendWindow(1);
        await cm.reload();

        // The menu shows the disabled entry with the alternatives, not the unsend link.
        const item = cm.locator(`#m${id}`);
        await item.waitFor();
        await openDeleteStep(cm, item, device);
        const expired = item.locator('.unsend-expired');
        await expired.waitFor();
        assert.equal((await expired.locator('[aria-disabled=true]').textContent()).trim(), 'Délai de 1 min dépassé');
        await expired.getByRole('link', { name: 'Publier une correction' }).waitFor();
        await item.getByRole('button', { name: 'Supprimer pour moi' }).waitFor();
        assert.ok(!(await item.getByRole('link', { name: 'Supprimer pour tout le monde' }).isVisible()));
        assert.equal(await item.locator('.countdown').isVisible(), false, 'no countdown once the window closed');

        // Without JavaScript, the plain form post is refused with the explanation and the alternatives.
        noJs = await login(env.browser, env.server, device, 'cm@demo.test', { javaScriptEnabled: false });
        const page = noJs.page;
        await page.goto(`/m/${id}/unsend`);
        assert.ok(await page.getByRole('link', { name: '← Retour' }).isVisible(), 'a way back on every screen size');
        await page.selectOption('#reason', 'inaccurate');
        const [response] = await Promise.all([
          page.waitForNavigation(),
          page.locator('.unsend-form button.danger').click(),
        ]);
        assert.equal(response.status(), 403);
        const refusal = page.locator('.error[role=alert]');
        await refusal.waitFor();
        assert.match(await refusal.textContent(), /Retrait impossible/);
        assert.match(await refusal.textContent(), /Le délai de retrait est dépassé/);
        await refusal.getByRole('button', { name: 'Supprimer pour moi' }).waitFor();
        await refusal.getByRole('link', { name: 'Publier une correction' }).waitFor();

        // Nothing was removed.
        const seen = await guestApi.get(`/conversations/${conversation}/messages`);
        const list = Array.isArray(seen) ? seen : seen.messages;
        const message = list.find((m) => m.id === id);
        assert.equal(message?.body, text, 'the guest still reads the message');

        // « Publier une correction » leads to the composer replying to the message.
        await Promise.all([page.waitForURL(/reply_to=/), refusal.getByRole('link', { name: 'Publier une correction' }).click()]);
        assert.equal(await page.locator('input[name=reply_to]').inputValue(), String(id));
      } finally {
        await closeAll(noJs?.context);
        await setUnsendWindow(600);
      }
    });

    it('story 3: when the window closes while the dialog is open, the refusal is explained', async () => {
      const { page: cm } = who.cm;
      await openConversation(cm, LAUNCH_TITLE);
      const text = `Je confirme la date ${uniqueWord()}`;
      const id = await sendFromComposer(cm, text);
      const item = cm.locator(`#m${id}`);
      await openDeleteStep(cm, item, device);
      await press(item.getByRole('link', { name: 'Supprimer pour tout le monde' }), device);
      await cm.waitForSelector('#unsend-dialog[open]');
      try {
        await setUnsendWindow(1);
        await cm.locator('#dialog-reason').selectOption('inaccurate');
        await Promise.all([cm.waitForURL(`**/m/${id}/unsend`), press(cm.locator('#unsend-dialog button.danger'), device)]);
        const refusal = cm.locator('.error[role=alert]');
        await refusal.waitFor();
        assert.match(await refusal.textContent(), /Le délai de retrait est dépassé/);
        await refusal.getByRole('button', { name: 'Supprimer pour moi' }).waitFor();
        await refusal.getByRole('link', { name: 'Publier une correction' }).waitFor();
      } finally {
        await setUnsendWindow(600);
      }
    });
  });
}
