"""English rules for risk to the writer's own life: suicide, self-harm and overdose.

Written for the normalised form (no apostrophes, no accents: see ``normalise``) and for how
people text in hostels and probation forums: indirect wishes to stop existing, preparation
(pills saved, notes written, affairs put in order), method and place, "cutting again".
"""

from __future__ import annotations

from consult.pipeline.safeguarding.verdict import DANGER, SUICIDE

ME = r"(?:my ?self|me ?self|mysel|myslef|mysen|mself)"
_I = r"(?:i|im|ive|id|ill|i am|i have|i was|i will|i would)"
_MY = r"(?:my|me|mi|ma)"
DRUG = (
    r"(?:pills?|tablets?|tabs|meds|medication|medicine|paracetamol|paracetemol|diazepam|diazies|vallies|valium"
    r"|methadone|meth|pregabs?|pregabalin|gabapentin|gabbies|morphine|codeine|co ?codamol|tramadol|oxy\w*|insulin"
    r"|sleeping pills|sleepers|zopiclone|antidepressants?|sertraline|mirtazapine|quetiapine|lithium|benzos?|xanax"
    r"|script|prescription|painkillers|opiates|heroin|gear|fent\w*|spice|bottle of \w+|nytol|sleeping tablets|pregablin"
    r"|propranolol|amitriptyline|citalopram|fluoxetine|olanzapine|co dydramol|ibuprofen|aspirin|\w+ tablets|\w+ pills)"
)
_MANY = (
    r"(?:all|a handful|handfuls|the lot|the whole|a whole|my whole|a load|loads|a box|boxes|two boxes|a packet|packets"
    r"|a strip|strips|every|too many|too much|a shitload|a stack|double|triple|extra|a bunch|(?:\d+|two|three|four|five"
    r"|ten|twenty|thirty|forty|fifty) (?:days|weeks|of|x))"
)

_TOOK = (
    r"(?:took|taken|take|taking|swallowed|swallow\w*|neck\w*|done|did|downed|down\w*|had|smashed|drop\w*|popped|popping"
    r"|used|injected|shot up|snorted|chucked|chugged)"
)
_QTY = (
    r"(?:all|a handful|handfuls|the lot|whole|a load|loads|a lot|lots|box|boxes|pack|packs|packet|packets|strip|strips"
    r"|bottle|every|too many|too much|a shitload|a stack|double|triple|extra|a bunch|\d+(?! ?(?:years?|yrs|months?|"
    r"weeks?|hours?|mins?|minutes))|twenty|thirty|forty|fifty"
    r"|hundred|everything|some of)"
)
_BODY = r"(?:skin|arms?|wrists?|legs?|thighs?|stomach|belly|body|hands?|chest|hips?|face|neck|feet|ankles?)"

RULES: tuple[tuple[str, str], ...] = (
    # the words themselves, misspelt as they are typed
    (SUICIDE, r"\bsu+[ie]?c+[iy]?[dt]\w*|\bsuiside\w*|\bsucide\w*|\bsuisid\w*|\bunalive\w*"),
    (SUICIDE, r"\b(?:kill|killing|top|topping|end|ending|hang|hanging|off|offing|do|doing|finish|finishing"
              r"|drown|drowning|gas|gassing|poison|poisoning|shoot|shooting|throw|throwing|chuck|chucking)\s+" + ME
              + r"\b(?! (?:up|out|in the foot|down the stairs))"),
    (SUICIDE, r"\bk[iy]ll?\s*m[ey]\s?sel[fv]\b|\bkms\b|\bdo me ?self in\b|\bdo myself in\b"),
    (SUICIDE, r"\bend(?:ing)?\s+(?:it\s+all|it all|my\s+(?:own )?life|my\s+life|things|everything|the pain|my existence"
              r"|it(?! with| off| there| for| here| now| early))\b"),
    (SUICIDE, r"\b(?:take|taking|took|taken|end|ending|ended)\s+my\s+(?:own\s+)?life\b"),
    # wishing not to exist
    (SUICIDE, r"\b(?:want|wanted|wanna|wish|wishing|ready|going|gonna|planning|plan|decided|deciding|longing|hoping)"
              r"\s+(?:to\s+)?(?:i\s+(?:was|were|could)\s+)?(?:just\s+)?(?:die|be dead|dead|not exist|stop existing"
              r"|not be here|not be alive|disappear|vanish|not wake up|sleep forever|go to sleep forever|be gone"
              r"|end it|fall asleep and not wake up|not be around|switch (?:it )?(?:all )?off|switch " + ME + r" off)"
                                                                                                              r"\b"),
    (SUICIDE, r"\bwish(?:ing|ed)?\s+i\s+(?:was|were|had)\s+(?:dead|never been born|not born|gone|not here|not alive)\b"
              r"|\bwish(?:ing)? i (?:wasnt|werent|hadnt|didnt|wouldnt|would not|could not|couldnt|did not)"
              r" (?:here|born|been born|alive|exist|wake|around)\b"),
    (SUICIDE, r"\b(?:dont|do not|didnt|doesnt|not|never|no longer)\s+(?:really\s+)?(?:want|wanting|wanna|feel like)"
              r"\s+(?:to\s+)?(?:be here|live|living|wake up|go on|be alive|exist|carry on|be around|do this any ?more"
              r"|keep going|see tomorrow|see another)\b"),
    (SUICIDE, r"\b(?:no|nae|nay|zero|little|not much|dont see (?:the|any)|cant see (?:the|any)|whats the|what is the"
              r"|lost (?:the|all)|there is no|theres no|see no)\s+(?:point|reason|purpose|meaning)\s+(?:in |of |to |"
              r"for )?"
              r"(?:living|being alive|life|it all|any of it|anything|going on|carrying on|waking up|me being|"
              r"being here|existing|trying|staying|keep going|live|me\b|anymore|any more|of me)"),
    (SUICIDE, r"\b(?:ive|i have|im|i am|i)\s+(?:\w+\s+)?had\s+enough\s*(?:[.!,]|$)|\bwhats the point\W*(?:any ?more|"
              r"of me|of living|$)|\bno point any ?more\b"),
    (SUICIDE, r"\b(?:had|have|had|got)\s+enough\s+of\s+(?:life|living|everything|it all|this life|being alive|existing"
              r"|this world|this shit)\b"),
    (SUICIDE, r"\b(?:tired|sick|weary|exhausted)\s+of\s+(?:living|being alive|life|existing|being here|waking up)\b"),
    (SUICIDE, r"\b(?:cant|cannot|can not|couldnt)\s+(?:go on|carry on|do this any ?more|do this no more|take (?:it|"
              r"this|any)"
              r"\s*(?:any ?more|no more)|keep going|face (?:another|tomorrow|it any)|live like this|be arsed living"
              r"|cope any ?more|handle (?:it|this|life) any ?more)\b"),
    (SUICIDE, r"\b(?:life|living|it)\s+(?:isnt|is not|aint|not|no longer)\s+worth\s+(?:living|it any ?more)\b"
              r"|\bnot worth living\b"),
    (SUICIDE, r"\bbetter\s+off\s+(?:dead|gone|without\s+me|if\s+i\b)|\bbetter (?:off )?without me\b"
              r"|\b(?:if|when)\s+i\s+(?:wasnt|werent|was not|am not|was gone|am gone|was dead|wasnt around|"
              r"didnt exist)\b(?: here| around| alive)?"),
    (SUICIDE, r"\b(?:when|once|after|if|before) im (?:gone|dead|not here|no longer here)\b|"
              r"\bim not going to be here\b"),
    (SUICIDE, r"\b(?:not|wont|will not|aint)\s+(?:going to |gonna |gunna )?be\s+(?:around|here|alive)\s+"
              r"(?:much\s+)?(?:longer|for long|by|at|next|for|to see|after|soon)\b"),
    (SUICIDE, r"\bdont see myself (?:getting to|making it|seeing|lasting|being here|reaching|alive|around)\b"
              r"|\b(?:wont|will not) (?:make it|last) (?:to|till|until|through|past)\b"),
    (SUICIDE, r"\b(?:wont|will not|aint|not)\s+(?:be\s+)?needing\s+(?:the|my|it|them|this|any)\w*\s*(?:\w+\s+)?"
              r"(?:soon|much longer|for long|any ?more|after|where)"),
    (SUICIDE, r"\b(?:cant|cannot|dont)\s+see\s+(?:a|any)\s+(?:way out|way forward|future|other way)|"
              r"\bthe obvious (?:one|way)"
              r"|\bonly way out\b|\bno way out\b|\bno future\b|\bnothing (?:left )?to live for\b|"
              r"\bno reason to (?:live|go on|stay)"),
    (SUICIDE, r"\b(?:switch|turn|shut)\s+(?:" + ME + r"|me|it all|everything)\s+off\s+(?:permanently|for good|forever)"
              r"|\b(?:want|need|make|wish)\w*\s+(?:it|everything|the pain|this|all of it|it all)(?: all)?\s+to\s+"
              r"(?:stop|end|be over|go away)\b(?!\s+(?:snowing|raining))"),
    (SUICIDE, r"\b(?:sleep|go to sleep|fall asleep|close my eyes)\s+(?:and|n)\s+(?:never|not)\s+wake\b"
              r"|\b(?:wish|hope|hoping|pray|praying)\w*\s+i\s+(?:dont|didnt|wont|never|dont ever|wouldnt)\s+wake\b"),
    (SUICIDE, r"\bthoughts?\s+(?:of|about)\s+(?:ending|killing|dying|death|suicide|not being here|taking my)"
              r"|\bthink(?:ing)?\s+(?:about|of|bout|abt)\s+(?:ending it|ending my|killing|dying|death|taking my|"
              r"stepping|jumping|hanging|overdosing|cutting|not being here|how to end|doing it|the end)"),
    (SUICIDE, r"\b(?:im|i am|i feel|feel|feeling|being|ive become|just)\s+(?:like\s+)?(?:a|such a|"
              r"nothing but a)\s+burden\b"
              r"|\b(?:nobody|no one|noone|no1|none of them)\s+(?:would|will|wud|wd)\s+(?:even\s+)?(?:notice|care|"
              r"miss me|mind)"
              r"|\b(?:theyd|they would|everyone would|all be)\s+(?:\w+\s+)?(?:relieved|happier|better off)\b"
              r"|\b(?:if|when|once)\s+i\s+(?:disappeared|vanished|died|was gone|went for good|wasnt here|killed)\b"),
    (SUICIDE, r"\b(?:im|i am|im so|i am so)\s+(?:\w+\s+)?done\s+with\s+(?:life|living|it all|everything|this life|"
              r"this world"
              r"|existing|being alive|being here|this)\b|\b(?:voices?|they|he|it)\s+(?:keep\s+|keeps\s+)?(?:tell|tells"
              r"|telling"
              r"|told|say|says|saying)\s+me\s+to\s+(?:jump|kill|hurt|die|end|cut|harm|do it|stab|drown|hang|take|"
              r"burn)"),
    (SUICIDE, r"\b(?:wish|hope|hoping|pray|praying|want)\w*\b[^.!?]{0,30}\b(?:would|will|could|to)\s+(?:just\s+)?"
              r"(?:come and\s+)?(?:take me|kill me|finish me|end me|hit me|run me over)\b"
              r"|\b(?:hope|hoping|pray|praying|wish)\w*\s+i\s+(?:get|got)\s+(?:hit|run over|killed)\b"),
    (SUICIDE, r"\b(?:ill|i will|i wont|wont|i dont think ill|dont think ill|might not|probably wont|not going to|"
              r"not gonna"
              r"|doubt ill)\s+(?:still\s+)?(?:be\s+)?(?:around|here|alive|about|waiting)\s+(?:\w+\s+)?(?:for|by|next|"
              r"to see"
              r"|much longer|when|after|that long|long|the|anymore)\b|\bone way or (?:another|the other)\b"),
    (SUICIDE, r"\b(?:my|this is my|this will be my|its my)\s+last\s+(?:week|day|night|christmas|birthday|weekend|month"
              r"|summer)\b|\b(?:affairs|things|everything)\s+in\s+order\b|\b(?:got|have|set|picked|chosen)\s+a\s+date\b"
              r"[^.!?]{0,15}\b(?:head|mind|for it|in)\b|\bplann?(?:ing|ed)?\s+(?:it|my (?:death|exit|end|suicide|"
              r"way out))"
              r"\b(?!\s+(?:with|for|out for|together))"),
    (SUICIDE, r"\b(?:cope|manage|be fine|be ok|get on|be happier|be better|move on)\w*\s+(?:fine\s+|better\s+|"
              r"ok\s+)?without"
              r"\s+me\b|\b(?:people|everyone|they|family|kids)\s+(?:would|will|d)\s+be\s+better\s+off\b|"
              r"\b(?:waste of (?:space"
              r"|oxygen|air|skin)|shouldnt (?:be here|exist|be alive))\b"),
    (SUICIDE, r"\b(?:thinking|think|thought|thoughts)\s+(?:about|of|bout|abt)\s+(?:the\s+)?(?:bridge|tracks|train|"
              r"river|edge"
              r"|roof|jumping|rope|canal|motorway|cliff)\b|\b(?:not|dont|wont|never)\s+(?:planning on|plan on|going to"
              r"|gonna"
              r"|expecting to|expect to)?\s*(?:seeing|see|make it to|making it to|be here for|"
              r"be around for)\s+(?:the new year"
              r"|christmas|xmas|my birthday|next \w+|another)\b"),
    (SUICIDE, r"\b(?:disappointed|gutted|annoyed|sad|angry)\s+(?:that\s+)?(?:im still (?:here|alive)|i woke up|"
              r"to wake up"
              r"|i didnt die|it didnt work)\b|\b(?:like|as if) it (?:was|were) the last time\b|\b(?:harder|hard|no|"
              r"cant find"
              r"|struggling to find|running out of|run out of)\s+(?:to find\s+)?(?:any\s+)?reasons?\s+to\s+(?:stay|"
              r"live|keep"
              r" going|carry on|be here|stick around|get up)\b|\bwhere my (?:bank|will|money|papers|"
              r"passwords) \w*\s*(?:is|are)\b"),
    (SUICIDE, r"\b(?:cant|cannot|can not)\s+keep\s+(?:doing this|going|living|on)\b|\b(?:so\s+)?tired of (?:everything"
              r"|it all"
              r"|fighting)\b|\b(?:go|going|take myself|walk|walking)\b[^.!?]{0,30}\b(?:not|never) (?:come|"
              r"coming) back\b"
              r"|\b(?:made|making) (?:my )?peace\b|\bwant (?:the pain|it|everything|it all) (?:to be )?gone\b|\b(?:not"
              r"|wont|nobody"
              r"|no one|never|noone)\b[^.!?]{0,40}\bfor (?:much|very) longer\b|\b(?:tallest|highest) (?:bridges?|"
              r"buildings?"
              r"|car parks?|cliffs?|flats)\b|\b(?:arsed|bothered) (?:with )?(?:life|living|being alive)\b"),
    (SUICIDE, r"\b(?:swallow|take|neck|down|have)\s+(?:the lot|everything|them all|all of them|all my|every one of)\b"
              r"|\bwho (?:gets|has|takes|will have|can have|is having) my (?:things|stuff|dog|cat|belongings|clothes)\b"
              r"|\bsh (?:again|last night|tonight|today)\b|\bover ?d(?:id|one) it (?:on|with) (?:the )?(?:gear|meds|"
              r"pills|tablets"
              r"|methadone|spice|drugs|heroin|pregabs?|benzos|valium)\b"),
    (SUICIDE, r"\b(?:the\s+)?last time (?:ill|i will|youll|you will|i ever) (?:ever\s+)?(?:fill|see|hear|do|answer|"
              r"write)\b"
              r"|\b(?:do|doing|done|did)\s+something\s+(?:stupid|silly|daft|drastic|bad to myself)\b|\b(?:rather|"
              r"sooner)\s+"
              r"(?:be dead|die|not be here|not exist|not wake up)\b|\b(?:id|i would|i wouldve)\s+(?:be gone|be dead|"
              r"have done it"
              r"|have ended it|not be here)\b|\b(?:platform|station|bridge|edge|roof|tracks|cliff|"
              r"ledge)\b[^.!?]{0,40}\bthinking"
              r"\b|\b(?:have|got|made)\s+a\s+plan\s+(?:for\s+)?(?:tonight|tomorrow|this weekend|now)\b"),
    (SUICIDE, r"\b(?:done|finished|tired of|sick of)\s+fighting\b|\bgiv(?:e|en|ing)\s+up\s+on\s+(?:everything|life|"
              r"living|myself"
              r"|it all)\b|\bmy (?:own )?funeral\b|\b(?:nobody|no one|noone)\s+(?:needs|will need|has|"
              r"will have)\s+to\s+worry\b"
              r"|\b(?:doing|do)\s+(?:everyone|them|the world|you all|my family)\s+a\s+favou?r\b|\b(?:dont|do not|"
              r"didnt)\s+care"
              r"\s+(?:if|whether)\s+i\s+(?:die|live|wake|make it|dont wake)\b"),
    (SUICIDE, r"\b(?:razor|blade|glass|lighter|scissors|compass|knife)\b[^.!?]{0,15}\b(?:on|to|into|across|"
              r"over)\s+(?:my|me)"
              r"\s+" + _BODY + r"\b"),
    (SUICIDE, r"\b(?:easier|better|simpler)\s+(?:for (?:everyone|everybody|them|"
              r"all)\s+)?if\s+i\s+(?:just\s+)?(?:disappeared|vanished"
              r"|wasnt here|was gone|died|went|didnt exist)\b|\btonights? (?:is )?the night\b|\b(?:burn|burning|cut|"
              r"cutting"
              r"|scratch|slice|slicing|slash)\s+(?:my|me)\s+" + _BODY + r"\b"),
    (SUICIDE, r"\b(?:relief|better|easier|nice|peaceful)\b[^.!?]{0,20}\bnot\s+(?:to\s+)?(?:wake|be here|exist|"
              r"be alive)\b"
              r"|\bmake sure i (?:dont|do not|never|wont) wake\b|\b(?:dont|never|not) wake up (?:this time|again|"
              r"tomorrow)\b"),
    (SUICIDE, r"\b(?:not|wont|nobody|no one|never|noone)\b[^.!?]{0,40}\bmuch longer\b|\b(?:got|have|"
              r"bought)\s+everything\s+(?:i need\s+)?"
              r"(?:to do it|ready)\b|\bwaiting for the right (?:time|moment|day|night)\b|\b(?:how|where|when)\s+(?:id|"
              r"i would|im going"
              r" to|i will|ill|i could)\s+(?:do it|end it|go through with it)\b"),
    # preparation and goodbye
    (SUICIDE, r"\b(?:goodbye|suicide|farewell|final|last)\s+(?:note|notes|letter|letters|message|messages|text|video)\b"
              r"|\bthis is goodbye\b|\bsaying (?:my )?goodbyes\b|\b(?:said|say|saying) goodbye to (?:everyone|my|"
              r"every)"),
    (SUICIDE, r"\b(?:wrote|written|writing|left|leaving|write)\s+(?:\w+\s+)?(?:letters?|notes?|a letter|a note|"
              r"cards)\s+"
              r"(?:to|for)\s+(?:my|me|everyone|mum|mam|the kids|each|all)\b|\bjust in case\b[^.!?]{0,30}\b(?:letters?|"
              r"notes?)"
              r"|\bgiv\w*\s+(?:all\s+)?(?:my|me)\s+(?:stuff|things|belongings|clothes|possessions|dog|cat)\s+away\b"),
    (SUICIDE, r"\b(?:sorted|made|wrote|written|writing|done|doing|finished|updated)\s+(?:out\s+)?my\s+will\b"
              r"|\bgiv(?:ing|en|e) away (?:all )?(?:my|me) (?:stuff|things|belongings|clothes|dog|cat|possessions)"
              r"|\bsorry for everything\b|\bdeleted (?:all )?my (?:socials|accounts|facebook|insta\w*|profiles?)\b"),
    (SUICIDE, r"\b(?:research\w*|look(?:ed|ing)? up|googl\w*|read(?:ing)? about|work(?:ed|ing)? out|plann?\w*|decided)"
              r"\s+(?:on\s+)?(?:the\s+)?(?:methods?|how to (?:do it|die|end|kill|hang|go)|ways to (?:die|end|go|do it)|"
              r"how many|how much (?:it takes|would)|when (?:to|im going to) do it|where to (?:do|tie)|"
              r"how (?:im|i am|i will|ill) (?:going to )?do it)"),
    (SUICIDE, r"\b(?:stockpil\w*|sav(?:ing|ed|e) up|hoard\w*|collect\w*|stor(?:ing|ed) up|squirrel\w*|stash\w*|hid\w*"
              r"|keep(?:ing)? back|kept back|put(?:ting)? aside|saving)\s+(?:all\s+)?(?:of\s+)?(?:my\s+|me\s+|up\s+)?"
              + DRUG),
    (SUICIDE, DRUG + r"\s+(?:saved|stashed|hidden|put aside|lined up|counted out|ready)\b"
              r"|\bfor when i (?:decide|do it|go|need them|am ready|m ready)\b|\bwhen the time comes\b"),
    (SUICIDE, r"\b(?:if anything happens to me|when im not around|(?:look|looking) after my \w+ (?:if|when|after) (?:i"
              r"|im))"
              r"|\bto be the one (?:who|that) finds me\b|\bfinds? my body\b"),
    # method and place
    (SUICIDE, r"\b(?:step\w*|jump\w*|walk\w*|throw\w* " + ME + r"|lie down|lying down|lay down)\s+(?:out\s+)?"
              r"(?:in front of|under|off|into)\s+(?:a |the |an )?(?:train|lorry|truck|bus|car|traffic|bridge|building"
              r"|roof|cliff|multi ?storey|car park|tracks|motorway|river|sea|canal|flats|tower|block|balcony|window|"
              r"pier)"),
    (SUICIDE, r"\b(?:bought|got|ordered|have|hid|hidden|keep|kept|found|tied|tying|tested|test)\s+(?:a|the|some|my|"
              r"this)\s+"
              r"(?:rope|noose|ligature|length of rope|hose ?pipe|charcoal|helium)\b|\brope\b[^.!?]{0,30}\b(?:under|"
              r"in) (?:the|my)\b"
              r"|\b" + DRUG + r"\b[^.!?]{0,40}\b(?:ready|waiting|lined up|counted|sorted out|for the weekend|"
                              r"for tonight)\b"),
    (SUICIDE, r"\bnoose\b|\bligature\b|\b(?:rope|belt|cord|cable|scarf|sheet)\b[^.!?]{0,40}\b(?:tie|tied|neck|hang|beam"
              r"|bannister|door)\b|\bwhere to tie\b|\bround my neck\b"),
    (SUICIDE, r"\b(?:rang|called|phoned|ringing|texting|texted|tried|messaged)\s+(?:the\s+)?samaritans\b"),
    (DANGER, r"\b(?:standing|stood|sat|sitting|been up|went up|go up|going up|climbed)\s+(?:on|at|"
             r"up)\s+(?:\w+\s+){1,3}?"
             r"(?:roof|rooftop|edge|ledge|bridge|tracks|cliff|cliffs|viaduct|parapet|railings)\b|\b(?:by|near|next to|"
             r"beside"
             r"|on|at)\s+the\s+(?:tracks|rails|railway line|rail line|level crossing)\b"),
    (DANGER, r"\b(?:standing|stood|sat|sitting|am|im|here|at|on|up)\s+(?:on\s+|at\s+)?(?:the\s+)?(?:edge|ledge|bridge"
             r"|roof|rooftop|tracks|railway|rail line|cliffs?|top of the (?:car park|multi|building|cliff)|viaduct)\b"
             r"(?!\s+of (?:my|the) (?:seat|bed))"),
    # overdose
    (SUICIDE, r"\boverdos\w*|\bod(?:d?ed|ing)?\b|\bover dose\w*|\b(?:went|gone|go|going) over again\b"),
    (SUICIDE, r"\b(?:took|taken|take|taking|swallowed|swallow\w*|neck\w*|done|did|downed|down\w*|had|smashed|drop\w*"
              r"|necked|popped|popping|used|injected|shot up|snorted)\s+(?:" + _MANY + r")[^.!?]{0,30}?\b" + DRUG),
    (SUICIDE, r"\b" + _TOOK + r"\b[^.!?,]{0,15}?\b" + _QTY + r"\b[^.!?,]{0,25}?\b" + DRUG + r"\b"
              r"|\b(?:taken|took|swallowed|downed|necked|had)\s+(?:just\s+)?(?:everything|the lot|all of (?:it|them)|"
              r"them all"
              r"|the whole lot|whatever|all the)\b"),
    (SUICIDE, r"\bmix(?:ed|ing|es)?\b[^.!?]{0,30}\b(?:benzos?|valium|vallies|diazepam|pregabs?|gabbies|alcohol|voddy|"
              r"vodka"
              r"|booze|drink|methadone|heroin|gear|spice|pills|tablets|meds|downers|xanax|fent\w*)\b|"
              r"\bto see what happens\b"
              r"|\bbad batch\b|\b(?:dropped|went over|gone over|went under|od d|flatlined)\s+(?:twice|again|\w+ times|"
              r"on \w+day"
              r"|last night)\b"),
    (SUICIDE, r"\b(?:took|taken|swallowed|had|necked|downed)\b[^.!?]{0,50}\b(?:drowsy|fuzzy|sleepy|dizzy|going dark"
              r"|going black|blurry|racing|numb|cant stay awake|cant keep my eyes open|being sick|spinning)\b|"
              r"\b(?:drowsy"
              r"|fuzzy|going dark|going black|cant stay awake)\b[^.!?]{0,40}\b(?:took|taken|swallowed)\b"),
    (SUICIDE, r"\b(?:took|taken|take|taking|had|done|used|injected)\s+(?:way\s+)?(?:too\s+much|too\s+many|more than|"
              r"double|extra)\b|\b" + _MANY + r"\s+(?:of\s+)?" + _MY + r"\s+" + DRUG + r"\s+(?:in one go|at once|"
                                                                                       r"earlier"
              r"|on purpose|tonight|today)"),
    (SUICIDE, r"\b(?:not caring|dont care|didnt care)\s+how many\b|\b(?:took|taken|had|done|used|necked|" + DRUG
              + r")\b[^.!?]{0,40}"
              r"\b(?:in one go|all at once|on purpose|deliberately)\b|\b(?:burn|cut|hurt|hit|scratch|bash|bang|punch|"
              r"bit|bite)"
              r"\w*\b[^.!?]{0,40}\b(?:on purpose|deliberately)\b"
              r"|\b(?:went|turned|going|gone)\s+blue\b|\bbrought me (?:round|back)\b|\bnarcan\w*|\bnaloxone\w* (?:me|"
              r"on me)"
              r"|\b(?:use|used|gave|give)\w* (?:me )?(?:the )?(?:kit|naloxone|narcan|pen) on me\b|"
              r"\bstaff had to use\b"),
    (SUICIDE, r"\b(?:double|triple)\s*dos\w*|\bdoubled up on\b|\b(?:nearly|almost|barely)\s+(?:didnt|"
              r"did not)\s+wake\b"),
    (SUICIDE, r"\b(?:using|used|use|inject\w*|shooting up)\s+(?:alone|on my own|by myself)\b|\btolerance (?:was|is|"
              r"had) (?:gone"
              r"|down|dropped|low)\b|\bwoke up (?:on|in) (?:the|a) (?:floor|bathroom|toilet|hospital|ambulance|a&e|"
              r"ae)\b"),
    (SUICIDE, r"\b(?:mix\w*|with|and)\s+(?:some\s+)?(?:street\s+)?(?:benzos?|valium|vallies|diazepam|pregabs?|gabbies"
              r"|alcohol|booze|methadone|spice)\b[^.!?]{0,20}\b(?:and|with|dont remember|blacked|passed)"),
    # self-harm
    (SUICIDE, r"\bself\s*har\w*|\bs/h\b|\bselfharm\w*|\bself injur\w*|\bself mutilat\w*"),
    (SUICIDE, r"\b(?:cut|cutting|cuts|burn|burning|burnt|burned|harm|harming|harmed|hurt|hurting|injure|injured|"
              r"injuring"
              r"|punish|punishing|hit|hitting|punch|punching|scratch|scratching|scratched|bite|biting|bit|starve|"
              r"starving"
              r"|strangle|strangling|choke|choking|stab|stabbing|bruise|bruising|mark|marking|carve|carving|bleed|"
              r"bleeding)"
              r"\s+" + ME + r"\b"),
    (SUICIDE, r"\b(?:cutting|burning|scratching|picking|hurting|harming|using the blade)\s+(?:" + ME + r"\s+)?again\b"
              r"|\b(?:i|ive|i have|been|just|have|i am|im)\s+(?:\w+\s+)?(?:cut|burnt|burned|hurt)\s+(?:" + ME + r"\s+|"
                                                                                                                r"me\s"
                                                                                                                r"+)?a"
                                                                                                                r"gain"
                                                                                                                r"\b"
              r"|\b(?:back to|went back to|gone back to|started|start|relapsed|relapse into|urges? to|urge to)\s+"
              r"(?:cutting|cut|burning|burn|harming|hurting|self|scratching|the blade)\b"),
    (SUICIDE, r"\b(?:slit|slash|slashed|slashing|cut|cutting|sliced|slicing|carved|carving|scratched|scratching|burned"
              r"|burnt"
              r"|burning|opened|opening|gouged|bashed|banged)\s+(?:up\s+)?(?:my|me|both)\s+(?:wrists?|arms?|legs?|"
              r"thighs?|"
              r"skin|stomach|belly|body|hips?)\b"),
    (SUICIDE, r"\b(?:cuts|scars?|wounds?|burns|marks|bruises|bandages?|plasters?|stitches|steri ?strips)\s+(?:all\s+)?"
              r"(?:on|up|over|down|across)\s+(?:my|me|both)\s+(?:wrists?|arms?|legs?|thighs?|skin|stomach|body)\b"
              r"|\b(?:my|me)\s+(?:wrists?|arms?|legs?|thighs?)\s+(?:are|is)\s+(?:bandaged|cut|scarred|covered|bleeding"
              r"|slashed|in bits|a mess)"),
    (SUICIDE, r"\b(?:reopen\w*|re open\w*|pick\w* at|open\w* up)\s+(?:them|my (?:cuts|wounds|scars))\b"
              r"|\bso (?:the|my) (?:bruises|cuts|marks|scars|burns) (?:dont|wont|cant) show\b|\b(?:hide|hiding|"
              r"cover\w*)"
              r"\s+(?:the|my) (?:cuts|scars|marks|burns|arms|wrists)\b"),
    (SUICIDE, r"\b(?:cut|cutting|carve|carving|carved|scratch\w*|burn\w*|stub\w*|slash\w*|stab\w*|dig\w*|pick\w*"
              r"|scrape\w*|scraping|gouge\w*|press\w*|hold\w*|held|rub\w*)\b[^.!?]{0,25}\b(?:in|into|on|up|across|over)"
              r"\s+(?:my|me|both)\s+" + _BODY + r"\b|\bcut\w*\s+(?:too\s+)?deep(?:er)?\b|\b(?:till|until|til|untill)\s+"
              r"(?:i|it|they)\s+(?:bleed|bled|bleeds|burns?|hurts)\b|\b(?:needs?|needed|had)\s+(?:glue|stitches|steri)"
              r"|\b(?:a&e|ae|hospital|stitches)\b[^.!?]{0,15}\bfor my (?:arms?|wrists?|legs?|cuts)\b"),
    (SUICIDE, r"\b(?:not|isnt|wasnt|aint)\s+for\s+shaving\b|\b(?:i|im|ive)\s+(?:\w+\s+)?(?:use|used|using)\s+(?:a|the|"
              r"my|some)"
              r"?\s*(?:broken\s+)?(?:glass|blade|razor|scissors|compass|lighter|sharpener|pencil sharpener)\b"
              r"|\b(?:do|did|doing|done)\s+it\s+to\s+(?:myself|meself)\b|\b(?:need|needed|want|wanted)\s+to\s+feel\s+"
              r"(?:pain|the pain|something)\b|\b(?:opened|ripped|pulled|picked|reopened)\s+(?:off\s+)?(?:the|"
              r"my)\s+(?:cuts"
              r"|wounds|stitches|dressings|scabs|steri strips)\b|\b(?:still|theyre|cuts are|wounds are|"
              r"are)\s+(?:still\s+)?fresh\b"),
    (SUICIDE, r"\b(?:doing|done|do|did)\s+it\s+to\s+(?:my|me)\s+(?:arms?|legs?|wrists?|body|thighs?|stomach|skin)\b"),
    (SUICIDE, r"\b(?:the|a|my|razor)\s+blades?\b|\bsharpener blade|\bcompass\b[^.!?]{0,20}\b(?:arm|skin|leg)"),
    (SUICIDE, r"\b(?:swallow\w*|eating|ate|eat)\s+(?:batteries|glass|razor\w*|bleach|bits of|objects|screws|pins|nails"
              r"|coins|magnets|blades)\b"),
    (SUICIDE, r"\b(?:tied|tie|tying|wrap\w*)\s+(?:something|a \w+|it|string|cord|wire|"
              r"a ligature)\s+(?:tight\s+)?(?:round"
              r"|around)\s+(?:my|me)\s+(?:arm|neck|leg|wrist|throat)\b"),
    (SUICIDE, r"\b(?:smash|smashing|smashed|bang|banging|banged|punch|punching|punched|hit|hitting|headbutt\w*)\s+"
              r"(?:my|me)\s+(?:fist|head|hand|knuckles|arm|fists)\s+(?:into|against|on|off|through)\s+(?:the\s+)?"
              r"(?:wall|mirror|door|floor|window|glass)\b"),
    (SUICIDE, r"\b(?:punch\w*|hit|hitting|smash\w*|kick\w*|headbutt\w*|bang\w*)\s+(?:the|a)\s+(?:wall|walls|door|mirror"
              r"|window)\b[^.!?]{0,30}\b(?:till|until|til|knuckles|hand|fist|bled|bleed|broke)\b"),
    (SUICIDE, r"\b(?:\d+|one|two|three|four|five|several|many|few) times (?:this|last|a) (?:week|day|night|month)"
              r"[^.!?]{0,15}\b(?:hurt|harmed|cut|burned)\b"),
)
