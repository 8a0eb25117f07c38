"""Every built-in SMS message, in English and Welsh, each sized to one segment.

One ŵ, ŷ or â makes a message UCS-2 (70 characters a segment, not 160), so Welsh texts
are worded to need none where the natural wording allows; where meaning depends on the
circumflex ("â'r heddlu", with the police, is not "a'r heddlu", and the police) it stays,
and the text is written short enough for 70. Welsh texts name the Welsh keywords
(CYMORTH, NESAF, STOPIO, DECHRAU). Where a placeholder is filled in at send time its
longest allowed value is declared in ``budgets`` and the tests fill it to that length
before counting segments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

Language = Literal["en", "cy"]
LANGUAGES: tuple[Language, ...] = ("en", "cy")

SUPPORT_LINE_EN = "Samaritans 116 123, 999 in an emergency. This is not a reporting line."
SUPPORT_LINE_CY = "Y Samariaid 116 123, 999 mewn argyfwng. Nid llinell adrodd yw hon."

#: Longest organisation name ``{who}`` may be; longer names are cut in the welcome.
WHO_BUDGET = 40


@dataclass(frozen=True, slots=True)
class Template:
    """One message in both languages; ``budgets`` caps each placeholder's length."""

    en: str
    cy: str
    budgets: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))

    def text(self, language: Language) -> str:
        return self.cy if language == "cy" else self.en


def _t(en: str, cy: str, **budgets: int) -> Template:
    return Template(en, cy, MappingProxyType(budgets))


TEXTS: Mapping[str, Template] = MappingProxyType(
    {
        "welcome": _t(
            "{who} wants your views: {total} questions. Anonymous: your number isn't kept. "
            "SKIP to skip, HELP for help, STOP to stop. CYMRAEG",
            "Mae {who} eisiau eich barn: {total} cwestiwn. Dienw: ni chedwir eich rhif. "
            "NESAF i hepgor, CYMORTH am help, STOPIO i atal. ENGLISH",
            who=WHO_BUDGET,
            total=2,
        ),
        "help": _t(
            "Anonymous survey by text. Reply SKIP to skip a question, STOP to stop, "
            "CYMRAEG for Welsh. " + SUPPORT_LINE_EN,
            "Arolwg dienw. Anfonwch NESAF i hepgor cwestiwn, STOPIO i stopio, ENGLISH am Saesneg. " + SUPPORT_LINE_CY,
        ),
        "stopped": _t(
            "You won't get any more texts from us. Reply START if you change your mind.",
            "Chewch chi ddim rhagor o negeseuon gennym ni. Anfonwch DECHRAU os byddwch chi'n newid eich meddwl.",
        ),
        "restarted": _t(
            "You can get texts from us again. Reply HELP for help or STOP to stop.",
            "Gallwch gael negeseuon gennym ni eto. Anfonwch CYMORTH am help neu STOPIO i stopio.",
        ),
        "skip_ack": _t("OK, skipped.", "Iawn, wedi hepgor."),
        "reprompt_choice": _t(
            "Sorry, we didn't understand. Please reply with a number from {low} to {high}, or SKIP.",
            "Mae'n ddrwg gennym, wnaethon ni ddim deall. Anfonwch rif rhwng {low} a {high}, neu NESAF.",
            low=2,
            high=2,
        ),
        "reprompt_yes_no": _t(
            "Sorry, we didn't understand. Please reply YES or NO, or SKIP.",
            "Mae'n ddrwg gennym, wnaethon ni ddim deall. Anfonwch IE neu NA, neu NESAF.",
        ),
        "thanks": _t(
            "Thank you, that's everything. Reply YES to get a text about what changed. " + SUPPORT_LINE_EN,
            "Diolch, dyna'r cyfan. Anfonwch IE i gael neges am yr hyn a newidiodd. " + SUPPORT_LINE_CY,
        ),
        "reminder": _t(
            "Reminder: you can still answer our last question. Reply SKIP to skip it or STOP to stop.",
            "Nodyn atgoffa: gallwch ateb ein cwestiwn olaf o hyd. Anfonwch NESAF i'w hepgor neu STOPIO i stopio.",
        ),
        "resume_offer": _t(
            "Hello again. You got to question {number} of {total}. Reply YES to carry on or NO to finish.",
            "Helo eto. Roeddech chi wedi cyrraedd cwestiwn {number} o {total}. Anfonwch IE i barhau neu NA i orffen.",
            number=2,
            total=2,
        ),
        "declined": _t("OK. Thank you for your time.", "Iawn. Diolch am eich amser."),
        "how_to_join": _t(
            "To take part, text {keyword} to this number. Reply HELP for help.",
            "I gymryd rhan, anfonwch {keyword} i'r rhif hwn. Anfonwch CYMORTH am help.",
            keyword=20,
        ),
        "how_to_join_any": _t(
            "To take part, text the word on the poster to this number.",
            "I gymryd rhan, anfonwch y gair sydd ar y poster i'r rhif hwn.",
        ),
        "empty": _t(
            "We can only read words, not pictures or blank texts. Please reply in words, or SKIP.",
            "Dim ond geiriau y gallwn ni eu darllen, nid lluniau na negeseuon gwag. Atebwch mewn geiriau, neu NESAF.",
        ),
        "truncated": _t(
            "Your answer was long, so we kept the first {limit} characters. Thank you.",
            "Roedd eich ateb yn hir, felly rydyn ni wedi cadw'r {limit} nod cyntaf. Diolch.",
            limit=5,
        ),
        # Sent as a message of its own, before anything else, when a text suggests risk.
        "safeguarding": _t(
            "You don't have to go through this alone. Samaritans: 116 123, free, any time. "
            "In an emergency call 999. This is not a reporting line.",
            "Does dim rhaid i chi wynebu hyn ar eich pen eich hun. Y Samariaid: 116 123, am ddim, "
            "unrhyw bryd. Mewn argyfwng, ffoniwch 999. Nid llinell adrodd yw hon.",
        ),
        "update_confirmed": _t(
            "Thanks. We'll send you one text about what changed, then delete your number.",
            "Diolch. Byddwn ni'n anfon un neges am yr hyn a newidiodd, ac wedyn yn dileu eich rhif.",
        ),
        "done_already": _t(
            "You've already answered, thank you. Reply YES to get a text about what changed, or HELP.",
            "Rydych chi wedi ateb yn barod, diolch. Anfonwch IE i gael neges am yr hyn a newidiodd, neu CYMORTH.",
        ),
        "opted_out_rejoin": _t(
            "You've stopped texts from us. Reply START to take part again.",
            "Rydych chi wedi atal negeseuon gennym ni. Anfonwch DECHRAU i gymryd rhan eto.",
        ),
        "closed": _t(
            "This survey has closed. Thank you for texting.",
            "Mae'r arolwg hwn wedi cau. Diolch am anfon neges.",
        ),
        "language_set": _t(
            "OK, we'll text you in English.",
            "Iawn, byddwn ni'n tecstio yn Gymraeg.",
        ),
        # Suffixes added to a question so people know how to answer it.
        "hint_yes_no": _t("Reply YES or NO.", "Anfonwch IE neu NA."),
        "hint_scale": _t("Reply {low} to {high}.", "Anfonwch {low} i {high}.", low=2, high=2),
    }
)


def render(name: str, language: Language, **values: object) -> str:
    """The named message in ``language`` with its placeholders filled in."""
    return TEXTS[name].text(language).format(**values)


def fit_who(who: str) -> str:
    """Cut an organisation name to its budget so the welcome stays one segment."""
    return who if len(who) <= WHO_BUDGET else who[: WHO_BUDGET - 1].rstrip() + "."
