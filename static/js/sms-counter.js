// Live SMS segment counter for the question builder. The server counts the same way on save
// (sms/segments.py and consult/services/questions.py segment_note); this only saves a round trip.
const BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
  "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const EXTENSION = "^{}\\[~]|€\f";
const STRAIGHT = [[/[\u2018\u2019\u201a\u201b\u2032]/g, "'"], [/[\u201c\u201d\u201e\u201f\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, "-"], [/\u2026/g, "..."], [/[\u00a0\u2007\u2009\u202f]/g, " "], [/[\u200b\ufeff]/g, ""]];

function pack(costs, single, multi) {
  const total = costs.reduce((a, b) => a + b, 0);
  if (total === 0) return [0, 0];
  if (total <= single) return [total, 1];
  let segments = 1, used = 0;
  for (const cost of costs) {
    if (used + cost > multi) { segments += 1; used = 0; }
    used += cost;
  }
  return [total, segments];
}

export function segmentNote(raw) {
  let text = raw.replace(/\r\n/g, "\n");
  for (const [pattern, plain] of STRAIGHT) text = text.replace(pattern, plain);
  const chars = [...text];
  const culprit = chars.find((c) => !BASIC.includes(c) && !EXTENSION.includes(c));
  const [units, segments] = culprit === undefined
    ? pack(chars.map((c) => (EXTENSION.includes(c) ? 2 : 1)), 160, 153)
    : pack(chars.map((c) => (c.codePointAt(0) > 0xffff ? 2 : 1)), 70, 67);
  const limit = culprit === undefined ? 160 : 70;
  const messages = segments <= 1 ? "1 text message" : `${segments} text messages`;
  const because = culprit === undefined ? "" : ` “${culprit}” makes it UCS-2, 70 characters a message.`;
  return `${units} of ${limit} characters, ${messages}.${because}`;
}

for (const field of document.querySelectorAll("[data-sms-counter]")) {
  const note = document.querySelector(`[data-sms-count-for="${field.id}"]`);
  if (!note) continue;
  field.addEventListener("input", () => { note.textContent = segmentNote(field.value); });
}
