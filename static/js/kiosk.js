// Kiosk enhancements: inactivity warning, read-aloud and the back-forward cache guard.
// "Exit this page" is GOV.UK Frontend's own component (a tap or Shift three times), started by initAll.
// Everything here is optional: the kiosk works with JavaScript off.
import { initAll } from "../govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();

function wipeBrowserStorage() {
  try { window.localStorage.clear(); } catch (e) { /* storage may be disabled */ }
  try { window.sessionStorage.clear(); } catch (e) { /* storage may be disabled */ }
}

function leaveTo(url) {
  wipeBrowserStorage();
  document.body.hidden = true;
  window.location.replace(url);
}

// A page restored from the back-forward cache may show the previous person's answers: reload it
// so the server decides what to show. Hide it on the way out so no snapshot shows answers.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) {
    document.body.hidden = true;
    window.location.reload();
  }
});
// The kiosk keeps nothing in browser storage, so leaving any page (Exit this page included) wipes it.
window.addEventListener("pagehide", () => {
  document.querySelectorAll("textarea, input[type=text]").forEach((field) => { field.value = ""; });
  wipeBrowserStorage();
  document.body.hidden = true;
});

// Read aloud with the browser's own speech, in the page's language, where supported.
if ("speechSynthesis" in window && "SpeechSynthesisUtterance" in window) {
  document.querySelectorAll("[data-app-listen]").forEach((button) => {
    button.hidden = false;
    button.addEventListener("click", () => {
      window.speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(button.dataset.listenText);
      utterance.lang = document.documentElement.lang === "cy" ? "cy-GB" : "en-GB";
      window.speechSynthesis.speak(utterance);
    });
  });
}

// Inactivity: warn, give at least a minute (extendable without limit), then wipe and restart.
const dialog = document.getElementById("timeout-dialog");
if (dialog) {
  const idleMs = Number(dialog.dataset.idleSeconds) * 1000;
  const warningSeconds = Number(dialog.dataset.warningSeconds);
  const countdown = dialog.querySelector("[data-countdown]");
  const announce = dialog.querySelector("[data-countdown-announce]");
  const csrf = document.querySelector("[data-kiosk-csrf]").dataset.kioskCsrf;
  let idleTimer = null;
  let tickTimer = null;
  let lastPing = 0;

  const keepAlive = () => {
    lastPing = Date.now();
    fetch(dialog.dataset.keepAliveUrl, { method: "POST", headers: { "X-CSRFToken": csrf }, credentials: "same-origin" })
      .catch(() => { /* the server keeps its own, longer limit */ });
  };

  const expire = () => leaveTo(dialog.dataset.exitUrl);

  const warn = () => {
    let remaining = warningSeconds;
    countdown.textContent = String(remaining);
    announce.textContent = dialog.querySelector("#timeout-text").textContent;
    if (typeof dialog.showModal === "function") { dialog.showModal(); } else { dialog.setAttribute("open", ""); }
    tickTimer = window.setInterval(() => {
      remaining -= 1;
      countdown.textContent = String(Math.max(remaining, 0));
      if (remaining > 0 && remaining % 15 === 0) { announce.textContent = dialog.querySelector("#timeout-text").textContent; }
      if (remaining <= 0) { window.clearInterval(tickTimer); expire(); }
    }, 1000);
  };

  const restart = () => {
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(warn, idleMs);
    if (Date.now() - lastPing > 60000) { keepAlive(); }
  };

  dialog.querySelector("[data-continue]").addEventListener("click", () => {
    window.clearInterval(tickTimer);
    dialog.close ? dialog.close() : dialog.removeAttribute("open");
    keepAlive();
    restart();
  });
  dialog.addEventListener("cancel", (event) => event.preventDefault());
  ["pointerdown", "keydown", "input", "scroll", "touchstart"].forEach((name) => {
    document.addEventListener(name, () => { if (!dialog.open) { restart(); } }, { passive: true });
  });
  lastPing = Date.now();
  restart();
}
