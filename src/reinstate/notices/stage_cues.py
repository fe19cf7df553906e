"""What the product's stage definitions say separates the stages, as features of the model.

The stages differ by what the message does, not by its topic (docs/notices.md, "Stage: what
the text says"): a listing removed on an active account is an `initial_action` when the message
tells the seller how to appeal, what to submit or what to do to get it back, a `warning` when
it only informs or warns; after the seller sent something, an `appeal_rejected` says it was not
accepted or the account stays deactivated, an `info_request` only asks for more; a
`final_decision` says Amazon will not reconsider or reply. The phrase rules score stages by set
phrases; these cues count the looser signs of those definitions, in the seven languages, over
the whole text (stage evidence often sits past the excerpt the transformer reads), so the model
can weigh them:

- `steps`: the message tells the seller what to do: appeal, submit, upload, correct, respond,
  contact the rights owner, relist by lowering the price; a period to act ("within 7 days",
  "entro 14 giorni", "7日以内に").
- `threat`: a possible future action only ("may result in", "repeated violations").
- `no_action`: nothing to do ("no action is required", "your account is not affected",
  "remains in good standing", "无需采取", "対応は不要").
- `sent`: it refers to what the seller sent (an appeal, a plan of action, documents, a reply).
- `more`: it asks for more, other or clearer information ("additional information", "does not
  show", "we still need", "noch folgende").
- `refusal`: it refuses what was sent or says the account stays deactivated ("not accepted",
  "remains deactivated", "leider", "現在も無効").
- `never`: Amazon will not reconsider or reply further ("this decision is final", "不再回复").

Each cue is the number of distinct patterns that match (0-n), squashed like the rules' scores.
"""

from __future__ import annotations

import math
import re

_CUES: dict[str, tuple[str, ...]] = {
    "steps": (
        r"\b(?:to (?:reactivate|reinstate|relist|restore|appeal)|how (?:do i|to) (?:appeal|"
        r"reactivate)|"
        r"submit (?:an|your|a|the)|send us|please (?:provide|submit|upload|send|fix|correct|"
        r"edit|update|"
        r"remove|respond|reply|contact|confirm|tell|explain|merge|list|take|stop|review)|"
        r"appeal (?:this|the) decision|request review|upload (?:documents|your|the|a)|"
        r"you (?:can|may) (?:appeal|reactivate|relist|edit|submit|contact|request|restore)|"
        r"(?:contact|tell) us (?:with|within|by)|respond within|reply within|"
        r"(?:edit|correct|fix|update) (?:your|the) (?:listing|title|detail page|price)|"
        r"contact the rights owner|once you (?:correct|remove|fix|provide|upload)|"
        r"by (?:lowering|adjusting|removing|correcting)|within \d+ (?:days|hours))\b",
        r"\b(?:plan of action|account health|reactivate your account|reactivate your selling)\b",
        r"(?:einreichen|reichen sie|laden sie|einspruch einlegen|um ihr konto (?:zu )?reaktivieren|"
        r"senden sie uns|fügen sie|bitte (?:korrigieren|entfernen|beantragen|antworten|senden|"
        r"wenden|bestätigen|überarbeiten|ändern)|wenden sie sich|wieder aktivieren|"
        r"innerhalb von \d+|binnen \d+)",
        r"(?:pour réactiver|soumett|fournissez|envoyez-nous|faire appel|téléchargez|déposez|"
        r"veuillez|merci de (?:nous )?(?:envoyer|télécharger|fournir|corriger)|contactez|"
        r"vous (?:pouvez|devez) (?:modifier|soumettre|fournir|remettre|contacter)|sous \d+ jours|"
        r"dans un délai de)",
        r"(?:per riattivare|invia(?:re)?|ricorso|fornisci|carica(?:re)?|carichi|presenta(?:re)? un|"
        r"correggi|rimuovi|rimuova|contatta|ti preghiamo|per ripristinare|deve fornire|"
        r"entro \d+ (?:giorni|ore)|entro il)",
        r"(?:para reactivar|envía(?:nos)?|presenta(?:r)? una apelación|proporciona|sube (?:los|"
        r"las)|"
        r"responde|corrige|revisa|ponte en contacto|póngase en contacto|puedes volver a|suba|"
        r"en un plazo de|dispones de)",
        r"(?:请提交|请提供|请上传|提交申诉|如需申诉|如何申诉|恢复(?:您的)?(?:账户|销售|报价)|行动计划|重新激活|"
        r"请在|请于|请通过|请联系|请与|请修改|请删除|请调整|可以重新发布|如需恢复|天内|小时内)",
        r"(?:ご提出ください|提出してください|アップロードしてください|申し立て|改善計画|再開するには|"
        r"してください|ご回答ください|ご連絡ください|以内に)",
    ),
    "threat": (
        r"\b(?:may (?:result|lead)|could (?:result|lead)|repeated violations?|future violations?|"
        r"further violations?|may (?:remove|suspend|deactivate|take)|this is a warning|"
        r"(?:if|should) (?:this|it) (?:continues|happens again))\b",
        r"(?:wiederholte verstöße|weiteren verstößen|kann zur|können zur|warnung|können wir)",
        r"(?:peut entraîner|pourrait entraîner|violations répétées|avertissement)",
        r"(?:può comportare|potrebbe comportare|violazioni ripetute|avvertimento)",
        r"(?:puede (?:dar lugar|provocar|resultar)|infracciones repetidas|advertencia)",
        r"(?:可能会导致|可能导致|再次违反|多次违反|警告|重复违规)",
        r"(?:場合があります|可能性があります|繰り返し|警告)",
    ),
    "no_action": (
        r"\b(?:no (?:further )?action is (?:required|needed|necessary)|you do not need to (?:do|"
        r"take)|"
        r"(?:is|are) not affected|does not affect your account|for your information|"
        r"(?:remains|is) in good standing|no response is (?:required|needed))\b",
        r"(?:keine (?:weiteren )?maßnahmen|nicht betroffen|müssen sie nichts|zu ihrer information)",
        r"(?:aucune action|n['’]est pas affecté|n['’]avez rien à faire|à titre d['’]information)",
        r"(?:nessuna azione|non è interessat|non devi fare|a titolo informativo)",
        r"(?:no (?:es necesario|tienes que|necesitas) (?:hacer|realizar|tomar)|no se ve afectad|"
        r"ninguna acción)",
        r"(?:无需采取|无需任何|不受影响|无需回复|状态良好)",
        r"(?:対応は不要|影響はありません|対応の必要はありません|ご対応いただく必要はありません)",
    ),
    "sent": (
        r"\b(?:your (?:appeal|plan of action|poa|response|reply|submission|documents|invoices)|"
        r"(?:you|that you) (?:provided|submitted|sent|uploaded)|thank you for (?:your|the)|"
        r"we (?:have )?(?:reviewed|received) (?:your|the)|(?:invoices?|documents?|"
        r"information) you)\b",
        r"(?:ihr(?:en|e)? (?:einspruch|aktionsplan|maßnahmenplan|antwort|unterlagen)|"
        r"von ihnen (?:eingereicht|hochgeladen|übermittelt)|vielen dank für ihr)",
        r"(?:votre (?:appel|plan d['’]action|réponse|recours)|que vous (?:avez|"
        r"nous avez) (?:fourni|envoy|"
        r"soumis|transmis|téléchargé)|merci pour votre|(?:avons|bien) reçu vos|"
        r"(?:fournie?s?|transmise?s?) par vous)",
        r"(?:il tuo (?:ricorso|piano)|la tua risposta|che hai (?:fornito|inviato|caricato)|"
        r"grazie per|"
        r"abbiamo ricevuto (?:il tuo|la tua|i tuoi|le tue))",
        r"(?:tu (?:apelación|plan de acción|respuesta)|que (?:nos )?(?:enviaste|proporcionaste|"
        r"subiste)|gracias por|hemos recibido (?:tu|tus|su|sus))",
        r"(?:您提交的|您提供的|您上传的|上传的|您的申诉|您的行动计划|您的回复|感谢您)",
        r"(?:ご提出いただいた|ご提出の|お送りいただいた|申し立てを確認|改善計画を確認|ご返信|"
        r"申し立てありがとう)",
    ),
    "more": (
        r"\b(?:additional (?:information|documents|details)|we (?:still )?need|still need|"
        r"(?:is|are) missing|more information|further information|following information|"
        r"(?:does|do|did) not (?:show|include|match|describe|explain)|also (?:provide|confirm|"
        r"send))\b",
        r"(?:weitere (?:informationen|unterlagen)|benötigen wir noch|fehlt|fehlen|noch folgende)",
        r"(?:informations supplémentaires|documents supplémentaires|il manque|nous avons besoin)",
        r"(?:informazioni aggiuntive|ulteriori|mancano|abbiamo bisogno|ti chiediamo)",
        r"(?:información adicional|documentos adicionales|falta|necesitamos)",
        r"(?:补充|更多信息|还需要|缺少|其他信息|以下信息)",
        r"(?:追加の|不足|さらに|追加で|以下の情報)",
    ),
    "refusal": (
        r"\b(?:unfortunately|not sufficient|insufficient|(?:could|can) ?not (?:accept|verify|"
        r"reinstate|"
        r"approve)|did not (?:address|include|explain|meet)|(?:remains|still) deactivated|"
        r"not been accepted|was not accepted|denied|rejected|not enough information|"
        r"(?:cannot|can not|could not|will not) be (?:reinstated|reactivated|restored))\b",
        r"(?:leider|nicht ausreichend|nicht akzeptieren|bleibt deaktiviert|abgelehnt)",
        r"(?:malheureusement|insuffisant|ne pouvons pas|reste désactivé|rejeté)",
        r"(?:purtroppo|non sufficiente|insufficiente|non possiamo|resta disattivat|"
        r"rimane disattivat|respint)",
        r"(?:lamentablemente|desafortunadamente|insuficiente|no podemos|sigue desactivad|rechazad)",
        r"(?:遗憾|不足以|无法接受|无法恢复|仍处于停用|仍然停用|被拒绝|仍处于暂停)",
        r"(?:残念ながら|不十分|受け入れることができ|引き続き無効|できませんでした|却下|現在も無効)",
    ),
    "never": (
        r"\b(?:will not (?:reconsider|respond|reply|review)|no longer (?:respond|review)|"
        r"(?:decision|this) is final|not (?:be )?(?:able to )?reinstate your account|"
        r"further (?:appeals|messages) will not)\b",
        r"(?:endgültig|nicht (?:erneut )?prüfen|keine weiteren (?:einsprüche|antworten))",
        r"(?:définitive|ne (?:répondrons|réexaminerons) plus)",
        r"(?:definitiva|non (?:risponderemo|riesamineremo))",
        r"(?:definitiva|no (?:responderemos|reconsideraremos))",
        r"(?:最终|不再回复|不会再|不予受理)",
        r"(?:最終的|回答いたしかねます|今後.*返信|再検討(?:は|いたし)ません)",
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
