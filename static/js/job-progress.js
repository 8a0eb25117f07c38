// Long work's progress (a re-code, a report PDF, an SMS update send): poll the page's JSON
// endpoint and update its polite aria-live status until the work ends. Driven by data attributes:
//   data-job-progress="<JSON URL>"  the box; the JSON is {active, status, message}
//   data-job-status                 inside the box: shows the message (aria-live="polite")
//   data-job-while-running          hidden when the work ends (the no-JavaScript link)
//   data-job-when-done[="a b"]      shown when it ends (only for those statuses, if given)
//   data-job-done-text="..."        its text becomes this when the work ends (a heading)
// Without JavaScript the page keeps its plain link to look again; there is no meta refresh (it
// moves people and screen readers on without asking). Focus stays where the person left it.
const RUNNING_EVERY_MS = 2000;
const FIRST_RETRY_MS = 5000;
const LONGEST_RETRY_MS = 60000;

function ended(status) {
  for (const element of document.querySelectorAll("[data-job-while-running]")) element.hidden = true;
  for (const element of document.querySelectorAll("[data-job-when-done]")) {
    const only = element.dataset.jobWhenDone.split(/\s+/).filter(Boolean);
    element.hidden = only.length > 0 && !only.includes(status);
  }
  for (const element of document.querySelectorAll("[data-job-done-text]")) {
    element.textContent = element.dataset.jobDoneText;
  }
}

function follow(box) {
  const status = box.querySelector("[data-job-status]");
  let retry = FIRST_RETRY_MS;

  async function poll() {
    let next = RUNNING_EVERY_MS;
    try {
      const response = await fetch(box.dataset.jobProgress, {
        headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store",
      });
      if (!response.ok) throw new Error(`status ${response.status}`);
      const job = await response.json();
      if (status.textContent.trim() !== job.message) status.textContent = job.message;
      retry = FIRST_RETRY_MS;
      if (!job.active) {
        ended(job.status);
        return;
      }
    } catch {
      next = retry; // the plain link still works; back off while the server or network is unwell
      retry = Math.min(retry * 2, LONGEST_RETRY_MS);
    }
    window.setTimeout(poll, next);
  }

  window.setTimeout(poll, RUNNING_EVERY_MS);
}

const box = document.querySelector("[data-job-progress]");
if (box && box.querySelector("[data-job-status]") && document.querySelector("[data-job-while-running]")) follow(box);
