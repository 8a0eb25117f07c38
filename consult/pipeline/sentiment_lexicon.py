"""Phrasings of feeling in answers about police, custody, housing, recovery and mental health.

Each list is a class of phrasing (not a list of sentences): what people in the revolving door
write when they are in distress, were harmed, were discriminated against, live in hardship, were
failed, wish something had been different, or want to give praise that TextBlob's product-review
lexicon does not know. Text-speak (no apostrophes, "coz", "woz") and some Welsh are included.
``sentiment_cues`` weighs them.
"""

from __future__ import annotations

import re


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b")


_FEEL = r"(?:feel|feels|feeling|felt|am|i'?m|im)\s+(?:so\s+|really\s+|completely\s+|totally\s+)?"
_NEGATED = r"(?:don'?t|dont|do\s+not|did\s+not|didn'?t|didnt|never)"

DISTRESS = _rx(
    r"(?:want|wanted|wanna)\s+to\s+(?:die|disappear|give\s+up)", r"wish\s+i\s+(?:was|were)\s+dead",
    _NEGATED + r"\s+want\s+to\s+(?:be\s+here|live|wake\s+up)",
    r"can'?t\s+(?:cope|go\s+on|take\s+(?:it|any\s*more|much\s+more)|do\s+this|see\s+a\s+way|leave\s+the)",
    r"cant\s+cope",
    r"not\s+coping",
    r"(?<!never\s)(?<!not\s)giving\s+up(?!\s+(?:drinking|using|the\s+(?:drink|gear|booze)|drugs|alcohol))",
    r"(?<!never\s)(?<!didnt\s)(?<!didn't\s)gave\s+up(?!\s+(?:drinking|using|the\s+(?:drink|gear|booze|drugs)|drugs|alcohol|heroin|crack|spice))",
    r"nerves\s+(?:are|is|were)\s+(?:shot|gone|bad|in\s+bits)", r"no\s+point", r"the\s+pain\s+to\s+stop",
    r"(?:everything|it|all|life)\s+(?:is\s+|feels?\s+|gets?\s+|got\s+)?(?:just\s+)?too\s+much(?!\s+trouble)",
    _FEEL + r"(?:hopeless|worthless|helpless|invisible|alone|lonely|empty|numb|trapped|broken|a\s+burden"
    r"|like\s+(?:a\s+burden|giving\s+up|i'?m\s+drowning|a\s+failure|nothing|dirt|rubbish))",
    r"hopeless", r"worthless", r"helpless", r"suicidal", r"desperate", r"despair", r"terrified", r"petrified",
    r"traumati[sz]ed", r"panic\s+attacks?", r"flashbacks?", r"nightmares?", r"scared", r"frightened",
    r"afraid", r"lonely", r"loneliness", r"isolat\w*", r"so\s+alone", r"exhausted", r"breakdown",
    r"fall(?:ing|en)?\s+apart", r"fell\s+apart", r"losing\s+my\s+mind", r"dark\s+place", r"drowning",
    r"shaking", r"crying", r"in\s+bits", r"breaks?\s+my\s+heart", r"heart\s*broken", r"ashamed",
    r"rock\s+bottom", r"struggling", r"hate\s+myself", r"in\s+a\s+(?:bad|dark|state)",
    r"worst\s+(?:day|night|experience|time)", r"(?:tried|trying|attempt\w*)\s+to\s+(?:kill|take|end|hang)",
    r"attempt\w*\s+(?:suicide|on\s+my\s+life)", r"dw\s+i\s+ddim\s+yn\s+gallu", r"ofn", r"unig",
)
HARM = _rx(  # done to the person by those meant to help
    r"humiliat\w*", r"degrad\w*", r"mortif\w*", r"mock(?:ed|ing)", r"laugh(?:ed|ing)\s+(?:at|in)",
    r"they\s+laughed", r"strip[\s-]*search\w*", r"taser(?:ed)?", r"pepper\s+spray\w*", r"restrain\w*",
    r"pinned", r"slammed", r"man\s*handled", r"kneed", r"punched", r"kick(?:ed|ing)\s+(?:me|in|the)", r"dragged",
    r"chucked\s+(?:me|out)", r"thrown\s+(?:in|out)", r"too\s+tight", r"smash\w*", r"broke\s+my", r"raid\w*",
    r"shout(?:ed|ing)", r"harass\w*", r"(?:was|were|bit|too|really|very)\s+rough", r"handcuff\w*", r"cuffed",
    r"(?:sat|sit|sitting|jumped|kneel\w*|knelt)\s+on", r"held\s+(?:me\s+|us\s+)?down", r"on\s+top\s+of\s+me",
    r"left\s+(?:me|us|her|him)\s+(?:in|there|bleeding|alone|for|with|on)", r"left\s+bleeding",
    r"(?:treated|talked|spoke|spoken|talk|speak)\s+(?:to\s+)?(?:me\s+|us\s+|you\s+)?(?:like|as)\s+(?:a\s+|an\s+)?"
    r"(?:dirt|scum|criminal|animal|piece|nuisance|suspect|junkie|number|kid|child|idiot|nothing|rubbish|statistic)",
    r"treat(?:s|ed|ing)?\s+(?:you\s+|me\s+|us\s+)?like(?!\s+(?:a\s+|an\s+)?(?:human|person|adult|family|equal))",
    r"(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+not\s+(?:a|an)\s+(?:statistic|number|criminal|junkie|animal|case|problem)",
    r"in\s+front\s+of\s+(?:everyone|everybody|my\s+(?:kids|children|neighbours|family|mates)|the\s+(?:street|whole))",
    r"fined\s+for",
    r"made\s+me\s+feel\s+(?:like|small|stupid|worthless|ashamed|dirty|guilty)",
    r"(?:felt|feel)\s+like\s+(?:a|an)\s+(?:piece|leper|animal|criminal|number|nobody|object|thing|idiot|prisoner)",
    r"wasting\s+(?:his|her|their|your)",
    r"(?:said|thought|assumed|decided)\s+i\s+was\s+(?:drunk|lying|faking|attention|hysterical|high|pissed|taking"
    r"|putting|making|on\s+something|wasting|kicking\s+off)", r"attention\s+seeking", r"taking\s+the\s+piss",
    r"(?:called|calling)\s+(?:me|us)", r"moved\s+(?:me|us|them|him|her)\s+on",
    r"(?:gp|doctor|they|he|she|nurse|worker)\s+just\s+(?:says?|said|told|gave|gives|tells)",
    r"kicked\s+(?:me\s+)?out", r"evict\w*",
    r"turned\s+(?:me\s+)?away", r"(?:send|sends|sent)\s+(?:me\s+)?(?:home|off|away)", r"fob\w*\s+(?:me\s+)?off",
    r"just\s+(?:gives?|gave)\s+me\s+(?:pills|tablets|meds|a\s+leaflet|a\s+number)", r"discharg\w*", r"sanction\w*",
    r"recalled", r"sectioned", r"binned", r"took\s+my\s+(?!details|name|statement|number|fingerprints|dna|photo)",
    r"took\s+(?:me\s+)?away", r"taken\s+(?:away|into\s+care|off\s+me)", r"lost\s+(?:my|everything|the)",
    r"(?:kids|children|son|daughter)\s+(?:were\s+|was\s+)?taken", r"woke\s+up\s+in", r"for\s+(?:nothing|nowt)",
    r"wrong\s+(?:flat|house|person|address|man)", r"fitted\s+up", r"waste\s+of\s+(?:space|oxygen|skin)",
    r"(?:they|police|officers?)\s+(?:lie|lied|lying)",
    r"blamed", r"my\s+own\s+fault", r"what\s+(?:do|did)\s+you\s+expect", r"what\s+i\s+was\s+wearing",
    r"got\s+arrested", r"arrested\s+me", r"(?:get|be)\s+arrested\s+to", r"rattling", r"dope\s*sick",
    r"cuckoo\w*", r"had\s+a\s+fit", r"ignoring", r"intentionally\s+homeless", r"outstay\w*",
    r"(?:like\s+(?:a\s+)?|another\s+)prison", r"still\s+inside",
    r"knows\s+(?:where\s+i\s+(?:live|am|stay)|my\s+address|the\s+address)",
    r"told\s+(?:me|us|her|him)\s+to\s+(?:sort|calm|go|stop|get|have|ring|come\s+back|suck)", r"told\s+to\s+have",
    r"(?:put|threw|thrown|pushed|shoved|forced|slung)\s+(?:me|us|him|her)\s+(?:on|onto|to|into|against|down|in)(?!\s+(?:touch|contact))",
    r"(?:made|making|cracked|cracking)\s+jokes", r"jok(?:es|ed|ing)\s+about", r"makes?\s+me\s+feel\s+like",
    r"went\s+back\s+to\s+(?:him|her|them)", r"like\s+a\s+zombie",
)
VICTIMISATION = _rx(  # crime suffered: often the circumstances of a verdict on the response
    r"battered", r"assaulted", r"attacked", r"stabb\w*", r"robbed", r"burgl\w*", r"mugged", r"rap(?:e|ed)",
    r"abus(?:e|ed)", r"threat\w*", r"strangl\w*", r"bruis\w*",
    r"(?:throw|throwing|threw|thrown)\s+(?:stones|bricks|eggs|things)",
)
DISCRIMINATION = _rx(
    r"racis\w*", r"racial\w*", r"profil(?:ed|ing)", r"discriminat\w*", r"prejudic\w*", r"stereotyp\w*",
    r"homophob\w*", r"transphob\w*", r"sexis\w*", r"colour\s+of\s+my\s+skin", r"targeted",
    r"because\s+(?:of\s+)?(?:i'?m|im|i\s+am|we'?re|my\s+\w+\s+is)\s+(?:a\s+|an\s+)?(?:black|gay|trans|traveller"
    r"|homeless|disabled|young|muslim|asian|foreign|woman|girl|lesbian|bisexual|on\s+benefits|an?\s+addict)",
    r"(?:because|cos|coz|cause)\s+(?:of\s+)?(?:my|where\s+i)\s+(?:skin|race|record|accent|past|disability|religion"
    r"|sexuality|name|address|postcode|background|age|gender|clothes|live|looks?)",
    r"(?:see|saw|sees|judged\s+on|because\s+of)\s+my\s+record",
    r"because\s+of\s+(?:how|the\s+way)\s+i\s+(?:look|looked|talk|talked|dress|dressed|speak|spoke|sound)",
    r"(?:it'?s|its)\s+always\s+(?:me|us)", r"stopped\s+(?:and\s+searched\s+)?(?:\w+\s+times|again|every\s+\w+)",
    r"(?:ran|run|check\w*)\s+my\s+name", r"you\s+lot",
    r"(?:talk|treat|look\s+at)\s+you\s+different\w*", r"once\s+they\s+know", r"assum\w*",
    r"(?:white|black|asian|brown)\s+(?:mates|friends|lads?|man|men|woman|women|girls?|guys?|people|person)",
    r"wo?n'?t\s+take\s+you\s+with\s+a\s+record", r"(?:had|has)\s+it\s+in\s+for", r"my\s+word\s+against",
    r"believed\s+(?:him|her|them)\s+(?:not|over)\s+me", r"(?:treated|seen|treat\w*)\s+(?:me\s+)?as\s+a\s+suspect",
)
HOSTILITY = _rx(
    r"pigs", r"filth", r"bastards?", r"wankers?", r"acab", r"scum", r"corrupt", r"bent\s+coppers?", r"liars",
    r"disgrace\w*", r"shocking", r"appalling", r"out\s+of\s+order", r"no\s+trust", r"(?:don'?t|dont)\s+trust",
)
HARDSHIP = _rx(
    r"on\s+the\s+streets",
    r"(?:living|sleeping|slept|lived|back|ended\s+up|released)\s+(?:on\s+)?(?:to\s+)?the\s+streets?",
    r"^\W*on\s+the\s+street", r"sleep(?:ing)?\s+(?:rough|in\s+(?:a|my|the)\s+\w+)",
    r"(?:living|live|sleeping)\s+in\s+(?:my|a|the)\s+(?:van|car|tent)",
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:addresses|moves|hostels|places)", r"rough\s+sleeping",
    r"homeless\w*", r"nowhere", r"tent", r"bench", r"doorway", r"stairwell", r"bus\s+shelter", r"in\s+my\s+car",
    r"damp", r"mou?ld", r"mice", r"infested", r"filthy", r"dirty", r"noisy", r"no\s+heating", r"freezing",
    r"needles", r"dealers?", r"dealing", r"(?:drugs|spice|crack)\s+everywhere", r"fights?", r"war\s+zone",
    r"stabbings?", r"shooting", r"gangs?", r"crawling\s+with", r"arrears", r"debt", r"can'?t\s+afford",
    r"don'?t\s+eat", r"relaps\w*", r"back\s+on\s+(?:it|the)", r"(?:using|drinking)\s+again", r"hooked",
    r"overdos\w*", r"withdraw\w*", r"killing\s+me", r"(?:i\s+)?drink(?:ing)?\s+myself", r"to\s+numb",
    r"not\s+(?:always\s+|really\s+|very\s+|that\s+)?safe", r"unsafe", r"bang\w*\s+on\s+(?:my|the)\s+door",
    r"(?:drink|drinking|use|using)\s+to\s+(?:sleep|cope|forget|get\s+through|numb|stop)",
    _NEGATED + r"\s+feel\s+safe", r"barricade\w*", r"moved\s+\d+\s+times",
    r"(?:stay|keep)\s+warm", r"no\s+end\s+in\s+sight", r"hell", r"nightmare", r"misery", r"in\s+one\s+room",
    r"miles\s+(?:away|from)", r"(?:over)?crowded", r"one\s+room\s+(?:for|between|with)",
    r"under\s+(?:the|a)\s+bridge",
    # drink or drugs named as what keeps the person going
    r"(?:drink\w*|booze|cans|bottle|vodka|weed|gear|spice|pills)\s+(?:\w+\s+){0,6}(?:gets?|keeps?|got)\s+me"
    r"\s+(?:through|going|to\s+sleep)", r"me\s+and\s+the\s+(?:bottle|drink|cans|gear)",
    r"(?:not|no)\s+(?:the\s+)?money", r"skint", r"starving",
)
FAILURE = _rx(
    r"no\s+(?:food|blanket|phone\s+call|shower|water|drink|info\w*|solicitor|support|help|follow[\s-]*up"
    r"|aftercare|script|heating|cooker|bed|updates?|one|body|diagnosis|rehab|beds?|refuge|space|point)",
    r"nobody(?!\s+else)", r"no\s+one(?!\s+else)", r"got\s+nothing", r"nothing\s+out\s+there",
    r"there'?s\s+nothing", r"heard\s+nothing", r"(?:and\s+)?then\s+nothing",
    r"nothing\s+(?:in\s+place|for|has|ever|when|to\s+offer|he\s+could|she\s+could|they\s+could)",
    r"non[\s-]*existent", r"a\s+joke", r"tick\s+box", r"round\s+and\s+round", r"pillar\s+to\s+post",
    r"still\s+(?:no|waiting|homeless|don'?t|dont|not)", r"(?:still|been)\s+waiting", r"only\s+(?:got|had|get)\s+\d+",
    r"never\s+(?:rang|came|come|got|heard|even|once|contacted|followed|offered|returned|asked|listen\w*|believe\w*)",
    r"(?:got|given|handed)\s+(?:me\s+)?(?:a|just\s+a)\s+leaflet",
    r"(?:waiting|waited|wait|list|remand)\b.{0,40}\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|several"
    r"|many)\s+(?:years|months|weeks)",
    r"(?:asked|begged|wanted)\s+(?:for\s+)?\w+(?:\s+\w+)?\s+and\s+(?:got|was\s+given|they\s+gave)",
    r"refused", r"ignored", r"dismissed", r"cut\s+off", r"cut\s+my", r"stopped\s+my",
    r"(?:gets?|got|was|been)\s+stopped", r"did\s+nothing", r"(?:doesn'?t|does\s+not|don'?t|isn'?t)\s+work",
    r"without\s+(?:food|asking|any|my|a|an|telling|being)",
    r"(?:wouldn'?t|wouldnt|would\s+not|won'?t|wont)\s+(?:let|get|give|listen|take|treat|see|move|increase|fund)",
    r"didn'?t\s+(?:even|want|take(?!\s+me\s+(?:to\s+|in\w*\s+)?(?:the\s+)?(?:cells?|station|custody|court))|believe|listen|come"
    r"|care)", r"lost\s+the\s+evidence", r"turned\s+up\s+after",
    r"as\s+usual", r"as\s+always", r"same\s+old", r"in\s+the\s+dark",
    r"\d+\s+(?:months|years|weeks)\s+(?:for|on|of|now)",
    r"cant\s+get", r"can'?t\s+get", r"(?:none|neither)\s+of\s+them", r"so\s+much\s+for",
    r"(?:and\s+)?that\s+was\s+(?:it|that)",
    r"not\s+(?:a\s+)?priority", r"what\s+(?:do|does)\s+(?:i|you|someone)\s+(?:have|need)\s+to\s+do",
    r"(?:did\s+not|didn'?t|don'?t|dont|do\s+not)\s+like", r"dislike\w*", r"(?:wasn'?t|not)\s+happy",
    r"keeps?\s+changing", r"start(?:ing)?\s+(?:again|all\s+over)",
    r"(?:tell|telling|repeat\w*)\s+(?:my|the\s+same)\s+story",
    r"chang\w*\s+every\s+(?:month|week|time)", r"(?:don'?t|dont|do\s+not|never|didn'?t)\s+(?:get\s+it|understand)",
    r"(?:beg|begging|begged|chase|chasing|fight|fighting)\s+(?:for|them|to)", r"dim\s+help", r"ofnadwy", r"ffiaidd",
    r"no\s+(?:\w+\s+){1,2}(?:beds?|places?|spaces?|support|help|services?)",
    r"nothing\s+(?:helped|worked|works|helps|changed)",
    r"no\s+idea", r"nothing\s+to\s+do", r"no\s+apology", r"(?:was|were|is|are|always)\s+full",
    r"stopped\s+asking", r"(?<!never\s)(?<!didn't\s)(?<!didnt\s)(?:gave|give|given)\s+up\s+(?:asking|on\s+me)",
    # absence of help: no call back, left where they were, the trail gone cold
    r"(?:nobody|no\s+one|never|not|didn'?t|didnt)\s+(?:\w+\s+){0,2}(?:rang|called|phoned|got|get|came|come|heard)"
    r"\s+(?:me\s+|us\s+)?(?:\w+\s+){0,2}back", r"no\s+(?:call|ring|phone\s+call)\s*back",
    r"(?:just\s+)?(?:left|dumped|abandoned)\s+(?:me|us|him|her)\s+(?:there|alone|on\s+(?:my|our|his|her)\s+own|to\s+it)",
    r"last\s+(?:i|we)\s+(?:heard|saw|knew)", r"not\s+a\s+(?:peep|word|dicky\s+bird|sausage)", r"no\s+word",
    r"went\s+quiet", r"rang\s+out", r"(?:still|been)\s+sat\s+(?:here|waiting)",
)
RESIGNATION = _rx(  # giving up on being helped, or a complaint in understatement: no feeling word at all
    r"it\s+is\s+what\s+it\s+is", r"it'?s\s+what\s+it\s+is", r"what'?s\s+the\s+(?:point|use)",
    r"(?:doesn'?t|does\s+not|don'?t)\s+matter\s+(?:now|any\s*more|anyway)",
    r"no\s+point\s+(?:in\s+)?(?:asking|trying|telling|complaining|reporting|ringing|calling|bothering)",
    r"(?:i'?ve|i\s+have|i)\s+(?:just\s+)?given\s+up",
    r"(?<!never\s)(?<!didn't\s)gave\s+up\s+(?:asking|trying|ringing|calling|waiting)",
    r"used\s+to\s+it\s+(?:now|by\s+now)", r"nothing\s+(?:ever\s+)?changes",
    r"same\s+as\s+(?:ever|always)", r"could\s+(?:have|'ve|of)\s+(?:gone|been)\s+better",
    r"(?:you'?re|you\s+are)\s+having\s+a\s+laugh",
    r"(?:why|what'?s\s+the\s+use\s+to)\s+bother", r"(?:don'?t|do\s+not)\s+expect\s+(?:anything|much|owt)",
    r"(?:just\s+)?have\s+to\s+(?:get\s+on\s+with\s+it|put\s+up\s+with)", r"put\s+up\s+with\s+it",
    r"too\s+late\s+now", r"it'?s\s+done\s+now", r"past\s+caring", r"(?:nobody|no\s+one|who)\s+cares",
    r"(?:not|wasn'?t|was\s+not)\s+(?:ideal|the\s+best)", r"left\s+(?:me\s+)?to\s+(?:it|get\s+on\s+with\s+it)",
    r"(?:i\s+)?expected\s+(?:better|more|the\s+same)", r"(?:shouldn'?t|should\s+not)\s+have\s+to",
)
WISH = _rx(  # wherever it is written, a wish or counterfactual names what went wrong
    r"wish(?:ed)?", r"should\s+(?:have|of|'ve|a)\s+\w+",
    r"would\s+(?:of|have)\s+been\s+(?:nice|a\s+start|something|better)",
    r"if\s+(?:only\s+)?(?:they|someone|somebody|anyone|the\s+\w+|he|she|i|we|my\s+\w+|people)"
    r"(?:'d|d)?\s+(?:had|hadn'?t|would|could|did|didn'?t|just|actually|bothered|listened|believed|took|seen|asked"
    r"|been)", r"if\s+(?:\w+\s+){1,2}stopped",
    r"if\s+(?:they|the\s+\w+)\s+(?:listened|believed|cared)", r"(?:theyd|they'd)\s+\w+",
    r"had\s+(?:i|they|someone|anyone|the\s+\w+)\s+(?:been|had|known|listened|got)",
)
NEEDS_WISH = _rx(  # answering "what would have helped?": the need is phrased against what happened
    r"instead\s+of", r"not\s+(?:being|be|feeling|having\s+to|laughing|shouting)", r"them\s+not", r"for\s+once",
    r"(?:who|that|to)\s+(?:actually|didn'?t|didnt|doesn'?t|doesnt|does\s+not|did\s+not|don'?t|dont|wouldn'?t"
    r"|won'?t|returned|bothered|turned\s+up|answers|answered)", r"anything\s+(?:would|but)", r"even\s+(?:a|just|one)",
    r"just\s+one", r"(?:anyone|someone|somebody)\s+(?:listening|to\s+care|caring)", r"answering\s+the\s+phone",
    r"(?:crisis\s+team|mental\s+health|nurse)\s+not\s+(?:the\s+)?police", r"before\s+i\s+lost", r"weeks\s+before",
    r"months\s+before",
    r"^\W*(?:just\s+)?being\s+(?:told|believed|seen|heard|listened|taken|treated|asked|given|offered|helped"
    r"|included|involved|kept|shown|understood|respected|referred|looked|warned|allowed)",
    r"\bnot\s+(?:a\s+|the\s+)?(?:prison|jail|cells?|custody|police|van|arrest\w*|court|sanction\w*)\b",
    r"^\W*(?:the|my|a|an)?\s*(?:police|probation|school|solicitor|duty\s+solicitor|council|gp|doctors?|nurses?"
    r"|staff|officers?|social\s+services|social\s+worker|family|crisis\s+team|hospital|court|judge|services?"
    r"|mum|mam|dad|partner|teachers?|jobcentre|work\s+coach"
    r"|them|they)(?:\s+\w+)?\s+(?:not\s+)?\w+ing\b",
    r"before\s+(?:i|the|my|he|she)(?:\s+\w+)?\s+(?:came|got|was|left|went|lost|arrived|started|took|release\w*)",
    r"not\s+(?:going\s+)?back\s+to", r"before\s+release",
    r"years\s+ago", r"what\s+was\s+(?:happening|going\s+on)",
    r"first\s+time(?!\s+in\s+(?:years|ages|months|my\s+life|forever|a\s+long))", r"sooner", r"earlier", r"on\s+time",
    r"in\s+the\s+first\s+place", r"from\s+the\s+(?:start|beginning)",
)
REGARD = _rx(  # asked for under "what would have helped?": their absence is the failure named
    r"listen\w*", r"believ\w*", r"heard", r"respect\w*", r"kindness", r"decency", r"dignity", r"caring",
    r"(?:to|who|someone|anyone|they|people)\s+cared?", r"judg\w*", r"(?:a\s+)?human(?:\s+being)?",
    r"normal\s+person", r"as\s+a\s+person", r"bothered", r"give\s+a\s+(?:shit|toss|damn)", r"seen\s+as",
    r"so\s+alone", r"a\s+reason\s+to", r"(?:an\s+)?update", r"look\s+down", r"blamed", r"passed\s+from",
)
PRAISE = _rx(
    r"saved\s+(?:my\s+life|me)", r"life\s*saver", r"lifeline", r"life\s+changing", r"changed\s+my\s+life",
    r"made\s+all\s+the\s+difference", r"making\s+of\s+me", r"diamond", r"proper\s+decent",
    r"fair\s+play", r"chwarae\s+teg", r"da\s+iawn", r"gwych", r"can(?:'?t|not)\s+(?:praise|fault|thank)",
    r"couldn'?t\s+have\s+asked", r"didn'?t\s+have\s+to", r"above\s+and\s+beyond", r"extra\s+mile",
    r"gave\s+me\s+(?:a\s+|my\s+)?(?:second\s+chance|chance|confidence)", r"got\s+me\s+(?:into|housed|sorted|seen)",
    r"got\s+sorted", r"felt\s+(?:safe|human|believed|heard|listened\s+to|respected)",
    r"(?:feel|felt)\s+(?:at\s+home|settled|safe)(?!\s+if)",
    r"(?:it'?s|its|is|am|i'?m|im)\s+(?:really\s+|so\s+|very\s+)?safe",
    r"treated\s+(?:me\s+)?with\s+(?:respect|dignity|kindness)", r"(?:like|as)\s+a\s+(?:human|person)\b(?!\s+not)",
    r"no\s+judge?ment", r"never\s+judges?", r"without\s+judging", r"kept\s+me\s+updated", r"the\s+only\s+reason",
    r"best\s+(?:thing|place)", r"grateful", r"keeps?\s+me\s+(?:going|well|sane)", r"still\s+here\s+thanks",
    r"\d+\s+(?:months|years|weeks)\s+(?:clean|sober|off)", r"(?:clean|sober)\s+(?:for|now|\d+)", r"off\s+the\s+gear",
    r"proud", r"settled\s+now", r"lush", r"mint", r"legend", r"top\s+notch", r"a\s+star", r"love\s+it",
    r"shout\s+out", r"brill", r"made\s+up", r"sound", r"a\s+laugh",
    r"human\s+again", r"(?:not|wasn'?t|wasnt|isn'?t|isnt|weren'?t|werent|aint)\s+(?:too\s+|that\s+|so\s+)?bad",
    r"came\s+through", r"alright\s+actually", r"thank\w*", r"diolch(?!\s+am\s+ddim)",
    r"lovely", r"amazing", r"brilliant", r"excellent", r"wonderful", r"kind",
    r"(?:very|so|really|was|were|and)\s+patient", r"patiently", r"respectful",
    r"gentle", r"helpful", r"supportive", r"appreciat\w*", r"polite", r"handled\s+well", r"dealt\s+with\s+well",
    r"went\s+well", r"did\s+(?:it\s+)?well", r"got\s+(?:my\s+\w+|it)\s+back", r"found\s+my", r"sorted\s+(?:me|it|my)",
    r"(?:did\s+)?everything\s+right", r"spot\s+on", r"when\s+no\s+one\s+else", r"there\s+for\s+me",
    r"(?:do|does|did|really|actually)\s+care", r"(?:has|have|had|really|much|massively)\s+improved",
    r"approachable", r"did\s+help",
    r"(?:very|really|so)\s+happy", r"(?:stayed|sat|waited)\s+with\s+me", r"came\s+back\s+(?:to|twice|the)",
    r"check(?:ed)?\s+on\s+me", r"looked\s+after\s+me", r"(?:caught|did\s+catch|charged)\s+(?:the|him|her|them)",
    r"(?:there|here|arrived|came|turned\s+up|round|out)\s+(?:with)?in\s+(?:\w+\s+)?(?:minutes|mins|an\s+hour|the\s+hour)",
    r"within\s+(?:the|an)\s+hour", r"first\s+aid", r"made\s+sure", r"got\s+me\s+(?:a|an|to|some|help)\b",
    r"an?\s+(?:angel|saint|godsend|gem)", r"cut\s+(?:down|back)", r"(?:stopped|quit)\s+(?:using|drinking|smoking)",
    r"(?:given|gave)\s+up\s+(?:drinking|using|the\s+(?:drink|gear|booze|drugs)|drugs|alcohol|heroin|crack|spice)",
    r"when\s+nobody\s+else", r"for\s+the\s+first\s+time\s+in\s+(?:years|ages|months|my\s+life|forever|a\s+long\s+time)",
    r"had\s+(?:good|great|brilliant|excellent|decent)\s+(?:support|help|people|workers?)",
    r"reassur\w*", r"no\s+complaints", r"can'?t\s+complain", r"at\s+last", r"(?:rang|called|phoned)\s+(?:me\s+)?back",
    r"held\s+my\s+hand", r"relieved",
    # what was done well, told plainly: the quieter voices praise without a word of feeling
    r"believed\s+(?:me|us|her|him|my)", r"took\s+(?:it|me|us|my\s+\w+)\s+seriously", r"courteous", r"comfortable",
    r"kept\s+(?:us|me|my\s+\w+)\s+(?:updated|informed|in\s+the\s+loop|posted)", r"never\s+gave\s+up\s+on",
    r"explained\s+(?:everything|it\s+all|things|what)", r"made\s+(?:a\s+)?(?:massive|huge|real|big)\s+difference",
    r"(?:he|she|they)\s+(?:was|were|got)\s+(?:arrested|charged|caught|convicted)",
    r"(?:'s|s|is|was|are|were|been)\s+(?:really\s+|so\s+|very\s+)?(?:great|good|brilliant|amazing|lovely|class"
    r"|sound|ace|fab\w*|decent|alright|nice|excellent|fantastic|wonderful|helpful)",
)
PAST_PRAISE = _rx(  # praise for what helped, not a wish for what would
    r"(?:what|that'?s\s+what|it)\s+(?:actually\s+)?(?:helped|saved)", r"has\s+(?:really\s+)?helped",
    r"really\s+helped", r"helped\s+(?:me|a\s+lot)", r"(?:people|someone|others)\s+who\s+(?:get|understand|have\s+been)",
    # the lenient choice, told as what happened (answering what would help, it names what did not)
    r"(?:instead\s+of|rather\s+than|not)\s+(?:to\s+)?(?:nicking|arresting|charging|locking|the\s+cells|a\s+night\s+in"
    r"|a\s+night\s+inside|custody|court|prison|the\s+station)",
)

# words TextBlob scores that describe rather than feel here ("my own flat", "full of dealers")
NOT_FEELINGS_HERE = re.compile(r"\bnever\s+(?:been|got)\s+in(?:to)?\s+(?:any\s+)?trouble"
                               r"|\bnever\s+(?:been\s+arrested|had\s+(?:any\s+)?(?:trouble|dealings|problems))|\bwaiting\s+list"
                               r"|\b(?:own|first|full|sure|free|real|top|high|old|little|single|straight|early"
                               r"|normal|mental|criminal|dry|long|last|big|young|appropriate|present)\b")
# answering what would help, words that name the wish ("somewhere safe", "a decent worker")
WISHED_FOR = re.compile(r"\b(?:safe|secure|settled|stable|quiet|permanent|better|nice|decent|proper|good|ok|okay"
                        r"|able|clear|warm|perfect|best|special)\b")
_CONTRACTED = re.compile(r"\b(do|does|did|was|were|is|are|ca|could|would|should|have|has|had|ai|wo)n'?t\b")
_AUXILIARY = {"ca": "can", "wo": "will", "ai": "is"}


def spelt_out(text: str) -> str:
    """ "wasnt" and "wasn't" as "was not": TextBlob negates only a separate "not"."""
    return _CONTRACTED.sub(lambda m: _AUXILIARY.get(m.group(1), m.group(1)) + " not", text)
