// retract's one ES module: live updates over the WebSocket, unsend countdowns, the unsend dialog,
// composer sends without reloading, and the long-press menu. Every feature also works without it
// through plain links and form posts; this only makes them faster.

const body = document.body;
const lang = body.dataset.lang || "fr";
const csrf = body.dataset.csrf || "";
const me = Number(body.dataset.user || 0);
const conversationId = Number(body.dataset.conversation || 0);
// The server's clock decides the unsend window; correct for this device's clock drift.
const skew = Number(body.dataset.serverNow || Date.now()) - Date.now();
const serverNow = () => Date.now() + skew;
const list = document.getElementById("messages");
const live = document.getElementById("live");

const t = (key, vars = {}) => {
  let text = (list && list.dataset["t" + key.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase())]) || "";
  for (const [k, v] of Object.entries(vars)) text = text.replace(`{${k}}`, v);
  return text;
};

async function api(method, path, payload) {
  const response = await fetch(path, {
    method,
    credentials: "same-origin",
    headers: { "content-type": "application/json", "x-csrf-token": csrf, "accept-language": lang },
    body: payload === undefined ? undefined : JSON.stringify(payload),
  });
  let data = null;
  try { data = await response.json(); } catch { /* 204 */ }
  return { ok: response.ok, status: response.status, data };
}

function localTime(iso) {
  const date = new Date(iso);
  return isNaN(date) ? "" : date.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v; else if (k === "text") node.textContent = v; else node.setAttribute(k, v === true ? "" : v);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

// ---- Countdowns on own messages inside the unsend window ----
// Never more than the window itself: the clock correction lags by the page's load time, which
// would otherwise read "11 min" (or 10:04) on a message just sent under a 10-minute window.
function unsendLeft(item, now) {
  const deadline = Number(item.dataset.unsendDeadline);
  const sent = Date.parse(item.querySelector("time[datetime]")?.dateTime);
  return Math.min(deadline - now, isNaN(sent) ? Infinity : deadline - sent);
}

function tickCountdowns() {
  const now = serverNow();
  for (const item of document.querySelectorAll("[data-unsend-deadline]")) {
    const left = unsendLeft(item, now);
    const countdown = item.querySelector("[data-countdown]");
    const open = left > 0;
    if (countdown) {
      countdown.hidden = !open;
      if (open) {
        countdown.textContent = left >= 60000
          ? t("countdown-minutes", { n: Math.ceil(left / 60000) })
          : t("countdown-seconds", { n: Math.ceil(left / 1000) });
      }
    }
    item.querySelectorAll(".unsend-entry").forEach((e) => { e.hidden = !open; });
    item.querySelectorAll(".unsend-expired").forEach((e) => { e.hidden = open; });
  }
  for (const held of document.querySelectorAll(".msg.pending_grace[data-deliver-at]")) {
    const left = Math.max(0, Number(held.dataset.deliverAt) - now);
    const label = held.querySelector("[data-grace-countdown]");
    if (label) label.textContent = t("grace-countdown", { n: Math.ceil(left / 1000) });
  }
  const dialogLeft = document.querySelector("#unsend-dialog[open] .time-left, .unsend-page .time-left");
  if (dialogLeft && dialogLeft.dataset.deadline) {
    const item = document.getElementById(`m${dialog?.querySelector("form").dataset.message}`);
    const left = Math.max(0, item?.dataset.unsendDeadline ? unsendLeft(item, now) : Number(dialogLeft.dataset.deadline) - now);
    const m = Math.floor(left / 60000), s = Math.floor((left % 60000) / 1000);
    // Words, not a clock emoji: the emoji has no glyph on many systems and says nothing to a
    // screen reader.
    dialogLeft.textContent = (dialogLeft.dataset.t || "{time}").replace("{time}", `${m}:${String(s).padStart(2, "0")}`);
  }
}

// ---- Live messages: the server renders each one exactly as on a full page load ----
async function refreshMessage(id) {
  if (!list) return;
  const response = await fetch(`/m/${id}/fragment`, { credentials: "same-origin" });
  const existing = document.getElementById(`m${id}`);
  if (response.status === 204) { existing?.remove(); return; }
  if (!response.ok) return;
  const holder = document.createElement("template");
  holder.innerHTML = (await response.text()).trim();
  const item = holder.content.firstElementChild;
  if (!item) return;
  const current = document.getElementById(`m${id}`);
  if (current) current.replaceWith(item);
  else {
    // Keep the order of ids even when events arrive out of order.
    const later = [...list.children].find((li) => Number(li.dataset.id) > Number(id));
    list.insertBefore(item, later || null);
  }
  const time = item.querySelector("time[datetime]");
  if (time) time.textContent = localTime(time.dateTime);
  tickCountdowns();
}

// ---- The inbox column: unread badges and previews ----
function updateInbox(event) {
  const link = document.querySelector(`[data-conversation-link="${event.conversation_id}"]`);
  if (!link) return;
  const m = event.message;
  const preview = link.querySelector(".preview");
  if (event.type === "message.created") {
    link.dataset.lastId = String(m.id);
    if (preview) preview.textContent = (m.body || "").slice(0, 60);
    if (event.conversation_id !== conversationId && m.author !== me) {
      let badge = link.querySelector(".badge");
      if (!badge) { badge = el("span", { class: "badge", text: "0" }); link.querySelector(".title").after(badge); }
      badge.textContent = String(Number(badge.textContent) + 1);
    }
  } else if (event.type === "message.edited" && link.dataset.lastId === String(m.id) && preview) {
    // The preview follows the edit: the superseded text must not linger in the list.
    preview.textContent = (m.body || "").slice(0, 60);
  } else if (event.type === "message.unsent" || event.type === "message.hidden") {
    if (link.dataset.lastId === String(m.id) && preview) preview.replaceChildren(el("em", { text: t("quote-removed") }));
    // A removed message no longer counts as unread; only the server knows whether it did.
    if (event.conversation_id !== conversationId) refreshBadge(link, event.conversation_id);
  }
}

async function refreshBadge(link, id) {
  const { ok, data } = await api("GET", "/api/v1/conversations");
  const unread = ok && Array.isArray(data) ? data.find((c) => c.id === id)?.unread : undefined;
  if (unread === undefined) return;
  let badge = link.querySelector(".badge");
  if (unread === 0) { badge?.remove(); return; }
  if (!badge) { badge = el("span", { class: "badge", text: "0" }); link.querySelector(".title").after(badge); }
  badge.textContent = String(unread);
}

// ---- Workspace rules: settings changes and flagged guest messages ----
function onRulesEvent(event) {
  if (event.type === "settings.changed") {
    // Own messages carry server-computed deadlines: re-render them under the new windows (again
    // once other nodes' cached settings have expired).
    const refreshOwn = () => document.querySelectorAll(".msg.own[data-id]").forEach((li) => refreshMessage(li.dataset.id));
    refreshOwn();
    setTimeout(refreshOwn, 2500);
    const notice = document.getElementById("rules-changed");
    if (notice) notice.hidden = false;
    return true;
  }
  if (event.type === "message.flagged") {
    const notice = document.getElementById("flags-changed");
    if (notice) notice.hidden = false;
    return true;
  }
  return false;
}

// ---- The notifications badge: what waits for this user's decision ----
const bell = document.getElementById("bell");
let bellTimer = null;
// Events after which the queue may have changed; the count itself comes from the server.
const QUEUE_EVENTS = ["approval.requested", "approval.escalated", "approval.decided", "unsend.requested",
  "message.unsent", "unsend.rejected", "message.flagged", "message.hidden", "incident.opened"];
function refreshBell() {
  if (!bell) return;
  clearTimeout(bellTimer);
  // Several events often arrive together (a decision and its message): one request for all.
  bellTimer = setTimeout(async () => {
    const response = await fetch("/notifications/count", { credentials: "same-origin" }).catch(() => null);
    if (!response?.ok) return;
    const data = await response.json().catch(() => null);
    const waiting = Number(data?.waiting);
    if (!Number.isInteger(waiting)) return;
    const count = document.getElementById("bell-count");
    count.textContent = String(waiting);
    count.hidden = waiting === 0;
    if (typeof data.label === "string") { bell.setAttribute("aria-label", data.label); bell.title = data.label; }
  }, 150);
}
document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") refreshBell(); });

// The approvals page is not redrawn under a lead who may be typing a comment: it says that the
// queue changed and offers to reload.
const QUEUE_CHANGES = ["approval.requested", "approval.escalated", "approval.decided", "unsend.requested"];
function onEvent(event) {
  if (QUEUE_EVENTS.includes(event.type)) refreshBell();
  const queueNotice = document.getElementById("queue-changed");
  if (queueNotice && QUEUE_CHANGES.includes(event.type)) queueNotice.hidden = false;
  if (event.type === "ready") { if (live) { live.classList.add("on"); live.textContent = live.dataset.on; } return; }
  if (onRulesEvent(event)) return;
  updateInbox(event);
  if (event.conversation_id !== conversationId || !event.message) return;
  const m = event.message;
  if (event.type === "message.hidden" || event.type === "message.cancelled") { document.getElementById(`m${m.id}`)?.remove(); return; }
  // A refused unsend gives the message back to its author: editable again, the notice gone.
  if (["message.pending", "message.approved", "message.rejected", "message.escalated", "unsend.rejected"].includes(event.type)) { refreshMessage(m.id); return; }
  if (event.type === "message.created" || event.type === "message.edited" || event.type === "message.unsent") {
    if (event.type === "message.unsent") {
      // The removed text must not survive anywhere on the page, quotes of it included.
      const gone = document.getElementById(`m${m.id}`)?.querySelector(".body");
      if (gone) gone.textContent = "";
      if (dialog?.open && dialog.querySelector("form").dataset.message === String(m.id)) dialog.close();
      for (const quote of document.querySelectorAll(`.quote a[href="#m${m.id}"]`)) {
        quote.parentElement.replaceChildren(quote, `${t("colon")} `, el("em", { text: t("quote-removed") }));
      }
    }
    if (event.type === "message.edited") {
      // Replies quoting it show the new text: the superseded one must not linger in a quote.
      for (const quote of document.querySelectorAll(`.quote a[href="#m${m.id}"]`)) {
        const reply = quote.closest(".msg[data-id]");
        if (reply) refreshMessage(reply.dataset.id);
      }
    }
    refreshMessage(m.id).then(() => {
      if (event.type === "message.created") {
        list.scrollTop = list.scrollHeight;
        if (document.visibilityState === "visible") api("POST", `/api/v1/conversations/${conversationId}/read`, { up_to: m.id });
      }
    });
  }
}

let retryDelay = 500;
// The newest message id this page knows; after a reconnect the server replays what came later.
let lastSeen = Math.max(0, ...[...document.querySelectorAll(".msg[data-id]")].map((li) => Number(li.dataset.id)));
let connectedOnce = false;
function connect() {
  if (!me) return;
  const resume = connectedOnce && lastSeen > 0 ? `?since=${lastSeen}` : "";
  const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/api/v1/events${resume}`);
  connectedOnce = true;
  socket.addEventListener("message", (msg) => {
    let event;
    try { event = JSON.parse(msg.data); } catch { return; /* ignore malformed frames */ }
    if (event.message && event.type === "message.created") lastSeen = Math.max(lastSeen, Number(event.message.id) || 0);
    onEvent(event);
  });
  socket.addEventListener("open", () => { retryDelay = 500; });
  socket.addEventListener("close", (e) => {
    // 4401: the session ended (logout elsewhere, expiry): reloading leads to the login page.
    if (e.code === 4401) { location.reload(); return; }
    if (live) { live.classList.remove("on"); live.textContent = live.dataset.off; }
    setTimeout(connect, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 15000);
  });
}

// ---- The unsend dialog ----
const dialog = document.getElementById("unsend-dialog");
let dialogReturn = null;
function openUnsend(link) {
  const id = link.dataset.unsend;
  const item = document.getElementById(`m${id}`);
  const form = dialog.querySelector("form");
  form.action = `/m/${id}/unsend`;
  form.dataset.message = id;
  form.reset();
  dialog.querySelector(".quoted").textContent = item?.querySelector(".body")?.textContent || "";
  const timeLeft = dialog.querySelector(".time-left");
  timeLeft.dataset.deadline = link.dataset.moderation ? "" : (item?.dataset.unsendDeadline || "");
  timeLeft.textContent = "";
  dialog.querySelector(".advice").replaceChildren();
  dialog.querySelector(".error").hidden = true;
  dialogReturn = item?.querySelector(".menu > summary") || null;
  item?.querySelectorAll("details[open]").forEach((d) => { d.open = false; });
  dialog.showModal();
  tickCountdowns();
  dialog.querySelector("select").focus();
}

async function showAdvice() {
  const form = dialog.querySelector("form");
  const reason = form.reason.value;
  const box = dialog.querySelector(".advice");
  if (!reason) { box.replaceChildren(); return; }
  const { ok, data } = await api("POST", `/api/v1/messages/${form.dataset.message}/advice`, { reason });
  if (!ok || !data) { box.replaceChildren(); return; }
  box.replaceChildren(el("p", {}, el("strong", { text: data.recommendation_text || "" })),
    el("ul", {}, ...data.rationale.map((line) => el("li", { text: line }))));
  box.dataset.recommendation = data.recommendation;
}

if (dialog) {
  const form = dialog.querySelector("form");
  form.reason.addEventListener("change", showAdvice);
  dialog.querySelector(".cancel").addEventListener("click", () => dialog.close());
  dialog.addEventListener("click", (e) => { if (e.target === dialog) dialog.close(); });
  dialog.addEventListener("close", () => {
    // The quote must not keep a copy of a text that is being removed.
    dialog.querySelector(".quoted").textContent = "";
    dialogReturn?.focus();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!form.reason.value) { form.reason.focus(); return; }
    const { ok, status, data } = await api("POST", `/api/v1/messages/${form.dataset.message}/unsend`, { reason: form.reason.value, note: form.note.value });
    // Rewriting history waits for a lead: the incident page says so and shows the decision.
    if (status === 202 && data?.incident_id) { location.href = `/incidents/${data.incident_id}`; return; }
    if (ok) { dialog.close(); return; }
    // The server's page explains the refusal and offers the alternatives, in the user's language.
    HTMLFormElement.prototype.submit.call(form);
  });
}

// ---- The composer: send without reloading; refusals fall back to the server-rendered page ----
const composer = document.getElementById("composer");
if (composer) {
  const text = composer.querySelector("textarea");
  composer.addEventListener("submit", async (e) => {
    if (composer.acknowledge_warnings) return; // confirmed warnings go through the plain form
    e.preventDefault();
    // A scan still pending would paint the sent text back under the emptied composer, where it
    // would outlive an unsend.
    clearTimeout(scanTimer);
    scanSeq += 1;
    const payload = { body: text.value, client_id: composer.client_id.value };
    const reply = composer.reply_to.value;
    if (reply) payload.reply_to = Number(reply);
    const followup = composer.followup_of?.value;
    if (followup) payload.followup_of = Number(followup);
    if (composer.request_review?.checked) payload.request_review = true;
    const { ok, data } = await api("POST", `/api/v1/conversations/${conversationId}/messages`, payload);
    if (!ok) { HTMLFormElement.prototype.submit.call(composer); return; }
    if (data && data.id) await refreshMessage(data.id);
    list.scrollTop = list.scrollHeight;
    text.value = "";
    paint("", []);
    findingsList?.replaceChildren();
    if (sendButton) sendButton.textContent = sendButton.dataset.alwaysApproval ? sendButton.dataset.labelApproval : sendButton.dataset.labelSend;
    composer.client_id.value = crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2);
    composer.reply_to.value = "";
    // A reading is asked for one message, not for the ones after it.
    if (composer.request_review) composer.request_review.checked = false;
    composer.querySelector(".replying").hidden = true;
    // A follow-up is linked once; the banner goes with it.
    composer.querySelector(".followup-banner")?.remove();
    text.focus();
  });
  // Findings are underlined as the text is typed, after a short pause (the guard takes
  // microseconds; the pause only spares the network).
  const mirror = composer.querySelector(".composer-mirror");
  const findingsList = composer.querySelector(".live-findings");
  const sendButton = composer.querySelector("button[type=submit]");
  let scanTimer = null;
  let scanSeq = 0;
  const paint = (value, findings) => {
    if (!mirror) return;
    const chars = Array.from(value);
    const parts = [];
    let at = 0;
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < at) continue;
      parts.push(document.createTextNode(chars.slice(at, f.start).join("")));
      parts.push(el("mark", { class: `sev-${f.severity}`, text: chars.slice(f.start, f.end).join("") }));
      at = f.end;
    }
    parts.push(document.createTextNode(chars.slice(at).join("") + "\n"));
    mirror.replaceChildren(...parts);
    mirror.scrollTop = text.scrollTop;
  };
  const scan = async () => {
    const value = text.value;
    const seq = ++scanSeq;
    if (!value.trim()) { paint("", []); findingsList?.replaceChildren(); return; }
    const { ok, data } = await api("POST", "/api/v1/guard/scan", { text: value });
    if (!ok || !data || seq !== scanSeq || value !== text.value) return;
    paint(value, data.findings);
    findingsList?.replaceChildren(...data.findings.map((f) => {
      // The kind is an English identifier ("phone"): the explanation says it in the page's language.
      const item = el("li", { class: `sev-${f.severity}`, "data-kind": f.kind }, el("strong", { text: t(`finding-${f.category}`) || f.category }), ` — ${f.explanation?.[lang] || ""}`);
      if (f.fix) item.append(el("em", { class: "fix", text: `(${f.fix[lang]})` }));
      return item;
    }));
    if (!composer.acknowledge_warnings && sendButton) {
      const held = data.verdict === "needs_approval" || sendButton.dataset.alwaysApproval;
      sendButton.textContent = held ? sendButton.dataset.labelApproval : sendButton.dataset.labelSend;
    }
  };
  // Guests never see findings (the scan endpoint refuses them): no live scan on their side.
  const guest = document.querySelector(".role[data-role]")?.dataset.role === "guest";
  if (!guest) text.addEventListener("input", () => { clearTimeout(scanTimer); scanTimer = setTimeout(scan, 250); });
  text.addEventListener("scroll", () => { if (mirror) mirror.scrollTop = text.scrollTop; });
  if (text.value && !guest) scan();
  text.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); composer.requestSubmit(); }
  });
}

document.addEventListener("click", (e) => {
  const unsend = e.target.closest("[data-unsend]");
  if (unsend && dialog) { e.preventDefault(); openUnsend(unsend); return; }
  const reply = e.target.closest("[data-reply]");
  if (reply && composer) {
    e.preventDefault();
    composer.reply_to.value = reply.dataset.reply;
    const box = composer.querySelector(".replying");
    box.hidden = false;
    box.querySelector(".replying-label").textContent = `↩ ${reply.dataset.replyName || ""}`;
    reply.closest("details.menu").open = false;
    composer.querySelector("textarea").focus();
    return;
  }
  // Clicking elsewhere closes open message menus (not the click that ends a long press).
  if (longPressAt && Date.now() - longPressAt < 1000) return;
  for (const open of document.querySelectorAll("details.menu[open]")) if (!open.contains(e.target)) open.open = false;
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") {
    for (const open of document.querySelectorAll("details.menu[open]")) { open.open = false; open.querySelector("summary").focus(); }
  }
});

// ---- Long press on touch screens opens the message menu (Messenger's gesture) ----
let pressTimer = null;
let longPressAt = 0;
document.addEventListener("touchstart", (e) => {
  const item = e.target.closest(".msg:not(.tombstone)");
  longPressAt = 0;
  if (!item || e.target.closest("details.menu")) return;
  pressTimer = setTimeout(() => {
    const menu = item.querySelector("details.menu");
    if (menu) { menu.open = true; menu.querySelector("summary").focus(); longPressAt = Date.now(); }
  }, 500);
}, { passive: true });
for (const type of ["touchmove", "touchcancel"]) document.addEventListener(type, () => clearTimeout(pressTimer), { passive: true });
// Lifting the finger after a long press must not also "click" the message: that click would close
// the menu the press has just opened.
document.addEventListener("touchend", (e) => {
  clearTimeout(pressTimer);
  if (longPressAt && e.cancelable) e.preventDefault();
});

for (const node of document.querySelectorAll(".msg time[datetime]")) node.textContent = localTime(node.dateTime);
if (list) {
  // A link to one message (a search result, an incident) shows that message; otherwise the newest.
  const target = /^#m\d+$/.test(location.hash) ? document.getElementById(location.hash.slice(1)) : null;
  if (target && list.contains(target)) target.scrollIntoView({ block: "center" });
  else list.scrollTop = list.scrollHeight;
  // A list read at its newest message stays there when its box shrinks (the top bar wrapping, the
  // composer growing with findings): the last message must not slip under the composer.
  let pinned = !(target && list.contains(target));
  list.addEventListener("scroll", () => { pinned = list.scrollHeight - list.scrollTop - list.clientHeight < 8; }, { passive: true });
  new ResizeObserver(() => { if (pinned) list.scrollTop = list.scrollHeight; }).observe(list);
}
tickCountdowns();
setInterval(tickCountdowns, 1000);
connect();
