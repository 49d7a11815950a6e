// Incidents (issue: ledger, evidence vault, advisor and follow-up): the unsend dialog shows the
// advice and the incident records whether it was followed; a follow-up is written from the
// incident's template and linked to it; the incident is closed; an auditor reads the removed
// content with a justification while a cm is refused; an unsend that rewrites history waits for a
// lead, who approves it from the approvals page.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEVICES, LAUNCH_TITLE, apiAs, messageByText, openConversation, openDeleteStep, press,
  sendFromComposer, uniqueWord, useAccounts, useServerAndBrowser,
} from './support.mjs';

const env = useServerAndBrowser();
const desktop = DEVICES[0];

/** Unsends the message `id` through the dialog with `reason`; returns the advice text shown. */
async function unsendThroughDialog(page, id, reason) {
  const item = page.locator(`#m${id}`);
  await openDeleteStep(page, item, desktop);
  await press(item.getByRole('link', { name: 'Supprimer pour tout le monde' }), desktop);
  const dialog = page.locator('#unsend-dialog');
  await page.waitForSelector('#unsend-dialog[open]');
  await dialog.locator('select[name=reason]').selectOption(reason);
  const advice = dialog.locator('.advice strong');
  await advice.waitFor();
  const shown = await advice.textContent();
  await press(dialog.getByRole('button', { name: 'Confirmer' }), desktop);
  return shown;
}

describe('incidents', () => {
  const who = useAccounts(env, desktop, {
    cm: 'cm@demo.test', guest: 'guest@demo.test', auditor: 'auditor@demo.test', lead: 'lead@demo.test',
    owner: 'owner@demo.test',
  });
  let incidentId = null;
  let removed = null;

  it('the unsend dialog shows the advice, and the incident records it was followed', async () => {
    const { page: cm } = who.cm;
    const { page: guest } = who.guest;
    await openConversation(cm, LAUNCH_TITLE);
    await openConversation(guest, LAUNCH_TITLE);
    removed = `Le prix du coffret est de ${uniqueWord('prix')} euros`;
    const id = await sendFromComposer(cm, removed);
    await messageByText(guest, removed).waitFor();
    const advice = await unsendThroughDialog(cm, id, 'inaccurate');
    assert.equal(advice, 'Recommandé : retirer le message.');
    await guest.locator(`#m${id}.tombstone`).waitFor();

    await cm.goto('/incidents');
    const link = cm.locator('tr.incident-row', { hasText: 'Information erronée' }).first().locator('a[href^="/incidents/"]');
    await Promise.all([cm.waitForURL('**/incidents/*'), link.click()]);
    incidentId = Number(cm.url().split('/').pop());
    assert.ok(incidentId > 0);
    assert.equal((await cm.locator('#incident-status').textContent()).trim(), 'Ouvert');
    const facts = await cm.locator('dl.facts').textContent();
    assert.match(facts, /Recommandé : retirer le message\. — conseil suivi/);
    assert.ok(!(await cm.content()).includes(removed.split(' ').at(-2)), 'the incident page never shows the content');
    // The timeline starts with the opening, fingerprinted on the ledger.
    assert.match(await cm.locator('ol.timeline li').first().textContent(), /Incident ouvert/);
  });

  it('a follow-up is written from the template, linked, and the incident closed', async () => {
    const { page: cm } = who.cm;
    const { page: guest } = who.guest;
    await cm.goto(`/incidents/${incidentId}`);
    const apology = cm.locator('li.check-item[data-item="apology"]');
    await apology.locator('details.template > summary').click();
    await Promise.all([
      cm.waitForURL(`**/c/*?followup=${incidentId}&template=apology*`),
      apology.getByRole('link', { name: 'Utiliser ce modèle dans la conversation' }).click(),
    ]);
    await cm.locator('.followup-banner').waitFor();
    const text = await cm.inputValue('#body');
    assert.match(text, /^Toutes nos excuses : un de nos messages contenait une information inexacte\./);
    assert.ok(!text.includes(removed), 'the template never repeats the removed content');
    const correction = `${text} Le bon prix est ${uniqueWord('bon')}.`;
    await cm.fill('#body', correction);
    await cm.press('#body', 'Enter');
    await messageByText(cm, correction).waitFor();
    await messageByText(guest, correction).waitFor();

    await cm.goto(`/incidents/${incidentId}`);
    assert.equal((await cm.locator('#incident-status').textContent()).trim(), 'Suivi en cours');
    assert.equal(await cm.locator('ul.followups li').count(), 1, 'the follow-up is linked');
    assert.match(await cm.locator('dl.facts').textContent(), /Premier suivi\s*\d+ min après le retrait/);
    // Tick the apology, then close with a note.
    await Promise.all([cm.waitForURL(`**/incidents/${incidentId}`), apology.getByRole('button', { name: 'Marquer comme fait' }).click()]);
    await cm.locator('li.check-item.done[data-item="apology"]').waitFor();
    await cm.fill('#closing-note', 'Excuses et bon prix publiés.');
    await Promise.all([cm.waitForURL(`**/incidents/${incidentId}`), cm.getByRole('button', { name: "Clore l'incident" }).click()]);
    assert.equal((await cm.locator('#incident-status').textContent()).trim(), 'Clos');
    assert.equal(await cm.locator('#closing-note').count(), 0, 'nothing more to do once closed');
    const timeline = await cm.locator('ol.timeline').textContent();
    assert.match(timeline, /Message de suivi/);
    assert.match(timeline, /Incident clos/);
    // The printable report carries the same timeline.
    await cm.goto(`/incidents/${incidentId}/report`);
    assert.match(await cm.locator('table.timeline-table').textContent(), /Incident clos/);
  });

  it('an auditor reads the removed content with a justification; a cm is refused', async () => {
    const { page: auditor } = who.auditor;
    const { page: cm } = who.cm;
    await auditor.goto(`/incidents/${incidentId}`);
    await auditor.fill('#justification', 'Contrôle mensuel des retraits');
    await auditor.getByRole('button', { name: 'Lire le contenu retiré' }).click();
    const body = auditor.locator('.evidence-body');
    await body.waitFor();
    assert.equal(await body.textContent(), removed);
    assert.match(await auditor.locator('ol.timeline').textContent(), /Lecture du contenu retiré · Aurélien Auditeur · Contrôle mensuel des retraits/);

    await cm.goto(`/incidents/${incidentId}`);
    assert.equal(await cm.locator('#justification').count(), 0, 'no evidence form for a cm');
    const status = await cm.evaluate(async (id) => {
      const csrf = document.body.dataset.csrf;
      const r = await fetch(`/incidents/${id}/evidence`, {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ csrf, justification: 'je veux voir' }),
      });
      return { status: r.status, leaked: (await r.text()).includes('evidence-body') };
    }, incidentId);
    assert.deepEqual(status, { status: 403, leaked: false });
    const api = await apiAs(env.server, 'cm@demo.test');
    const refused = await api.call('GET', `/incidents/${incidentId}/evidence?justification=je%20veux%20voir`);
    assert.equal(refused.status, 403);
  });

  it('an unsend that rewrites history waits for a lead, who approves it', async () => {
    const { page: cm } = who.cm;
    const { page: guest } = who.guest;
    const { page: lead } = who.lead;
    const conversation = await openConversation(cm, LAUNCH_TITLE);
    await openConversation(guest, LAUNCH_TITLE);
    const text = `Réponse un peu sèche ${uniqueWord('sec')}`;
    const id = await sendFromComposer(cm, text);
    const guestApi = await apiAs(env.server, 'guest@demo.test');
    await guestApi.post(`/conversations/${conversation}/messages`, { body: 'Bien reçu', reply_to: id });
    await messageByText(cm, 'Bien reçu').first().waitFor();

    const advice = await unsendThroughDialog(cm, id, 'tone');
    assert.equal(advice, 'Un responsable doit valider ce retrait.');
    await cm.waitForURL('**/incidents/*');
    assert.equal((await cm.locator('#incident-status').textContent()).trim(), "En attente d'un responsable");
    assert.equal(await messageByText(guest, text).count(), 1, 'nothing changed for members yet');

    await lead.goto('/approvals');
    const request = lead.locator('ul.unsend-requests li').first();
    await request.waitFor();
    await request.locator('input[name=comment]').fill('D’accord, reformule.');
    await Promise.all([lead.waitForURL('**/incidents/*'), request.getByRole('button', { name: 'Valider le retrait' }).click()]);
    assert.equal((await lead.locator('#incident-status').textContent()).trim(), 'Ouvert');
    await guest.locator(`#m${id}.tombstone`).waitFor();
    assert.ok(!(await guest.content()).includes(text), 'the text is gone from the guest page');
  });

  it('the owner sets the time zone and the retention; incidents are dated in both zones', async () => {
    const { page: owner } = who.owner;
    const { page: lead } = who.lead;
    // A lead sees the retention but may not change it (it erases evidence).
    await lead.goto('/settings');
    assert.equal(await lead.locator('#evidence_retention_days').isDisabled(), true);

    await owner.goto('/settings');
    assert.equal(await owner.locator('#time_zone').inputValue(), 'Europe/Paris');
    await owner.locator('#time_zone').selectOption('America/New_York');
    await owner.locator('#evidence_retention_days').fill('90');
    await Promise.all([
      owner.waitForLoadState('load'),
      owner.getByRole('button', { name: 'Enregistrer' }).click(),
    ]);
    await owner.locator('p.ok[role=status]').waitFor();
    assert.equal(await owner.locator('#time_zone').inputValue(), 'America/New_York');
    assert.equal(await owner.locator('#evidence_retention_days').inputValue(), '90');

    await owner.goto(`/incidents/${incidentId}`);
    const date = await owner.locator('dl.facts dd').first().textContent();
    assert.match(date, /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC · \d{4}-\d\d-\d\d \d\d:\d\d:\d\d America\/New_York \(UTC-0[45]:00\)/);
    // The evidence's erasure date follows from the 90-day retention.
    assert.match(await owner.locator('dl.facts').textContent(), /Contenu retiré effacé automatiquement le \d{4}-\d\d-\d\d/);
    await owner.goto('/incidents');
    assert.match(await owner.locator('thead').textContent(), /America\/New_York/);
  });
});
