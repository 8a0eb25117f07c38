"""What clears a match, in English and Welsh: idioms, negation, a resolved past, someone else's story.

Recall comes first, so clearing is narrow. An idiom is masked before the rules read the text
("killing time", "lladd amser", "mae fy nhraed yn fy lladd"). A negation must sit just before the
match in its clause ("I'm not suicidal", "dw i ddim isio marw"). A past is cleared only when it
is distant or resolved ("years ago", "ers talwm", "I'm safe now") and nothing says it is back
("again", "still", "eto", "dal i"). A story is cleared when the sentence is about a film, the
news or a course, or (for suicide and self-harm) names no first person at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

IDIOMS = re.compile(
    r"\bkill(?:ing)?\s+(?:time|an?\s+hour|the\s+(?:time|boredom))\b|\btime to kill\b|\b(?:kill|die|"
    r"murder)\s+for\s+(?:a|an"
    r"|some)\b|\bcould (?:murder|kill) (?:a|an|some)\b|\bdying\s+(?:for|to)\b|\bto\s+die\s+for\b|\bmurder(?:ing)?\b"
    r"|\bkill(?:ed|ing)\s+it\b|\b(?:back|feet|legs?|head|knees?|tooth|teeth|hip|shoulder|shoes|neck|hands?|budget|"
    r"heels?)"
    r"\s+(?:is|are|was|were)?\s*(?:killing|murdering|crippling)\s+(?:me|my)\b|\b(?:bored|scared|sick|worried|frozen"
    r"|starving) to death\b|\bdrug\s+(?:abuse|overdose)|\bsubstance\s+abuse\b|\balcohol\s+abuse\b|"
    r"\bsuicide\s+(?:prevention"
    r"|awareness)\b|\bself harm awareness\b|\b(?:phone|battery|car|laptop|telly)\s+(?:died|dead|is dead)\b|"
    r"\bdead\s+(?:good"
    r"|nice|on|funny|bored|easy|hard|tired|busy)\b|\b(?:died|dying|die|dead|killing myself|kill myself|wet myself)"
    r" (?:laughing|of laughter|of embarrassment|of shame)\b|\bcrying laughing\b|\bkiller\b|\bblew my (?:head|mind)"
    r"|\bdoing my head in\b|\blast legs\b|\bheart attack if\b|\bnerves (?:were|are) shot\b|\b(?:my|me) \w+ (?:are|is)"
    r" dead\b|\bso \w+(?: \w+)? (?:that )?(?:i thought id|i thought i would|i thought i was going to|i wanted to"
    r"|i could (?:have )?|i nearly|id|i would) (?:just )?(?:die|shoot myself|kill myself|cry|scream|top myself)|"
    r"\b(?:gonna|going to|ill|i will|i could) kill (?:my|him|her|them|\w+) (?:for"
    r"|if)\b|\bhammered at\b|\bsmashed (?:my|the|it) (?:exams?|test|interview|course)\b|\bbursting for\b"
    r"|\bkilling myself (?:trying|to get|working|at (?:work|the gym))|\bhanging (?:on|onto|off|out|around|round)\b|"
    r"\b(?:mum|mam|nan|gran|nain|sister|boss|auntie|teacher|missus|wife|mrs)"
    r" (?:will|would|is going to|gonna|ll|d) (?:kill|murder|strangle|slaughter|skin|throttle) me (?:if|when|for)\b"
    r"|\bhung over\b|\bhangover\b|\bcut (?:my|the|our|me) (?:hours|benefits|money|script|dose|losses|hair)"
    r"|\bjumped (?:the|at the) (?:queue|chance)|\bshoot (?:me )?(?:a|an) (?:text|message|email)\b|\boverdosed on"
    r" (?:chocolate|sugar|caffeine|coffee)\b|\blosing the plot\b"
    # Welsh
    r"|\bl?ladd (?:amser|yr amser|diflastod|awr)\b|\b(?:traed|nhraed|cefn|nghefn|pen|mhen|coesau|nghoesau|dannedd"
    r"|nannedd|ysgwydd|mysgwydd|penglin|mhenglin|mhengliniau|sgidiau|sgidie|esgidiau)\s+(?:\w+\s+){0,2}(?:yn|n|in)\s+"
    r"(?:fy|fyn|y|n)\s*lladd\b|\b(?:marw|farw)\s+(?:isio|eisiau|eisio|ishe|isie|moyn|o (?:syched|eisiau|isio|chwant"
    r"|chwerthin|diflastod|embaras|cywilydd|oerfel|ofn)|chwerthin|am (?:baned|banad|ffag|sigaret|smoc|peint|bwyd))"
    r"|\bchwerthin (?:nes|tan|hyd) (?:on i |oeddwn i |bron )?(?:yn )?(?:marw|farw)\b|\bwedi blino(?: n)? (?:farw|"
    r"marw)\b"
    r"|\b(?:f|m)?bwrw (?:glaw|eira|cesair|cenllysg|hen wragedd|ati|iddi|golwg|cipolwg|ymlaen|mlaen|y sul|r sul|r nos"
    r"|y nos|r penwythnos|amser)\b|\b(?:t|d|nh|th)aro (?:heibio|i mewn|draw|mewn|ar|yr hoelen|r hoelen|bargen|golwg)\b"
    r"|\b(?:ti|tin|chdi|chin|chi)\s*(?:n|yn)?\s*fy lladd\b|\b(?:gwres|oerfel|annwyd|ciw|gwaith|tywydd|dannodd|ddannodd"
    r"|pen tost|cur pen|stumog|bol|cwrs|sgidiau|ffurflen\w*|aros)\b[^.!?]{0,20}\b(?:yn|n|in)\s+(?:fy\s+)?lladd\s+(?:fi"
    r"|i)\b"
    r"|\b(?:rheolwr|bos|mam|nain|mam gu|athro|tiwtor|chwaer|wraig|gwraig)\s+(?:\w+\s+)?(?:yn|n|in)\s+(?:fy\s+)?lladd\s+"
    r"(?:fi|i)\s+os\b|\bl?ladd (?:poen|gwair|chwyn|porfa|y lawnt)\b|\b(?:c|g)uro\s*r?\s+(?:toes|wyau|hufen|record)\b"
    r"|\b(?:c|g)uro\s+(?:pawb|lloegr|cymru|ffrainc|yr alban|iwerddon|y tim|tim|nhw|y lleill)\b|\bein curo\b|\b(?:c|g|"
    r"ch)uro\s*(?:n|yn)\s+rhacs\b"
    r"|\b(?:d|n)?digon i\s*(?:n\s+|fy\s+)?lladd\b|\b(?:gampfa|gym|ymarfer|paperwork|gwaith papur|"
    r"ffurflenni)\b[^.!?]{0,30}"
    r"\blladd\b|\b(?:lladd (?:i|fi)|kill me|killing me)\W{0,3}(?:haha|lol|lmao|xd)\b"
    r"|\btorri fy mol\b|\bblinon farw\b|\bblino n farw\b|\bbron a marw\b|\bbron marw\b"
    r"|\b(?:plant|kids|babi)\s*(?:yn|n)\s+fy lladd\b|\bcut myself (?:on (?:a|the|some)|opening|shaving|cooking|chopping"
    r"|by accident|accidentally)\b|\b(?:will|gonna|would|d|ll)\s+(?:kill|murder|"
    r"strangle)\s+me\s+for\s+"
    r"(?:telling|saying|eating|using|taking|losing|forgetting|breaking|spending|being late)\b|\bcam ?drin (?:alcohol|"
    r"cyffuriau|sylweddau|gyffuriau)\b|"
    r"\bcamddefnyddio (?:alcohol|cyffuriau|sylweddau)\b"
)
NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|noone|no one|nothing|dont|didnt|doesnt|isnt|wasnt|arent|werent|wont|wouldnt|havent|hasnt"
    r"|hadnt|shouldnt|nor|without|aint|nae|stopped|free of|no longer|not once|nowt|ddim|dim un|dim|nid|nad|byth|erioed"
    r"|heb|neb"
    r"|sa(?= i\b| fi\b)|sai|smo|nac|nag|peidio|peidiwch|dyw|dydy|dydi|dydw|dwi ddim|na(?= (?:fydd|fydda|wnes|wnaeth|"
    r"wna|all|alla"
    r"|dw|dwi)\b))\b"
)
NEW_SUBJECT = re.compile(
    r"\b(?:i|im|id|ive|ill|he|she|they|hes|shes|that|because|cos|coz|cause|if|when|but|and now|why|how|whether|worry|"
    r"sure"
    r"|know|think|care|him|her|them)\b"
)
NEW_SUBJECT_CY = re.compile(r"\b(?:dw|dwi|rwy|rydw|wi|fi|mae|maen|pam|achos|oherwydd|os|pan|ond|gwybod)\b")
WELSH_NEGATION = re.compile(
    r"ddim|dim|nid|nad|byth|erioed|heb|neb|sa|sai|smo|nac|nag|peidio|peidiwch|dyw|dydy|dydi|dydw|dwi ddim|na|dim un"
)
KEEPS_ON = re.compile(r"\s*(?:stop|stops|stopping|give up|leave me alone|let up|back off)\b")
NOUN_NEGATION = re.compile(r"no|nothing|without|nae|dim|heb")
CLAUSE = re.compile(r"[.!?;:,\n]|\bbut\b|\bthough\b|\bhowever\b|\bond\b|\bserch hynny\b")
SENTENCE = re.compile(r"[.!?;\n]+")
CONTRAST = re.compile(r"\b(?:but|though|although|however|except|ond|er hynny)\b")
DISTANT = re.compile(
    r"\b(?:\d+|a few|few|couple of|many|some|ten|two|three|four|five|six|seven|eight|nine|twenty) (?:years?|yrs)"
    r" (?:ago|back)\b|\byears? (?:ago|back)\b|\bages ago\b|\b(?:a )?long (?:time )?ago\b|\bin (?:19|20)\d\d\b"
    r"|\bin my (?:teens|twenties|thirties|20s|30s|40s|youth)\b|\bwhen i was (?:young|younger|little|small|a (?:kid|"
    r"child"
    r"|teen|teenager|baby|lad|girl|boy)|\d+|at (?:school|uni|college)|in care|a street|using|drinking|on the streets"
    r"|homeless)\b|\bas a (?:kid|child|teen|teenager|youngster)\b|\bat uni\b|\bused to\b|\bback then\b|"
    r"\bback in the day\b"
    r"|\bfirst lockdown\b|\ba while (?:back|ago)\b|\byears back\b|\bin the past\b|\bpreviously\b|\bold (?:life|hostel|"
    r"flat|house|place|job)\b|\bover (?:\d+|ten"
    r"|five|twenty) years\b"
    r"|\b(?:flynyddoedd|blynyddoedd|mlynedd|blynedd|flwyddyn|blwyddyn|sbel|amser maith|oes|ddegawd|degawd)(?: maith)?"
    r" (?:yn ol|nol)\b|\bpan (?:on|oeddwn|ron) i(?: n| yn)? yn y (?:brifysgol|coleg|ysgol|carchar|lloches)\b|"
    r"\bers talwm"
    r"|\bpan (?:on|oeddwn|o|ro) i(?:n)? (?:yn )?(?:ifanc|iau|blentyn|plentyn|fach|yn yr ysgol|yn y coleg|arddegau|\d+"
    r"|ddigartref|yfed)\b|\barfer (?:a|bod|gwneud|torri|brifo)\b|\b(?:on|oeddwn|roeddwn|ron) i(?:n)? arfer\b"
    r"|\b(?<!nag )(?<!fel )arfer\b|\bpan\s+(?:o|ro|on|ron|oeddwn|roeddwn)\s*n?\s*i\s*(?:n\s+)?(?:yn\s+)?(?:ifanc|iau|"
    r"blentyn"
    r"|plentyn|fach|arddegau|\d+|ddigartref|yfed|yn y)\b|\b(?:was|since|in) (?:19|20)\d\d\b|"
    r"\blast time\b[^.!?]{0,30}\bwas\b"
    r"|\byn blentyn\b|\byn y gorffennol\b|\byn fy (?:ugeiniau|arddegau|nhridegau)\b|\byn (?:19|20)\d\d\b"
)
LONG_OVER = re.compile(
    r"\b(?:been|its been|its) (?:\d+|two|three|four|five|six|ten) (?:years?|yrs) since\b|\b(?:\d+|two|three|four|five|"
    r"six"
    r"|ten) (?:years?|yrs) (?:clean|sober)\b|\bers (?:\d+|dwy|tair|pum|deg) (?:mlynedd|blynedd)\b"
)
ESCAPED = re.compile(
    r"\b(?:nawr|rwan|erbyn hyn|bellach)\s+(?:dw|dwi|rwy|rydw|fi|wi)\b|\b(?:dw|dwi)\s*(?:i\s*)?(?:n|"
    r"yn)\s+\w+(?:\s+\w+)?\s+"
    r"(?:nawr|rwan)\b|\b(?:divorced|split up|we split|broke up|left (?:him|her|them)|got away|fled|escaped|got out|"
    r"moved out|ended"
    r"|finished with|got clean|got sober|cut (?:him|her|them) off|wedi gadael|wedi dianc|wedi ysgaru|wedi gwahanu)\b"
)
RESOLVED = re.compile(
    r"\b(?:\d+|a few|few|couple of|many|some|ten|two|three|four|five|six|seven|eight|nine|twenty) (?:years?|yrs)"
    r" (?:clean|sober|since)\b|\blong time since\b|\bwere back on\b|\bwe divorced\b|\bthats (?:all )?(?:behind me|over"
    r"|in the past|my old life)\b|\b(?:left|put) (?:it |that )?behind\b|\bbehind me now\b|\b(?:its|it is|"
    r"all) over now\b"
    r"|\b(?:now|these days|today) (?:im|i am|i have|ive|i feel|we are|were|its|i|hes|shes|theyre|i get|we)"
    r" (?:\w+ )?(?:better|fine|safe|good|happy|ok|okay|well|sober|clean|settled|a (?:dad|mum|mam|mentor|volunteer|peer)"
    r"|in my own|back at|working|thriving|\d+|doing|on a|married|free|proud|much|moved|got my|in recovery|recovered"
    r"|on good terms|teenagers)\b|\b(?:im|i am|i feel|feel|were|we are|i have been|ive been|hes|shes|theyre|its)"
    r" (?:\w+ )?(?:safe|fine|better|happy|settled|well|sober|clean|thriving|recovered|in recovery|peaceful|over) now\b"
    r"|\bi feel safe\b|\b(?:clean|sober|dry) (?:for|since|now)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:years?|months) (?:clean|sober|dry)\b|\b(?:those |the )?(?:thoughts|urges|voices) (?:are|have) (?:gone|"
    r"stopped)\b"
    r"|\btheyre gone\b|\b(?:gone|stopped|ended|finished) now\b|\b(?:is|hes|shes|theyre|are|now|got sent|went|he was|"
    r"she was)"
    r" (?:\w+ )?(?:in prison|inside|locked up|in jail)\b|\b(?:he|she|they|hes|shes) (?:was|got|were) (?:sacked|jailed"
    r"|convicted|sent down|banned|moved|arrested|evicted)\b|\b(?:moved away|i got moved|got rehoused|ive moved)\b"
    r"|\bproud of how far\b|\bhealthier ways\b|\breunited\b|\bout of it for\b|\bpaid it off\b|\bclosure order\b"
    r"|\b(?:a )?different (?:world|person|life) now\b|\bno longer\b|\bnot any ?more\b|\bthats stopped\b"
    r"|\bstopped (?:after|when|once)\b|\b(?:had|having|after|years of|lots of)\s+(?:\w+\s+)?(?:counselling|counseling"
    r"|therapy)\b|\b(?:hes|shes|"
    r"theyre)"
    r" (?:dead|gone|passed) now\b|\b(?:he|she|they) (?:died|passed away)\b|\bnew flat is\b|\bmy own (?:flat|home|place"
    r"|finances) now\b"
    r"|\b(?:is|are|its|all|everything is|things are) (?:\w+ )?(?:good|fine|better|great|safe|sorted|ok|okay|"
    r"peaceful) now\b"
    r"|\b(?:now have|got|having) my own (?:flat|home|place|finances|account|money|front door)\b|\b(?:i am|im) now \w+"
    r"|\b(?:sorted it (?:out|now)|got it sorted|all sorted|sorted now)\b|\bpolice sorted\b|\b(?:been|its been|"
    r"its) (?:\d+|a|two|"
    r"three"
    r"|four|five|six|ten) (?:years?|months) since\b|\bno (?:problems|bother|trouble|contact) since\b|\bnothing since\b"
    r"|\bout of (?:my|our) li(?:fe|ves)\b|\bmoved (?:abroad|away|on)\b|\bnew (?:life|start)\b|\bfresh start\b"
    r"|\bre ?housed\b|\b(?:scars|marks) (?:are|r) (?:old|faded)\b|\bold (?:scars|marks|wounds)\b|\bdont do (?:that|it)"
    r" any ?more\b|\b(?:thats|its|it has|it) passed\b|\bgot a (?:job|new job|flat|place of my own)\b|\bremarried\b"
    r"|\bhappily married\b|\b(?:(?<!dont )(?<!not )(?<!never )(?<!dont really )feel|i am|im) (?:totally |completely "
    r"|really |much )?(?:safe|settled|happy) (?:now|here|these days|at home)\b|\b(?:(?<!dont )(?<!not )feel|i am|"
    r"im) safe\b"
    r"|\bers (?:\d+ |dwy |tair |pum |deg )?(?:mlynedd|blynedd|flynyddoedd|blynyddoedd)\b|\b(?:ddim|"
    r"dim) bellach\b|\bbellach (?:dw|dwi|rwy|rydw|wi|mae)\b|\berbyn hyn\b|\b(?:nawr|rwan) (?:dw|dwi|rwy|rydw|wi|mae|fi)"
    r"(?: i)?(?:n| yn) (?:well|saff|ddiogel|hapus|sobr|lan|iawn|gweithio|byw)\b|\bwedi gwella\b|\b(?:yn|n) (?:saff"
    r"|ddiogel|well|hapus|sobr|lan) (?:nawr|rwan|erbyn hyn|bellach)\b|\b(?:tu ol|y tu ol) i (?:mi|fi)\b|\b(?:cyfan|"
    r"cwbl|hynny|popeth|o|e|hi) drosodd\b"
    r"|\b(?:lan|sobr) ers\b|\b(?:ei|eu) (?:g|ch)archaru\b|\bailbriodi\b|\b(?:n|yn) hanes\b|\bhen iawn\b|"
    r"\bhen greithiau\b"
    r"|\bwedi pasio\b|\bers tro\b|\bdim ers\b|\b(?:dw|dwi|fi|rwy|wi)(?: i)? ?(?:n|yn) (?:rhydd|sefydlog|gwella|"
    r"mwynhau bywyd"
    r"|saff|ddiogel|hapus|falch)\b|\bdal yma\b|\bbywyd tawel\b|\bdim cysylltiad\b|\bwedi cau\b|\bfy symud\b"
    r"|\bwedi cael therapi\b|\byn y carchar am\b|\bin prison for\b|\bcwnsela\b|\bthera?pi\b|\byn iawn (?:nawr|rwan|"
    r"erbyn hyn)\b|\beuog\b|\bgorchymyn atal\b|"
    r"\bsaff o r diwedd\b|\b(?:hen|di|wedi) (?:hen )?fynd\b"
    r"|\bcloeon newydd\b|\bwedi (?:i |ei )?setlo\b|\bers amser maith\b|\b(?:dw|dwi|fi|rwy|wi)(?: i)? ?(?:n|"
    r"yn) iawn (?:rwan"
    r"|nawr|ers)\b|\bdod trwyddi\b|\bachos (?:llys )?drosodd\b|\b(?:that was|thats|it was|mae hynny|roedd hynny|"
    r"oedd hynny)\b[^.!?]{0,20}\b(?:ago|yn ol)\b"
    r"|\bwedi symud (?:i ffwrdd|bant|o ?na)\b|\bwedi goroesi\b"
)
CURRENT = re.compile(
    r"\b(?:again|still|at the moment|currently|right now|tonight|today|this (?:week|morning|evening|afternoon)|"
    r"last night"
    r"|relaps\w*|back to|eto|dal i|dal yn|o hyd|ar hyn o bryd|heno|heddiw|neithiwr|wythnos (?:hon|yma)|bore ma"
    r"|unwaith eto|ail ?ddechrau)\b"
)
STORY = re.compile(
    r"\b(?:on the news|in the news|on (?:the )?(?:telly|tv|radio)|documentary|film|movie|drama|series|soap|memoir|novel"
    r"|poem|song|lyrics|podcast|article|the (?:local )?paper|plot|scene|episode|video game|talk (?:from|about|by)|"
    r"awareness"
    r"|a course|course about|course on|first aid|training|project|play (?:at|about|in)|the (?:radio|telly|tv|"
    r"news) said|in the (?:forum|group) (?:talked|spoke|said|shared)|character|story about|book about|read about|"
    r"learnt about|learned about|heard about"
    r"|newyddion|ffilm|rhaglen|raglen|gyfres|lyfr|gerdd|papur|son am|soniodd|talked about|spoke about|discussed|"
    r"discussion|services in|support services|stori|clywais|ymgyrch|posteri|poster|campaign|sgwrs am|darlith|"
    r"clwb hanes|darllenais|astudio|dysgon|dosbarth hanes|dysgu am|dysgu sut|cyfraddau|ystadegau|straeon|geiriau|ward|"
    r"statistics|rates of|studying|lecture|lyrics|cyfres|llyfr|cerdd|cwrs|hyfforddiant|stori am|darllen am|clywed am|"
    r"ar y teledu|ar y radio"
    r"|drama|opera sebon|podlediad|erthygl|papur newydd)\b"
)
FIRST_PERSON = re.compile(
    r"\b(?:i|im|ive|id|ill|me|myself|meself|fi|fy|fyn|dw|dwi|rwy|rydw|wi|innau|yn hun|n hun)\b"
)
THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|his|her|their|him|hes|shes|theyre|himself|herself|themselves|friend|mate|pal|brother|sister|"
    r"cousin"
    r"|son|daughter|mum|mam|dad|uncle|aunt|auntie|neighbour|someone|somebody|a man|a woman|a girl|a lad|people|fe|fo|hi"
    r"|nhw|ei hun|ffrind|mrawd|chwaer|nghefnder|mab|merch|mam|nhad|tad|cymydog|rhywun|dyn|menyw|dynes|nyrs|nurse"
    r"|pobl|bobl)\b"
)
NOBODY = re.compile(r"(?:no ?ones?|nobodys|nobody|no body|nothing|neb|does neb|doedd neb|sneb|dim neb)\b")
TELLER = re.compile(
    r"\b(?:he|she|they|someone|somebody|a (?:lady|woman|man|girl|lad|bloke|fella|friend|guy|speaker)|my (?:friend|mate"
    r"|pal|sister|brother|cousin|neighbour|mum|mam|dad|son|daughter|aunt|auntie|uncle)|\w+ in (?:the|my|our) (?:group"
    r"|forum|class|hostel|meeting)|fe|fo|hi|nhw|rhywun|ffrind|dyn|menyw|dynes)\b[^.!?]{0,30}\b(?:said|says|talked|talks"
    r"|spoke|speaks|shared|was in|has been in|went through|experienced|escaped|survived|yn son|siarad am)\b"
)
CONDITION = re.compile(r"\b(?:if|unless|until|till|cos|because|coz|os|oni bai)\b")
RELATIVE = re.compile(
    r"\b(?:my|fy) (?:friend|mate|pal|brother|sister|cousin|son|daughter|mum|mam|dad|nan|gran|uncle|aunt\w*|neighbour"
    r"|partner|ex|boyfriend|girlfriend|husband|wife|fella|housemate|flatmate|kids?|children|\w+s|ffrind|mrawd|chwaer|"
    r"mam"
    r"|nhad|nghefnder|nghyfnither|mab|merch|nghymydog|mhartner|nghariad|ngwr|ngwraig|modryb|ewythr)\b"
    r"|\b(?:a )?(?:friend|mate|pal|cousin|neighbour) of mine\b"
)
MY = re.compile(r"\b(?:my|me|mine|fy|fi)\b")
_NEGATION_WORDS = 7
_NEGATION_CHARS = 45


def mask_idioms(text: str) -> str:
    """Blank out phrases that only sound violent, keeping every offset in place."""
    return IDIOMS.sub(lambda m: " " * len(m.group(0)), text)


def negated(text: str, start: int) -> bool:
    """A negation among the few words before ``start`` in its clause, with no new subject after it."""
    before = CLAUSE.split(text[max(0, start - _NEGATION_CHARS):start])[-1]
    tail = " ".join(before.split()[-_NEGATION_WORDS:])
    if NOBODY.match(before.strip()):
        return True
    found = list(NEGATION.finditer(tail))
    if not found or CONDITION.search(tail[:found[-1].start()]):
        return False  # "if the money doesnt come ... im done": the negation belongs to the condition
    if KEEPS_ON.match(tail[found[-1].end():]):
        return False  # "he wont stop asking me for sex": a negated stop is a carrying on
    if NOUN_NEGATION.fullmatch(found[-1].group(0)) and len(tail[found[-1].end():].split()) > 2:
        return False  # "no gas or electric and my baby is freezing": "no" belongs to its own noun
    subject = NEW_SUBJECT_CY if WELSH_NEGATION.fullmatch(found[-1].group(0)) else NEW_SUBJECT
    return not subject.search(tail[found[-1].end():])


def _sentence_span(text: str, start: int, end: int, following: int = 3) -> str:
    """The sentence holding the match (from the last "but" before it) and the next ``following`` sentences."""
    left = max((m.end() for m in SENTENCE.finditer(text, 0, start)), default=0)
    left = max((m.end() for m in CONTRAST.finditer(text, left, start)), default=left)
    right = end
    for _ in range(following + 1):
        stop = SENTENCE.search(text, right)
        right = stop.end() if stop else len(text)
    return text[left:right]


def resolved(text: str, start: int, end: int, own_past: bool) -> bool:
    """A resolved past around the match (or, for one's own past state, a distant one), not back now.

    Abuse long ago is still a disclosure unless the answer says it is over; the writer's own past
    thoughts or self-harm ("years ago", "used to") are not a risk today.
    """
    return _resolved_span(_sentence_span(text, start, end), own_past)


@lru_cache(maxsize=256)
def _resolved_span(span: str, own_past: bool) -> bool:
    """``resolved`` for one span of text; several matches in an answer share their sentences."""
    distant = DISTANT.search(span)
    past = RESOLVED.search(span) or (distant and (own_past or ESCAPED.search(span)))
    return bool(past) and (not CURRENT.search(span) or bool(LONG_OVER.search(span)))


def story(text: str, start: int, end: int, about_writer: bool, others_count: bool = True) -> bool:
    """Someone else's story: film, news, a course; a third person only (for harm to oneself), or told by one."""
    span = _sentence_span(text, start, end, following=0)
    if STORY.search(span):
        return True
    if not others_count or FIRST_PERSON.search(RELATIVE.sub(" ", span)):
        return False
    if about_writer:
        before = text[max(0, text.rfind(".", 0, start) + 1):start]
        return bool(THIRD_PERSON.search(before)) and not MY.search(RELATIVE.sub(" ", span))
    return bool(TELLER.search(text, max(0, start - 60), start))
