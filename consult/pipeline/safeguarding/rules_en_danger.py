"""English rules for a child at risk, criminal exploitation and danger happening now.

Exploitation is how it is lived, rarely named: made to hold or carry things, a debt to a dealer
that never ends, a flat taken over ("cuckooing"), a bank account "rented". Normalised text only.
"""

from __future__ import annotations

from consult.pipeline.safeguarding.verdict import CHILD, DANGER, EXPLOITATION

KID = (
    r"(?:kids?|kiddies|child|children|son|sons|daughter|daughters|baby|babys|babies|bairns?|toddler|little\s+one|"
    r"little ones"
    r"|little (?:lad|girl|boy|un)|my lad|my boy|my girl|my girls|my boys|grandkids?|grandson|granddaughter|"
    r"grandchild(?:ren)?"
    r"|niece|nephew|stepson|stepdaughter|newborn|infant|teenager|youngest|eldest|oldest|(?:\d{1,2}|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) ?(?:(?:yr|year|month)s? old|yo|y/o|"
    r"yrs?\b))"
)
_THEY = (
    r"(?:they|theyre|theyve|theyll|he|hes|she|shes|them|the lads|lads|the dealers?|dealers?|the gang|a gang|people"
    r"|the man|the men|the guy|a group|the group|the olders|olders|elders)"
)
_RUN = (
    r"(?:sell|selling|sold|deal|dealing|shot|shotting|run|runs|running|do (?:runs|drops|deliveries|shifts|jobs|a run|"
    r"a drop"
    r"|trap|stuff)|doing (?:runs|drops|deliveries|shifts|jobs|trap|stuff)|drops?|carry|carrying|carried|hold|holding|"
    r"held"
    r"|stash|stashing|keep|keeping|kept|plug|plugging|plugged|bank|banking|shoplift\w*|steal|stealing|nick|nicking|rob"
    r"|robbing|move|moving|collect|collecting|deliver\w*|cook|cooking|bag up|bagging|grow|growing|look after|mind|"
    r"minding"
    r"|work the line|the line|go out|trips?|hide|hiding|hid|store|storing|bury|burying)"
)

_HURT = (
    r"(?:hit|hits|hitting|beaten|beat|beats|battered|batters|punch\w*|kick(?:s|ed|ing)|slap\w*|smack(?:s|ed|ing)"
    r"|strangl\w*|chok\w*|rap(?:e|ed|es|ing)|assault\w*|abus(?:e|ed|es|ing)|hurt|hurts|hurting|attack\w*|stab\w*"
    r"|touch(?:es|ed|ing)|grope[sd]?|burn(?:s|t|ed)|shook|shaken|shakes|neglect\w*|groom\w*|exploit\w*|threaten\w*"
    r"|locked (?:in|up|out)|starv\w*|thrown|threw|throws)"
)

RULES: tuple[tuple[str, str], ...] = (
    # a child at risk
    (CHILD, r"\b" + KID + r"\b[^.!?]{0,40}?\b(?:is|are|was|were|being|been|gets?|got|keeps? getting)\s+(?:\w+\s+)?"
            + _HURT
            + r"\b"),
    (CHILD, r"\b" + _HURT + r"\s+(?:(?:my|the|our|her|his|their|me)\s+)?(?:little\s+)?" + KID + r"\b"),
    (CHILD, r"\b" + KID + r"\b[^.!?]{0,60}\b(?:he|she|they|hes|shes|partner|boyfriend|fella|dad|stepdad|"
                          r"step dad)\s+(?:\w+\s+)?"
            + _HURT + r"\s+(?:them|him|her)\b|\b(?:smoke|smoking|using|use|inject\w*|drinking|high|off my face|stoned|"
                      r"wasted"
            r"|pissed|drunk|dealing|cooking)\b[^.!?]{0,40}\b(?:with|around|in front of|near)\s+(?:the|my|our)\s+"
            + KID),
    (CHILD, r"\btoo\s+(?:high|drunk|wasted|out of it|stoned|off my face|mashed|gone|pissed)\s+to\s+(?:notice|"
            r"look after|wake"
            r"|hear|care|see|watch|feed)|\b(?:lips|face|skin)\s+(?:went|go|going|turned|turning|were|"
            r"was)\s+(?:a bit\s+)?"
            r"(?:blue|grey|purple)\b|\b" + KID + r"\b[^.!?]{0,50}\b(?:inhaler|temperature|fever|not breathing|fitting"
            r"|seizure|floppy|wont wake|rash|home alone|on their own again|by themselves|hasnt been fed|too out of it|"
            r"too high|too drunk|too wasted|shak\w* (?:her"
            r"|him|them)|shook (?:her|him|them)|needles|syringes|no heat|"
            r"scared to go|frightened to go|terrified to go|refuses to go|"
            r"doesnt want to go|sleeping in (?:their|his|her) coats|in (?:their|his|her) coats|freezing|"
            r"touch\w* (?:her|him"
            r"|them)|(?:hurts|hits|hit|smacks|beats) (?:her|him|them))\b"),
    (CHILD, r"\b(?:no|nothing|not enough|run out of|ran out of)\s+(?:food|milk|formula|nappies|heating|electric|gas|"
            r"money)"
            r"\s+(?:\w+\s+)?(?:for|to feed)\s+(?:the|my|our)\s+" + KID + r"\b|\b(?:has|got|took|taken|snatched|grabbed"
                                                                         r"|holding)"
            r"\s+(?:my|the|our)\s+(?:baby|kids|son|daughter|children|little \w+)\b[^.!?]{0,40}\b(?:says|said|wont|"
            r"threat|drive"
            r"|going to|gonna|knife)\b"),
    (CHILD, r"\b(?:giving|gives|gave|buying|buys|bought|offering|offers|sending|sends)\s+(?:my|the|our|her|"
            r"his)\s+(?:little\s+)?"
            + KID + r"\s+(?:sweets|money|cash|gifts|presents|a phone|phones|vapes|drink|alcohol|weed|lifts|trainers|"
                    r"clothes)\b"
            r"|\b(?:asking|asks|asked|invit\w*)\s+(?:her|him|them)\s+(?:in|round|inside|over|to his|back)\b"
            r"|\b(?:older|olders|elders|older lads|older men|grown men)\b[^.!?]{0,60}\b" + KID + r"|\b" + KID
            + r"\b[^.!?]{0,60}\b(?:older lads|olders|elders|older men|grown men|sent out of town|out of town|"
              r"county)\b"),
    (CHILD, r"\b" + KID + r"\b[^.!?]{0,50}?\b(?:not safe|unsafe|in danger|at risk|left alone|on (?:his|her|their) own"
            r"|scared of (?:him|her|them|his|her)|terrified of|flinch\w*|violent|abusive|aggressive|going hungry|"
            r"no food"
            r"|havent eaten|hasnt eaten|not eaten|not been fed|havent been fed|nothing to eat|bruises?"
            r"|bruised|marks on|burns on|wetting the bed|wets the bed|keeps? secrets?|keep (?:a )?secrets?|two phones|"
            r"2 phones"
            r"|goes missing|going missing|gone missing|went missing|missing from"
            r"|wheez\w*|mould|no heating|electric is off|gas is off|sleeping on the floor|with (?:dealers|users"
            r"|a man|older)|hanging (?:round|around|out) with|met (?:a|some) (?:man|guy|bloke|lad)"
            r")\b"),
    (CHILD, r"\b(?:shook|shakes|shaking|shake|dropped|smothered|locked|locks)\s+(?:the|my|our|her|his)\s+(?:baby|" + KID
            + r")\b"),
    (CHILD, r"\b(?:leav\w*|left|leave)\s+(?:the|my|our|them|him|her)\s*(?:" + KID + r")?\s*(?:alone|home alone|"
                                                                                    r"on (?:their"
            r"|his|her) own|by themselves|by (?:him|her)self|in the car|with (?:a|someone|my|his|her|this|some|him|them"
            r"|strangers|anyone)|to go|and go|while i|when i)"),
    (CHILD, r"\b(?:cant|cannot|not|struggling to|unable to)\s+(?:cope|look after|feed|keep|"
            r"protect)\s+(?:with\s+)?(?:the|my"
            r"|our)?\s*" + KID + r"|\b(?:makes?|made|making)\s+(?:her|him|them)\s+keep\s+(?:a\s+)?secrets?\b|"
                                 r"\bour little"
            r" secret\b"),
    (CHILD, r"\b(?:man|men|bloke|guy|someone|older \w+|adult|stranger)\s+(?:\w+\s+){0,2}(?:online|on snap\w*|"
            r"on insta\w*"
            r"|on tiktok|on the internet|on facebook|on discord|on roblox|on fortnite|on xbox)\b"
            r"|\b(?:wants?|asking|asked|asks|getting|got)\s+(?:her|him|them)\s+to\s+(?:get on a train|meet|send|come|"
            r"go|stay"
            r"|keep|delete|lie)\b"),
    (CHILD, r"\b(?:found|finding|playing with|picked up|touched|got hold of|swallowed|ate)\s+(?:a\s+)?(?:needles?|"
            r"syringes?"
            r"|sharps|gear|drugs|foil|pills|tablets|my meds|methadone|a spoon|crack|weed|the stash|bags)\b"),
    (CHILD, r"\b(?:dealers?|users?|people using|junkies|smackheads|the lads)\b[^.!?]{0,60}\b" + KID
            + r"|\b" + KID + r"\b[^.!?]{0,60}\b(?:dealers?|using again|heroin|crack|off his head|off her head"
            r"|smacked up|gear)\b"),
    (CHILD, r"\b(?:dealing|selling drugs|cooking|smoking crack|using gear|injecting)\b[^.!?]{0,50}\b" + KID + r"\b"),
    (CHILD, r"\b(?:im|i am|she is|shes|he is|hes|they are|theyre|my \w+ is|my \w+s)\s+(?:only\s+)?(?:1[0-7]|under ?age"
            r"|underage|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?:\s+(?:years?|yrs?|yo))?(?:\s+old)?\s*(?:and|,"
            r"|but)"
            r"|\bunderage\b|\b(?:cse|cce)\b|\bchild (?:sexual |criminal )?exploitation\b|\bgroom(?:ed|ing|s)?\b"),
    # criminal exploitation
    (EXPLOITATION, r"\bcounty\s*lines?\b|\bcuckoo(?:ed|ing|s)?\b|\btrap\s*(?:house|phone|line|shifts?)\b|"
                   r"\bmoney mules?\b"
                   r"|\bmuling\b|\bmodern slavery\b|\btraffick\w*|\bdebt bondage\b|\bdrug debt\w*|\bdebt on my head\b"
                   r"|\bplugg(?:ing|ed)\b|\bkeister\w*"),
    (EXPLOITATION, r"\b(?:made|make|makes|making|force[sd]?|forcing|got|gets|get|getting|have|has|had|got to|gotta"
                   r"|need me to|want me to|wants me to|tell me to|told me to|send me to|sent me to|use me to|"
                   r"used me to"
                   r"|using me to|pressure me to)\s+(?:me|us|(?:my|his|her|"
                   r"our)\s+(?:\w+\s+){1,2}?)?\s*(?:to\s+)?(?:go\s+(?:out\s+)?(?:and\s+)?)?" + _RUN
                   + r"\b[^.!?]{0,40}\b(?:for them|for him|for the|or (?:they|else|hell|he)|every|at night|cant say no"
                   r"|no choice|to pay|on the estate|for (?:some|a|older\w*|the olders)|olders|elders|cos i owe|"
                   r"because i owe|gear|drugs|packages?|parcels?|bags|weapons?|knives|guns?|stuff|the phone"
                   r"|line|order|shifts|runs|drops|train|trap|inside me|county)"),
    (EXPLOITATION, r"\b(?:olders|elders|dealers?|gang|the lads|older lads|older boys|they)\b[^.!?]{0,40}\b(?:got|"
                   r"have got|make"
                   r"|makes|made|making|use|uses|using|used|send|sends|sent|get|gets)\b[^.!?]{0,25}\b" + _RUN + r"\b"),
    (EXPLOITATION, r"\b(?:i|im|ive)\s+(?:have to|got to|gotta|has to|had to|been made to|being made to|been forced to"
                   r"|being forced to)\s+" + _RUN + r"\b|\b(?:being|been|was|got|get|keep getting)\s+(?:made|forced|"
                                                    r"told"
                   r"|pressured|used)\s+to\s+" + _RUN + r"\b"),
    (EXPLOITATION, r"\b(?:i|we)\s+(?:now\s+)?(?:do|run|hold|carry|sell|stash|mind|keep)\s+(?:\w+\s+)?(?:for them|"
                   r"for him"
                   r"|for the lads|for the dealers?|for the olders|to pay (?:it|them|him|off|back))"
                   r"|\b(?:for them|for him|to pay (?:it|them|him) (?:back|off))\b[^.!?]{0,30}\b(?:every day|cant stop"
                   r"|no choice"
                   r"|or else|forever|threat|hurt|owe)"),
    (EXPLOITATION, r"\b(?:owe|owes|owed|owing|in debt to|debt to|pay back|paying back|pay it back|pay off|"
                   r"paying off)\s+"
                   r"(?:them|the lads|lads|dealers?|a dealer|my dealer|the dealer|people|him|the man|the guy|a gang|"
                   r"the gang"
                   r"|some people|these people|some lads|money to)\b|\blads i owe\b|\b(?:people|lads|men|"
                   r"dealers?) i owe\b"
                   r"|\bi owe them\b|\b(?:cos|coz|cause|because|as) i owe\b|\bdebt\b[^.!?]{0,20}\b(?:keeps? going up|"
                   r"goes up"
                   r"|doubles|doubled|grows|interest|every week)\b|\b(?:they|he)\s+(?:say|says|said|reckon)\s+(?:im|"
                   r"i am|i)\s+"
                   r"(?:working|work)\s+for\s+(?:them|him)\b|\b(?:no|dont have a|"
                   r"havent got a)\s+say\s+(?:in\s+)?(?:who|what)"
                   r"|\bcome for (?:their|his|the) (?:cut|money|share)\b|\b(?:tax|taxed|taxing)\s+(?:me|my)\b"),
    (EXPLOITATION, r"\b(?:free|gave me|give me|gives me|on)\s+(?:gear|drugs|tick|weed|crack|smack|spice|a bag)\b"
                   r"[^.!?]{0,60}\b(?:pay|owe|runs|work|sell|drops|debt)\w*"),
    (EXPLOITATION, r"\b" + _THEY + r"\s+(?:\w+\s+)?(?:rent|renting|rented|use|using|used|took|taken|take|takes|have|"
                                   r"has|got"
                   r"|keep|keeps|kept|run|running)\s+(?:my|me)\s+(?:bank account|account|bank|card|bank card|flat|"
                   r"place|house"
                   r"|home|room|bedsit|id|passport|phone|address|name|benefits|kitchen)\b"),
    (EXPLOITATION, r"\b(?:stash|stashes|stashing|stashed|store|storing|stored|keep|keeping|kept|hide|hiding|hid|hidden"
                   r"|leave|leaving|left)\s+(?:their\s+|his\s+|the\s+)?(?:weapons|guns?|knives|knife|machetes?|drugs|"
                   r"gear"
                   r"|stuff|packages?|parcels?|bags|money|cash|things|phones?)\s+(?:in|at|under|round)\s+(?:my|me)\b"),
    (EXPLOITATION, r"\b(?:package|parcel|drugs|gear|bags?|stuff|it)\s+(?:up\s+)?inside\s+me\b"),
    (EXPLOITATION, r"\b(?:took|taken|take|takes|taking|moved|moving|move|living|live|lives|staying|stay|stays|using|use"
                   r"|uses|used|runs?|running|selling|dealing|cooking|bagging)\s+(?:over\s+|in\s+|into\s+|from\s+|"
                   r"out of\s+)?"
                   r"(?:my|me)\s+(?:flat|place|house|home|bedsit|room|kitchen|gaff|yard|pad)\b(?! (?:with|for) (?:my|"
                   r"me|help))"
                   r"|\b(?:running|selling|dealing|cooking|bagging|stashing|storing)\b[^.!?]{0,20}\b(?:from|out of|in|"
                   r"at)\s+"
                   r"(?:my|me)\s+(?:flat|place|house|home|bedsit|room|kitchen|gaff|loft)\b"
                   r"|\b(?:got|have|has|had)\s+(?:a\s+)?(?:keys?|key cut|keys cut)\b[^.!?]{0,20}\b(?:cant stop|my flat"
                   r"|my place|theyre selling|selling)|\bgot keys cut\b|\bsofa (?:now )?in my own\b"),
    (EXPLOITATION, r"\b(?:moved|sent|took|taken|taking|brought|drove)\s+me\s+to\s+(?:a|another|some|their|this)?\s*"
                   r"(?:flat|city|town|house|place)\b|\b(?:took|taken|take|takes|kept|keeps|has|have|got)\s+(?:my|me)"
                   r"\s+(?:id|passport|documents|papers|visa|brp)\b"),
    (EXPLOITATION, r"\b(?:send|sends|sent|sending|take|takes|took|drive|drives|drove)\s+me\s+(?:to|round|"
                   r"out to)\s+(?:other"
                   r"|another|different)\s+(?:towns?|cities|city|places|areas)\b"),
    (EXPLOITATION, r"\bwork\s+(?:it\s+|the debt\s+|my debt\s+)?off\b|\bwork off (?:my|the|what i owe)\b|"
                   r"\bpay (?:off )?(?:my|the)"
                   r"\s+debt\s+(?:off\s+)?by\b"),
    (CHILD, r"\b(?:comes?|coming|goes|going|went|came|gets?|getting|got)\s+in(?:to)?\s+(?:her|his|their)\s+(?:room|bed"
            r"|bedroom)\b"
            r"[^.!?]{0,25}\b(?:night|scared|when|asleep)\b"),
    (EXPLOITATION, r"\b(?:cant|cannot|couldnt|unable to|too scared to|afraid to)\s+(?:say no|stop them|get out|leave it"
                   r"|tell (?:anyone|my po|my worker|probation|the police)|close it|refuse)\b"),
    (EXPLOITATION, r"\bor\s+(?:they|else|hell|he|theyll|theyd|they will|they would)\s*(?:will|would|d|ll)?\s*(?:hurt|"
                   r"do|kill"
                   r"|batter|stab|come for|come after|get|find|burn|take|smash|break)\b"),
    # danger now
    (DANGER, r"\b(?:he|she|they|someone|somebody|my \w+|the lads|lads|men|a man|the man|a guy|people|some lads|some"
             r" men|\w+ i owe)\s*(?:is|are|s|re|has|have|just)?\s*(?:now\s+|still\s+)?(?:outside (?:my|the|our) (?:door"
             r"|flat|house|window|room|building|hostel|place|refuge|work)|outside (?:right )?now|at (?:my|the) (?:door"
             r"|window|front door|back door)|on (?:his|her|their|the) way (?:with|round|over|here|to (?:get|kill|hurt|"
             r"do))"
             r"|in the (?:hallway|hall|front room|house now|flat now|stairwell)|coming (?:for me|after me|round to|"
             r"back for)"
             r"|looking for me|waiting for me|waiting outside|banging on|kicking (?:the|my|in)|smashing (?:the|my|up)"
             r"|trying (?:to get in|the door|the handle|to break in|the back|the front))\b"),
    (DANGER, r"\b(?:hes|shes|theyre|he is|she is|they are|someone is|someones)\s+(?:sat\s+|parked\s+)?(?:watching|"
             r"outside"
             r"|parked outside|parked across|sat outside)\s+(?:the|my|our)\s+(?:house|flat|place|window|door|room|"
             r"building)"
             r"|\b(?:driv|drive|crash|jump|go|drown)\w*\s+(?:us\s+|me\s+|them\s+|the car\s+)?(?:into|off|in)\s+(?:the|"
             r"a)\s+(?:river"
             r"|canal|sea|wall|bridge|cliff|lake|reservoir|quarry)\b"),
    (DANGER, r"\b(?:hes|shes|theyre|theyve|he is|she is|they are)\s+(?:here|back|outside|in the \w+|coming|on (?:his|"
             r"her"
             r"|their) way|looking for me|after me)\b|\bhes here\b|\bshes here\b"),
    (DANGER, r"\b(?:kicking|banging|smashing|hammering|pounding|booting|trying|rattling|trying to open)\s+(?:on\s+|"
             r"in\s+)?"
             r"(?:the|my|our)\s+(?:door|doors|windows?|letterbox|back door|front door)\b|\b(?:smash|smashing|"
             r"smashed)\s+"
             r"(?:the|my|up the|up my)\s+(?:windows|door|place|flat|car|room)\b"),
    (DANGER, r"\b(?:hiding|hid|hidden|locked myself|barricaded|shaking)\s+(?:in|under|behind|inside)\s+(?:the|my|a)\b"
             r"|\b(?:locked|trapped|stuck|shut)\s+in\s+(?:the|a|his|her|their)\s+(?:car|room|flat|house|boot|van|"
             r"bathroom"
             r"|bedroom|toilet)\b[^.!?]{0,20}\b(?:with (?:him|her|them)|he|she|they)"),
    (DANGER, r"\bsmash\w*\s+(?:everything|the place|things|stuff|it all)\b|\b(?:im|i am)\s+(?:hiding\s+|"
             r"locked\s+)?in\s+the"
             r"\s+(?:bathroom|bedroom|toilet|cupboard|loo|wardrobe)\b[^.!?]{0,20}$"),
    (DANGER, r"\blips\s+(?:are|is|went|go|going|turned|turning|were)\s+(?:a bit\s+|all\s+)?(?:blue|grey|purple)\b|"
             r"\bunconscious\b"
             r"|\b(?:cant|cannot|can not)\s+(?:wake|rouse)\s+(?:him|her|them)\b|\b(?:hes|shes|"
             r"theyre)\s+not\s+breathing\b"),
    (DANGER, r"\b(?:hes|shes|theyve|theyre|he has|she has|they have)\s+found\s+me\b|\b(?:downstairs|outside|"
             r"upstairs)\s+"
             r"(?:shouting|banging|screaming|waiting)\b|\bshouting my name\b"),
    (DANGER, r"\b(?:cant|can not|cannot)\s+(?:breathe|get out|escape|get away)\b|\b(?:please\s+)?(?:hurry|come quick"
             r"|send (?:someone|help|the police|police)|call (?:999|the police|an ambulance|police))\b|"
             r"\bhelp me(?=\W*$|\s+"
             r"(?:please|plz|pls|now|quick|hes|shes|theyre|someone))|\bplease help(?: me)?\W*$|"
             r"\bplease help me\b(?! (?:with"
             r"|fill|to|get|find|sort))"),
    (DANGER, r"\b(?:with|has|got|holding|pulled|waving|carrying|brought|grabbed|picked up|pulling out)\s+(?:a|his|her"
             r"|their|the)\s+(?:knife|blade|machete|gun|weapon|bat|hammer|axe|crowbar|shooter|pistol|rifle|shotgun|acid"
             r"|petrol|lighter)\b|\b(?:petrol|acid) (?:through|in|on|over|at)\b|\bwith petrol\b"),
    (DANGER, r"\b(?:im|i am|am|we are|were)\s+(?:in danger|not safe|unsafe)\b|\b(?:dont|do not|dont)\s+feel\s+"
             r"safe\b|\b(?:fear|scared|afraid|frightened)\s+for\s+my\s+(?:life|safety)\b|\bnowhere safe\b|"
             r"\bin danger\b"),
    (DANGER, r"\b(?:took|taken|swallowed|had|done|necked)\b[^.!?]{0,40}\b(?:\d+|ten|twenty|thirty|few|couple of|an|a|"
             r"half an)\s*"
             r"(?:mins?|minutes|hours?|hrs?)\s+ago\b|\bjust turned up\b|\bturned up at\b|\bhe(?:s|"
             r" is)? shouting for me\b"),
    (DANGER, r"\b(?:driving|drives|drove)\s+(?:really\s+)?(?:fast|like a maniac|dangerous\w*|at me)\b|"
             r"\bwont let me out\b"
             r"|\bwont let me leave\b"),
)
