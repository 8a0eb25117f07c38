"""Words for coding: tokenising, stemming, stop words and a general synonym table.

The synonym table lets a codebook with bare theme names ("Timeliness of care", "Housing") code
answers that never use those words ("waited hours", "no fixed abode"). It is written for
feedback about public services in general, not for any one data set.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem.porter import PorterStemmer

_STEMMER = PorterStemmer()
_POSSESSIVE = re.compile(r"(?<=[a-z])'s\b|(?<=s)'(?=\s|$)")
_TOKEN = re.compile(r"[a-z0-9\u00c0-\u024f]+(?:'[a-z]+)?|[&+]")

STOP_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "can", "could", "did", "do",
    "does", "doing", "for", "from", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "it's", "me", "more", "my", "of", "on", "or", "our", "out",
    "over", "own", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there",
    "these", "they", "this", "those", "to", "too", "up", "very", "was", "we", "were", "what", "when",
    "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "i'm", "im",
    "ive", "i've", "us", "also", "just", "really", "all", "any", "each", "other", "only", "same", "both",
    "few", "most", "about", "against", "between", "through", "during", "before", "after", "above", "below",
    "off", "again", "further", "once", "should", "now", "get", "got", "go", "went", "going", "etc", "per",
    "via", "within", "without", "use", "used",
    "need", "needs", "needed", "not", "no", "never", "cant", "can't", "dont", "don't", "thing", "things",
    "people", "person", "like", "want", "make", "made", "lot", "bit", "know", "yes", "one", "way",
))

# concept word -> everyday words that signal it (stemmed before use)
SYNONYMS: dict[str, tuple[str, ...]] = {
    "staff": ("staff", "worker", "nurse", "doctor", "paramedic", "crew", "driver", "officer", "team",
              "people", "carer", "receptionist", "manager", "volunteer"),
    "manner": ("kind", "kindness", "polite", "rude", "friendly", "caring", "lovely", "nice", "helpful",
               "attitude", "pleasant", "compassion", "patient", "courteous", "respectful", "cheerful"),
    "attribute": ("kind", "friendly", "caring", "lovely", "rude", "helpful", "professional", "nice"),
    "time": ("wait", "waited", "waiting", "quick", "quickly", "fast", "prompt", "late", "delay", "slow",
             "hours", "minutes", "long", "ages", "soon", "arrived", "took", "time", "timely", "speed"),
    "timeliness": ("wait", "waited", "waiting", "quick", "quickly", "prompt", "late", "delay", "slow",
                   "hours", "minutes", "ages", "arrived", "speed", "fast", "time"),
    "responsiveness": ("respond", "response", "answer", "answered", "call", "back", "reply", "ignored",
                       "attention", "came", "check"),
    "continuity": ("same", "change", "changed", "different", "consistent", "continuity", "new", "again"),
    "deployment": ("short", "staffed", "shortage", "enough", "busy", "more", "numbers", "understaffed"),
    "number": ("enough", "more", "short", "shortage", "busy", "understaffed", "numbers"),
    "competence": ("professional", "skilled", "competent", "knowledgeable", "efficient", "thorough",
                   "experienced", "knew", "know", "capable", "expert", "incompetent"),
    "training": ("trained", "training", "skill", "experience", "knowledge", "qualified"),
    "communication": ("told", "explain", "explained", "talk", "spoke", "communicate", "said", "tell",
                      "conversation", "contact", "update"),
    "listening": ("listen", "listened", "heard", "understood", "understand", "involved", "asked",
                  "respect", "dignity", "ignored", "believed", "time for me"),
    "understanding": ("understand", "understood", "empathy", "compassion", "listened", "knew"),
    "involving": ("involved", "included", "choice", "decision", "asked", "say"),
    "information": ("information", "info", "explain", "explained", "told", "leaflet", "advice",
                    "guidance", "update", "know", "letter", "clear", "website"),
    "guidance": ("advice", "advise", "guidance", "signpost", "told", "leaflet", "instruction"),
    "informed": ("update", "updated", "told", "know", "informed", "kept", "letter", "call"),
    "consistency": ("same", "different", "consistent", "contradict", "clear", "conflicting"),
    "contacting": ("phone", "call", "called", "ring", "rang", "answer", "line", "through", "hold",
                   "email", "contact", "reach", "get", "number"),
    "appointment": ("appointment", "appointments", "booked", "booking", "cancel", "cancelled",
                    "rearranged", "slot", "date", "time"),
    "method": ("phone", "video", "online", "face", "person", "call", "virtual", "zoom", "remote"),
    "pain": ("pain", "painful", "hurt", "hurting", "sore", "ache", "painkiller", "morphine", "relief"),
    "diagnosis": ("diagnosis", "diagnosed", "assess", "assessment", "tests", "scan", "examined",
                  "questions", "checked", "check"),
    "triage": ("assess", "assessment", "questions", "priority", "category", "check", "checked"),
    "referral": ("referral", "refer", "referred", "passed", "transfer", "handover", "gp", "follow"),
    "referals": ("referral", "refer", "referred", "passed", "transfer", "handover", "gp", "follow"),
    "discharge": ("discharge", "discharged", "home", "leave", "leaving", "sent", "release", "released"),
    "plan": ("plan", "plans", "planning", "goals", "review"),
    "records": ("records", "notes", "file", "details", "history", "system", "computer"),
    "cleanliness": ("clean", "dirty", "tidy", "hygiene", "mess", "messy", "smell", "wash", "infection"),
    "equipment": ("equipment", "wheelchair", "chair", "stretcher", "bed", "machine", "aid", "kit"),
    "location": ("location", "distance", "far", "near", "close", "local", "miles", "travel", "area"),
    "transport": ("transport", "ambulance", "vehicle", "car", "bus", "taxi", "lift", "drive", "driver",
                  "journey", "pick", "picked", "collect", "collected", "ride", "travel"),
    "parking": ("parking", "park", "car park", "space"),
    "entertainment": ("tv", "television", "wifi", "internet", "radio", "games", "phone"),
    "safe": ("safe", "safety", "unsafe", "secure", "scared", "afraid", "danger", "threat", "protected"),
    "appearance": ("clothes", "hair", "wash", "shower", "dressed", "shave", "hygiene"),
    "act": ("section", "sectioned", "detained", "tribunal", "rights"),
    "equality": ("equal", "fair", "racist", "racism", "discrimination", "prejudice", "respect"),
    "diversity": ("culture", "religion", "language", "gender", "race", "disability", "sexuality"),
    "admission": ("admitted", "admission", "ward", "bed", "hospital", "handover", "wait"),
    "environment": ("room", "ward", "building", "warm", "cold", "noise", "noisy", "quiet", "space",
                    "comfortable", "bed", "toilet", "facilities"),
    "medication": ("medication", "medicine", "meds", "tablets", "pills", "prescription", "dose",
                   "prescribed", "injection", "drugs", "script"),
    "activities": ("activities", "activity", "groups", "walk", "walks", "outside", "garden", "gym",
                   "art", "sport", "trips", "bored", "boredom", "leave", "things"),
    "air": ("outside", "garden", "walk", "fresh", "smoke", "leave", "grounds"),
    "food": ("food", "meal", "meals", "drink", "tea", "coffee", "breakfast", "lunch", "dinner", "eat",
             "snack", "menu", "water", "hungry"),
    "sensory": ("noise", "noisy", "loud", "light", "bright", "smell", "quiet", "hot", "cold"),
    "impact": ("helped", "help", "better", "improved", "recovery", "difference", "life", "saved",
               "progress", "feel", "benefit"),
    "treatment": ("treatment", "treated", "care", "therapy", "help", "medication"),
    "therapy": ("therapy", "therapist", "counselling", "counsellor", "psychologist", "sessions", "cbt"),
    "psychological": ("therapy", "therapist", "counselling", "psychologist", "psychology", "sessions"),
    "existence": ("more", "need", "needed", "service", "available", "provide", "lack", "there"),
    "choice": ("choice", "choose", "option", "options", "prefer", "wanted"),
    "hours": ("night", "weekend", "evening", "evenings", "24", "crisis", "overnight", "hours"),
    "learning": ("learn", "lessons", "improve", "feedback", "complaint", "change"),
    "family": ("family", "wife", "husband", "son", "daughter", "mum", "mother", "dad", "father",
               "parents", "partner", "relatives", "children", "kids", "carer", "visit", "visitors"),
    "carers": ("carer", "carers", "family", "relatives", "partner", "parents"),
    "negative": ("bad", "poor", "terrible", "awful", "horrible", "appalling", "disgusting", "worst",
                 "unhappy", "disappointed", "shocking", "rubbish", "useless"),
    "dissatisfaction": ("dissatisfied", "unhappy", "disappointed", "complain", "complaint", "annoyed",
                        "frustrated", "let", "down"),
    "positive": ("good", "great", "excellent", "brilliant", "amazing", "fantastic", "wonderful",
                 "perfect", "happy", "pleased", "satisfied", "fab", "superb", "outstanding", "best",
                 "well", "fine", "ok", "okay"),
    "gratitude": ("thank", "thanks", "grateful", "appreciate", "appreciated", "thankful", "cheers"),
    "organisation": ("organised", "organisation", "system", "process", "managed", "efficient",
                     "chaotic", "run", "admin", "paperwork", "mix"),
    "efficiency": ("efficient", "smooth", "organised", "quick", "process", "system"),
    "funding": ("money", "funding", "fund", "cost", "costs", "budget", "cuts", "pay", "paid", "afford"),
    "financial": ("money", "cost", "pay", "paid", "afford", "price", "charge", "funding"),
    "safeguarding": ("abuse", "harm", "risk", "protect", "vulnerable", "danger", "concern"),
    "housing": ("house", "home", "homeless", "hostel", "flat", "accommodation", "council", "rent",
                "evicted", "street", "streets", "sofa", "tenancy", "landlord"),
    "money": ("money", "benefits", "debt", "skint", "broke", "universal", "credit", "sanction",
              "bills", "afford"),
    "work": ("job", "work", "employment", "training", "course", "college", "volunteer"),
    "police": ("police", "officer", "copper", "cops", "pcso", "999", "101", "arrest"),
    "court": ("court", "judge", "magistrate", "solicitor", "trial", "sentence", "bail", "lawyer"),
    "prison": ("prison", "jail", "inside", "release", "released", "sentence", "wing"),
    "children": ("kids", "child", "son", "daughter", "baby", "school", "children"),
    "health": ("doctor", "gp", "nurse", "hospital", "appointment", "medication", "ill", "pain"),
    "drugs": ("drug", "using", "heroin", "crack", "spice", "methadone", "script", "clean", "relapse"),
    "alcohol": ("drinking", "drunk", "booze", "sober", "detox", "beer", "vodka"),
}


# words Porter merges with a word of another meaning: being judged is not a judge, a car parked
# is not a park, a reference number is not a referral, dealing with it is not drug dealing, and a
# community is not communication
_OWN_STEM = {
    "judged": "judged", "judging": "judged", "judgemental": "judged", "judgmental": "judged",
    "judgement": "judged", "judgment": "judged", "parked": "parked", "parking": "parked",
    "reference": "reference", "references": "reference", "dealing": "dealing", "lives": "lives",
    "community": "community", "communities": "community",
}


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Porter stem of one lower-case word (cached: answers repeat the same few words)."""
    return _OWN_STEM.get(word) or str(_STEMMER.stem(word))


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, curly apostrophes straightened, repeated letters squashed, and the
    possessive dropped ("the women's centre" is the women's centre)."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    lowered = re.sub(r"([a-z])\1{2,}", r"\1\1", lowered)
    lowered = _POSSESSIVE.sub("", lowered)
    return _TOKEN.findall(lowered)


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning (stop words and symbols dropped)."""
    return [stem(t) for t in tokens(text) if t not in STOP_WORDS and t not in "&+"]


def phrase_stem(phrase: str) -> str:
    """A keyword phrase as space-joined stems."""
    return " ".join(stem(t) for t in tokens(phrase))


def expansions(word: str) -> tuple[str, ...]:
    """Everyday words for a concept word from a theme name (its own stem first)."""
    lowered = word.lower()
    found = SYNONYMS.get(lowered) or SYNONYMS.get(lowered.rstrip("s")) or ()
    if not found:  # another form of the same word ("referrals"), not one that shares a stem ("community")
        target = stem(lowered)
        found = next((v for k, v in SYNONYMS.items()
                      if stem(k) == target and (k.startswith(lowered[:-2]) or lowered.startswith(k[:-2]))), ())
    return tuple(phrase_stem(w) for w in found)


STOP_STEMS = frozenset(stem(w) for w in STOP_WORDS)
