// What a person walking the stories met, kept from coming back: the top bar on one line at 1280 px
// (a second line, added when the live status appeared, hid the newest message under the composer),
// an unsend countdown never longer than the window, the dialog's time left in words, the advice box
// hidden until a reason is chosen, findings named in the page's language, no copy of a sent text
// left under the composer by a scan answered late, a long press whose menu stays open when the
// finger lifts, a search result that opens at the message found, the Approvals page telling a lead
// that the queue changed, a status badge and a search placeholder that fit.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, apiAs, openConversation, openDeleteStep, messageByText, sendFromComposer, uniqueWord,
  unsendNow, useAccounts, useServerAndBrowser, waitLive,
} from './support.mjs';

const env = useServerAndBrowser();
const desktop = DEVICES.find((d) => d.name === 'desktop');
const phone = DEVICES.find((d) => d.name === 'phone');

/** Whether the message list shows its newest message in full. */
const atBottom = (page) => page.evaluate(() => {
  const list = document.getElementById('messages');
  return list.scrollHeight - list.scrollTop - list.clientHeight < 2;
});

describe('walkthrough on a desktop', () => {
  const who = useAccounts(env, desktop, { lead: 'lead@demo.test', cm: 'cm@demo.test' });

  it('the top bar holds on one line and the newest message stays in sight once live', async () => {
    const { page } = who.lead;
    for (const lang of ['fr', 'en']) {
      await page.goto(`/lang/${lang}?next=/inbox`);
      await openConversation(page);
      const bar = await page.locator('.topbar').boundingBox();
      const logout = await page.locator('.topbar .logout button').boundingBox();
      assert.ok(bar.height < 70, `${lang}: the top bar is ${bar.height}px high`);
      assert.ok(logout.y < bar.y + 20, `${lang}: the logout button is on the first line`);
      assert.ok(await atBottom(page), `${lang}: the newest message is in sight`);
    }
  });

  it('a message just sent never shows more than the window; the dialog says the time left in words', async () => {
    // A page that took 5 s to arrive: its clock correction lags by those 5 s.
    const context = await env.browser.newContext({ viewport: desktop.viewport, baseURL: env.server.url, locale: 'fr-FR' });
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        document.body.dataset.serverNow = String(Number(document.body.dataset.serverNow) - 5000);
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    await page.goto('/login');
    await page.fill('#workspace', 'demo');
    await page.fill('#email', 'cm@demo.test');
    await page.fill('#password', 'demo-password');
    await Promise.all([page.waitForURL('**/inbox'), page.press('#password', 'Enter')]);
    await page.goto('/lang/fr?next=/inbox');
    await openConversation(page);
    const text = `Tout juste parti ${uniqueWord()}`;
    await sendFromComposer(page, text);
    const item = messageByText(page, text);
    assert.equal(await item.locator('[data-countdown]').textContent(), '10 min pour retirer');
    await openDeleteStep(page, item, desktop);
    await item.locator('[data-unsend]').click();
    const dialog = page.locator('#unsend-dialog');
    await dialog.waitFor();
    assert.match(await dialog.locator('.time-left').textContent(), /^Temps restant pour retirer\s?: (10:00|9:[0-5]\d)$/);
    assert.equal(await dialog.locator('.advice').isVisible(), false, 'no empty advice box before a reason');
    await dialog.locator('#dialog-reason').selectOption('typo');
    await dialog.locator('.advice strong').waitFor();
    await page.keyboard.press('Escape');
    await context.close();
  });

  it('the composer names a finding in the page language, without the scanner identifier', async () => {
    const { page } = who.cm;
    for (const [lang, explanation] of [['fr', 'Numéro de téléphone'], ['en', 'Phone number']]) {
      await page.goto(`/lang/${lang}?next=/inbox`);
      await openConversation(page);
      await page.locator('#body').pressSequentially('Rappelez-moi au 06 12 34 56 78', { delay: 5 });
      const findings = page.locator('#live-findings');
      await findings.locator('li').first().waitFor();
      const shown = await findings.textContent();
      assert.ok(shown.includes(explanation), `${lang}: ${shown}`);
      assert.ok(!shown.includes('(phone)'), `${lang}: no raw kind in ${shown}`);
      await page.fill('#body', '');
    }
  });

  it('a scan answered after the send leaves no copy of the sent text under the composer', async () => {
    const { page } = who.cm;
    await page.goto('/lang/fr?next=/inbox');
    await openConversation(page);
    // Every scan the page asks for is recorded, settling once the page has had its answer.
    await page.evaluate(() => {
      const original = window.fetch;
      window.__scans = [];
      window.fetch = (...args) => {
        const answer = original(...args);
        if (String(args[0]).includes('/guard/scan')) {
          window.__scans.push(answer.then((r) => r.clone().text()).then(() => new Promise((r) => { setTimeout(r, 0); })));
        }
        return answer;
      };
    });
    // The scan leaves before the send and is answered only once the message is in the list.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    let asked;
    const scanAsked = new Promise((resolve) => { asked = resolve; });
    await page.route('**/api/v1/guard/scan', async (route) => { asked(); await held; await route.continue(); });
    try {
      const text = `Rappelez-moi au 06 12 34 56 78, ${uniqueWord('rappel')}`;
      await page.fill('#body', text);
      await scanAsked;
      await page.press('#body', 'Enter');
      await messageByText(page, text).waitFor();
      await page.waitForFunction(() => document.getElementById('body').value === '');
      release();
      await page.evaluate(() => Promise.all(window.__scans));
      const code = text.split(' ').pop();
      assert.equal(await page.locator('.composer-mirror').textContent(), '\n', 'the mirror is empty');
      assert.equal(await page.locator('#live-findings li').count(), 0, 'no findings for a sent text');
      assert.equal(await page.locator('#composer').evaluate((c, w) => c.outerHTML.includes(w), code), false);
    } finally {
      release();
      await page.unroute('**/api/v1/guard/scan');
    }
  });

  it('a search result opens its conversation at the message found, not at the newest', async () => {
    const { page } = who.cm;
    const api = await apiAs(env.server, 'cm@demo.test');
    const [conversation] = await api.get('/conversations');
    const word = uniqueWord('trouve');
    const found = await api.send(conversation.id, `Le message à retrouver ${word}`);
    for (let i = 0; i < 30; i += 1) await api.send(conversation.id, `Un message de plus ${i}`);
    await page.goto('/lang/fr?next=/inbox');
    await page.fill('#search-q', word);
    await Promise.all([page.waitForURL('**/search?**'), page.press('#search-q', 'Enter')]);
    await Promise.all([page.waitForURL(`**/c/${conversation.id}#m${found}`), page.locator('.results a').first().click()]);
    await waitLive(page);
    const [item, list] = await Promise.all([
      page.locator(`#m${found}`).boundingBox(), page.locator('#messages').boundingBox(),
    ]);
    assert.ok(item.y >= list.y && item.y + item.height <= list.y + list.height,
      `the message found is in sight (message ${item.y}–${item.y + item.height}, list ${list.y}–${list.y + list.height})`);
  });

  it('a lead on the Approvals page is told at once that a message now waits', async () => {
    const { page } = who.lead;
    for (const [lang, words] of [['fr', 'La file des validations vient de changer.'], ['en', 'The approval queue has just changed.']]) {
      await page.goto(`/lang/${lang}?next=/approvals`);
      await waitLive(page);
      assert.equal(await page.locator('#queue-changed').isVisible(), false);
      const api = await apiAs(env.server, 'cm@demo.test');
      const [conversation] = await api.get('/conversations');
      await api.post(`/conversations/${conversation.id}/messages`, { body: `Rappelez le 06 12 34 56 78 ${uniqueWord()}`, client_id: uniqueWord('c') });
      const notice = page.locator('#queue-changed');
      await notice.waitFor();
      assert.match(await notice.textContent(), new RegExp(words));
      await Promise.all([page.waitForURL('**/approvals'), notice.getByRole('link').click()]);
      assert.ok(await page.locator('.queue-item').count() >= 1);
    }
  });

  it('the search placeholder fits the list column', async () => {
    const { page } = who.cm;
    for (const lang of ['fr', 'en']) {
      await page.goto(`/lang/${lang}?next=/inbox`);
      const [needed, room] = await page.locator('#search-q').evaluate((input) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d');
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        return [ctx.measureText(input.placeholder).width,
          input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)];
      });
      assert.ok(needed <= room, `${lang}: the placeholder needs ${needed}px, the field has ${room}px`);
    }
  });
});

describe('walkthrough on a phone', () => {
  const who = useAccounts(env, phone, { cm: 'cm@demo.test' });

  it('a long press opens the menu, which stays open when the finger lifts', async () => {
    const { page } = who.cm;
    await page.goto('/lang/fr?next=/inbox');
    await openConversation(page);
    await waitLive(page);
    const item = page.locator('#messages > li.msg:not(.tombstone):not(.held)').last();
    const box = await item.locator('.body').boundingBox();
    const touch = await page.context().newCDPSession(page);
    const point = { x: box.x + 20, y: box.y + box.height / 2 };
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
    await item.locator('details.menu[open] .menu-list').waitFor();
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(300);
    assert.equal(await item.locator('details.menu[open]').count(), 1, 'the menu is still open');
    await touch.detach();
  });

  it('an incident waiting for a lead shows its status within the screen', async () => {
    const { page } = who.cm;
    const api = await apiAs(env.server, 'cm@demo.test');
    const [conversation] = await api.get('/conversations');
    // The author's third unsend in ten minutes waits for a lead (rewriting history).
    for (let i = 0; i < 2; i += 1) await unsendNow(env.server, api, await api.send(conversation.id, `Erreur ${uniqueWord()}`), { reason: 'inaccurate' });
    const third = await api.send(conversation.id, `Erreur ${uniqueWord()}`);
    const pending = await api.call('POST', `/messages/${third}/unsend`, { reason: 'inaccurate' });
    assert.equal(pending.status, 202, JSON.stringify(pending.data));
    for (const lang of ['fr', 'en']) {
      await page.goto(`/lang/${lang}?next=/incidents/${pending.data.incident_id}`);
      const badge = await page.locator('#incident-status').boundingBox();
      assert.ok(badge.x + badge.width <= 390, `${lang}: the badge ends at ${badge.x + badge.width}px`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 390);
    }
  });
});
