// The incident list and the printable report on a phone (390 × 844): nothing is wider than the
// screen (one column, ui.md); the report's print button works under the page's CSP (no inline
// handler).

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEVICES, apiAs, uniqueWord, useAccounts, useServerAndBrowser } from './support.mjs';

const env = useServerAndBrowser();
const phone = DEVICES.find((d) => d.name === 'phone');

describe('incidents on a phone', () => {
  const who = useAccounts(env, phone, { lead: 'lead@demo.test' });
  let incidentId = null;

  /** How many pixels the page is wider than the 390 px screen (0 when it fits). */
  const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - 390);

  it('the incident list with its filters fits the screen', async () => {
    const { page } = who.lead;
    const api = await apiAs(env.server, 'lead@demo.test');
    const [conversation] = await api.get('/conversations');
    const id = await api.send(conversation.id, `Une coquille ${uniqueWord()}`);
    const removal = await api.post(`/messages/${id}/unsend`, { reason: 'typo' });
    incidentId = removal.incident_id;
    assert.ok(incidentId, JSON.stringify(removal));
    for (const lang of ['fr', 'en']) {
      await page.goto(`/lang/${lang}?next=/incidents`);
      await page.locator('form.filters select[name=reason]').waitFor();
      assert.ok(await page.locator('.incident-row').count() >= 1, 'the incident is listed');
      const extra = await overflow(page);
      assert.ok(extra <= 0, `/incidents (${lang}): ${extra}px wider than the screen`);
    }
  });

  it('the printable report fits the screen and its button prints', async () => {
    const { page } = who.lead;
    const blocked = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
    await page.goto(`/lang/fr?next=/incidents/${incidentId}/report`);
    await page.locator('table.timeline-table').waitFor();
    const extra = await overflow(page);
    assert.ok(extra <= 0, `the report: ${extra}px wider than the screen`);
    await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.getByRole('button', { name: 'Imprimer' }).click();
    assert.equal(await page.evaluate(() => window.__printed), 1, 'the print button opens the print dialog');
    assert.deepEqual(blocked, [], 'nothing is refused by the CSP');
  });
});
