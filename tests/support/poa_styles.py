"""Plans of Action in the many ways real writers lay out the three parts (test tooling).

Every text here is written for these tests. Each language has one sound appeal's three parts
(specific, calm, past tense for what was done) and several sets of headings a writer might give
them, from the textbook ones to plain speech; `sound_appeals()` combines them with heading
shapes (plain, colon, numbered, markdown, bold, bracketed, capitals, merged with the first
sentence, a question), with one combined "what we did and will do" part, and with no headings
at all. `flawed_appeals()` are appeals where a part is really absent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str
    greeting: str
    intro: str
    cause: str
    done: str
    prevent: str
    closing: str
    headings: tuple[tuple[str, str, str], ...]
    combined: tuple[tuple[str, str], ...]  # (cause heading, "what we did and will do" heading)


LANGUAGES = (
    Language(
        "en",
        "Dear Account Health team,",
        "This plan of action concerns the deactivation notice of 4 April for ASIN B0CH4RG3R1.",
        "On 2 April a buyer reported that the charger sold under ASIN B0CH4RG3R1 overheated. We "
        "had moved to a new cable factory in February and did not ask it for a fresh safety test "
        "report, so a batch of 400 units with thinner wiring reached customers.",
        "We closed the listing the same day, recalled the 212 unsold units from FBA (removal "
        "order R-88127) and refunded all 37 buyers of that batch. On 9 April an accredited lab "
        "retested the cable; its report is attached.",
        "Every new factory or material change now needs a lab report before we accept the "
        "goods. Our quality lead, Dana Ortiz, signs off each shipment, and every month she "
        "pulls five units per ASIN for a spot test.",
        "Kind regards,\nNorthgate Electronics Ltd",
        (
            ("Why it happened", "What we fixed", "How we stop it happening again"),
            ("What went wrong", "What we've done", "Going forward"),
            ("The problem", "Fixes", "Changes from now on"),
            ("Cause", "Done", "Next steps"),
            ("Reason", "Fixed", "From now on"),
            ("How this happened", "Steps taken", "Keeping it from recurring"),
            ("Findings", "Actions completed", "Ongoing controls"),
            ("What happened", "Immediate fixes", "Long-term changes"),
            ("Our mistake", "What we put right", "Safeguards"),
            ("Root cause analysis", "Remediation", "Process changes"),
            ("Background and cause", "What we changed", "Future safeguards"),
            ("Issue identified", "Remediation completed", "Control measures"),
        ),
        (
            ("Why it happened", "What we did and will do"),
            ("Root cause", "Actions taken and next steps"),
            ("What went wrong", "Fixes and prevention"),
        ),
    ),
    Language(
        "en",
        "Hello,",
        "We hereby submit our plan of action for ASIN B0CS1357MN.",
        "We deeply realize the problem come from our supplier change. In May we change to new "
        "factory Ningbo Hengda and did not check its test report for ASIN B0CS1357MN, so 150 "
        "pieces without correct warning label were sold.",
        "We already removed the listing on 6 May, refunded 31 customers and got a new CPC "
        "certificate from the accredited lab on 15 May. All 88 remaining pieces were disposed "
        "(removal ID 9KX2PLW).",
        "From now, every new factory must give test report before first order, and our QC "
        "manager Mr. Li checks it. Each month we audit 3 random ASIN with the lab.",
        "Best regards\nShenzhen Hengyue Trading Co., Ltd.",
        (
            ("Reason of problem", "Actions we already did", "Measures to avoid again"),
            ("Problem analysis", "Rectification", "Improvement measures"),
            ("Reason for the problem", "Solutions done", "Prevention plan"),
            ("Analysis of reason", "Corrections finished", "Long term measures"),
        ),
        (("Reason of problem", "Rectification and prevention"),),
    ),
    Language(
        "de",
        "Sehr geehrtes Seller-Performance-Team,",
        "hiermit erhalten Sie unseren Maßnahmenplan zur Deaktivierung vom 6. März.",
        "Am 3. März haben wir für ASIN B0DE1234AB eine Lieferung von einem neuen Großhändler "
        "eingelagert, ohne dessen Rechnungen mit dem Hersteller abzugleichen. Weil unsere "
        "Einkaufsliste keinen Prüfschritt für neue Lieferanten hatte, fiel nicht auf, dass die "
        "Rechnung keine Herstellerangaben enthielt.",
        "Wir haben das Angebot am 5. März deaktiviert, die 180 Einheiten zurückgerufen (Auftrag "
        "RM-4471) und direkt beim Hersteller Kessler GmbH eingekauft. Die neue Rechnung Nr. "
        "2024-118 liegt bei.",
        "Ab sofort prüft unsere Einkaufsleiterin jede neue Lieferantenrechnung vor der ersten "
        "Bestellung. Jeden Monat gleichen wir eingekaufte und verkaufte Mengen je ASIN ab.",
        "Mit freundlichen Grüßen\nKessel & Partner Handels GmbH",
        (
            ("Ursache", "Korrekturmaßnahmen", "Vorbeugende Maßnahmen"),
            ("Was ist passiert", "Was wir getan haben", "Was wir künftig tun"),
            ("Grund", "Erledigte Maßnahmen", "Zukünftige Maßnahmen"),
            ("Warum es passiert ist", "Sofortmaßnahmen", "Dauerhafte Maßnahmen"),
            ("Ursachenanalyse", "Umgesetzte Schritte", "Prävention"),
            ("Hintergrund und Ursache", "Maßnahmen", "Vermeidung künftiger Fehler"),
            ("Fehlerursache", "Abhilfe", "Damit es nicht wieder vorkommt"),
            ("Wie es dazu kam", "Bereits umgesetzt", "Ab sofort"),
        ),
        (
            ("Ursache", "Getroffene und geplante Maßnahmen"),
            ("Warum es passiert ist", "Maßnahmen"),
        ),
    ),
    Language(
        "fr",
        "Madame, Monsieur,",
        "Voici notre plan d'action concernant la désactivation du 14 mai.",
        "Le 12 mai, trois clients ont signalé que le sérum ASIN B0FR5678CD était périmé. Nous "
        "avions reçu ce lot d'un entrepôt partenaire et nous n'avons pas vérifié les dates de "
        "péremption à la réception, car notre procédure ne le prévoyait pas.",
        "Nous avons retiré l'offre le 13 mai, fait détruire les 96 unités restantes (ordre de "
        "retrait FR-2207) et remboursé les 14 acheteurs concernés.",
        "Désormais, chaque lot est contrôlé à la réception par notre responsable qualité, et "
        "tout produit à moins de six mois de péremption est refusé. Un inventaire mensuel est "
        "consigné dans un registre.",
        "Cordialement,\nBelle Rive SARL",
        (
            ("Cause", "Actions correctives", "Mesures préventives"),
            ("Pourquoi c'est arrivé", "Ce que nous avons fait", "Ce que nous faisons désormais"),
            ("Origine du problème", "Mesures prises", "Pour éviter que cela se reproduise"),
            ("Analyse", "Corrections apportées", "À l'avenir"),
        ),
        (("Cause du problème", "Mesures prises et à venir"),),
    ),
    Language(
        "es",
        "Estimado equipo de Rendimiento del vendedor:",
        "Les enviamos nuestro plan de acción sobre la desactivación del 10 de junio.",
        "El 8 de junio recibimos quejas sobre el tamaño del ASIN B0ES9012EF. La ficha indicaba "
        "40 cm, pero el fabricante había cambiado el modelo a 36 cm y no revisamos la nueva "
        "hoja técnica antes de seguir vendiendo.",
        "Corregimos la ficha el 9 de junio, reembolsamos a los 22 compradores afectados y "
        "pedimos al fabricante, Textiles Ribera S.L., la hoja técnica actualizada, que "
        "adjuntamos.",
        "A partir de ahora, nuestra encargada de catálogo compara cada hoja técnica nueva con "
        "la ficha antes de publicar, y cada trimestre revisamos todas las medidas con muestras "
        "reales.",
        "Atentamente,\nCasa Ribera Online S.L.",
        (
            ("Causa", "Acciones correctivas", "Medidas preventivas"),
            ("Por qué ocurrió", "Lo que hicimos", "Lo que haremos para evitarlo"),
            ("Qué pasó", "Medidas ya tomadas", "En adelante"),
            ("Origen del problema", "Correcciones", "Prevención"),
        ),
        (("Causa", "Lo que hicimos y haremos"),),
    ),
    Language(
        "it",
        "Gentile team Performance Venditore,",
        "vi inviamo il nostro piano d'azione per la sospensione del 23 febbraio.",
        "Il 20 febbraio abbiamo messo in vendita l'ASIN B0IT3456GH con un'immagine del "
        "produttore che mostrava accessori non inclusi. Il nostro grafico ha riutilizzato le "
        "foto del catalogo senza confrontarle con il contenuto della confezione.",
        "Abbiamo sostituito le immagini il 22 febbraio, rimborsato i 9 clienti che avevano "
        "reclamato e verificato le altre 64 inserzioni.",
        "D'ora in poi ogni nuova inserzione viene controllata dalla responsabile catalogo con "
        "la confezione reale, e ogni mese rivediamo a campione dieci inserzioni.",
        "Cordiali saluti,\nLuce Casa S.r.l.",
        (
            ("Causa", "Azioni correttive", "Misure preventive"),
            ("Perché è successo", "Cosa abbiamo fatto", "Cosa faremo in futuro"),
            ("Motivo", "Interventi eseguiti", "Prevenzione"),
            ("Cosa è successo", "Correzioni", "Per evitare che si ripeta"),
        ),
        (("Causa del problema", "Azioni intraprese e future"),),
    ),
    Language(
        "ja",
        "Amazon アカウントヘルスチーム御中",
        "3月6日付の出品停止について、改善計画をお送りします。",
        "3月4日、ASIN B0JP7890IJ の商品説明に誤った対応機種を記載していました。メーカーの仕様"
        "変更を確認せずに旧データを使ったためです。",
        "3月5日に出品を停止し、説明文を修正しました。購入者18名に返金し、メーカーから最新の"
        "仕様書を取り寄せました。",
        "今後は新商品の登録時に、担当者が仕様書と説明文を照合します。毎月、全商品の説明を品質"
        "担当がチェックします。",
        "以上、よろしくお願いいたします。\n株式会社ミナト商会",
        (
            ("原因", "是正措置", "再発防止策"),
            ("発生の経緯", "実施した対応", "今後の対策"),
            ("問題の原因", "対応済みの内容", "予防策"),
            ("なぜ起きたか", "修正内容", "再発防止"),
        ),
        (("原因", "対応と再発防止策"),),
    ),
    Language(
        "zh",
        "尊敬的亚马逊卖家绩效团队：",
        "我们是深圳市远航贸易有限公司，现就3月12日的账户停用提交行动计划。",
        "3月10日，ASIN B0CN2468KL 收到3起“商品与描述不符”的投诉。原因是我们更换了包装供应商，"
        "新包装上的尺寸标注错误，而我们入库时没有抽检。",
        "3月11日我们已下架该商品，召回FBA库存126件，并为全部15位买家办理了退款。新的包装已由"
        "原供应商重新印制。",
        "今后每批货入库前，由质检专员按5%比例抽检包装标注；每月由运营主管复核所有商品页面。",
        "此致\n深圳市远航贸易有限公司",
        (
            ("根本原因", "纠正措施", "预防措施"),
            ("问题原因", "已采取的措施", "今后的措施"),
            ("为什么会发生", "我们做了什么", "如何防止再次发生"),
            ("原因说明", "整改情况", "长期改进"),
            ("事情经过", "处理结果", "后续措施"),
        ),
        (("原因分析", "整改及预防措施"), ("问题原因", "处理与改进")),
    ),
)

# Whole appeals in yet other words: plain-speech headings, error narratives, generic participles.
WHOLE = {
    "de1": (
        "Sehr geehrtes Team,\n"
        "\n"
        "Die Beschwerden gingen auf eine falsch beschriftete Charge zurück: Unser Lager "
        "hat am 14. Mai 300 Flaschen der ASIN B0DE77KQ2P mit dem alten Etikett versandt.\n"
        "\n"
        "Am 15. Mai haben wir alle 120 Restflaschen aus dem FBA-Lager abgezogen und neu "
        "etikettiert. Den 31 Käufern wurde der Kaufpreis erstattet.\n"
        "\n"
        "Seit dem 20. Mai gleicht ein zweiter Mitarbeiter vor jedem Versand das Etikett "
        "mit der Artikelliste ab."
    ),
    "de2": (
        "Problem\n"
        "Beim Einstellen der ASIN B0DE55LM1X haben wir versehentlich ein Herstellerfoto "
        "verwendet, das Zubehör zeigt, das nicht enthalten ist.\n"
        "\n"
        "Was wir unternommen haben\n"
        "Die Fotos wurden am 2. Juni ausgetauscht; 12 Kunden haben eine Gutschrift "
        "erhalten.\n"
        "\n"
        "Wie wir das künftig verhindern\n"
        "Neue Angebote prüft unsere Katalogverantwortliche anhand eines echten Musters."
    ),
    "en1": (
        "Hi team,\n"
        "\n"
        "The issue was a mislabelled carton: our 3PL, Bayline Logistics, shipped 64 units"
        " of ASIN B0EN11QQ2R in the old packaging on 3 March.\n"
        "\n"
        "Since then, we pulled the remaining 210 units, had them repackaged by Bayline on"
        " 8 March, and sent replacement units to all 19 affected buyers.\n"
        "\n"
        "Every inbound shipment to the 3PL now gets a photo check against the packaging "
        "spec, signed off by our ops manager Priya."
    ),
    "fr1": (
        "Le problème venait de notre fichier de prix : le 4 avril, une erreur de formule "
        "a affiché l'ASIN B0FR22PL3S à 3,90 € au lieu de 39,00 €.\n"
        "\n"
        "Nous avons annulé les 57 commandes concernées le jour même, prévenu chaque "
        "client et corrigé la formule.\n"
        "\n"
        "Chaque modification du fichier de prix est désormais relue par une deuxième "
        "personne avant l'import."
    ),
    "es1": (
        "Explicación\n"
        "El 9 de mayo un error en nuestro almacén hizo que se enviaran 40 unidades del "
        "ASIN B0ES33KM4T sin el manual en español.\n"
        "\n"
        "Medidas adoptadas\n"
        "Enviamos el manual por correo a los 40 compradores el 11 de mayo y revisamos las"
        " 300 unidades restantes.\n"
        "\n"
        "Controles nuevos\n"
        "Desde junio, el responsable de almacén comprueba una caja de cada lote antes del"
        " envío."
    ),
    "it1": (
        "Il problema è nato da un errore di etichettatura: il 12 marzo il nostro "
        "fornitore Vetri Nord ha spedito 80 pezzi dell'ASIN B0IT44LL5U con le misure "
        "sbagliate sulla scatola.\n"
        "\n"
        "Abbiamo bloccato l'inserzione il 13 marzo, ritirato i 50 pezzi in magazzino e "
        "rimborsato i 14 clienti.\n"
        "\n"
        "Da aprile ogni lotto in arrivo viene confrontato con la scheda tecnica dal "
        "nostro magazziniere."
    ),
    "zh1": (
        "出现问题的原因：3月2日仓库员工误将旧版说明书装入ASIN B0ZH55MM6V的包装，共发出220件。\n"
        "\n"
        "处理情况：3月3日已暂停销售，给已购买的58位买家补发了新版说明书，剩余库存已全部重新包装。\n"
        "\n"
        "改进：今后每批货发货前，由仓库主管核对说明书版本并拍照存档。"
    ),
    "ja1": (
        "経緯\n"
        "3月8日、倉庫の担当者が旧パッケージのまま ASIN B0JA66NN7W を120個出荷しました。\n"
        "\n"
        "対応\n"
        "3月9日に残りの在庫を回収し、購入者25名に新しい商品を送付しました。\n"
        "\n"
        "今後\n"
        "出荷前に責任者がパッケージの版を毎回確認します。"
    ),
}

_COLON = {"zh": "：", "ja": "："}
_CJK = ("zh", "ja")


def _shapes(lang: str) -> dict[str, Callable[[int, str, str], str]]:
    """Heading shapes: (part number, heading, body) -> the part as the writer lays it out."""
    colon = _COLON.get(lang, ":")
    numerals = "一二三"
    shapes: dict[str, Callable[[int, str, str], str]] = {
        "plain": lambda i, h, b: f"{h}\n{b}",
        "colon": lambda i, h, b: f"{h}{colon}\n{b}",
        "numbered": lambda i, h, b: f"{i}. {h}\n{b}",
        "paren": lambda i, h, b: f"{i}) {h}{colon}\n{b}",
        "markdown": lambda i, h, b: f"## {h}\n{b}",
        "bold": lambda i, h, b: f"**{h}**\n{b}",
        "bold_colon": lambda i, h, b: f"**{h}:**\n{b}",
        "bracket": lambda i, h, b: f"【{h}】\n{b}",
        "square": lambda i, h, b: f"[{h}]\n{b}",
        "inline": lambda i, h, b: f"{h}{colon} {b}",
        "bold_inline": lambda i, h, b: f"**{h}** {b}",
        "dash_inline": lambda i, h, b: f"{h} – {b}",
    }
    if lang in _CJK:
        shapes["cjk_numbered"] = lambda i, h, b: f"{numerals[i - 1]}、{h}\n{b}"
        shapes["bracket_inline"] = lambda i, h, b: f"【{h}】{b}"
        del shapes["dash_inline"]
    else:
        shapes["capitals"] = lambda i, h, b: f"{h.upper()}\n{b}"
        shapes["roman"] = lambda i, h, b: f"{'I' * i}. {h}\n{b}"
    return shapes


def _letter(lang: Language, parts: list[str]) -> str:
    return "\n\n".join([lang.greeting, lang.intro, *parts, lang.closing])


@dataclass(frozen=True)
class Appeal:
    id: str
    lang: str
    text: str


def sound_appeals() -> Iterator[Appeal]:
    """Sound three-part appeals: every heading set in every shape, combined parts, no headings."""
    for li, lang in enumerate(LANGUAGES):
        bodies = (lang.cause, lang.done, lang.prevent)
        shapes = _shapes(lang.code)
        names = sorted(shapes)
        for hi, heads in enumerate(lang.headings):
            # each heading set in three shapes, rotating so every shape meets every set
            for k in range(3):
                shape_name = names[(hi * 3 + k) % len(names)]
                shape = shapes[shape_name]
                parts = [
                    shape(i + 1, h, b) for i, (h, b) in enumerate(zip(heads, bodies, strict=True))
                ]
                yield Appeal(f"{lang.code}{li}-{hi}-{shape_name}", lang.code, _letter(lang, parts))
        for ci, (cause_head, both_head) in enumerate(lang.combined):
            for shape_name in ("colon", "bold", "numbered"):
                shape = shapes[shape_name]
                parts = [
                    shape(1, cause_head, lang.cause),
                    shape(2, both_head, f"{lang.done}\n\n{lang.prevent}"),
                ]
                yield Appeal(
                    f"{lang.code}{li}-combined{ci}-{shape_name}", lang.code, _letter(lang, parts)
                )
        yield Appeal(f"{lang.code}{li}-no-headings", lang.code, _letter(lang, list(bodies)))
        yield Appeal(
            f"{lang.code}{li}-bare", lang.code, "\n\n".join(bodies)
        )  # no greeting, no closing
    for key, text in WHOLE.items():
        yield Appeal(f"whole-{key}", key[:2], text)


def _only_apology(lang: Language) -> str:
    return {
        "en": "We are very sorry for the trouble.\n\nWe promise to do better and will make sure "
        "every product is checked from now on.",
        "de": "Es tut uns sehr leid.\n\nWir versprechen, künftig jede Lieferung zu prüfen.",
        "fr": "Nous sommes vraiment désolés.\n\nÀ l'avenir, nous contrôlerons chaque lot.",
        "es": "Lamentamos mucho lo ocurrido.\n\nA partir de ahora revisaremos cada ficha.",
        "it": "Ci scusiamo molto per l'accaduto.\n\nD'ora in poi controlleremo ogni inserzione.",
        "ja": "大変申し訳ございません。\n\n今後は毎月すべての商品を確認いたします。",
        "zh": "我们对此深表歉意。\n\n今后我们会每月检查所有商品。",
    }[lang.code]


def flawed_appeals() -> Iterator[tuple[Appeal, str]]:
    """(appeal, the rule it must get): parts really absent, in every language."""
    for li, lang in enumerate(LANGUAGES):
        colon = _COLON.get(lang.code, ":")
        heads = lang.headings[0]
        # jumps straight to the actions, headed
        text = _letter(
            lang,
            [f"{heads[1]}{colon}\n{lang.done}", f"{heads[2]}{colon}\n{lang.prevent}"],
        )
        yield Appeal(f"{lang.code}{li}-no-cause-headed", lang.code, text), "P001"
        # jumps straight to the actions, no headings
        yield (
            Appeal(
                f"{lang.code}{li}-no-cause-bare",
                lang.code,
                _letter(lang, [lang.done, lang.prevent]),
            ),
            "P001",
        )
        # only apologises and promises
        yield (
            Appeal(f"{lang.code}{li}-apology", lang.code, _letter(lang, [_only_apology(lang)])),
            "P001",
        )
        yield (
            Appeal(f"{lang.code}{li}-apology", lang.code, _letter(lang, [_only_apology(lang)])),
            "P002",
        )
        # a cause and prevention, nothing done
        text = _letter(
            lang, [f"{heads[0]}{colon}\n{lang.cause}", f"{heads[2]}{colon}\n{lang.prevent}"]
        )
        yield Appeal(f"{lang.code}{li}-nothing-done", lang.code, text), "P002"
        # a cause and what was done, no prevention
        text = _letter(
            lang, [f"{heads[0]}{colon}\n{lang.cause}", f"{heads[1]}{colon}\n{lang.done}"]
        )
        yield Appeal(f"{lang.code}{li}-no-prevention", lang.code, text), "P003"
