// Rempart pages: small progressive enhancements. Everything works without this file except the
// demo host's reconsider prompt, which is the point of the demo.
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

async function postJSON(url, body) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", "X-CSRF-Token": csrfToken() },
    body: JSON.stringify(body || {}),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = data && data.error ? data.error.message : response.statusText;
    throw new Error(message);
  }
  return data;
}

// Builds the comment with the flagged stretches wrapped in <mark>, without using innerHTML.
function highlight(container, text, spans) {
  container.textContent = "";
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    container.append(document.createTextNode(text.slice(cursor, span.start)));
    const mark = document.createElement("mark");
    mark.textContent = text.slice(span.start, span.end);
    mark.dataset.category = span.category;
    container.append(mark);
    cursor = span.end;
  }
  container.append(document.createTextNode(text.slice(cursor)));
}

function setupDemoHost() {
  const box = document.getElementById("comment-box");
  if (!box) return;
  const strings = JSON.parse(document.getElementById("demo-strings").textContent);
  const form = document.getElementById("comment-form");
  const textarea = document.getElementById("comment-text");
  const prompt = document.getElementById("reconsider");
  const status = document.getElementById("status");
  const content = box.dataset.content;
  const viewer = box.dataset.viewer;
  let pendingCheck = null; // the check the commenter is answering, with the text it checked

  const say = (message) => { status.textContent = message; };
  const refresh = () => htmx.trigger("#comments", "refresh");

  async function publish(text, checkId) {
    const result = await postJSON(`/demo/videos/${content}/comments`,
      { text, author_id: viewer, check_id: checkId });
    prompt.hidden = true;
    pendingCheck = null;
    textarea.value = "";
    say(result.status === "visible" ? strings.posted : strings[result.status] || strings.posted);
    refresh();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = textarea.value;
    if (!text.trim()) { say(strings.empty); return; }
    try {
      if (pendingCheck) {
        // The commenter edited after a prompt: this publish records the outcome "edited"
        // (or "posted anyway" if the text did not change).
        await publish(text, pendingCheck.id);
        return;
      }
      const check = await postJSON(`/demo/videos/${content}/check`, { text, author_id: viewer });
      if (!check.nudge) { await publish(text, check.check_id); return; }
      pendingCheck = { id: check.check_id, text };
      document.getElementById("reconsider-message").textContent = check.message;
      document.getElementById("reconsider-rule").textContent = check.rule ? check.rule.title : "";
      highlight(document.getElementById("reconsider-text"), text, check.spans);
      prompt.hidden = false;
      document.getElementById("prompt-edit").focus();
    } catch (error) {
      say(`${strings.error} (${error.message})`);
    }
  });

  document.getElementById("prompt-edit").addEventListener("click", () => {
    prompt.hidden = true;
    say(strings.editing);
    textarea.focus();
  });
  document.getElementById("prompt-delete").addEventListener("click", async () => {
    try {
      await postJSON(`/demo/checks/${pendingCheck.id}/withdraw`, {});
      pendingCheck = null;
      textarea.value = "";
      prompt.hidden = true;
      say(strings.withdrawn);
    } catch (error) { say(`${strings.error} (${error.message})`); }
  });
  document.getElementById("prompt-post").addEventListener("click", async () => {
    try { await publish(pendingCheck.text, pendingCheck.id); }
    catch (error) { say(`${strings.error} (${error.message})`); }
  });
}

// "Select all (max 100)" for bulk forms: checks at most the first 100 boxes.
function setupSelectAll() {
  for (const toggle of document.querySelectorAll("[data-select-all]")) {
    toggle.addEventListener("change", () => {
      const boxes = document.querySelectorAll(toggle.dataset.selectAll);
      let count = 0;
      for (const box of boxes) {
        box.checked = toggle.checked && count < 100;
        if (box.checked) count += 1;
      }
      const counter = document.querySelector(toggle.dataset.counter || "#selected-count");
      if (counter) counter.textContent = String(count);
    });
  }
}

// Controls marked data-autosubmit send their form as soon as they change (a button does without JS).
function setupAutosubmit() {
  for (const control of document.querySelectorAll("[data-autosubmit]")) {
    control.addEventListener("change", () => control.form.submit());
  }
}

document.addEventListener("DOMContentLoaded", () => {
  setupAutosubmit();
  setupDemoHost();
  setupSelectAll();
});

// Creator console: keeps "Selected: n" in step when single boxes are ticked, and warns past 100.
function setupSelectionCount() {
  for (const toggle of document.querySelectorAll("[data-select-all]")) {
    const counter = document.querySelector(toggle.dataset.counter || "#selected-count");
    if (!counter) continue;
    const boxes = () => document.querySelectorAll(toggle.dataset.selectAll);
    const update = () => {
      const count = [...boxes()].filter((box) => box.checked).length;
      counter.textContent = String(count);
      counter.classList.toggle("over-limit", count > 100);
    };
    for (const box of boxes()) box.addEventListener("change", update);
    update();
  }
}

document.addEventListener("DOMContentLoaded", setupSelectionCount);
