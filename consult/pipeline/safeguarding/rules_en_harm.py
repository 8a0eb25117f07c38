"""English rules for harm done to the writer: violence, threats, coercive control, sexual harm.

Second-hand and texted forms count: "says hell kill me" (no apostrophe), "me mams fella batters
me", "he monitors my phone location". Normalised text only (see ``normalise``).
"""

from __future__ import annotations

from consult.pipeline.safeguarding.verdict import ABUSE, DANGER

PERSON = (
    r"(?:he|she|they|hes|shes|theyre|theyve|hed|shed|theyd|hell|shell|theyll|him|her|them|someone|somebody|people"
    r"|partner|boyfriend|bf|girlfriend|gf|husband|hubby|wife|missus|ex|exs|dad|father|step ?dad|stepdad|mum|mam|mother"
    r"|step ?mum|brother|sister|uncle|cousin|fella|feller|bloke|man|men|lads?|guy|geezer|officers?|police|coppers?"
    r"|staff|guards?|screws?|dealers?|neighbours?|housemate|flatmate|roommate|tenant|landlord|resident|worker|son"
    r"|daughter|our kid|family|carer|pimp|punters?|mates?|friend|friends|kids?|gang|group|youths?|\w+s (?:fella|bf"
    r"|boyfriend|partner|brother|mate|dad|son))"
)
HARM = (
    r"(?:hits?|hitting|hit|beats?|beating|beat|batters?|battered|battering|punch(?:es|ed|ing)?|kick(?:s|ed|ing)?"
    r"|slap(?:s|ped|ping)?|smack(?:s|ed|ing)?|strangl(?:es|ed|ing|e)|chok(?:es|ed|ing|e)|rap(?:es|ed|ing|e)"
    r"|assault(?:s|ed|ing)?|abus(?:es|ed|ing|e)|hurts?|hurting|attack(?:s|ed|ing)?|threaten(?:s|ed|ing)?"
    r"|stab(?:s|bed|bing)?|touch(?:es|ed|ing)?|grope[sd]?|groping|bit|bites?|biting|push(?:es|ed|ing)?|shov(?:es|ed|"
    r"ing|e)"
    r"|thr[oe]w(?:s|ing)?|drag(?:s|ged|ging)?|pin(?:s|ned|ning)?|spit(?:s|ting)?|spat(?: on| at)?|headbutt(?:s|ed|ing)?"
    r"|stamp(?:s|ed|ing)? on|jump(?:s|ed|ing)?|knock(?:s|ed|ing)? (?:me )?(?:about|around|out|down)|bash(?:es|ed|ing)?"
    r"|thump(?:s|ed|ing)?|twat(?:s|ted|ting)?|lamp(?:s|ed|ing)?|leather(?:s|ed|ing)?|deck(?:s|ed|ing)?|glass(?:es|ed|"
    r"ing)?"
    r"|bottl(?:es|ed|ing)|knif(?:es|ed|ing)|shak(?:es|ing|e)|shook|grab(?:s|bed|bing)?|burn(?:s|t|ed|ing)?"
    r"|hold(?:s|ing)? me down|rob(?:s|bed|bing)?|mug(?:s|ged|ging)?|terroris\w*|torment\w*|humiliat\w*"
    r"|scald\w*|suffocat\w*|smother\w*|pour(?:s|ed|ing)? \w+ (?:on|over)|tortur\w*|whip(?:s|ped)?|belt(?:s|ed)?"
    r"|slash\w*|cut(?:s|ting)?|choke ?hold\w*|bully\w*|bullie[sd]|intimidat\w*|harass\w*|stalk\w*|follow(?:s|ed|ing)?"
    r"|fights?|fighting|fought|lays? into|laid into|went for|goes for|going for|come at|came at|comes at|coming at)"
)
_AUX = (
    r"(?:(?:has|have|had|is|was|were|are|keeps?|kept|always|still|used to|just|even|again|also|then|will|would|d|ll|s"
    r"|been|being|started|starts|likes to|tends to|tried to|tries to|regularly|often|sometimes)\s+)*"
)
_STRONG = (
    r"(?:battered|batters|battering|beat|beats|beating|punched|punches|punching|kicked|kicks|kicking|slapped|slaps"
    r"|slapping|strangled|strangles|strangling|choked|chokes|choking|raped|rapes|raping|assaulted|assaults|stabbed|"
    r"stabs"
    r"|glassed|bottled|headbutted|headbutts|stamped on|stamps on|bit|bites|spat at|spat on|spits at|spits on|shoved"
    r"|shoves|dragged|drags|attacked|attacks|smacked|smacks|thumped|thumps|twatted|leathered|lamped|decked|booted"
    r"|jumped|mugged|robbed|bashed|whacked|whacks|burnt|burned|scalded|throttled|throttles|suffocated|smothered)"
)
_INJURY = (
    r"(?:ribs?|arm|nose|jaw|wrist|fingers?|eye socket|cheek ?bone|skull|head|lip|leg|collar ?bone|teeth|tooth|ankle"
    r"|hand|back|eye)"
)
_PP = (
    r"(?:hit|beaten|beat up|battered|punched|kicked|slapped|smacked|strangled|choked|raped|assaulted|abused|hurt"
    r"|attacked|stabbed|glassed|bottled|knifed|bitten|pushed|shoved|thrown|dragged|pinned|spat on|headbutted|stamped on"
    r"|jumped|knocked about|knocked around|knocked out|bashed|thumped|twatted|lamped|leathered|decked|burned|burnt|"
    r"scalded"
    r"|threatened|mugged|robbed|groped|touched up|molested|tortured|whipped|bullied|intimidated|harassed|stalked|"
    r"followed"
    r"|terrorised|trafficked|groomed|exploited|pimped|spiked|drugged|set on|picked on|roughed up|done over|kicked in"
    r"|kidnapped|held hostage|locked up|tied up)"
)
_ME = r"(?:me|us|my \w+|me and|meself|myself)"
_KILL = (
    r"(?:kill|stab|knife|shoot|cut|burn|batter|smash|finish|strangle|hurt|do|break|end|bury|slash|acid|petrol|torch"
    r"|glass|get|sort|deal with|beat|kick|set fire to|put|shank|merk|wet|bang|take|come for|come after|find)"
)
_WILL = (
    r"(?:hell|shell|theyll|itll|will|wll|wil|would|wud|gonna|gunna|gona|going to|goin to|is going to|are going to"
    r"|threaten\w*(?: to)?|threats to|promis\w* to|swore to|swears? (?:hell|shell|theyll|to|he will|she will)"
    r"|(?:said|says|saying|told me|texted|messaged|sends? \w+ (?:notes?|messages?) saying) (?:hed|shed|theyd|hell|shell"
    r"|theyll|he would|she would|they would|he will|she will|they will|hes going to|shes going to|theyre going to"
    r"|hes gonna|shes gonna|theyre gonna|he is going to|she is going to|they are going to)|wants? to|tried to|try to"
    r"|trying to|out to)"
)

RULES: tuple[tuple[str, str], ...] = (
    # violence against the writer, told any way round
    (ABUSE, r"(?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bnews )\b" + _STRONG + r"\s+(?:me|us)\b(?!\s+(?:to it|at \w+|"
                                                                            r"in the"
            r" (?:final|game|match|quiz|race)))"),
    (ABUSE, r"\b(?:broke|broken|breaks|fractured|cracked|dislocated|split|bust|busted|smashed)\s+(?:my|me)\s+"
            + _INJURY + r"\b(?![^.!?]{0,25}\b(?:fell|fall|slipped|tripped|football|accident|playing|gym|bike|ice))"
            r"|\b(?:put|puts|landed|landing)\s+me\s+in\s+(?:hospital|a&e|ae|intensive care|icu|a coma)\b"),
    (ABUSE, r"\b(?:threw|throws|thrown|throwing|chucked|chucks|poured|pours|flung)\b[^.!?]{0,30}\b(?:at|over|on)\s+me\b"
            r"|\b(?:ill|youll|i will|you will|id|i would)\s+end\s+up\s+(?:dead|in (?:the|a) (?:canal|river|ditch|box|"
            r"hospital"
            r"|bin bag|boot|grave|morgue|wheelchair))"),
    (ABUSE, r"\b(?:threaten\w*|threats?)\s+(?:to|that)\s+(?:\w+\s+){0,2}(?:kill|burn|torch|stab|hurt|batter|shoot|cut|"
            r"acid"
            r"|petrol|smash|break|set fire|glass|do me|do us|beat|finish|end)\b|\bwith me (?:still )?in it\b"),
    (ABUSE, r"\b(?:he|she|they|hes|shes)\s+(?:did|does|done|used to do|has done|have done|"
            r"tried)\s+(?:the same(?: thing)?"
            r"|things|stuff|it|that|this|sexual things)\s+to\s+me\b"),
    (ABUSE, r"\b" + PERSON + r"\s+" + _AUX + HARM + r"\s+(?:me|us|my (?:face|head|body|arm|arms|legs?|ribs|stomach|back"
            r"|neck|throat|hand|hands|hair|belly|bump|nose|eye|mouth|chest)|into me|on me|at me)\b"),
    (ABUSE, r"\b(?:i|im|ive|i am|i was|i get|i got|i have|i keep|been|being|getting|got|get|keep getting|kept getting"
            r"|was|been|ended up)\s+(?:(?!not|never|havent|hasnt|hadnt|wasnt|werent|aint|didnt|dont|no)\w+\s+)?" + _PP
            + r"\b(?!\s+(?:by (?:a|the) (?:car|bus|van|ball|bike|train|bug"
            r"|virus|flu|cold|weather|rain|wasp|bee|dog)|in (?:the|a) (?:crossfire|game|match)|off|with (?:a|the)"
            r" (?:bill|fine|charge)|for (?:a|the) (?:fine|bill)))"),
    (ABUSE, r"\b(?:beat|beaten|battered|kicked|knocked|smashed|bashed|done|roughed|set)\s+(?:me\s+)?(?:up|over|in|about"
            r"|around|on|senseless|black and blue|to a pulp)\b(?![^.!?]{0,20}\b(?:exams?|game|match|darts|pool|cards"
            r"|quiz|football|at \w+))"),
    (ABUSE, r"\b(?:gives?|gave|giving)\s+me\s+(?:a\s+)?(?:good\s+)?(?:beating|kicking|hiding|slap|battering|smack|"
            r"hammering"
            r"|leathering|doing|black eye|fat lip|going over|pasting|clip|thumping)\b"),
    (ABUSE, r"\b(?:put|puts|putting|laid|lays|laying|raised|raises)\s+(?:his|her|their|a)\s+hands?\s+(?:on|to)\s+me\b"),
    (DANGER, r"\b" + PERSON + r"\s+" + _AUX + _WILL + r"\s+(?:\w+\s+){0,2}?" + _KILL + r"\s+(?:me|us|"
                                                                                       r"my (?:\w+\s+)?(?:face"
            r"|head|legs?|kids?|children|family|missus|mum|mam|son|daughter|baby|dog|flat|house|car|door|knees|neck|"
            r"arms?|jaw|nose"
            r"|fingers|ribs|bones|teeth|throat)|the kids)\b"),
    (DANGER, r"\b(?:hell|shell|theyll|he will|she will|they will|hes gonna|shes gonna|theyre gonna|hes going to"
            r"|shes going to|theyre going to)\s+(?:\w+\s+)?(?:kill|finish|end|do|stab|hurt|batter|get|find|"
            r"find and \w+|break|snap"
            r"|smash|slit|cut)\s+(?:me|my (?:neck|legs?|arms?|face|head|jaw|nose|fingers|throat|kneecaps))\b"),
    (ABUSE, r"\b(?:or|else|otherwise|if i (?:dont|tell|leave|go|report|grass|talk|say|complain|speak)\w*[^.!?]{0,30})"
            r"\s+(?:they|he|she|hell|shell|theyll|theyd|hed|shed|ill get|i get|id get|im getting)\s*(?:will|would|d|"
            r"ll)?\s*"
            r"(?:\w+\s+)?(?:hurt|kill|batter|stab|do|come for|come after|find|get|beat|cut|burn|finish|smash|hit|"
            r"take)\b"),
    (ABUSE, r"\b(?:had|got|have|has)\s+(?:a|his|her|their)\s+(?:gun|knife|blade|machete|weapon|bat|hammer|axe|"
            r"screwdriver"
            r"|bottle|pistol|shooter)\s+(?:pointed|held|put|pulled|pushed|waved|aimed|shoved)\s+(?:at|to|on|in|against)"
            r"\s+(?:me|my)\b|\b(?:pointed|held|put|pulled|waved|aimed)\s+(?:a|his|her|the)\s+(?:gun|knife|blade|machete"
            r"|weapon|bat|hammer|axe)\s+(?:at|to|on|against)\s+(?:me|my)\b"),
    (ABUSE, r"\b(?:threw|throws|throwing|pushed|pushes|shoved|shoves|dragged|drags|pinned|pins|held|holds|slammed|slams"
            r"|grabbed|grabs|shook|shakes|chucked|chucks|locked|locks|tied|ties|kicked|kicks)\s+me\s+(?:against|into|"
            r"down"
            r"|under|across|by|in the|to the|up against|onto|on the|round|off|through|in)\b"),
    (ABUSE, r"\b(?:held|holds|holding|pushed|pushes|pushing|kept|keeps)\s+(?:me|my head)\s+(?:under|down|against)\b"
            r"|\b(?:pulled|pulls|pulling|ripped|rips|dragged|drags)\s+(?:me by )?(?:my|me)\s+hair\b"),
    (ABUSE, r"\b(?:black eye|black eyes|bruises?|bruised|split (?:my |me )?(?:lip|head)|broken (?:nose|ribs?|arm|jaw"
            r"|wrist|finger|tooth|teeth)|cracked ribs?|swollen|stitches|fat lip|burns?|bite marks?|marks on my neck)"
            r"\b[^.!?]{0,40}\b(?:from|where|cos|coz|because|off|after|by|when)\s+(?:him|her|them|my|he|she|they|his|"
            r"the)"
            r"\b(?!\s+(?:fall|accident|gym|football|match|operation|dog|cat|op|surgery))"),
    (ABUSE, r"\b(?:scared|afraid|frightened|terrified|petrified|feart|frit|fear|bricking it|shitting (?:it|myself))\s+"
            r"(?:of|to|for|about|what)\s+(?:him|her|them|my (?:partner|ex|husband|wife|bf|boyfriend|gf|girlfriend|dad"
            r"|stepdad|step dad|mum|mam|fella|man|brother|son|landlord|pimp)|go(?:ing)? home|go(?:ing)? back|leave|"
            r"leaving"
            r"|tell|telling|what (?:hell|shell|hed|shed|he will|she will|he might|she might|theyll|they might)|when he"
            r"|when she|he will|she will|hell|shell|being at home|be at home|be in the house)\b"),
    (ABUSE, r"\b(?:hes|shes|he is|she is|theyre|my \w+ is|my \w+s)\s+(?:so\s+|really\s+|very\s+|getting\s+|always\s+)?"
            r"(?:violent|abusive|dangerous|aggressive|nasty|handy)\b(?! (?:film|game|show))"
            r"|\b(?:violent|abusive|controlling|coercive)\s+(?:partner|ex|husband|boyfriend|bf|relationship|wife|dad|"
            r"father"
            r"|fella|man|household|home|marriage|girlfriend|gf|brother|son)\b"),
    (ABUSE, r"\b(?:abusive|violent|aggressive|nasty|rough|threatening|vile|horrible)\s+(?:to|towards|with)\s+(?:me|"
            r"us)\b"),
    (ABUSE, r"\bdomestic\s+(?:abuse|violence)\b|\b(?:dv|dva)\b|\bcoercive\b|\bwalking on eggshells\b"),
    # coercive control and stalking
    (ABUSE, r"(?<!\bi )(?<!\bi dont )(?<!\bi always )\b(?:controls?|controlling|controlled|runs|ran|takes?|took|taken|"
            r"keeps?|kept|has|holds?|handles?|hides?|"
            r"hid)"
            r"\s+(?:all\s+)?(?:of\s+)?(?:the|my|all my|me)\s+(?:own\s+)?(?:money|benefits|uc|pip|wages|pay|bank card|"
            r"cards?"
            r"|bank|finances|phone|passport|id|keys|pin|script|meds|everything|giro|dole)\b(?!\s+(?:safe|for me)\b)"),
    (ABUSE, r"\b(?:takes?|took|taking|keeps?|kept|has|holds?)\s+(?:all of\s+)?(?:my|me)\s+(?:whole|entire|"
            r"full)\s+(?:\w+\s+)?"
            r"(?:payment|money|benefits|wages|giro|uc|pip)\b"),
    (ABUSE, r"\b(?:get|got|getting|climb\w*|crawl\w*|try\w* to get|tried to get)\s+(?:in|into)\s+(?:my|me)\s+(?:bed|"
            r"sleeping bag"
            r"|tent|bunk|covers)\b"),
    (ABUSE, r"\b(?:hand|give|pass|turn)\w*\s+over\s+(?:all\s+)?(?:my|me)\s+(?:wages|money|benefits|uc|pip|card|pay|"
            r"giro)\b"
            r"|\b(?:wants?|wanted|asked|asks|asking)\s+me\s+to\s+(?:sleep with|have sex|do (?:stuff|things|favours)|"
            r"go with)\b"),
    (ABUSE, r"\b(?:tells?|told|decides?|chooses|dictates?)\s+(?:me\s+)?(?:what|when|where|who)\s+(?:to|i)\s+(?:eat|"
            r"wear|sleep|see"
            r"|go|talk|spend|text|phone)\b|\b(?:need|needs|get|getting|without|have to get)\s+(?:his|her|"
            r"their)\s+permission\b"
            r"|\bpermission to (?:go|leave|see|spend|eat|wear)\b|\bsend (?:him|them|her)\s+(?:pics|nudes|photos|"
            r"videos)\b"
            r"|\bor (?:he|she|they|hed|shed|theyd) (?:would|will|d|ll)?\s*(?:tell|share|post|send|show) (?:everyone|"
            r"them|my|it)\b"),
    (ABUSE, r"\b(?:he|she|they|hes|shes|theyre|my \w+)\s+(?:controls|runs|decides|dictates|picks|"
            r"chooses)\s+(?:everything"
            r"|my life|who i|what i|where i|when i|all of it|my (?:rent|money|script|clothes))"),
    (ABUSE, r"\b(?:checks|checked|checking|monitors|monitored|monitoring|tracks|tracked|tracking|reads|read|reading|"
            r"goes"
            r"|went|going|looks|looked|looking|counts|counted|counting)\s+(?:through\s+)?(?:all\s+)?(?:of\s+)?(?:my|me"
            r"|the|every)\s+"
            r"(?:bag|purse|pockets|change|receipts|phone bill|message|text|call|phone|messages|texts"
            r"|bank|location|emails?|statements|receipts|socials|whatsapp|snap\w*|calls|every move|movements|"
            r"mileage)\b"),
    (ABUSE, r"\b(?:air ?tags?|trackers?|tracking app|spyware|find my (?:phone|friends|iphone)|life ?360|gps)\b"
            r"|\b(?:tracks?|tracking|tracked|watches|watching|watched|spies|spying|follows?|following|followed|stalks?"
            r"|stalking|stalked)\s+(?:me|my)\b"),
    (ABUSE, r"\b(?:ha(?:ve|s|d)\s+to|must|got to|gotta)\s+(?:ask|beg)\s+(?:him|her|them|permission|for)\b|\bask(?:ing)?"
            r"\s+(?:his|her|their)?\s*permission\b|\bbeg (?:him|her) for\b"),
    (ABUSE, r"\b(?:wont|doesnt|dont|never|not|didnt)\s+(?:ever\s+)?(?:let|allow)\w*\s+(?:me|us)\s+(?:to\s+)?(?:leave|"
            r"go|see"
            r"|have|out|talk|speak|work|use|contact|phone|ring|sleep|eat|visit|wear|keep|get|answer)\b"
            r"|\b(?:not|aint|never|isnt|arent|im not|i am not|wasnt)\s+(?:ever\s+)?(?:allowed|"
            r"let)\s+(?:to\s+)?(?:leave|go"
            r"|out|see|have|talk|speak|contact|use|work|visit|wear|keep|eat|sleep|phone|text)\b|\ballowed (?:out|"
            r"to go \w+)"
            r" without (?:him|her|them)\b"),
    (ABUSE, r"\b(?:monitors|watches|tracks|checks|controls|questions)\s+everything\s+(?:i|about)\b|"
            r"\bin trouble if (?:im|i am|i)"
            r"\b|\b(?:asking|asks|asked|ask)\s+(?:me\s+)?for\s+(?:sex|favours|a blow\w*|nudes|pics)\b"),
    (ABUSE, r"\b(?:get|gets|got|getting)\s+(?:a\s+)?(?:slap|smack|beating|kicking|hiding|clip round the ear|punch|"
            r"belting|whack"
            r"|dig|good hiding)\b|\b(?:sex|slept|sleep|sleeping)\s+(?:with\s+\w+\s+)?for\s+(?:a place|a bed|a room|"
            r"somewhere|a roof"
            r"|a sofa|money|gear|drugs|a night)\b"),
    (ABUSE, r"\b(?:not|aint|never|isnt)\s+allowed\s+(?:a|my own|any|to have)\s+(?:bank|phone|money|account|friends|key"
            r"|job"
            r"|card)\b|\b(?:tied|ties|tying)\s+me\s+up\b"),
    (ABUSE, r"\b(?:prove|show|tell|report|send)\w*\s+(?:to\s+)?(?:him|her|them)?\s*(?:\w+\s+){0,3}?where\s+i\s+(?:am|"
            r"was|go"
            r"|been|have been)\b|\b(?:send|sends|sent)\s+(?:him|her)\s+(?:a\s+)?(?:pic|pics|photo|photos|selfie|video|"
            r"my"
            r" location)\b[^.!?]{0,30}\b(?:every|prove|or)\b|\b(?:found|finds|knows|got)\s+(?:out\s+)?my\s+(?:new\s+)?"
            r"(?:address|flat|number|place|room|location)\b|\b(?:messages|calls|texts)\s+from\s+(?:new|different"
            r"|unknown|withheld|private|fake)\s+(?:numbers|accounts)\b"),
    (ABUSE, r"\b(?:no one|nobody|noone)\s+(?:will|would|is going to)\s+believe\s+me\b|\b(?:hell|he will|shell|she will"
            r"|theyll|hed|shed|he would|she would)\s+(?:get|take|have|keep)\s+(?:the|my)\s+(?:kids|children|baby|son"
            r"|daughter)\b"),
    (ABUSE, r"\b(?:isolat\w*|cuts?|cutting|cut)\s+me\s+(?:off\s+)?(?:from|off)\b|\b(?:times|timing|timed|counts|"
            r"clocks)\s+"
            r"(?:how long|when|me)\b"),
    (ABUSE, r"\bknows?\s+(?:all\s+)?(?:my|where i|where we|every|exactly where)\s*(?:movements|move|live|go|am|are|work"
            r"|sleep|stay|went)?\b"),
    (ABUSE, r"\b(?:keeps?|kept|always|still|again)\s+(?:on\s+)?(?:turning|showing|coming|rocking|popping)\s+up\b"
            r"|\b(?:turns?|turning|turned|shows?|showing|showed|comes?|coming|came|waits?|waiting|waited|hangs? about|"
            r"hanging"
            r" about|hanging around)\s+(?:up\s+)?(?:at|outside|by|round)\s+(?:my|the)\s+(?:work|school|house|flat|door"
            r"|hostel|refuge|kids school|school gate|gate|window|job|mums|mams|place|room)\b"),
    (ABUSE, r"\b(?:leav\w*|left|send\w*|sent|post\w*)\s+(?:me\s+)?(?:notes?|letters?|messages?|flowers|things|stuff)\b"
            r"[^.!?]{0,40}\b(?:know where|watching|saying they|saying he|saying she|on my car|through my door|threat)"),
    (ABUSE, r"\b(?:made|makes|make|making|forced|forces|forcing)\s+me\s+(?:give|hand|tell|show|share|sign|transfer)"
            r"\s+(?:him|her|them|over)?\s*(?:all\s+)?(?:my|me|the)\b"),
    (ABUSE, r"\b(?:threaten\w*|threats?)\s+(?:to\s+)?(?:tell|report|take|leave|get me|have me|out me|share|post|send|"
            r"ring"
            r"|grass|call|kick me|throw me|make me|put me|take the kids|lie|stop)\b|\bso i get recalled\b"),
    (ABUSE, r"\b(?:changes?|changed|changing)\s+(?:the|my)\s+(?:wifi|passwords?|locks|pin)\b|\bso i (?:cant|cannot)"
            r" (?:contact|see|talk to|ring|call|leave|get out|phone|message|go)\b"),
    (ABUSE, r"\b(?:accuses?|accused|accusing)\s+me\s+of\b|\bpunish(?:es|ed|ing)?\s+me\b|\bthere(?:d| would| will|ll)"
            r"\s+be\s+(?:consequences|hell to pay|trouble)\b|\bif (?:he|she|they) (?:found out|saw|sees|finds out|"
            r"knew)"),
    (ABUSE, r"\b(?:says|said|tells|told|calls|calling|called)\s+me\s+(?:im|i am|i was)?\s*(?:not capable|useless|"
            r"worthless"
            r"|mad|crazy|nothing|a bad mum|an unfit|unfit|stupid|fat|ugly|a slag|a whore|a slut)"),
    (ABUSE, r"\b(?:locks?|locked|locking)\s+me\s+(?:in|out)\b|\b(?:hid|hides|hidden|took|takes|taken|smashed|smashes)"
            r"\s+(?:my|me)\s+(?:meds|phone|keys|passport|shoes|charger|sim)\b"),
    # sexual harm
    (ABUSE, r"\b(?:rape|raped|raping|rapist|sexual(?:ly)?\s+(?:assault\w*|abus\w*|harass\w*|exploit\w*)|molest\w*"
            r"|groped|groping|gropes|spiked|spiking|indecent\w*|flash(?:ed|es|ing) (?:me|at me)|upskirt\w*|"
            r"revenge porn)\b"),
    (ABUSE, r"\b(?:touch(?:es|ed|ing)?|grab(?:s|bed|bing)?|feel(?:s|ing)? me up|felt me up|rubs?|rubbed|rubbing)\s+"
            r"(?:me|my\s+(?:bum|arse|ass|breasts?|boobs?|tits|chest|legs?|thighs?|body|privates|crotch))\b"),
    (ABUSE, r"\b(?:made|makes|make|making|forced|forces|forcing|pressured|pressures|pressuring|"
            r"expects?)\s+me\s+(?:to\s+)?"
            r"(?:have sex|do (?:things|stuff|it|sexual|favours)|sleep with|give (?:him|them)|watch porn|send (?:pics|"
            r"nudes"
            r"|photos)|go with|touch)\b|\b(?:things|stuff) in bed\b|\bdo things (?:for|to|with) (?:him|her|them)\b"),
    (ABUSE, r"\b(?:sex|sexual|favours|favors|stuff|things|it)\s+(?:for|in exchange for|in return for|to pay for|"
            r"instead of)"
            r"\s+(?:a|the|my|somewhere|gear|drugs|rent|money|a place|a bed|a room|a roof|a lift|lifts|credit|food|"
            r"a sofa"
            r"|the rent|a fix)|\bother ways (?:i|to|you) (?:can )?pay\b|\bpay (?:it |him |them )?(?:back )?(?:in|with)"
            r" (?:other ways|sex|kind|favours)\b|\bdo(?:ing)? (?:him |them )?favours\b"),
    (ABUSE, r"\b(?:offer|offers|offered|offering|pay|pays|paid|give|gives|gave)\s+me\s+(?:money|cash|gear|drugs|a bed"
            r"|somewhere|a place|a room|a lift|lifts|free \w+|\w+ quid)\b[^.!?]{0,40}\b(?:if i|and i go|to go|for|in"
            r" return|favours|with them)\b|\b(?:sex work|selling myself|sell myself|on the game|punters?|escorting)\b"),
    (ABUSE, r"\b(?:films?|filmed|filming|photos? of|pictures? of|pics of|videos? of|record\w*)\s+(?:me|"
            r"of me)\b[^.!?]{0,40}"
            r"\b(?:when|while|naked|in the|out of it|asleep|without|and (?:sends?|sent|shares?|shared|posts?|posted))"
            r"|\b(?:nudes?|naked (?:pics|photos|pictures))\b[^.!?]{0,30}\b(?:of me|share|send|post)"),
    (ABUSE, r"\b(?:waits?|waiting|waited|hangs? (?:about|around)|lurk\w*|stands?|standing)\s+(?:around\s+)?(?:outside|"
            r"by)"
            r"\s+(?:the\s+)?(?:showers?|toilets?|bathroom|loos?|my room|my door|changing)\b"),
    (ABUSE, r"\b(?:comes?|came|coming|walks?|walked|walking|lets? (?:himself|herself|themselves)|gets?|got|barges?"
            r"|barged|creeps?|crept|creeping)\s+(?:in|into)\s+(?:my|the)?\s*(?:room|bedroom|shower|bathroom|bed|dorm"
            r"|cubicle|tent)?\s*(?:without|when im|while im|at night|in the night|uninvited|and)\b"
            r"|\b(?:men|man|blokes?|lads?|people|he|someone)\s+(?:\w+\s+)?(?:comes?|coming|came|go|"
            r"going)\s+in\s+(?:and\s+out"
            r"\s+)?(?:of\s+)?my\s+(?:room|bed|tent)\b"),
    (ABUSE, r"\b(?:his|a|their|her)\s+hands?\s+(?:in|up|down|inside|on)\s+my\s+(?:sleeping bag|top|skirt|trousers|pants"
            r"|knickers|bed|clothes|leg|thigh|bum)\b|\b(?:in|into|under)\s+my\s+(?:sleeping bag|covers|duvet)\b"),
    (ABUSE, r"\b(?:had to|have to|has to|made to|forced to|got to|made me|makes me|make me|expects me to|"
            r"expected to)\s+"
            r"(?:sleep with|have sex with|shag|go with|do stuff with|do things with|be with|give \w+ a|suck|touch)\b"
            r"|\bif i (?:sleep|slept|go|went|have sex|do stuff|do things) with\b|\b(?:wants?|expects?|asking for|"
            r"asks for"
            r"|asked for|demands?)\s+(?:sex|a blow\w*|favours|it|a shag|pics|nudes)\b[^.!?]{0,30}\b(?:when|if|for|or|"
            r"instead"
            r"|cant pay|short)\b"),
    (ABUSE, r"\bforc(?:es|ed|ing) (?:me|himself on me|herself on me|themselves on me)\b|\b(?:when|even when|after|"
            r"though)"
            r" i (?:say|said|says|told him|tell him) no\b|\bi said no and\b|\bsends? (?:me\s+)?(?:pics|photos|videos"
            r"|pictures) of (?:himself|his)\b|\bsays? im next\b"),
    (ABUSE, r"\b(?:keeps?\s+)?(?:asking|asks|asked|tells|told|wants|trying to get|tries to get|"
            r"pressur\w*)\s+me\s+(?:to\s+"
            r"(?:come|go|get)\s+)?(?:to|into|in|back to|round)\s+(?:his|their)\s+(?:car|room|flat|place|van|office|"
            r"house)\b"
            r"|\b(?:coming|come|came|comes|walk\w*|barg\w*)\s+in(?:to)?\s+the\s+(?:womens\s+|girls\s+|ladies\s+)?"
            r"(?:bathroom|showers?|toilets?|changing room)\b|\b(?:watching|watch|watches|staring|stares|filming)\s+"
            r"(?:us|me)\s+(?:in the|when|while|shower|get)\b"),
    (ABUSE, r"\bpay\w*\b[^.!?]{0,20}\b(?:a |another |in a )?(?:different|other) ways?\b|\b(?:trying|tries|tried|tries)"
            r"\s+(?:my|the)\s+(?:handle|door|lock)\b|\bat [1-5] ?am\b[^.!?]{0,30}\b(?:door|room|handle)\b"),
    (ABUSE, r"\b(?:keeps?|kept|always)\s+(?:coming|walking|barging|letting himself|wandering)\s+in(?:to)?\s+(?:my|"
            r"the)\s+"
            r"(?:room|bedroom|shower|showers|bathroom|tent|cubicle|dorm)\b"),
    (ABUSE, r"\b(?:cant|cannot|cant even|unable to|no way to)\s+lock\s+(?:it|my|the)\b|\bno lock on (?:my|the) door\b"),
    (ABUSE, r"\b(?:watch(?:es|ed|ing)?|look(?:s|ed|ing)? at)\s+me\s+(?:shower|undress|change|sleep|in the shower|"
            r"getting)"
            r"|\b(?:inappropriate\w*|in ways that|in a way that)\b[^.!?]{0,20}\b(?:arent right|isnt right|not right|"
            r"with me"
            r"|to me|towards me|me)\b|\btouches me in\b"),
)
