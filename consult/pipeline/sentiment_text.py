"""Answers in text-speak read as plain English before sentiment is scored (rules and model alike).

The lexicons, TextBlob and the cues were written for spelt-out English: "nah nuffin helped n no1
asked" raised no cue at all. ``plain`` lower-cases, straightens apostrophes, shortens stretched
letters ("sooooo" -> "soo") and expands the common shorthand of SMS answers word by word. Only
whole tokens are replaced, and only shorthand that is not also an everyday word in these answers
("in", "am", "no" are left alone; "2" only between words, never next to a number).
"""

from __future__ import annotations

import re

_SHORTHAND = {
    "n": "and", "&": "and", "nd": "and", "no1": "no one", "noone": "no one", "sum1": "someone",
    "some1": "someone", "any1": "anyone", "every1": "everyone", "nuffin": "nothing", "nothin": "nothing",
    "nuthin": "nothing", "nufin": "nothing", "nowt": "nothing", "owt": "anything", "summat": "something",
    "cos": "because", "coz": "because", "cuz": "because", "bc": "because", "b4": "before", "ova": "over",
    "nite": "night", "2nite": "tonight", "2day": "today", "2moro": "tomorrow", "wiv": "with", "wid": "with",
    "w/": "with", "w/o": "without", "r": "are", "u": "you", "ur": "your", "ya": "you",
    "ppl": "people", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thank you", "tnx": "thanks",
    "dunno": "don't know", "wanna": "want to", "gonna": "going to", "gotta": "got to", "ngl": "not going to lie",
    "tbh": "to be honest", "idk": "i don't know", "idc": "i don't care", "m8": "mate", "m8s": "mates",
    "gr8": "great", "l8": "late", "l8r": "later", "nah": "no", "naw": "no", "yeh": "yes", "ye": "yes",
    "yea": "yes", "yep": "yes", "dint": "didn't", "didnt": "didn't", "dont": "don't", "cant": "can't",
    "wont": "won't", "isnt": "isn't", "wasnt": "wasn't", "doesnt": "doesn't", "aint": "isn't",
    "im": "i'm", "ive": "i've", "its": "it's", "thats": "that's", "wat": "what", "wot": "what",
    "bout": "about", "abt": "about", "tho": "though", "thru": "through", "jus": "just", "av": "have",
    "ave": "have", "hav": "have", "wen": "when", "wer": "were", "sed": "said", "gd": "good", "v": "very",
    "rly": "really", "prob": "probably", "probs": "probably", "def": "definitely", "nvr": "never",
    "evry": "every", "bcos": "because", "becos": "because", "wiz": "was", "woz": "was",
    "livin": "living", "workin": "working", "waitin": "waiting", "goin": "going", "doin": "doing",
    "sayin": "saying", "nothin'": "nothing", "feelin": "feeling", "gettin": "getting", "helpin": "helping",
    "lookin": "looking", "sleepin": "sleeping", "stayin": "staying", "tryin": "trying", "askin": "asking",
}
_TOKEN = re.compile(r"(?<![\w'/&])([\w'/&]+)(?![\w'/&])")
_UNITS = r"(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|mins?|minutes?|times|nights?|kids|of|or|x)\b"
# "sum1 2 talk 2", "lifted 4 nothing": words between words, never a number ("2 hours", "4 of us")
_TO = re.compile(rf"(?<=[a-z] )2(?= (?!{_UNITS})[a-z])")
_FOR = re.compile(rf"(?<=[a-z] )4(?= (?!{_UNITS})[a-z])")
_STRETCHED = re.compile(r"([a-z])\1{2,}")


def plain(text: str) -> str:
    """The answer lower-cased, straightened and with SMS shorthand spelt out."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    lowered = _STRETCHED.sub(r"\1\1", lowered)
    lowered = _TOKEN.sub(lambda m: _SHORTHAND.get(m.group(1), m.group(1)), lowered)
    return _FOR.sub("for", _TO.sub("to", lowered))
