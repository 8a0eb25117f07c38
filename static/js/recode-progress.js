// Re-code progress: poll the JSON endpoint and update the aria-live status while a run is
// active. Without JavaScript the page offers a plain "Refresh to see progress" link (no meta
// refresh: it moves people and screen readers on without asking).
const box = document.querySelector("[data-recode-progress]");
const status = box && box.querySelector("[data-recode-status]");
const RUNNING_EVERY_MS = 2000;
const RETRY_EVERY_MS = 10000;

function finished() {
  const heading = document.querySelector("[data-recode-heading]");
  if (heading) heading.textContent = "Latest re-code";
  for (const element of document.querySelectorAll("[data-recode-while-running]")) element.hidden = true;
  for (const element of document.querySelectorAll("[data-recode-when-done]")) element.hidden = false;
}

async function poll() {
  let next = RUNNING_EVERY_MS;
  try {
    const response = await fetch(box.dataset.recodeProgress, {
      headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store",
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const run = await response.json();
    if (status.textContent.trim() !== run.message) status.textContent = run.message;
    if (!run.active) {
      finished();
      return;
    }
  } catch {
    next = RETRY_EVERY_MS; // the link still works; try again a little later
  }
  window.setTimeout(poll, next);
}

if (box && status && document.querySelector("[data-recode-while-running]")) {
  window.setTimeout(poll, RUNNING_EVERY_MS);
}
