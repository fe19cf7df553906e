"""What the corpus brief says separates the stages, as features of the learned model.

The brief's stages differ by what the message does, not by its topic: an `initial_action` is
the first enforcement message and "tells the seller how to appeal or what to submit"; a
`warning` leaves the account untouched and only warns of what may follow; an `info_request`
answers something the seller already sent and asks for more; an `appeal_rejected` answers it
and refuses. The phrase rules score stages by set phrases; these cues count the looser signs of
those definitions, in the seven languages, so the model can weigh them:

- `steps`: the message tells the seller how to appeal, what to submit or upload, or how to get
  the listing or account back ("to reactivate", "submit an appeal", "请提交", "einreichen").
- `threat`: only a possible future action ("may result in", "repeated violations", "no action
  is required", "your account is not affected").
- `sent`: it refers to what the seller sent (an appeal, a plan of action, documents, a reply).
- `more`: it asks for more or other information than was sent ("additional information", "we
  still need", "missing").
- `refusal`: it refuses what was sent ("not sufficient", "could not accept", "unfortunately").

Each cue is the number of distinct patterns that match (0–n), squashed like the rules' scores.
"""

from __future__ import annotations

import math
import re

_CUES: dict[str, tuple[str, ...]] = {
    "steps": (
        r"\b(?:to (?:reactivate|reinstate|relist|restore|appeal)|how (?:do i|to) (?:appeal|"
        r"reactivate)|"
        r"submit (?:an|your) (?:appeal|plan)|send us (?:an|your)|please (?:provide|submit|"
        r"upload|send)|"
        r"appeal (?:this|the) decision|request review|upload documents)\b",
        r"\b(?:plan of action|account health|reactivate your account|"
        r"reactivate your selling)\b",
        r"(?:einreichen|reichen sie|laden sie|einspruch einlegen|"
        r"um ihr konto (?:zu )?reaktivieren|"
        r"senden sie uns|fügen sie)",
        r"(?:pour réactiver|soumett|fournissez|envoyez-nous|faire appel|téléchargez|déposez)",
        r"(?:per riattivare|invia(?:re)? (?:un|il) ricorso|fornisci|carica(?:re)? i|"
        r"presenta(?:re)? un)",
        r"(?:para reactivar|envía(?:nos)?|presenta(?:r)? una apelación|proporciona|"
        r"sube (?:los|las))",
        r"(?:请提交|请提供|请上传|提交申诉|如需申诉|如何申诉|恢复(?:您的)?(?:账户|销售)|行动计划|重新激活)",
        r"(?:ご提出ください|提出してください|アップロードしてください|申し立て|改善計画|再開するには)",
    ),
    "threat": (
        r"\b(?:may (?:result|lead)|could (?:result|lead)|repeated violations?|"
        r"future violations?|"
        r"further violations?|may (?:remove|suspend|deactivate|take)|"
        r"no (?:further )?action is (?:required|needed)|"
        r"(?:is|are) not affected|does not affect your account|this is a warning|"
        r"for your information)\b",
        r"(?:wiederholte verstöße|kann zur|können zur|keine weiteren maßnahmen|"
        r"nicht betroffen|warnung)",
        r"(?:peut entraîner|pourrait entraîner|violations répétées|avertissement|"
        r"n['’]est pas affecté)",
        r"(?:può comportare|potrebbe comportare|violazioni ripetute|avvertimento|"
        r"non è interessat)",
        r"(?:puede (?:dar lugar|provocar|resultar)|infracciones repetidas|advertencia|"
        r"no se ve afectad)",
        r"(?:可能会导致|可能导致|再次违反|多次违反|警告|不受影响|无需采取)",
        r"(?:場合があります|可能性があります|繰り返し|警告|影響はありません|対応は不要)",
    ),
    "sent": (
        r"\b(?:your (?:appeal|plan of action|poa|response|reply|submission|documents|invoices)|"
        r"(?:you|that you) (?:provided|submitted|sent|uploaded)|thank you for (?:your|the)|"
        r"we (?:have )?reviewed (?:your|the))\b",
        r"(?:ihr(?:en|e)? (?:einspruch|aktionsplan|maßnahmenplan|antwort|unterlagen)|"
        r"von ihnen eingereicht|vielen dank für ihr)",
        r"(?:votre (?:appel|plan d['’]action|réponse|recours)|que vous (?:avez|"
        r"nous avez) (?:fourni|envoy|soumis)|merci pour votre)",
        r"(?:il tuo (?:ricorso|piano)|la tua risposta|che hai (?:fornito|inviato)|grazie per)",
        r"(?:tu (?:apelación|plan de acción|respuesta)|que (?:nos )?(?:enviaste|"
        r"proporcionaste)|gracias por)",
        r"(?:您提交的|您提供的|您的申诉|您的行动计划|您的回复|感谢您的)",
        r"(?:ご提出いただいた|ご提出の|お送りいただいた|申し立てを確認|改善計画を確認|ご返信)",
    ),
    "more": (
        r"\b(?:additional (?:information|documents|details)|we (?:still )?need|still need|"
        r"(?:is|are) missing|more information|further information|following information)\b",
        r"(?:weitere (?:informationen|unterlagen)|benötigen wir noch|fehlt|fehlen)",
        r"(?:informations supplémentaires|documents supplémentaires|il manque|"
        r"nous avons besoin)",
        r"(?:informazioni aggiuntive|ulteriori|mancano|abbiamo bisogno)",
        r"(?:información adicional|documentos adicionales|falta|necesitamos)",
        r"(?:补充|更多信息|还需要|缺少|其他信息)",
        r"(?:追加の|不足|さらに|追加で)",
    ),
    "refusal": (
        r"\b(?:unfortunately|not sufficient|insufficient|(?:could|can) ?not (?:accept|"
        r"verify|reinstate|approve)|"
        r"did not (?:address|include|explain|meet)|(?:remains|still) deactivated|"
        r"not been accepted|denied|rejected)\b",
        r"(?:leider|nicht ausreichend|nicht akzeptieren|bleibt deaktiviert|abgelehnt)",
        r"(?:malheureusement|insuffisant|ne pouvons pas|reste désactivé|rejeté)",
        r"(?:purtroppo|non sufficiente|insufficiente|non possiamo|resta disattivat|respint)",
        r"(?:lamentablemente|desafortunadamente|insuficiente|no podemos|sigue desactivad|"
        r"rechazad)",
        r"(?:遗憾|不足以|无法接受|无法恢复|仍处于停用|仍然停用|被拒绝)",
        r"(?:残念ながら|不十分|受け入れることができ|引き続き無効|できませんでした|却下)",
    ),
}
NAMES = tuple(_CUES)
_COMPILED = {name: tuple(re.compile(p) for p in patterns) for name, patterns in _CUES.items()}


def cues(text: str) -> dict[str, float]:
    """The cue counts of a notice's text (Chinese folded to simplified), squashed. The patterns
    are lowercase and read the lowercased text: five times faster than case-insensitive
    patterns (2 ms per notice on a loaded core otherwise)."""
    low = text.lower()
    return {name: math.log1p(sum(1 for p in _COMPILED[name] if p.search(low))) for name in NAMES}
