"""Welsh rules for risk to the writer's own life: suicide, self-harm and overdose.

Written for the normalised form: no accents, no apostrophes ("dw i'n" -> "dw in", "i'r" -> "ir",
"â" -> "a"), hyphens as spaces ("hunan-niweidio" -> "hunan niweidio"). Mutations are spelt out
(lladd/ladd, marw/farw, torri/dorri/nhorri, tabledi/dabledi/nhabledi), northern and southern forms
side by side (isio/eisiau/moyn, rwan/nawr), and texting forms ("dwi", "isio", "di", "cal").
"""

from __future__ import annotations

from consult.pipeline.safeguarding.verdict import DANGER, SUICIDE

HUN = r"(?:(?:fy|fyn|yn|n|y|fi|f)\s*)?hun(?:an)?\b"
_WANT = r"(?:isio|eisiau|eisio|isie|ishe|moyn|mo yn|mofyn|am|awydd|dymuno|ysu|eisie|isho)"
_NOT = r"(?:ddim|dim|sa i|sai|smo fi|so fi|sa fi|dwi ddim|dw i ddim|dydw i ddim|nid wyf|ni)"
DRUG_CY = (
    r"(?:tabled\w*|dabled\w*|nhabled\w*|thabled\w*|pils|bils|mhils|philsen|pilsen|bilsen|moddion|foddion|meddyginiaeth"
    r"|feddyginiaeth|cyffuriau|gyffuriau|nghyffuriau|methadon\w*|paracetamol|parasetamol|ibuprofen|pregabalin|"
    r"bregabalin"
    r"|lithiwm|lithium|diazepam|co codamol|sbeis|spice|heroin|morffin|pils cysgu|tabledi cysgu|insiwlin|inswlin|stwff"
    r"|dos|pecyn|paced|gweddill|meds|fy meds)"
)
_QTY_CY = (
    r"(?:i gyd|llond llaw|lond llaw|yr holl|holl|gormod|bocs|focs|bocsys|focsys|paced|pecyn|becyn|potel|botel|y cwbl"
    r"|y cyfan|bob un|pob un|pob|oedd gen i|mwy nag arfer|\d+|dwsin|llwyth|lwyth|stoc|pentwr|bentwr|hanner|ddwbl|dwbl|"
    r"y gweddill)"
)
_BODY_CY = (
    r"(?:mraich|mreichiau|mreichie|mraich|nghoes|nghoesau|nghoese|nghluniau|nghlun|ngarddwrn|arddwrn|arddyrnau|"
    r"ngarddyrnau"
    r"|nghroen|nghorff|stumog|mol|mola|nwylo|llaw|wyneb|ngwddf|mrest|nghefn)"
)

RULES: tuple[tuple[str, str], ...] = (
    (SUICIDE, r"\bhunan\s?l?ladd\w*|\bhunanleidd\w*|\bhunan\s?leidd\w*"),
    (SUICIDE, r"\b(?:l?ladd|nladd|grogi|crogi|nghrogi|boddi|foddi|saethu|gwenwyno|wenwyno|taflu|daflu|gorffen|"
              r"orffen)\s+"
              + HUN),
    (SUICIDE, r"\b" + _WANT + r"\s+(?:cael\s+)?(?:marw|farw|bod yn farw|bod wedi marw|diflannu|peidio bod|peidio deffro"
              r"|cysgu am byth|mynd i gysgu a peidio|gorffen (?:hi|y cyfan|popeth|bopeth|fy mywyd|r cwbl|y cwbl|cwbl)"
              r"|diweddu|rhoi diwedd|dod ar cyfan i ben|ir cyfan stopio|ir cwbl stopio|i bopeth stopio|"
              r"i popeth stopio)\b"),
    (SUICIDE, r"\b" + _NOT + r"\s+(?:yn\s+)?(?:\w+\s+)?" + _WANT + r"\s+(?:byw|fyw|bod yma|bod yn fyw|deffro|"
                                                                   r"bod o gwmpas"
              r"|cario (?:ym)?la?en|mynd (?:ym)?la?en|bod ma|bod yma ddim mwy|aros yn fyw|bod ar y ddaear|"
              r"bod yn y byd)\b"),
    (SUICIDE, r"\b(?:dim|does dim|sdim|ffili gweld|methu gweld|ffaelu gweld|smo fi n gweld|alla i ddim gweld|"
              r"fedra i ddim gweld|ddim yn gweld|dw i ddim yn gweld|dwi ddim yn gweld|sa i ?n gweld|"
              r"ddim)\s+(?:\w+\s+)?"
              r"(?:pwynt|rheswm|diben|ystyr)\s+(?:mewn\s+|i\s+|yn\s+|o\s+)?(?:byw|fyw|bod yn fyw|trio|dal ati|"
              r"mynd (?:ym|m)?la?en"
              r"|cario (?:ym|m)?la?en|deffro|ddeffro|aros|bod yma|dim byd|unrhyw beth|mywyd|bywyd|fy mywyd)\b"),
    (SUICIDE, r"\b(?:dim|ddim|sgen i ddim|sgenai ddim|does gen i ddim|does dim|heb|methu gweld|stryglo i weld|"
              r"ffaelu gweld"
              r"|ffili gweld|methu ffeindio)\s+(?:\w+\s+){0,2}(?:rheswm|reswm|pwynt)\s+i\s+(?:aros yn fyw|fyw|ddeffro|"
              r"gario"
              r"|fynd (?:ym)?la?en|fod yma|ddal ati|gadw i fynd)\b"),
    (SUICIDE, r"\b(?:dod|dwyn|rhoi|rhoid)\s+(?:a\s+|ag\s+)?(?:r\s+|ar\s+|fy\s+)?(?:cyfan|cwbl|cwbwl|popeth|bopeth|"
              r"mywyd|bywyd"
              r"|fywyd)\s+i\s+ben\b|\bdod ar (?:cyfan|cwbl) i ben\b|\b(?:rhoi|rhoid)\s+(?:diwedd|terfyn|stop)\s+ar\s+"
              r"(?:fy\s+)?(?:mywyd|bywyd|y cyfan|popeth|bopeth|r cwbl|y cwbl|bob dim|hyn i gyd)\b"),
    (SUICIDE, r"\b(?:diweddu|gorffen|orffen|cymryd|gymryd|cymeryd)\s+(?:fy\s+)?(?:mywyd|fywyd|y cyfan|popeth|bopeth|"
              r"r cwbl"
              r"|y cwbl|hi heno|hin heno|hi nawr|hi rwan|hi heddiw)\b|\bgorffen hi\b"),
    (SUICIDE, r"\b(?:gwell|well|gwell eu byd|well off|hapusach)\b[^.!?]{0,25}\bheb(?:dda)?\s*(?:fi|i|mi)\b|\bhebdda i\b"
              r"|\b(?:fel|yn)\s+(?:baich|faich)\b|\bbaich ar bawb\b"),
    (SUICIDE, r"\b(?:fydda|fyddai|fydd|fyddwn|fydda i|na i|nai|wna i|wnai|na i ?n)\s*(?:i\s+)?(?:ddim|dim)\s+(?:yma|ma"
              r"|o gwmpas"
              r"|yn fyw|para|parar|ar gael|yn para)\b|\bddim yma (?:yn hir|llawer hirach|lot hirach|erbyn|am lawer)\b"
              r"|\b(?:dim|ddim) (?:lot|llawer|llawer iawn) o amser ar ol\b"),
    (SUICIDE, r"\b(?:llond bol|digon|lond bol)\s+(?:ar|o)\s+(?:fyw|fywyd|bywyd|byw|bopeth|popeth|bob dim|hyn i gyd)\b"
              r"|\bwedi cael digon\W*$"),
    (SUICIDE, r"\b(?:ysfa|awydd|temtasiwn)\b[^.!?]{0,15}\b(?:dorri|torri|frifo|brifo|losgi|llosgi|niweidio|anafu)\b"),
    (SUICIDE, r"\b(?:ir|y|r)\s*(?:cyfan|cwbl|cwbwl|popeth|bopeth|boen|poen)\s+(?:i\s+)?(?:stopio|ddod i ben|orffen|"
              r"ben)\s*"
              r"(?:am byth|unwaith ac am byth)?\b"),
    (SUICIDE, r"\b(?:meddwl|meddyliau|meddylie|meddwl o hyd)\s+(?:am|o|"
              r"bod)\s+(?:y\s+)?(?:ffyrdd\s+)?(?:\w+\s+)?(?:ladd|lladd"
              r"|farw|marw|grogi|neidio|orddos|gorddos|gymryd|diweddu|ddiweddu|orffen|frifo|dorri|rheilffordd|bont|trac"
              r"|cledrau|hunanladdiad|hunan laddiad)\b"),
    (SUICIDE, r"\b(?:ffyrdd|ffordd|sut)\s+(?:gwahanol\s+)?(?:i|o)\s+(?:farw|ladd|lladd|orffen|ddiweddu|grogi|"
              r"neidio)\b"),
    (SUICIDE, r"\b(?:nodyn|llythyr|lythyr|neges)\s+(?:ffarwel|olaf|hwyl fawr)\b|\bffarwelio\b|\bsori am (?:bopeth|"
              r"popeth"
              r"|bob dim|bob peth)\b|\b(?:trefnu|sortio|penderfynu|trefnais)\s+pwy\s+sy\s*(?:n\s+)?(?:cael|edrych|"
              r"gofalu)\b"
              r"|\bar ol i (?:fi|mi) fynd\b|\bpan (?:fydda i|dw i|dwi) wedi mynd\b|\b(?:rhoi|rhoid) (?:fy|y) (?:pethau"
              r"|stwff"
              r"|petha) i ffwrdd\b"),
    (SUICIDE, r"\b(?:casglu|cadw|hel|safio|storio|cuddio|cuddiais|pentwr|bentwr|stash|stoc|cyfri|cyfrif)\s+(?:o\s+)?"
              r"(?:fy\s+|r\s+|y\s+|yr\s+)?" + DRUG_CY + r"|\b" + DRUG_CY + r"\b[^.!?]{0,30}\b(?:hel|casglu|cyfri|"
                                                                           r"cyfrif|cadw"
              r"|rhag ofn|safio|storio)\b"
              + r"|\b" + DRUG_CY + r"\s+(?:o dan|dan|yn)\s+(?:fy|y)\s+(?:matres|gwely|ngwely|bag|mag|drôr|dror)\b"),
    (SUICIDE, r"\b(?:ddim|dim|na|nad)\b[^.!?]{0,35}\bpara\s*(?:r|y)?\s+(?:penwythnos|wythnos|nos|noson|mis|dydd|gaeaf"
              r"|nadolig|dolig|flwyddyn)\b|\b(?:fydda|fyddai|fydda i|bydda i|wna i|na i|fyddwn i)\s*(?:i\s+)?(?:ddim|"
              r"dim)\s+"
              r"(?:yn\s+)?(?:trafferthu|poeni|boeni|bod yn faich|broblem)\b|\b(?:na|nad)\s+(?:fydda|fyddai|fydda i|"
              r"bydda)\s*(?:i\s+)?"
              r"(?:yma|ma|o gwmpas|yn fyw)\b|\b(?:ddim|dim)\s+(?:yn\s+)?(?:bwriadu|disgwyl|meddwl)\s+(?:bydda i|"
              r"y byddai|bod|"
              r"y bydda i)\s+(?:n\s+)?"
              r"(?:o gwmpas|yma|yn fyw)\b"),
    (SUICIDE, r"\b(?:wedi|di)\s+penderfynu\s*[.!]|\bbaich\s+(?:ydw|dw|yw|ydi|ydy)\s+i\b|\bdim ond baich\b|\b(?:dim|"
              r"heb)\s+"
              r"(?:d|dd)yfodol\b|\b(?:dw|dwi|rwy|wi)\s*(?:i\s*)?(?:n|yn)?\s*barod(?:\s+i\s+fynd)?\W*$"
              r"|\b(?:ysgrifennu|sgwennu|sgwennais|ysgrifennais|gadael|gadewais)\b[^.!?]{0,20}\b(?:nodyn|nodiadau|"
              r"llythyr|lythyr"
              r"|llythyrau|ewyllys)\b|\bffarwel (?:i|ir) (?:bawb|pawb|chi)\b|\bwedi mynd erbyn (?:i chi|ichi|i ti|"
              r"chi)\b"),
    (SUICIDE, r"\b(?:rhoi|rhoid|roi)\s+(?:fy|y|r)\s+(?:pethau|mhethau|pethe|mhethe|stwff|petha|"
              r"mhetha)\b[^.!?]{0,12}\bi ffwrdd\b"
              r"|\bneb\s+(?:yn\s+)?(?:sylwi|poeni|malio|gweld eisiau|gweld fy ngholli|gweld fy eisiau)\b|\b(?:taswn|"
              r"tase"
              r"|pe bawn|petawn|pe bai)\s*i?\s*(?:n|yn)?\s*(?:marw|farw|diflannu|mynd am byth)\b|\b(?:c|g)?(?:erdded|"
              r"nofio)\s+(?:i|ir"
              r"|i r|mewn i)\s*(?:r\s+)?(?:mor|afon|llyn|dwr)\b|\b(?:tren|rheilffordd|bont|pont|"
              r"clogwyn)\b[^.!?]{0,60}\bmeddwl"
              r" amdan"),
    (SUICIDE, r"\b(?:popeth|bopeth|cyfan|cwbl|r cwbl|y cyfan)\s+(?:i\s+)?(?:ddod|dod)\s+i\s+ben\b|\b(?:neb|sneb|nobody"
              r"|no one"
              r"|noone)\b[^.!?]{0,20}\b(?:ngholli|gweld (?:fy )?eisiau|miss me|notice|care if)\b|\b(?:cymysgu|"
              r"gymysgu)\b"
              r"[^.!?]{0,30}\b(?:tabledi|dabledi|fodca|alcohol|cyffuriau|pils|meds|chwisgi|seidr)\b"),
    (SUICIDE, r"\bblino ar (?:fyw|fywyd|bopeth|bob dim|y cyfan)\b|\b(?:mynd|cerdded|bwriadu mynd)\s+i\s*r?\s+(?:bont|"
              r"rheilffordd"
              r"|clogwyn|dibyn)\b|\b(?:dim|ddim) byd i fyw (?:amdano|ar ei gyfer)\b|\bdim i fyw amdano\b|"
              r"\bamser i (?:fi|mi) (?:fynd"
              r"|adael)\b[^.!?]{0,30}\b(?:sori|ffarwel|caru)\b|\bsori i bawb\b"),
    (SUICIDE, r"\b(?:c|g)ysgu am byth\b|\b(?:sa i ?n|sai ?n|smo fi ?n|ddim yn|dw i ddim yn|dwi ddim yn|alla i ddim|"
              r"fedra i ddim|methu"
              r"|ffili|ffaelu)\s+(?:gallu\s+)?(?:cario|mynd|dal)\s+(?:ym|m)?la?en\b|\b(?:os|pe)\s+(?:na\s+)?(?:fyddwn|"
              r"bawn|byddwn"
              r"|bydda)\s+i\s+(?:ddim\s+)?(?:yma|ma|o gwmpas|yn fyw)\b|\btas(?:wn|en) i ddim (?:yma|ma)\b|\b(?:dim ots"
              r"|does dim"
              r" ots|sdim ots)\b[^.!?]{0,20}\b(?:marw|farw|byw)\b|\b(?:mynd|am)\s+i\s+neidio\b(?!\s+(?:ar|i mewn|fyny|"
              r"lan))"),
    (SUICIDE, r"\b(?:well|gwell|haws)\s+i\s+bawb\s+(?:os|pe|heb|taswn)\b|\b(?:methu|ffili|ffaelu|alla i ddim|"
              r"fedra i ddim)\s+"
              r"(?:byw|diodde|dioddef|cario mlaen)\s+fel\s+hyn\b"),
    (SUICIDE, r"\b(?:p|b)eidio\s+(?:bod yma|bod ma|bod o gwmpas|byw|bod yn fyw)\b|\bna (?:fydda|fyddai|wna) i\s*(?:n|"
              r"yn)?\s*"
              r"(?:deffro|ddeffro)\b"),
    (SUICIDE, r"\b(?:g|)adael\s+y\s+(?:byd|ddaear)\b|\b(?:unig|un|dim|ddim|gweld|methu gweld|"
              r"sa i ?n gweld)\b[^.!?]{0,15}\bffordd"
              r" allan\b|\b(?:sigaret\w*|taniwr|fflam|lighter)\b[^.!?]{0,15}\b(?:ar|i|yn)\s+fy\s+(?:llaw|nwylo|mraich|"
              r"mreichiau"
              r"|nghoes|nghoesau|nghroen|ngarddwrn|nghluniau)\b"),
    (SUICIDE, r"\b(?:di|wedi)\s+bod\s+(?:yn\s+)?(?:torri|llosgi|brifo fy hun|niweidio)\b"),
    (SUICIDE, r"\b(?:rhaff|rhaffau)\b|\b(?:neidio|neidiad|taflu fy hun)\s+(?:o |oddi ar |off |o flaen |dan |ir (?:afon"
              r"|mor|dwr)"
              r"|i r (?:afon|mor)|i(?:r)? (?:afon|mor|dwr)\b)"
              r"|\bo flaen (?:tren|tren|lori|car|bws|traffig)\b"),
    (SUICIDE, r"\b(?:gweddio|gweddio am|gobeithio|isio|dymuno)\b[^.!?]{0,25}\b(?:peidio deffro|byth deffro|ddim deffro"
              r"|beidio deffro|peidio bod yma|farw)\b|\b(?:peidio|pheidio|beidio|byth)\s+deffro\b|"
              r"\bgen i gynllun\b[^.!?]{0,20}\b(?:heno|nos|orffen|ladd)\b"),
    (DANGER, r"\b(?:sefyll|eistedd|ista|dw i|dwi|rwy|wi|fi)\s+(?:\w+\s+){0,2}(?:ar|wrth|ger|ar ben|ar ymyl)\s+(?:y|"
             r"yr)?\s*"
             r"(?:bont|pont|to|clogwyn|dibyn|rheilffordd|cledrau|trac|lein|graig|ymyl)\b"),
    # self-harm
    (SUICIDE, r"\bhunan\s?(?:niwed\w*|niweid\w*|anaf\w*|frifo)\b"),
    (SUICIDE, r"\b(?:niweidio|anafu|nanafu|brifo|frifo|mrifo|llosgi|losgi|torri|dorri|nhorri|taro|daro|cosbi|gosbi|"
              r"crafu"
              r"|grafu|sgriffio|pinsio|cnoi|gnoi|llwgu|newynu|torrais|llosgais|crafais|torres|hitio|bwrw|fwrw|"
              r"mwrw)\s+(?:i\s+|"
              r"fi\s+)?" + HUN),
    (SUICIDE, r"\b(?:llosgi|losgi|torri|dorri|crafu|grafu|sgriffio|taro|daro|hitio|bwrw|fwrw|cnoi|gnoi|bangio|brifo|"
              r"frifo)\s+"
              r"(?:fy|r|y)\s+(?:" + _BODY_CY[3:-1] + r"|mhen|nwrn|nyrnau|corff|nghorff)\b(?!\s+(?:wrth|yn y gwaith|"
                                                     r"ar ddamwain))"
              r"|\b(?:nes|tan|hyd)\b[^.!?]{0,25}\bgwaedu\b|\b(?:dw|dwi|fi|rwy|wi)\b[^.!?]{0,15}\btorri\s*(?:n|"
              r"yn)?\s*(?:eto"
              r"|neithiwr|ddyfnach|dyfnach|bob nos)\b|\bcuddio\b[^.!?]{0,15}\b(?:cuts|creithiau|marciau|toriadau|"
              r"breichiau"
              r"|mreichiau)\b|\b(?:o\s+)?dan fy llewys\b|\btorri\s*(?:n|yn)?\s*(?:ddyfnach|dyfnach)\b"
              r"|\b(?:i|fi)\s*(?:n|yn)\s+torri\s*(?:n|yn)?\s*(?:eto|neithiwr|bob nos)\b|\b(?:creithiau|toriadau|cuts|"
              r"llosgiadau) newydd\b"),
    (SUICIDE, r"\b(?:siswrn|rasel|rasal|llafn|lafn|blade|gwydr)\s+(?:i|ar|yn|yn fy|o dan)\s+(?:fy\s+)?(?:"
              + _BODY_CY[3:-1]
              + r"|mag|mhoced|mag colur)\b|\b(?:isio|eisiau|moyn)\s+(?:ydi|yw|ydy)\s+(?:torri|marw|gorffen|diflannu)\b"
              r"|\bbrifo\s*r?\s+corff\b"),
    (SUICIDE, r"\b(?:ysfa|awydd|angen|isio|eisiau|moyn|dechrau|dechreuais|ail ddechrau|nol i|yn ol i|"
              r"mynd nol i)\s+(?:i\s+)?"
              r"(?:dorri|torri|frifo|brifo|losgi|llosgi|niweidio|anafu|sgriffio)\b(?!\s+(?:r|y|yr|lawr|i lawr|ar|"
              r"fy mol))"
              r"|(?:^|[.!?,]\s*)torri\s+(?:neithiwr|eto|heddiw|bob nos|am y tro)\b"),
    (SUICIDE, r"\b(?:agor|agorais|ail agor|ailagor|pigo|bigo)\s+(?:yr\s+|fy\s+|y\s+)?(?:hen\s+)?(?:greithiau|creithiau"
              r"|clwyfau"
              r"|glwyfau|briwiau|friwiau|toriadau|pwythau|bwythau)\b|\b(?:sgriffiadau|toriadau|briwiau|llosgiadau|"
              r"creithiau"
              r"|greithiau|marciau|cleisiau)\s+(?:ffres\s+)?(?:ar|dros)\s+(?:fy\s+)?" + _BODY_CY + r"|\bffres ar fy\b"),
    (SUICIDE, r"\b(?:rasel|rasal|llafn\w*|lafn\w*|gwydr|cyllell|gyllell|taniwr)\s+(?:ar|i|yn|dros)\s+(?:fy\s+)?"
              + _BODY_CY
              + r"|\bstash o (?:lafnau|llafnau|raseli|rasels)\b|\b(?:nes|tan|hyd nes)\s+(?:mod i|fy mod i|dw i|"
                r"dwi)\s*(?:n|yn)\s+"
              r"gwaedu\b|\b(?:angen|isio)\s+pwythau\b"),
    (SUICIDE, r"\b(?:llosgi|losgi|torri|dorri|brifo|frifo|taro|daro|orddos\w*|gorddos\w*|cymryd|gymryd|llyncu|lyncu|"
              r"crafu"
              r"|sgriffio|anafu)\b[^.!?]{0,40}\b(?:yn bwrpasol|ar bwrpas|yn fwriadol)\b"),
    # overdose
    (SUICIDE, r"\b(?:gorddos\w*|orddos\w*|or ddos\w*|ngorddos\w*)\b"),
    (SUICIDE, r"\b(?:llyncu|lyncu|llyncais|llyncodd|cymryd|gymryd|chymryd|cymerais|cymres|gymres|cymeres|cymrais|"
              r"nghymryd|saethu|cael|cal|ges"
              r"|smocio|snortio|chwistrellu|cymysgu|gymysgu)\b[^.!?,]{0,20}?\b" + _QTY_CY + r"\b[^.!?,]{0,20}?\b"
              + DRUG_CY
              + r"|\b" + DRUG_CY + r"\b[^.!?,]{0,15}\b(?:i gyd|gyda r fodca|efor fodca|gydar fodca|efo fodca|"
                                   r"a gwydryn)\b"),
    (SUICIDE, r"\b(?:wedi|di|newydd|nes i|wnes i)\s+(?:\w+\s+)?(?:cymryd|gymryd|llyncu|lyncu|saethu)\s+(?:gormod|"
              r"mwy nag arfer"
              r"|y cwbl|y cyfan|popeth|bopeth|yr holl|llond llaw)\b|\b(?:cymryd|gymryd|llyncu|lyncu)\s+(?:gormod|"
              r"y cwbl|popeth"
              r"|bopeth)\b"),
    (DANGER, r"\b(?:anodd|methu|ffili|ffaelu)\s+(?:aros|cadw)\s+(?:yn\s+)?effro\b|\bteimlo\s*(?:n|yn)\s+(?:gysglyd|"
             r"benysgafn)"
             r"\s+iawn\b|\bcalon\s+(?:yn\s+)?(?:rasio|curo n gyflym)\b|\b(?:ddim|dim)\s+yn\s+anadlu\b|"
             r"\bmethu\s+anadlu\b"),
)
