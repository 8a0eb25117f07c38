"""Welsh rules for harm done to the writer, a child at risk, exploitation and danger now.

The first person is carried by the mutation: "fy nghuro i", "cael fy ngham-drin", "mwrw fi",
"ymosod arna i". A nasal-mutated verb on its own ("yn dal i ngham-drin i") is already "me".
Normalised text only (see ``normalise``).
"""

from __future__ import annotations

from consult.pipeline.safeguarding.verdict import ABUSE, CHILD, DANGER, EXPLOITATION

# verb-nouns in their nasal form: after "fy" (my/me) and in "cael fy ..." (to be ...-ed)
_NASAL = (
    r"(?:nghuro|mwrw|nharo|nhreisio|ngham\s?drin|nghicio|nhagu|ngwthio|nhrywanu|mygwth|mrifo|nanafu|nilyn|ngorfodi"
    r"|nghyffwrdd|nhaflu|ngwasgu|nhynnu|mhwnio|nghnoi|nghrafu|mhoeri|mhoenydio|nychryn|nhreisio|ngham drin|nghamdrin"
    r"|nhrin fel baw|ngadael heb|ngharcharu yn y|nghaethiwo|ngwylio|nhracio|nilyn i|nhagu|stabio|hitio|slapio|ffeindio"
    r"|nyrnu)"
)
# the same verbs in any mutation, before "fi" / "i" as object
_VERB = (
    r"(?:c|g|ngh|ch)uro|(?:b|f|m)wrw|(?:t|d|nh|th)aro|(?:c|g|ngh|ch)icio|(?:t|d|nh|th)agu|(?:g|ngh)?wthio|(?:t|d|nh|"
    r"th)rywanu"
    r"|(?:b|f|m)ygwth|(?:b|f|m)rifo|(?:t|d|nh|th)reisio|(?:c|g|ngh|ch)am\s?drin|(?:c|g|ngh|ch)yffwrdd|(?:t|d|nh|th)aflu"
    r"|(?:g|ngh)?wasgu|(?:p|b|mh|ph)wnio|(?:ll|l)add|(?:c|g|ngh|ch)loi|slapio|(?:t|d|nh|th)ynnu|(?:p|b|mh|ph)oeri"
    r"|(?:d|dd|n)ilyn|stelcian|stelcio|(?:r|rh)eoli|(?:c|g|ngh|ch)nofio|(?:s)?mashio|(?:b|f|m)eltio|hitio|stabio|slapio"
    r"|pynsio|punchio|kickio|smacio|(?:t|d|nh|th)anio|(?:d|dd|n)yrnu"
)
_KID_CY = (
    r"(?:plentyn|mhlentyn|phlentyn|blentyn|plant|blant|mhlant|phlant|babi|fabi|mabi|bychan|fychan|mab|fab|merch|ferch"
    r"|lleia|lleiaf|hogyn|hogan|bachgen|fachgen|crwt|croten|wyres|wyr|nith|nai|ieuengaf|hyna|ddwy oed|\d{1,2} oed|son|"
    r"sons"
    r"|daughter|kids?|baby|child|brawd bach|mrawd bach|chwaer fach)"
)
_SANCTION = r"(?![^.!?]{0,30}\b(?:sancsiwn|sanction|breach|llys|court|dirwy|fine|troi allan|carchar|lan\b|i fyny))"

RULES: tuple[tuple[str, str], ...] = (
    (ABUSE, r"\b(?:fy|yn fy|cael fy|ges i fy|ges i|gafodd fy|cal fy|cael)\s+" + _NASAL + r"\b" + _SANCTION),
    (ABUSE, r"\bfy\s+(?:rheoli|lladd|stelcian|stelcio|dilyn)\b" + _SANCTION),
    (ABUSE, r"\b(?:dal i|dal yn|wedi|di|yn|n|bob tro)\s+" + _NASAL + r"\s+(?:i|fi)\b" + _SANCTION),
    (ABUSE, r"\b(?:" + _VERB + r")\s+(?:fi|fi n|i)\b(?!\s+(?:fyny|lawr|mewn|ffwrdd))" + _SANCTION
            + r"|\b(?:" + _VERB + r")(?:odd|ais|ith|iff|ai|a)\s+(?:e|o|fe|fo|hi|nhw|hwnna|fo)?\s*(?:fi|i)\b"
            + _SANCTION),
    (ABUSE, r"\bymosod\w*\s+(?:\w+\s+){0,3}?arna(?:i|f|fi| i|ai)\b|\bymosodiad\w*\b(?![^.!?]{0,20}\b(?:ar y|"
            r"yn y newyddion))"),
    (ABUSE, r"\b(?:taflu|daflu|thaflu|bwrw|tywallt)\s+(?:\w+\s+){0,3}?(?:ata|drosta|arna)\s*(?:i|fi)\b"
            r"|\b(?:torri|dorri|thorri)\s+fy\s+(?:mys|mysedd|nhrwyn|ngen|asennau|mraich|nghoes|nant|nannedd|mhen)\b"),
    (DANGER, r"\b(?:bygwth|fygwth|mygwth|bygythiad\w*|fygythiad\w*)\b[^.!?]{0,40}\b(?:lladd|ladd|mrifo|brifo|frifo|"
             r"curo|guro"
            r"|nghuro|trywanu|drywanu|thrywanu|llosgi|losgi|gwneud yr un peth|torri|dorri|saethu|fi|i fi|arna i)\b"
            + _SANCTION),
    (DANGER, r"\b(?:bydd|neith|wneith|wnaiff|mynd i|gaiff|geith)\s+(?:o|e|fe|fo|hi|nhw)?\s*(?:n|yn)?\s*(?:fy\s+)?"
             r"(?:lladd|ladd|mrifo|frifo|nghuro|guro|nhrywanu|drywanu|dorri fy|torri fy|llosgi|losgi|saethu|"
             r"fy saethu)\b"
             r"(?![^.!?]{0,15}\b(?:amser|pwysau|haha|lol)\b)"),
    (ABUSE, r"\b(?:ofn|ofnus|arswyd|dychryn)\s+(?:mynd\s+)?(?:adre|adref|gartre|gartref|nol|yn ol|ir ty|i r ty|ohono|"
            r"ohoni"
            r"|ohonyn|o fo|o fe|ohono fo|fy \w+|ei weld|be neith|beth wneith|be sy n digwydd|dweud|deud)\b"
            r"|\b(?:dw i|dwi|rwy|wi)\s*(?:n\s+)?ofn\s+(?:e|o|fe|fo|hi|nhw)\b|\bofn am fy mywyd\b|"
            r"\bddim isio mynd nol\b"),
    (ABUSE, r"\b(?:cafodd|gafodd|ges i|cael)\s+fy\s+\w+\s+(?:eu|ei)\s+(?:torri|thorri|dorri|malu|bwrw|taro)\b|\b(?:gan"
            r"|efo)\s+"
            r"fy\s+(?:mhartner|nghariad|ngwr|nghyn|ngwraig|nhad|llystad|mrawd)\b[^.!?]{0,20}\b(?:curo|guro|taro|daro|"
            r"torri"
            r"|brifo|frifo|cam drin|bwrw)\b|\b(?:deud|dweud|ddeud|ddweud)\s+(?:wrth\s+\w+\s+(?:\w+\s+)?)?(?:mai|mod i|"
            r"fy mod i)"
            r"\s+(?:di\s+|wedi\s+)?(?:cwympo|syrthio|disgyn|baglu)\b|\bmai ffeit oedd\b|\b(?:cleisiau|gleisiau|clais|"
            r"marciau)"
            r"\s+(?:ar fy|yn y drych|dal yna|dal yno)\b|\b(?:gweld|cuddio|guddio)\s+(?:y|r|fy)\s+(?:cleisiau|gleisiau|"
            r"clais"
            r"|marciau)\b"),
    (ABUSE, r"\b(?:ei|eu|i w|iw)\s+(?:churo|guro|tharo|daro|cham drin|gam drin|threisio|dreisio|bwrw|fwrw|thagu|dagu|"
            r"chicio"
            r"|gicio|chloi|gloi|lladd|ladd|bygwth|fygwth|brifo|frifo|trywanu|thrywanu|drywanu|stabio|hitio|taro nhw)\b"
            r"(?!\s+(?:amser|gwair|poen))"),
    (ABUSE, r"\bfy nal i (?:lawr|yn erbyn)\b|\b(?:dwyn|ddwyn)\s+fy\s+(?:mhres|arian|ffon|ngherdyn|mudd\w*)\b"),
    (ABUSE, r"\b(?:c|g|ch)weir\b|\b(?:cael|ges i|gaf i|ca i|cal)\s+(?:slap|clatsien|bonclust|dwrn|cic)\b|\b(?:cuddio|"
            r"guddio"
            r"|cymryd|gymryd|dwyn|ddwyn)\s+fy\s+(?:allweddi|goriadau|ffon|mhasbort|pasbort)\b|\bfel na (?:alla|galla|"
            r"fedra) i"
            r" (?:adael|fynd|ffonio)\b|\b(?:cysgu|gysgu|rhyw)\s+(?:efo|gyda)\s+(?:dyn|o|fo|rhywun|nhw|"
            r"e)\b[^.!?]{0,20}\bam"
            r" (?:le|wely|arian|gyffuriau|bres|stafell)\b"),
    (ABUSE, r"\bl?lygad ddu\b|\b(?:deud|dweud|ddeud|ddweud)\s+(?:mai|mae|ma|taw)\s+fy\s+mai\b|\b(?:gwasgu|wasgu|tynnu"
            r"|dynnu|cydio|gydio|gafael|afael|nal)\s+(?:yn\s+)?fy\s+(?:mreichiau|mraich|ngwddf|ngwallt|nghoes|"
            r"ngarddwrn|ngwddw)\b"),
    (ABUSE, r"\b(?:perthynas|partner|cariad|gwr|gwraig|cyn)\s+(?:dreisgar|treisgar|gamdriniol|camdriniol|reolaethol)\b"
            r"|\btrais (?:yn y cartref|domestig)\b|\bcam\s?drin domestig\b|\brheolaeth drwy orfodaeth\b"),
    # coercive control and stalking
    (ABUSE, r"\b(?:stopio|atal)\s+(?:fi|i)\s+rhag\b|\bfy (?:stopio|atal) i\b|\b(?:ddim|dim)\s+yn\s+cael\s+(?:gwisgo|"
            r"gadael|mynd|gweld"
            r"|ffonio|siarad|cael|defnyddio|gwario|cyfrinair|mynediad)\b|\bheb\s+(?:ei|eu)?\s*(?:ganiatad|caniatad)\b"
            r"|\b(?:cymryd|gymryd|cadw|dal)\s+fy\s+holl\s+(?:arian|bres|mhres|fudd\w*|budd\w*|gyflog|cyflog)\b"
            r"|\b(?:isio|eisiau|moyn)\s+i\s+(?:fi|mi)\s+(?:gysgu efo|gysgu gyda|gael rhyw|neud pethau|wneud pethau)\b"
            r"|\bcysgu (?:efo|gyda) (?:fo|fe|e|nhw|o)\b[^.!?]{0,20}\b(?:yn lle|am|i gael)\b"
            r"|\b(?:ddim|byth|dim)\s+(?:yn\s+)?gadael\s+i\s+(?:fi|mi)\s+(?:weld|fynd|siarad|gael|ffonio|wisgo|gadael|"
            r"adael)\b"
            r"|\bateb drosta i\b|\bbob apwyntiad efo fi\b|\b(?:app|ap)\s+tracio\b|\btracio fy\b|\bgwybod lle (?:dw|dwi"
            r"|rydw)"
            r" i\b|\b(?:dal i|yn)\s+ffeindio fi\b|\bnewid fy rhif\b|\bpwy dw i\s*(?:n|yn)?\s*(?:ffonio|gweld)\b|"
            r"\bddim di gweld"
            r" ceiniog\b|\bi w gyfri\b|\bpan dw i\s*(?:n|yn)?\s*bihafio\b|\bffonio \d+ gwaith\b|\bmam ddrwg\b"
            r"|\b(?:deud|dweud)\s+wrth\s+y\s+(?:gwasanaethau cymdeithasol|social|heddlu)\b[^.!?]{0,30}\bos\b"
            r"|\b(?:gorfod|rhaid (?:i )?fi)\s+(?:g?ofyn (?:iddo|iddi|am arian|am bres|am ganiatad|caniatad|ganiatad)|"
            r"anfon (?:llun|lluniau"
            r"|fy lleoliad)|profi lle|dangos (?:fy|y) (?:ffon|negeseuon|derbynebau))\b"),
    (ABUSE, r"\b(?:hi|fo|o|e|fe|nhw|partner|gwr|cariad|gwraig)\s+(?:sy|sydd|yn)\s*(?:n\s+)?(?:cadw|dal|cymryd|"
            r"rheoli)\s+"
            r"(?:r|yr|fy|y)?\s*(?:arian|pres|mhres|ngherdyn|cerdyn|budd\w*|pip|credyd|nghyfrif|allwedd|pasbort)\b|"
            r"\b(?:cadw"
            r"|cymryd|gymryd|rheoli|reoli)\s+fy\s+(?:arian|mhres|ngherdyn|budd\w*|nghyfrif|mhasbort|allwedd)\b|"
            r"\b(?:checkio|tsiecio|gwirio|edrych drwy|mynd drwy|darllen)\s+fy"
            r"\s+(?:ffon|location|lleoliad|negeseuon|mag|nghyfrif|mhres|tecsts)\b|\bcyfri\s*r?\s+(?:milltiroedd|newid|"
            r"pres)\b"
            r"|\bi weld lle (?:dw|dwi|rydw) i\b|\bprofi lle\b|\b(?:mae|ma|nath|wnaeth|maen)\s+(?:o|e|fe|fo|hi|"
            r"nhw)\s+(?:\w+\s+)?"
            r"(?:malu|falu|torri|dorri|cuddio|guddio)\s+fy\s+(?:ffon|ngherdyn|sim|allwedd|meds|tabledi|nhabledi)\b"),
    (ABUSE, r"\b(?:cyfrifon|rhifau|rhifau ffon)\s+(?:ffug|newydd)\b|\b(?:cysgu|aros|eistedd|"
            r"parcio)\s+(?:yn ei gar\s+)?tu allan"
            r"\s+i\s*(?:fy|r|y)\b|\b(?:stelcian|stelcio|nilyn i|fy nilyn)\b|\b(?:gweiddi|sgrechian)\s+os\s+(?:dw|"
            r"dwi)\b"),
    # sexual harm
    (ABUSE, r"\b(?:t|d|nh|th)reisi\w*|\btrais rhywiol\b|\bymosodiad rhyw\w*|\bymosod\w*\b[^.!?]{0,25}\bn?rhywiol\b"
            r"|\b(?:sylwadau|negeseuon|lluniau)\s+rhywiol\b|\bam ryw\b|\bmewn cyffuriau am\b|\b(?:c|g|ngh|"
            r"ch)yffwrdd\s+(?:fy|fi)\b"
            r"(?!\s+(?:nghalon|calon))"),
    (ABUSE, r"\b(?:trio|dod|dwad|dod i mewn)\s+(?:i|ir)\s+(?:fy\s+)?(?:ngwely|gwely|stafell|ystafell|nghaban)\b"
            r"|\b(?:dod|dwad|cerdded|dod i mewn)\s+(?:i mewn\s+)?heb\s+(?:gnocio|guro|ofyn)\b|\bpan (?:dw|"
            r"dwi)\s*(?:i\s*)?(?:n|yn)?\s+"
            r"(?:yn y gawod|newid|noeth)\b"
            r"|\b(?:ddim yn gallu|methu|ffili)\s+cloi\s*r?\s+drws\b|\b(?:does dim|dim|heb)\s+clo\b|\bclo ar fy nrws\b"
            r"|\b(?:i mewn|mewn)\s+(?:i|ir)\s*(?:r\s+|fy\s+)?(?:stafell|ystafell|ngwely)\b[^.!?]{0,40}\b(?:bore|nos|"
            r"ngwely)\b"
            r"|\blluniau\s+anweddus\b|\btrio\s*r?\s+(?:handlen|drws)\b|\brhent\b[^.!?]{0,40}\b(?:neis|ffafr\w*)\b"
            r"|\b(?:gneud|gwneud|neud)\s+pethe?a?u?\s+(?:iddo|iddi|iddyn)\b"),
    # a child at risk
    (CHILD, r"\b" + _KID_CY + r"\b[^.!?]{0,60}\b(?:ei\s+(?:tharo|daro|churo|guro|cham\s?drin|gam\s?drin|bwrw|fwrw|"
                              r"cicio|gicio"
            r"|chicio|fygwth|bygwth|threisio|dreisio)|ofn mynd adre|ar (?:ei|ei ben|ei phen) (?:ben )?ei hun|"
            r"mewn perygl"
            r"|ddim yn saff|ddim yn ddiogel|marciau|farciau|cleisiau|gleisiau|negeseuon rhywiol|ar goll|cario cyllell"
            r"|dim bwyd|sdim bwyd|heb fwyd|ar ol yfed|yn feddw|pethau drud|neb yn gofalu)\b"),
    (CHILD, r"\b" + _KID_CY + r"\b[^.!?]{0,70}\b(?:taro|daro|curo|guro|cloi|chloi|gloi|cwpwrdd|crack|heroin|cyffuriau"
            r"|defnyddio|using|meddwi|feddw|yfed|ar eu pen eu hunain|heb fwyta|heb fwyd|heb gael bwyd|heb gael llaeth|"
            r"llaeth|"
            r"ar ben eu hunain|ar ei ben|ar ei phen|"
            r"yn y nos"
            r"|fideos|lluniau|ffonau|pres iddo|dynion hyn|dyn hyn|\d\d oed|crio am oriau|neb yn ateb|flin efo|nghuro)\b"
            r"|\b(?:yfed|meddw|feddw|defnyddio|using|crack|heroin|nghuro)\b[^.!?]{0,50}\b(?:babi|plant|plentyn|mabi|"
            r"mhlant)\b"
            r"|\b(?:dynion hyn|dyn hyn|older men|older man|dynion|grown men)\b[^.!?]{0,30}\b(?:rhoi|roi|yn rhoi|giving"
            r"|buying)\b"),
    (CHILD, r"\b(?:" + _VERB + r")\s+(?:fy|ei|eu|r|y)\s+" + _KID_CY + r"\b"),
    (CHILD, r"\b(?:dim|sdim|heb|does dim)\s+bwyd\b[^.!?]{0,25}\b" + _KID_CY + r"\b|\b(?:ddim|"
                                                                              r"dim)\s+yn\s+gallu\s+gofalu\s+am"
            r"|\b(?:gyrru|yfed)\b[^.!?]{0,30}\b(?:efor|gydar|efo r|gyda r|efo|gyda)\s+plant\b[^.!?]{0,25}\b(?:yfed|"
            r"feddw)\b"
            r"|\b(?:negeseuon|lluniau)\s+rhywiol\s+at\b|\b(?:ofn|rhag ofn)\b[^.!?]{0,40}\b(?:ei gymryd|eu cymryd|"
            r"ei chymryd)\b"),
    # exploitation
    (EXPLOITATION, r"\b(?:n|yn)?\s*ddyledus\b|\bdyled\s+(?:i|ir)\s+(?:deliwr|ddeliwr|bois|gang|nhw|boi|dyn)\b|"
                   r"\bddyled\b"
                   r"[^.!?]{0,25}\b(?:clirio|talu|bois|deliwr|ddeliwr)\b|\b(?:redeg|rhedeg|gario|cario|ddal|werthu|"
                   r"gwerthu"
                   r"|ddelio|delio)\s+(?:i|iddyn|iddo|ar ran)\s*(?:nhw|o|fo|e)\b"),
    (EXPLOITATION, r"\b(?:gwneud|neud|gorfodi|orfodi)\s+(?:i\s+(?:fi|mi)|iddo|iddi|iddyn)\s+(?:fo\s+|fe\s+|e\s+|hi\s+|"
                   r"nhw\s+)?(?:gadw|gario|redeg|werthu|ddelio|ddal|guddio|"
                   r"storio"
                   r"|fynd|wneud drops|neud drops)\b|\btu mewn i (?:fi|mi)\b|\b(?:cael fy|ges i fy)\s+(?:nanfon|ngyrru"
                   r"|hanfon)"
                   r"|\b(?:sgen i|does gen i|sgenai|sgin i)\s+ddim\s+dewis\b|\bgorfod ateb\b|\bffon y llinell\b"),
    (EXPLOITATION, r"\bneu\s+(?:bydd|fydd|neith|wneith)\s+(?:e|o|fe|fo|hi|nhw)\s*(?:n|yn)?\s*(?:brifo|frifo|lladd|ladd"
                   r"|curo|guro"
                   r"|llosgi|losgi|torri|dorri)\b|\bgadael y gang\b|\bgwybod lle mae (?:mam|nhad|fy)\b|"
                   r"\bmynd lle mae\s*(?:o|e)?"
                   r"\s*(?:n|yn)?\s*deud\b|\bsymud i mewn i\s*r?\s+fflat\b|\bmethu cael nhw allan\b|"
                   r"\brhedeg i\s*(?:ryw|r)?\s+"
                   r"(?:ddynion|dynion|bois|boi)\b|\befo pecyn\b|\bar dren\b[^.!?]{0,30}\bpecyn\b|\bdal stwff\b"),
    (EXPLOITATION, r"\b(?:defnyddio|cymryd|gymryd)\s+fy\s+(?:fflat|nhy|lle|nghyfrif|ngherdyn|nghyfeiriad)\b[^.!?]{0,30}"
                   r"\b(?:werthu|gwerthu|delio|ddelio|cyffuriau|stwff)\b"),
    (EXPLOITATION, r"\b(?:gorfod|rhaid i fi|rhaid i mi)\s+(?:gwerthu|werthu|delio|ddelio|cario|gario|rhedeg|redeg|"
                   r"dal)\b"
                   r"[^.!?]{0,25}\b(?:cyffuriau|gyffuriau|stwff|dalu|ddyled|iddyn|bois)\b"),
    (EXPLOITATION, r"\b(?:cadw|cuddio|storio|gadael)\s+(?:eu\s+)?(?:gynnau|gwn|gyllyll|cyllyll|cyffuriau|stwff|"
                   r"pecynnau|arfau)\s+"
                   r"(?:yn|o dan|dan|mewn)\s+fy\b"),
    (EXPLOITATION, r"\b(?:g|w)?weithio\s+i\s+(?:dalu|glirio)\s*(?:r|y)?\s*(?:ddyled|dyled)\b"),
    (EXPLOITATION, r"\b(?:cymryd|gymryd|cymerodd|cymryd drosodd)\s+fy\s+(?:fflat|nhy|ty|lle|stafell)\b|\bfy\s+(?:fflat"
                   r"|nhy|lle)"
                   r"\s+drosodd\b|\b(?:aros|byw|cysgu)\s+yn\s+fy\s+(?:fflat|nhy|lle)\b[^.!?]{0,60}\b(?:ddim yn cael|"
                   r"methu|ofn"
                   r"|cael mynd)\b|\b(?:dal|cadw)\s+fy\s+(?:ngherdyn|ffon|pasbort|id)\b|\b(?:yn cael eu|"
                   r"cael eu)\s+(?:gyrru"
                   r"|hanfon)\s+i\s+(?:dai|dy|fflatiau)\b|\bstwff am ddim\b"),
    # danger now
    (DANGER, r"\b(?:ma|mae|maen|mai)\s+(?:e|o|fe|fo|hi|nhw|r cyn|y cyn)\s*(?:(?:newydd|nawr|rwan|wedi dod|di dod|"
             r"n ol)\s+)?"
             r"(?:yma|ma|tu allan|wrth y drws|yn y dderbynfa|nol|n ol)\b(?!\s+(?:i helpu|efo r|gyda r|i weld|bob))"
             r"|\b(?:chwilio|dod|aros|gofyn)\s+amdana\s*(?:i|fi)\b"),
    (DANGER, r"\b(?:efo|gyda|gydag|efo i|efoi|gydai|gan)\s*(?:ei\s+)?(?:gwn|wn|ngwn|cyllell|gyllell|chyllell|machete|"
             r"bat|morthwyl"
             r"|forthwyl|petrol|asid)\b|\b(?:cuddio|yn cuddio)\s+(?:tu ol|o dan|dan|yn|mewn|rhag)\b"),
    (DANGER, r"\b(?:trio|trion|cicio|gicio|bangio|waldio|dyrnu)\s+(?:\w+\s+)?(?:drws|ffenest\w*)\b|"
             r"\btorri\s*r?\s+drws\s+lawr\b"
             r"|\b(?:wedi\s+|di\s+)?(?:fy\s+)?nghloi\s+(?:fi\s+|i\s+)?(?:yn|mewn)\b|\b(?:styc|sownd|yn gaeth)\s+(?:yn|"
             r"mewn)\b"),
    (DANGER, r"\b(?:mynd i|am)\s+(?:d|t|nh|th)anio\b|\b(?:gen|gan|ganddo|ganddi|ganddyn)\s*(?:o|e|fo|fe|hi|nhw)?\s+"
             r"(?:gyllell|cyllell|chyllell|gwn|wn|machete)\b|\btrio torri mewn\b|\bdw i\s*(?:n|yn)?\s*gwaedu\b|"
             r"\bar y ffordd"
             r"\W*$|\bofn mynd allan\b|\bdal yn y ty\b"),
    (DANGER, r"\bgwefusau\w*\s+(?:\w+\s+){0,2}(?:n\s+|yn\s+)?(?:las|glas|llwyd)\b|\banymwybodol\b|\b(?:methu|"
             r"ffili)\s+(?:ei|eu)"
             r"\s+(?:deffro|dihuno)\b"),
    (DANGER, r"\b(?:mewn perygl|ddim yn saff|dim yn saff|ddim yn ddiogel|anniogel|ofn am fy mywyd)\b|"
             r"\bhelpwch(?: fi)?\b"
             r"|(?:[.!?]\s*)(?:help|help plis|plis help|help fi)\W*$|^(?:help plis|plis help|help fi)\W*$"),
)
