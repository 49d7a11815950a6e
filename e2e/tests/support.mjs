// Shared fixtures for the end-to-end tests: the real `retract demo` binary on a free loopback port
// with a fresh data directory, Debian's headless Chromium driven by playwright-core, logged-in
// browser contexts and a small API client for setup. Nothing is built here: CI builds first.

import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = process.env.RETRACT_BIN || join(REPO_ROOT, 'target', 'release', 'retract');
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
export const PASSWORD = 'demo-password';

/** Generous guard for every wait: a slow CI machine must not fail a correct product. */
export const TIMEOUT = 15_000;

export const DEVICES = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
];

/** The demo conversation every story uses (id 1 in the seed, found through its title link). */
export const LAUNCH_TITLE = 'Lancement printemps — Inès';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A short random token that full-text search treats as one word. */
export function uniqueWord(prefix = 'mot') {
  return `${prefix}${Math.random().toString(36).slice(2, 10).replace(/[0-9]/g, (d) => 'abcdefghij'[d])}`;
}

// Servers still running when the test process exits (a crash, Ctrl-C) are stopped, never orphaned.
const running = new Set();
process.on('exit', () => { for (const child of running) child.kill('SIGTERM'); });

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `retract demo` on a fresh data directory and waits until `/healthz` answers.
 * Returns `{ url, stop() }`; `stop` sends SIGTERM, waits for the exit and removes the data.
 */
export async function startServer() {
  const data = await mkdtemp(join(tmpdir(), 'retract-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(BIN, ['demo', '--data', data, '--bind', `127.0.0.1:${port}`], {
    cwd: data,
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG || 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk) => { output = (output + chunk).slice(-20_000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  running.add(child);
  child.on('exit', () => running.delete(child));
  const exit = new Promise((resolve) => {
    child.on('exit', (code, signal) => { exited = { code, signal }; resolve(exited); });
    child.on('error', (err) => { exited = { error: err }; resolve(exited); });
  });

  const stop = async () => {
    if (!exited) {
      child.kill('SIGTERM');
      const done = await Promise.race([exit, sleep(10_000).then(() => null)]);
      if (!done) { child.kill('SIGKILL'); await exit; }
    }
    await rm(data, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`retract exited before it was ready (${JSON.stringify(exited)}; binary ${BIN}):\n${output}`);
    }
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`retract did not answer /healthz within 30 s:\n${output}`);
    }
    await sleep(100);
  }
  return { url, stop, output: () => output };
}

/** Debian's Chromium, headless, without any background traffic. */
export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });
}

/**
 * A browser context for one device, logged in through the login form as `email`.
 * Options: `javaScriptEnabled` (default true). Returns `{ context, page }` on /inbox.
 */
export async function login(browser, server, device, email, { javaScriptEnabled = true } = {}) {
  const { name: _name, ...options } = device;
  const context = await browser.newContext({ ...options, baseURL: server.url, javaScriptEnabled, locale: 'fr-FR' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  await page.goto('/login');
  if (!(await page.inputValue('#workspace'))) await page.fill('#workspace', 'demo');
  await page.fill('#email', email);
  await page.fill('#password', PASSWORD);
  await Promise.all([page.waitForURL('**/inbox'), page.click('.login-card button[type=submit]')]);
  return { context, page };
}

/** An API client authenticated with a bearer token from POST /api/v1/auth/login. */
export async function apiAs(server, email) {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspace: 'demo', email, password: PASSWORD }),
  });
  if (!response.ok) throw new Error(`API login as ${email} failed: ${response.status} ${await response.text()}`);
  const { token, user } = await response.json();
  const call = async (method, path, payload) => {
    const r = await fetch(`${server.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
    });
    const text = await r.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = text; }
    return { status: r.status, ok: r.ok, data };
  };
  const must = async (method, path, payload) => {
    const r = await call(method, path, payload);
    if (!r.ok) throw new Error(`${method} ${path} as ${email}: ${r.status} ${JSON.stringify(r.data)}`);
    return r.data;
  };
  return {
    user,
    call,
    get: (path) => must('GET', path),
    post: (path, payload = {}) => must('POST', path, payload),
    patch: (path, payload) => must('PATCH', path, payload),
    /** Sends a message and returns its id. */
    send: async (conversationId, body) => (await must('POST', `/conversations/${conversationId}/messages`, { body, client_id: uniqueWord('c') })).id,
  };
}

/**
 * Unsends message `id` through `api` and makes sure it is gone: when the advisor says the unsend
 * rewrites history (the author's third in ten minutes), the demo lead approves it.
 */
export async function unsendNow(server, api, id, payload) {
  const r = await api.call('POST', `/messages/${id}/unsend`, payload);
  if (r.status === 202) {
    const lead = await apiAs(server, 'lead@demo.test');
    await lead.post(`/messages/${id}/unsend/approve`, { comment: 'ok' });
  } else if (!r.ok) {
    throw new Error(`unsend ${id}: ${r.status} ${JSON.stringify(r.data)}`);
  }
  return r.data;
}

/** The conversation id behind a title link of the conversation list. */
export async function conversationIdByTitle(page, title) {
  const link = page.locator('.conversations a', { has: page.locator('.title', { hasText: title }) });
  return Number(await link.getAttribute('data-conversation-link'));
}

/** Opens a conversation from the list by clicking its title; returns its id. */
export async function openConversation(page, title = LAUNCH_TITLE) {
  if (!page.url().endsWith('/inbox')) await page.goto('/inbox');
  const link = page.locator('.conversations a', { has: page.locator('.title', { hasText: title }) });
  const id = Number(await link.getAttribute('data-conversation-link'));
  await Promise.all([page.waitForURL(`**/c/${id}`), link.click()]);
  await page.locator('#messages').waitFor();
  await waitLive(page);
  return id;
}

/** Waits until the page's WebSocket says it is connected (the "live" status in the top bar). */
export async function waitLive(page) {
  await page.waitForSelector('#live.on', { state: 'attached' });
}

/** The list item of the (only) message whose body contains `text`. */
export function messageByText(page, text) {
  return page.locator('#messages > li.msg', { has: page.locator('.body', { hasText: text }) });
}

/** Sends `text` through the composer (Enter key) and waits for it to appear in the list. */
export async function sendFromComposer(page, text, { withButton = false } = {}) {
  await page.fill('#body', text);
  if (withButton) await page.click('#composer button[type=submit]');
  else await page.press('#body', 'Enter');
  const item = messageByText(page, text);
  await item.waitFor();
  await page.waitForFunction(() => document.getElementById('body').value === '');
  return Number(await item.getAttribute('data-id'));
}

/** Opens the "⋯" menu of a message with a click (or a tap on touch devices). */
export async function openMenu(page, item, device) {
  const summary = item.locator('details.menu > summary');
  if (device?.hasTouch) await summary.tap(); else await summary.click();
  await item.locator('details.menu[open] .menu-list').waitFor();
}

/** Opens the « Supprimer » step of an open menu. */
export async function openDeleteStep(page, item, device) {
  await openMenu(page, item, device);
  const summary = item.locator('details.submenu > summary');
  if (device?.hasTouch) await summary.tap(); else await summary.click();
  await item.locator('details.submenu[open] > ul').waitFor();
}

/** Clicks or taps, depending on the device. */
export async function press(locator, device) {
  if (device?.hasTouch) await locator.tap(); else await locator.click();
}

export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });
}

/** Closes everything it is given, ignoring what is already gone, so cleanup never hides a failure. */
export async function closeAll(...things) {
  for (const thing of things) {
    if (!thing) continue;
    try { await thing.close(); } catch { /* already closed */ }
  }
}

export { sleep };

/**
 * File-level fixture: one server (fresh data directory) and one browser for the whole test file,
 * both stopped in `after` even when a test or the setup failed.
 */
export function useServerAndBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await startServer();
    env.browser = await launchBrowser();
  });
  after(async () => {
    await closeAll(env.browser);
    await env.server?.stop();
  });
  return env;
}

/**
 * Suite-level fixture: one logged-in browser context per account on `device`, e.g.
 * `useAccounts(env, device, { cm: 'cm@demo.test', guest: 'guest@demo.test' })` gives `who.cm.page`.
 */
export function useAccounts(env, device, accounts, options = {}) {
  const who = {};
  before(async () => {
    for (const [key, email] of Object.entries(accounts)) {
      who[key] = await login(env.browser, env.server, device, email, options);
    }
  });
  after(async () => {
    await closeAll(...Object.values(who).map((w) => w.context));
  });
  return who;
}

/** Marks the page so a test can prove later that it was never reloaded. */
export async function markNoReload(page) {
  await page.evaluate(() => { window.__e2eNoReload = true; });
}

export async function wasNotReloaded(page) {
  return page.evaluate(() => window.__e2eNoReload === true);
}
