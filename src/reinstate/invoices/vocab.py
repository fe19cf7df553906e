"""The words invoices use, in the languages sellers' suppliers write them.

English, Chinese, Japanese, Korean, German, French, Italian, Spanish, Dutch, Polish, Swedish,
Danish, Norwegian, Finnish and Indian GST layouts; Vietnamese titles, dates, sums, columns and
parties; Slovak and Hungarian titles, labels, sums and columns; Portuguese (Portugal's faturas,
Brazil's DANFE and NFS-e) titles, sums and columns; Turkish (e-Fatura, e-Arşiv) titles, dates,
parties, columns and sums; Lithuanian and Ukrainian titles, dates, parties, columns and sums,
and a Polish fiscal receipt's (paragon fiskalny) sums. Kept apart from the reading logic in
`fields` so a new language is a vocabulary change. Patterns are matched case-insensitively on
one layout segment (a cell).
"""

from __future__ import annotations

import re

from reinstate.invoices.dates import fold

# Accented letters the English OCR model gives for another accent on the same letter: a caron
# or an ogonek is read as an acute ("Celkem k uhradé" for "úhradě").
_ACCENTED = "áàâäéèêëěęíìîïóòôöúùûüůýčçćšśžźżřňń"


def _accent_forms(c: str) -> str:
    """`c`, its bare letter, and the other accented forms of that letter."""
    bare = fold(c)
    return c + bare + "".join(a for a in _ACCENTED if fold(a) == bare and a != c)


def loose(pattern: str) -> str:
    """The pattern with each accented letter also matching its bare form: scans are read by an
    English OCR model that drops diacritics ("Do zaplaty", "Rechnungsempfanger", "Montant da"),
    or reads them as another accent (`_ACCENTED`).
    It reads the Polish "ł" as a "t" as often as an "l" ("Do zaptaty", "ptatnosci")."""
    out: list[str] = []
    in_class = escaped = False
    for c in pattern:
        if escaped:
            out.append(c)
            escaped = False
            continue
        if c == "\\":
            escaped = True
        elif c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif not in_class and c == "ł":
            out.append("[łlt]")
            continue
        elif not in_class and c.isalpha() and fold(c) != c and len(fold(c)) == 1:
            out.append(f"[{_accent_forms(c)}]")
            continue
        out.append(c)
    return "".join(out)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(loose(pattern), flags)


# Document titles. A title is the word at the start of a cell ("Rechnung Nr. 12", "FACTURE",
# "Tax Invoice"); compounds such as "Rechnungsadresse" are not titles. Order matters: a
# "Proforma-Rechnung" is a pro forma before it is a Rechnung.
# Vietnamese: "hóa đơn" (invoice, also spelt "hoá đơn"). Its đ is a letter of its own, no d
# with a mark, so `loose` cannot fold it; an English OCR model reads it "d".
VI_INVOICE = r"h(?:óa|oá)\s*[đd]ơn"
# Words printed before a title, stamps included ("ORIGINAL", "KOPIE", "COPIA", "ORYGINAŁ",
# "DUPLICATE" drawn beside or over it).
TITLE_PREFIX = (
    r"^\W*(?:(?:commercial|tax|vat|gst|retail|sales|cash|e-|electronic|final|original[e]?|oryginał|"
    r"copy|kopie|kopia|copia|copie|duplicate|duplikat|duplicado|duplicata|duplicaat)\W*\s*)*"
)
DOC_TITLES: list[tuple[str, str]] = [
    (
        "pro_forma",
        r"pro[\s\-]?forma(?:[\s\-]?(?:invoice|rechnung|facture|fattura|factura|factuur|faktura))?"
        r"|形式发票|预开发票|見積請求書|zálohová faktura|"
        # Slovak "Zálohová faktúra", "Predfaktúra"; Hungarian "Díjbekérő" (a request for
        # payment before the sale), "Előlegszámla" (an advance's invoice, as Czech "zálohová")
        r"zálohová faktúra|predfaktúra|díjbekérő|előlegszámla|előleg\s*számla|"
        # Finnish "Proformalasku", "Ennakkolasku" (an advance's invoice)
        r"proformalasku|ennakkolasku|"
        # Lithuanian "Išankstinė sąskaita (faktūra)" (an advance's invoice, asking payment first)
        r"išankstinė\s*sąskaita(?:[\s\-–]*faktūra)?|"
        # Korean: a pro forma invoice written out ("프로포마 인보이스")
        r"프로\s*포마(?:\s*인보이스)?",
        # Turkish "Proforma Fatura" is read by the pattern's first words
    ),
    (
        "quotation",
        r"quotation|price quote|quote|angebot|kostenvoranschlag|devis|offerta|preventivo|"
        r"presupuesto|pressupost|orçamento|cotización|cotizacion|offerte|oferta|wycena|"
        # Portuguese: a quotation ("Cotação"), a commercial proposal ("Proposta comercial")
        r"cotação(?!\s+d[eoa]\b)|proposta\s*comercial|"
        r"cenová nabídka|nabídka|cenová ponuka|ponuka|árajánlat|ajánlat|"
        # Swedish "Offert", Danish and Norwegian "Tilbud", Finnish "Tarjous"
        r"offert|kostnadsförslag|tilbud|tarjous|"
        # Turkish "Fiyat Teklifi", "Teklif", "Teklif Formu" (not "Teklif No", "Teklif Tarihi")
        r"(?:fiyat\s*)?teklif(?:i|name|\s*formu)?(?!\s*(?:no|numarası|tarihi)\b)|"
        # Lithuanian "Komercinis pasiūlymas"; Ukrainian "Комерційна пропозиція"
        r"(?:komercinis\s*)?pasiūlymas|комерційна\s*пропозиція|"
        r"報价单|报价单|见积书|見積書|御見積書|견적서|"
        # Vietnamese "báo giá" with its marks only: "Bao Gia" may begin a company's name
        r"b[á]o\s*gi[á]|"
        # a price list offers prices and buys nothing, whatever "Invoice No." it carries
        r"price\s?list|preisliste|liste de prix|listino(?: prezzi)?|lista de precios|prijslijst|"
        r"cennik|ceník|prislista|prisliste|hinnasto|价格表|价目表|报价表|価格表|tabela de preços|"
        r"lista de preços",
    ),
    (
        "order_confirmation",
        r"order confirmation|sales order|purchase order|auftragsbestätigung|bestellbestätigung|"
        r"bestellung|confirmation de commande|bon de commande|conferma d'ordine|"
        r"conferma ordine|ordine|confirmación de pedido|pedido|orderbevestiging|bestelbon|"
        r"inkooporder|verkooporder|ordre d'achat|orden de compra|ordine d'acquisto|"
        r"potwierdzenie zamówienia|zamówienie|objednávka|potvrdenie objednávky|"
        # Portuguese: a buyer's order ("Nota de encomenda", "Ordem de compra"), its confirmation
        r"nota de encomenda|ordem de compra|confirmação de (?:encomenda|pedido)|"
        # Hungarian: an order, an order's confirmation
        r"megrendelés|rendelés\s*visszaigazolás|megrendelő\s*lap|visszaigazolás|"
        # Nordic orders and their confirmations
        r"orderbekräftelse|inköpsorder|ordrebekræftelse|indkøbsordre|ordrebekreftelse|"
        r"innkjøpsordre|tilausvahvistus|ostotilaus|"
        # Turkish: an order's form, its confirmation, a purchase order (not "Sipariş No",
        # "Sipariş Tarihi", which an invoice prints)
        r"sipariş\s*(?:formu|onayı|onay\s*formu)|satın\s*alma\s*siparişi|"
        r"sipariş(?!\s*(?:no|numarası|tarihi)\b)(?=\s*$)|"
        # "订单详情": a marketplace's (1688, Taobao) order page, printed from the browser
        r"订单确认|销售订单|采购订单|订单详情|訂單詳情|注文書|注文請書|발주서|주문서|[đd]ơn\s*[đd]ặt\s*hàng",
    ),
    (
        "packing_list",
        r"packing list|packing slip|delivery note|delivery challan|lieferschein|"
        # a packing list in German, Dutch, the Nordic languages, French, Spanish, Italian, Polish
        r"packliste|packzettel|paklijst|pakkeliste|packlista|liste de colisage|"
        r"lista de (?:empaque|embalaje)|distinta (?:di )?imballaggio|lista pakunkowa|"
        # shipping documents: "Bill of Lading" is no bill
        r"bill of lading|(?:air\s?)?waybill|"
        r"bon de livraison|documento di trasporto|ddt|bolla di consegna|albarán|albaran|albarà|"
        r"guia de remessa|guia de transporte|guia de entrega|"
        # Brazil's "Romaneio" (the packing list sent with the goods), Portuguese packing lists
        r"romaneio|lista de (?:embalagem|volumes)|"
        r"pakbon|leveringsbon|dowód dostawy|wz|dodací list|"
        # a Lithuanian waybill ("Važtaraštis"); a Ukrainian consignment note ("Товарно-
        # транспортна накладна", a carrier's) or bill of lading
        r"važtaraštis|товарно[\s\-–]*транспортна\s*накладна|"
        # Hungarian: a delivery note, a packing list, a consignment note
        r"szállítólevél|csomagjegyzék|fuvarlevél|"
        # Swedish, Danish, Norwegian and Finnish delivery notes, packing lists, waybills
        r"följesedel|packsedel|fraktsedel|følgeseddel|pakseddel|pakkseddel|fragtbrev|fraktbrev|"
        r"lähete|lähetyslista|pakkausluettelo|rahtikirja|"
        # Turkish: a dispatch note ("Sevk İrsaliyesi", "e-İrsaliye", "İrsaliye"; not "İrsaliye
        # No" nor "İrsaliye yerine geçer", printed on invoices), a packing list ("Çeki Listesi")
        r"sevk\s*[iı]rsaliyesi|(?:e-?\s*)?[iı]rsaliye(?:si)?(?!\s*(?:no|numarası|tarihi|yerine)\b)|"
        r"çeki\s*listesi|"
        r"装箱单|送货单|发货单|"
        # a Vietnamese delivery note, warehouse release note, packing list
        r"phiếu\s*(?:giao\s*hàng|xuất\s*kho)|biên\s*bản\s*giao\s*hàng|phiếu\s*[đd]óng\s*gói|"
        # packing details, shipping details (ja); packing list, delivery note (zh-Hant)
        r"梱包明細書?|出荷明細書?|パッキングリスト|裝箱單|送貨單|出貨單|납품서|출고증|출하\s*전표|인수증|패킹\s*리스트|"
        # "納品書兼請求書": a delivery note that is also the invoice, titled so (below)
        r"納品書(?!\s*兼\s*(?:御|ご)?請求書)",
    ),
    (
        "receipt",
        r"receipt|quittung|kassenbon|reçu|recu|ticket de caisse|ricevuta|scontrino|recibo|"
        r"ticket|kwitantie|kassabon|paragon|pokwitowanie|příjmový doklad|účtenka|cash memo|"
        # Slovak: a till's or a cash receipt; Hungarian: a receipt, a cash voucher
        r"pokladničný doklad|príjmový pokladničný doklad|paragón|nyugta|pénztárbizonylat|"
        r"kassakvitto|kvitto|kvittering|kuitti|"
        # Turkish: a receipt, a collection receipt, a self-employed's receipt
        r"(?:tahsilat\s*)?makbuzu?|serbest\s*meslek\s*makbuzu|"
        r"收据|收款凭证|領収書|レシート|(?:간이\s*|현금\s*)?영수증|phiếu\s*thu|"
        # a Brazilian till's fiscal coupon; the Italian till's "Documento commerciale di
        # vendita o prestazione" (the scontrino's name since the registratori telematici)
        # (OCR of a photographed roll reads its I as T: "DOCUMENTO COMMERCTALE")
        r"cupom fiscal|document[o0]\s*commerc\s?[il1t]\s?ale",
    ),
    # A statement of account lists the invoices of a period, the payments against them and
    # the balance; a remittance advice tells the supplier which invoices a payment settles.
    # Both print invoice numbers, dates and amounts, and neither is an invoice. A tear-off
    # "Remittance" slip under an invoice is no title ("please return with your payment").
    (
        "statement",
        # "Statement on origin" (an exporter's origin declaration) is printed on invoices
        r"statement(?: of accounts?)?(?!\s+(?:on|of|by)\b)|account statement|customer statement|"
        r"kontoauszug|kontoübersicht|saldenbestätigung|offene[\s\-]posten(?:[\s\-]?liste)?|"
        r"relevé (?:de compte|client|de factures)|estratto conto|"
        r"estado de cuenta|extracto de cuenta|extrato de conta|rekeningoverzicht|"
        r"zestawienie (?:należności|faktur)|výpis z účtu|egyenlegközlő|folyószámla[\s\-]?kivonat|"
        r"kontoutdrag|kontoudtog|kontoutskrift|tiliote|"
        r"对账单|對帳單|거래\s*내역서",
    ),
    (
        "remittance",
        r"(?:remittance|payment)\s+advice|"
        r"remittance(?!\s*(?:[:\-–—]|to\b|address|details|info|slip|copy))|"
        r"zahlungsavis|avis de (?:paiement|virement|règlement)|avviso di pagamento|"
        r"aviso de pago|betalingsadvies|付款通知书?|汇款通知书?|入金通知書?|送金通知書?",
    ),
    (
        "credit_note",
        r"credit note|gutschrift|avoir|nota di credito|nota de crédito|creditnota|"
        r"faktura korygująca|korekta|dobropis|opravný daňový doklad|opravná faktúra|"
        # Hungarian: a correcting invoice, a cancelling invoice, a credit
        r"helyesbítő számla|sztornó számla|stornó számla|jóváírás|"
        r"kreditfaktura|kreditnota|hyvityslasku|"
        # Turkish: a return's invoice (an e-Fatura of type İADE, the buyer's goods sent back)
        r"[iı]ade\s*faturası|"
        # Lithuanian "Kreditinė sąskaita faktūra"; Ukrainian "Коригування", the adjustment of a
        # tax invoice ("Розрахунок коригування"), a credit note ("Кредит-нота")
        r"kreditinė\s*(?:pvm\s*)?sąskaita(?:[\s\-–]*faktūra)?|(?:розрахунок\s*)?коригування|"
        r"кредит[\s\-]*нота|"
        r"红字发票|赤伝|返金",
    ),
    (
        "invoice",
        r"invoice|bill of supply|rechnung|facture|fattura|factura|factuur|faktura(?: vat)?|"
        # Portuguese (Portugal, Brazil): "Fatura", "Fatura-Recibo", "Fatura Simplificada"
        r"fatura|factura-recibo|"
        # Turkish: GİB's e-Arşiv Fatura (an e-Fatura's "e-" is a title's prefix), a sales
        # invoice ("Satış Faturası")
        r"arşiv\s*fatura|satış\s*faturası|"
        # Brazil: the NF-e is the invoice, its DANFE printout ("Documento Auxiliar da Nota
        # Fiscal Eletrônica") what the buyer holds; a municipal service invoice is an NFS-e
        # ("Nota Fiscal de Serviços Eletrônica", printed as a DANFSe)
        r"nota fiscal|danfe|danfse|documento auxiliar da nota fiscal|nfs-?e|"
        # compounds naming a kind of invoice ("Schlussrechnung", "Verkoopfactuur")
        r"(?:schluss|teil|abschlags|sammel|handels|end|monats|einzel|gesamt)rechnung|"
        r"(?:verkoop|eind|deel|voorschot)factuur|"
        # "BILL", "Bill No. 12" (never "Bill to", "Bill from", "Billing")
        r"bill(?=\s*(?:$|no\b|n[o°]\.|nr\b|#|[:.]?\s*\d))|"
        # Vietnam's "HÓA ĐƠN GIÁ TRỊ GIA TĂNG" (VAT invoice), "Hóa đơn bán hàng", "điện tử"
        r"daňový doklad|" + VI_INVOICE + r"|"
        # Slovak "Faktúra"; Hungarian "Számla", "Egyszerűsített számla" (simplified invoice)
        r"faktúra|(?:egyszerűsített\s*)?számla|"
        # Finnish "Lasku", "Myyntilasku" (a sales invoice); Swedish "Kontantfaktura" (one paid
        # at the counter)
        r"(?:myynti)?lasku|kontantfaktura|"
        # Lithuanian "PVM sąskaita faktūra" (a VAT invoice), "Sąskaita faktūra"; Ukrainian
        # "Рахунок-фактура", "Податкова накладна" (the tax invoice VAT law prescribes) and
        # "Видаткова накладна" (the priced, taxed paper of a sale a supplier hands over with
        # the goods: the invoice a Ukrainian buyer books)
        r"(?:pvm\s*)?sąskaita[\s\-–]*faktūra|рахунок[\s\-–]*фактура|"
        r"(?:податкова|видаткова)\s*накладна|"
        # "增值税普通发": the fapiao title with its last glyph lost to blur or the page's edge;
        # "増値税": 值 as the Japanese model reads it on a photo probed Japanese
        r"[增増][值値]税(?:专用|普通|电子普通|电子专用)?发票?|电子发票|发票|發票|請求書|適格請求書|インボイス"
        # a Japanese delivery note that is also the invoice (納品書兼請求書, 御請求書)
        r"|納品書\s*兼\s*(?:御|ご)?請求書|(?:御|ご)請求書"
        # 請求書 as the Chinese OCR model reads it (simplified forms)
        r"|请求书"
        # Korean: the tax invoice (세금계산서, 전자세금계산서) VAT law prescribes, the invoice
        # of an exempt supply (계산서), their amended issue (수정세금계산서), a bill (청구서), an
        # export invoice (인보이스, 상업송장)
        r"|(?:수정\s*)?(?:전자\s*)?(?:세금\s*)?계산서|청구서|인보이스|상업\s*송장"
        # a transaction statement (거래명세서, 거래명세표): a Korean wholesaler's bill of the
        # goods it supplied, priced and taxed, often the only paper beside a monthly tax
        # invoice (Decisions, session 26)
        r"|거래\s*명세[서표]",
    ),
]
# Words after a title word that make the cell a label: "Invoice to", "Invoice date".
# Hungarian "Számla kelte" (its date), "Számla sorszáma" / "száma" (its number), "Számla
# típusa": the invoice's field, not the title.
LABEL_AFTER_TITLE = _compile(
    r"\s*(?:to|date|datum|data|address|kelte|sorszáma|száma|szám|típusa|kiállítás|"
    # Nordic: "Faktura till", "Faktura til", "Fakturaadress" (the buyer's heading)
    r"till|til|adress|adresse|päiv\w*)\b",
    re.I,
)
# An English title with its own qualifier before the word ("Service Invoice", "Freight
# Invoice", "Simplified Tax Invoice", "Payment Receipt"): one or two words, then the title
# word, ending the cell or followed by its number. Words that make the cell a phrase about
# another invoice ("this invoice", "paid by invoice") or a draft are no qualifier.
QUALIFIED_TITLE = re.compile(
    r"^(?!.*\b(?:of|this|the|per|by|on|your|our|paid|pay|see|against|to|for|with|due|upon|"
    r"an?|and|related|previous|draft|sample|dummy|proforma|pro|forma|credit|debit|total|"
    r"amount|sum|goods|delivery|return|warehouse)\s)"
    r"(?:[A-Za-z][A-Za-z\-]*\s+){1,2}(invoice|receipt)"
    r"(?:\s*(?:no\.?|nr\.?|#|:)?\s*[A-Z0-9][\w\-/]*)?\s*$",
    re.I,
)
# Cells that name the document without being its title: "Invoice No.", "Rechnungsnummer",
# "N° de facture". With an item table or totals they still say what the document is.
INVOICE_LABEL = _compile(
    r"invoice\s*(?:no|number|num|#|date)|rechnungs?(?:nummer|datum|-?nr|betrag)|"
    r"re\.?-?nr|(?:n°|no|num[ée]ro|date)\s*(?:de\s*)?(?:la\s*)?facture|facture\s*n|"
    r"(?:numero|n\.|data)\s*(?:della\s*)?fattura|fattura\s*n|"
    r"(?:n[úu]mero|fecha|n[ºo°])\s*(?:de\s*)?factura|factura\s*n|"
    r"factuur(?:nummer|datum|\s*nr)|(?:nr|numer|data)\s*faktury|faktura\s*(?:vat\s*)?nr|"
    # the date of sale, which Polish VAT law asks of an invoice alone
    r"data\s*sprzedaży|"
    # Czech and Slovak "Číslo faktury" / "faktúry"; Hungarian "Számlaszám", "Számla sorszáma",
    # "Számla kelte"
    r"číslo\s*faktúry|číslo\s*faktury|számlaszám|számla\s*(?:sorszáma|száma|kelte)|"
    # Swedish, Danish, Norwegian "Fakturanummer", "Fakturanr", "Fakturadatum", "Fakturadato",
    # "Fakturabelopp"; Finnish "Laskunumero", "Laskun numero", "Laskun päivämäärä"
    r"faktura(?:nummer|nr|datum|dato|belopp|beløb|beløp)|laskunumero|laskupäivä|"
    r"laskun\s*(?:numero|nro|päivä\w*|summa)|"
    # Turkish "Fatura No", "Fatura Numarası", "Fatura Tarihi"
    r"fatura\s*(?:no|numarası|tarihi)\b|"
    r"发票号码|发票代码|開票日期|开票日期|請求書番号|請求番号|請求日|"
    # the amount of the invoice, named so ("Total factura", "ご請求金額"): only invoices say it
    r"total\s*(?:de\s*la\s*)?(?:factura|facture|fattura|factuur|faktury)|"
    r"(?:importe|importo|montant)\s*(?:de\s*la\s*|della\s*)?(?:factura|facture|fattura)|"
    r"totale\s*fattura|factuurbedrag|factuurtotaal|rechnungs(?:summe|total)|"
    r"invoice\s*(?:amount|value|total)|(?:wartość|kwota)\s*faktury|"
    r"ご?請求金額|請求額|请求金额|下\s*記\s*の?\s*(?:と\s*お\s*り|通\s*り).{0,4}請\s*求|发票金额|"
    # Vietnamese: the invoice's number, symbol and form ("Số hóa đơn", "Ký hiệu", "Mẫu số")
    r"(?:số|ký\s*hiệu|ngày)\s*" + VI_INVOICE + r"|ký\s*hiệu\s*[:：]|mẫu\s*số\s*[:：]",
    re.I,
)
# A letter's greeting, closing or attestation: a page titled "INVOICE" that says these and
# prints no amount is a supplier's letter (an authorisation, a certificate), not an invoice.
LETTER = _compile(
    r"to whom it may concern|dear (?:sir|madam|customer)|yours (?:faithfully|sincerely)|"
    r"we hereby (?:confirm|certify|declare)|hereby (?:confirm|certify)|"
    r"sehr geehrte|mit freundlichen grüßen|hiermit (?:bestätigen|bescheinigen)|"
    r"madame, monsieur|certifions que|attestons que|veuillez agréer|"
    r"gentili signori|spettabile|certifichiamo|dichiariamo che|distinti saluti|"
    r"estimados señores|a quien corresponda|certificamos que|atentamente|"
    r"geachte heer|hierbij (?:bevestigen|verklaren)|met vriendelijke groet|"
    r"szanowni państwo|niniejszym (?:potwierdzamy|zaświadczamy)|z poważaniem|"
    r"兹证明|特此证明|授权书|证明书|拝啓|敬具|証明いたします",
    re.I,
)
# Inside a title cell these words make it a label, not a title ("发票号码", "請求書番号").
# A document's name glued to "number" labels that document's number, the page's or another's
# ("納品書番号 D-7741" on a 請求書).
NOT_TITLE_CJK = _compile(
    r"发票(?:号码|代码|专用章|信息|类型|抬头|种类|内容|须知)|[請请]求[書书]?(?:番号|日|先|元)|"
    # "不开发票", "无需发票": an order page's choice of no fapiao
    r"[不无](?:需要?|要)?开?具?发票|"
    r"[書书单單](?:番号|号码|號碼|编号|編號)|[单單][号號]"
)

# Marks only a fapiao prints, which OCR reads when it garbles the title: its check code (校验码,
# four or more groups of five digits on an ordinary or electronic fapiao), its cipher zone's
# label (密码区) and the tax-control device's number (机器编号).
FAPIAO_MARK = re.compile(r"校\s*验\s*码\s*[:：]?\s*\d{5}\s*\d{5}|密\s*码\s*区|机\s*器\s*编\s*号")

# A mark only a DANFE prints, which OCR reads when it garbles the title: where its authenticity
# is checked ("Consulta de autenticidade no portal nacional da NF-e"). Not the authorisation of
# its use ("Protocolo de autorização de uso"): a DACTE and a DAMDFE (a transport document, a
# cargo manifest) print it too (the review's mend).
DANFE_MARK = _compile(r"portal\s*nacional\s*da\s*nf-?e", re.I)

# A fapiao's date label, printed in its head beside the title (开票日期, "date the invoice was
# issued"): no other paper heads itself with it (a statement lists invoices' dates in its
# table, an order page its order and payment times).
FAPIAO_HEAD = re.compile(r"[开開]\s*票\s*日\s*期")

# A marketplace's order page (Taobao, Tmall, 1688, JD) captured on a phone: its order and
# payment times, goods total and amount paid, words no fapiao prints. Its "invoice
# information" field says which fapiao was asked for ("电子普通发票"); the page is the order,
# not that invoice.
ORDER_PAGE = re.compile(r"下单时间|成交时间|付款时间|商品总价|实付款")

# Invoice number: the label, then a value that has a digit in it ("Number" must not give "ber").
NUMBER_LABEL = _compile(
    r"(?:invoice|inv|bill|tax\s*invoice)\.?\s*(?:number|num|no|nr|#|n°)\.?|"
    r"rechnungs?\s*-?\s*(?:nummer|nr)\.?|rechnung\s*nr\.?|re\.?\s*-?\s*nr\.?|beleg-?nr\.?|"
    r"(?:n°|no\.?|num[ée]ro)\s*(?:de\s*)?(?:la\s*)?facture|facture\s*(?:n°|no\.?|num[ée]ro)|"
    r"(?:numero|n\.|nr\.?)\s*(?:della\s*)?fattura|fattura\s*(?:n\.?|nr\.?|numero)|"
    r"(?:n[úu]mero|n[ºo°]\.?)\s*(?:de\s*)?factura|factura\s*(?:n[ºo°]\.?|n[úu]mero)|"
    r"factuur\s*(?:nummer|nr\.?)|factuurnummer|"
    r"(?:nr\.?|numer)\s*faktury|faktura\s*(?:vat\s*)?(?:nr\.?|numer)|"
    r"číslo\s*faktúry|číslo\s*faktury|fakt[úu]ra\s*č\.?|számlaszám|számla\s*(?:sorszáma|száma)|"
    r"fakturanummer|fakturanr\.?|faktura\s*nummer|laskunumero|laskun?\s*(?:numero|nro|no)\.?|"
    # Turkish "Fatura No", "Fatura Numarası", "Belge No"
    r"fatura\s*(?:no|numarası)\b\.?|belge\s*no\b\.?|"
    r"発行番号|請求書番号|請求番号|インボイス番号|发票号码|"
    # Korean: a tax invoice's approval number, a document's or a statement's number
    r"승인\s*번호|문서\s*번호|청구\s*번호|전표\s*번호|^번\s*호\s*[:：]?|"
    # an Italian e-invoice's copy: "Numero documento" over its number
    r"^numero\s*documento|^numero\s*[:：]|"
    # Lithuanian "Serija/Nr.", "Sąskaitos Nr."; Ukrainian "№", "Рахунок-фактура №"
    r"serija\s*(?:/|ir)?\s*nr\.?|sąskaitos\s*(?:nr|numeris)\.?|^№|"
    r"^no\.|^nr\.",
    re.I,
)
NUMBER_VALUE = _compile(r"\s*[:：#.]?\s*((?=[A-Z0-9\-/_.]*\d)[A-Z0-9][A-Z0-9\-/_.]{1,30})", re.I)

DATE_LABEL = _compile(
    r"invoice\s*date|date\s*of\s*(?:issue|invoice)|issue\s*date|issued(?:\s*on)?|dated|"
    r"^date\b|\bdate\s*[:：]|rechnungsdatum|belegdatum|^datum|\bdatum\s*[:：]|ausstellungsdatum|"
    r"date\s*de\s*(?:la\s*)?facture|date\s*d'émission|date\s*[:：]|data\s*(?:della\s*)?fattura|"
    r"data\s*(?:documento|emissione)|^data\b|fecha\s*(?:de\s*)?(?:la\s*)?(?:factura|emisión|"
    r"expedición)|^fecha|\bfecha\s*[:：]|\bdata\s*[:：]|factuurdatum|data\s*wystawienia|data\s*sprzedaży|"
    # "Datum vystavení", its "Datum" misread by OCR ("Detum vystaveni"); not "Místo vystavení"
    # (the place of issue)
    r"d\w?tum\s*vystavení|dátum\s*(?:vyhotovenia|vystavenia)|"
    # Hungarian: the invoice's date ("Számla kelte"), the date it was made out ("Kiállítás
    # dátuma", "Kelt")
    r"számla\s*kelte|kiállítás\s*(?:dátuma|kelte)|kelte\s*[:：]|^kelt\b|"
    # Swedish "Fakturadatum", Danish and Norwegian "Fakturadato", "Dato"; Finnish "Laskun
    # päivämäärä" (or "päiväys", "pvm"), "Laskupäivä", "Päiväys", "Pvm" alone before its value
    # (Lithuanian's "PVM" is its VAT)
    r"fakturadatum|fakturadato|^dato\b|\bdato\s*[:：]|laskun\s*(?:päivä\w*|pvm)|laskupäivä|"
    r"^päiväys|^päivämäärä|^pvm\.?\s*[:：]?\s*$|"
    # Turkish: the invoice's date ("Fatura Tarihi"), the day it was made out ("Düzenleme
    # Tarihi"), "Tarih" alone
    r"fatura\s*tarihi|düzenle(?:me|nme)\s*tarihi|^tarih\b|\btarih\s*[:：]|"
    r"请求日|請求日|発行日|日付|开票日期|日\s*期|"
    # Vietnamese "Ngày" (date), "Ngày lập" (date made out), "Ngày hóa đơn"
    r"^ngày\b(?!\s*(?:[đd]ến\s*hạn|giao|hết\s*hạn))|ngày\s*(?:lập|xuất)|"
    # Korean: the day the tax invoice was made out (작성일자, its legal date), issued (발행일),
    # the day of the sale (거래일자), "일자" or "날짜" alone; not when an e-tax invoice was sent
    # (발급일시), which may be days after it
    r"작성\s*일(?:자)?|발행\s*일(?:자)?|거래\s*일(?:자)?|청구\s*일(?:자)?|"
    r"^일\s*자|^날\s*짜|"
    # Lithuanian: the day the invoice was made out ("Išrašymo data", "Sąskaitos data");
    # Ukrainian: the day it was drawn up ("Дата складання", "Дата виписки"), "Дата" alone in
    # its cell; not "Дата оплати", "Дата договору" (the days paid, contracted)
    r"išrašymo\s*data|sąskaitos\s*data|"
    r"дата\s*(?:складання|виписки|виставлення|рахунку|документа)|^дата\s*(?:[:：]|$)",
    re.I,
)
# Date labels written out whole, to name one a spreadsheet cut at its cell's edge with the
# value printed flush against it ("Data wystaw2025-03-25", "Factuurdatu19-07-2025",
# "Rechnungsd28. Dezember 2025" from LibreOffice Calc). Folded and lower case.
ISSUE_DATE_WORDS = (
    "invoice date",
    "date of issue",
    "date of invoice",
    "issue date",
    "date",
    "datum",
    "rechnungsdatum",
    "belegdatum",
    "ausstellungsdatum",
    "date de facture",
    "date de la facture",
    "date d'emission",
    "data",
    "data fattura",
    "data della fattura",
    "data documento",
    "data emissione",
    "fecha",
    "fecha de factura",
    "fecha de emision",
    "fecha de expedicion",
    "factuurdatum",
    "data wystawienia",
    "datum vystaveni",
    "datum vyhotovenia",
    "datum vystavenia",
    "szamla kelte",
    "kiallitas datuma",
    "data de emissao",
    "data da emissao",
    "data do documento",
    "data da fatura",
    "fakturadatum",
    "fakturadato",
    "dato",
    "laskun paivamaara",
    "laskun paivays",
    "laskun paiva",
    "laskupaiva",
    "paivays",
    "paivamaara",
    "fatura tarihi",
    "duzenleme tarihi",
    "tarih",
    "israsymo data",
    "saskaitos data",
    "дата складання",
    "дата виписки",
    "дата виставлення",
    "дата",
)
# The sums' labels written out in full (folded, lower case), for a label a spreadsheet cell cut
# at its edge ("Totale docume", "Razem do zapł", "Totale imponibil"): the one it begins says
# which sum it is.
SUM_WORDS = (
    "subtotal",
    "sub-total",
    "grand total",
    "total due",
    "amount due",
    "balance due",
    "total amount",
    "invoice total",
    "amount payable",
    "total before tax",
    "zwischensumme",
    "nettobetrag",
    "summe netto",
    "summe brutto",
    "gesamtbetrag",
    "gesamtsumme",
    "rechnungsbetrag",
    "bruttobetrag",
    "endbetrag",
    "zahlbetrag",
    "sous-total",
    "montant ht",
    "montant ttc",
    "net a payer",
    "total a payer",
    "totale imponibile",
    "totale merce",
    "totale documento",
    "totale fattura",
    "totale da pagare",
    "importo totale",
    "base imponible",
    "importe total",
    "total factura",
    "total a pagar",
    "subtotaal",
    "totaalbedrag",
    "te betalen",
    "razem netto",
    "razem brutto",
    "razem do zaplaty",
    "do zaplaty",
    "suma netto",
    "suma brutto",
    "wartosc netto",
    "wartosc brutto",
    "razem vat",
    "umsatzsteuer",
    "mehrwertsteuer",
    "zaklad celkem",
    "dph celkem",
    "celkem k uhrade",
    "celkem s dph",
    "celkem bez dph",
    "celkom na uhradu",
    "celkom s dph",
    "celkom bez dph",
    "zaklad dane",
    "fizetendo osszesen",
    "netto osszesen",
    "brutto osszesen",
    "afa osszesen",
    "summa exkl. moms",
    "att betala",
    "subtotal ekskl. moms",
    "i alt",
    "at betale",
    "sum eks. mva",
    "a betale",
    "veroton yhteensa",
    "maksettava",
    "mal hizmet toplam tutarı",
    "odenecek tutar",
    "vergiler dahil toplam tutar",
)
# Other days printed beside it: a clipped one of these is never the invoice's date.
OTHER_DATE_WORDS = (
    "due date",
    "date due",
    "payment due",
    "order date",
    "delivery date",
    "ship date",
    "shipping date",
    "falligkeitsdatum",
    "fallig am",
    "zahlbar bis",
    "lieferdatum",
    "leistungsdatum",
    "bestelldatum",
    "date d'echeance",
    "echeance",
    "date de livraison",
    "date de commande",
    "data scadenza",
    "data di scadenza",
    "scadenza",
    "data ordine",
    "data consegna",
    "fecha de vencimiento",
    "vencimiento",
    "fecha de pedido",
    "fecha de entrega",
    "vervaldatum",
    "vervaldag",
    "leverdatum",
    "besteldatum",
    "termin platnosci",
    "termin zaplaty",
    "data sprzedazy",
    "data dostawy",
    "data zamowienia",
    "datum splatnosti",
    "datum dodania",
    "fizetesi hatarido",
    "teljesites datuma",
    "teljesites kelte",
    "data de vencimento",
    "data de saida",
    "data da saida",
    "data de entrega",
    "forfallodatum",
    "forfallodag",
    "forfaldsdato",
    "forfallsdato",
    "erapaiva",
    "leveransdatum",
    "leveringsdato",
    "toimituspaiva",
    "orderdatum",
    "ordredato",
    "tilauspaiva",
    "vade tarihi",
    "son odeme tarihi",
    "sevk tarihi",
    "siparis tarihi",
    "irsaliye tarihi",
    "pristatymo data",
    "apmoketi iki",
    "mokejimo terminas",
    "дата постачання",
    "дата поставки",
    "дата відвантаження",
    "дата оплати",
    "дата платежу",
    "дата договору",
    "сплатити до",
    "термін оплати",
)
# The line a fax machine prints on top of each page it sends: when it was sent (a date and a
# time), from which number, the page count ("2026/03/10 15:51 FROM: 06-6711-3391 ... P.001/001").
# Its date is the sending day, not the invoice's.
FAX_HEADER = _compile(
    r"\b\d{1,2}:\d{2}\b.*(?:\bFROM\b|\bFAX\b|送信|\bP\.?\s?\d{1,3}\s?/\s?\d{1,3}\b)",
    re.I,
)
# A forwarded e-mail printed with its invoice ("De: … <compras@…>", "Fecha: 17/06/2026 14:26",
# "Asunto:", and the webmail's own line "Name <address>  date time"): its dates are when the
# message was sent, never the invoice's, though "Fecha:" and "Data:" are date labels.
MAIL_SENDER = _compile(r"^\s*(?:from|de|da|von|van|od|fra|från|lähettäjä)\s*:.*@", re.I)
MAIL_HEADER = _compile(
    r"^\s*(?:from|to|cc|sent|date|subject|de|para|a|à|da|an|von|datum|betreff|gesendet|fecha|"
    r"asunto|enviado|enviada|data|assunto|oggetto|inviato|objet|envoyé|van|aan|verzonden|"
    r"onderwerp|od|do|temat|wysłano|per|assumpte|enviat|tema|"
    # Swedish, Danish, Norwegian and Finnish mail apps
    r"från|till|ämne|skickat|kopia|fra|til|emne|sendt|lähettäjä|vastaanottaja|aihe|lähetetty)\s*:",
    re.I,
)
MAIL_SENT_LINE = _compile(
    r"<[^<>\s@]+@[^<>\s]+>.*\b\d{1,2}:\d{2}\b|"
    # a browser's print header: when the page was printed, then its title ("02/06/25, 13:31
    # Supplier – Portal")
    r"^\s*\d{1,2}/\d{1,2}/\d{2,4},\s\d{1,2}:\d{2}\b"
)
# Korean: the day payment is due or made, whichever verb pays (지급, 지불, 결제, 입금, 납부)
# and whichever noun is the day (기한 the deadline, 기일, 일, 예정일 the day planned): never
# the invoice's date
_KO_PAYMENT_DAY = r"(?:지\s*급|지\s*불|결\s*제|입\s*금|납\s*부)\s*(?:기\s*[한일]|예\s*정\s*일|일)"
DUE_LABEL = _compile(
    r"due|到期|expir|valid|fällig|zahlbar bis|lieferdatum|leistungsdatum|échéance|"
    r"scadenza|vencimiento|venciment|vervaldatum|vervaldag|termin płatności|支払期限|お支払期限|"
    # the Czech date of the taxable supply (DUZP), its words cut short: "Datum usk. zdan. plnění"
    r"splatnost|dátum\s*(?:usk|zdan|dodania)|"
    # Hungarian: the day the supply was made, the payment's deadline, its due day
    r"teljesítés|fizetési\s*határidő|esedékesség|"
    r"order date|bestelldatum|date de commande|data ordine|fecha de pedido|besteldatum|"
    r"data zamówienia|ship(?:ping|ped)? date|delivery date|date de livraison|"
    # Portuguese: the day the goods left or came in (a DANFE's "Data da saída/entrada"), were
    # delivered, the order's
    r"data\s*d[ae]\s*(?:saída|entrada|entrega|encomenda)|data\s*do\s*pedido|"
    # Swedish, Danish, Norwegian, Finnish due, delivery and order dates
    r"förfallo\w*|förfaller|forfalds\w*|forfalder|forfalls\w*|forfaller|eräpäivä|"
    r"leveransdatum|leveransdag|leveringsdato|leveringsdag|toimituspäivä\w*|"
    r"orderdatum|ordredato|tilauspäivä\w*|"
    # written in two words ("Ordre dato:", "Leverings dato:"): not the invoice's "dato" (the
    # review's mend)
    r"orde?re?\s+dat(?:o|um)|leverin?g?s?\s+dat(?:o|um)|leverans\s+datum|forfall?d?s\s+dato|"
    r"betalings\s+dato|"
    # Korean: the day of delivery, of shipment, of the order, payment's deadline, a quote's
    # validity
    r"납\s*기|납품\s*일|출고\s*일|배송\s*일|주문\s*일|발주\s*일|만기|유효\s*기[간한]|"
    + _KO_PAYMENT_DAY
    + r"|"
    # when an e-tax invoice was sent (발급일시, 전송일자), days after its 작성일자 at times
    r"발급\s*일|전송\s*일|"
    # Turkish: the due date, the last day to pay, the dispatch's, the order's, the dispatch
    # note's dates
    r"vade\s*tarihi|son\s*ödeme|sevk\s*tarihi|sipariş\s*tarihi|[iı]rsaliye\s*tarihi|"
    r"teslim\s*tarihi|"
    # Lithuanian: the day of delivery, the day to pay by; Ukrainian (and Russian, printed on
    # the same pages): of supply, of shipment, of payment, of the contract, the day to pay by
    r"pristatymo\s*data|apmokėti\s*iki|mokėjimo\s*terminas|"
    r"дата\s*(?:постачання|поставки|відвантаження|отгрузки|доставки|оплати|оплаты|платежу|"
    r"платежа|договору|договора)|(?:с|о)платити\s*до|термін\s*оплати",
    re.I,
)
# The day payment falls due: never the invoice's date, even when no other date is read (a due
# date taken for the invoice date is a confident wrong value; none is said then instead).
PAY_BY_LABEL = _compile(
    r"\bdue\b|到期|fällig|zahlbar bis|zahlungsziel|échéance|à régler avant|scadenza|"
    r"pagamento entro|vencimiento|venciment|vervaldatum|vervaldag|betalen voor|termin płatności|"
    r"termin zapłaty|支\s*払\s*期\s*[限日]|付款期限|payment\s*(?:by|before|terms)|pay\s*by|"
    # Japanese "お支払期限", "お支払日", "お支払予定日": the honorific payment's day, however OCR
    # read the word after it
    r"お\s*支\s*払|"
    # the terms of payment followed by a date are its deadline
    r"(?:condizioni|modalit[àa]|termini) di pagamento|(?:forma|condiciones) de pago|"
    r"conditions de (?:règlement|paiement)|zahlungsbedingungen|betalingsvoorwaarden|"
    # Czech and Slovak "Datum splatnosti", "Splatnosť" (the loose pattern reads both)
    r"warunki płatności|splatnosť|fizetési\s*határidő|esedékesség|"
    # Vietnamese "Hạn thanh toán" (payment deadline), "Ngày đến hạn" (due date)
    r"hạn\s*thanh\s*toán|ngày\s*[đd]ến\s*hạn|"
    # Swedish "Förfallodatum", "Förfallodag", "Betalas senast"; Danish "Forfaldsdato",
    # "Sidste rettidige betalingsdag"; Norwegian "Forfallsdato"; Finnish "Eräpäivä"; and the
    # terms of payment in each
    r"förfallo\w*|förfaller|betalas\s*senast|sista\s*betalningsdag|betalningsvillkor|"
    r"forfalds\w*|forfalder|betales\s*senest|betalingsdag|betalingsdato|betalingsbetingelser|"
    r"forfalls\w*|forfaller|betalingsfrist|eräpäivä|maksuehto|maksettava\s*viimeistään|"
    # Korean: payment's deadline, its day, the terms of payment
    + _KO_PAYMENT_DAY
    + r"|결제\s*조건|"
    # Turkish: the due date, the last day to pay
    r"vade\s*tarihi|son\s*ödeme\s*tarihi|^vade\b|"
    # Lithuanian "Apmokėti iki", "Mokėjimo terminas"; Ukrainian "Сплатити до", "Термін оплати"
    r"apmokėti\s*iki|mokėjimo\s*terminas|(?:с|о)платити\s*до|термін\s*оплати",
    re.I,
)
# Lines where a number is an account, never a date or an amount.
ACCOUNT_LINE = _compile(
    r"iban|bic|swift|konto|kto|blz|account|a/c|acct|compte|rib|conto|cuenta|rekening|"
    r"rachunek|口座|账号|开户行|ifsc|sort code|routing|kundennummer|customer\s*(?:no|number|id)|"
    r"client\s*n|numéro client|codice cliente|cliente\s*n|klantnummer|nr klienta|"
    r"ust-?id|steuer-?nr|siret|siren|partita iva|p\.?\s*iva|c\.?f\.|cif|nif|kvk|nip|regon|"
    r"gstin|pan\b|cin\b|hsn|sac\b|vat\s*(?:no|number|reg)|tax\s*id|tel|phone|fax|"
    # Nordic giro accounts, payment references and company numbers: Swedish Bankgiro,
    # Plusgiro, OCR number, Org.nr, Momsreg.nr; Danish CVR, FIK; Norwegian KID,
    # Foretaksregisteret; Finnish Y-tunnus, ALV-nro, Viitenumero
    r"bankgiro|plusgiro|\bocr\b|org\.?\s*nr|organisations?nummer|momsreg|\bcvr\b|\bfik\b|"
    r"\bkid\b|foretaksregisteret|y-?tunnus|alv-?n(?:ro|umero)|viitenumero|viite\b|"
    r"reg\.?\s*nr|kontonr|"
    # Turkish tax and identity numbers, the tax office, the trade register's MERSİS number
    r"\bvkn\b|\btckn\b|vergi\s*(?:kimlik\s*)?no|vergi\s*dairesi|mersis|ticaret\s*sicil|"
    # Lithuanian VAT and company codes, written out or cut short ("PVM k.", "PVM mok. k.",
    # "Įm. kodas"); Ukraine's company register code (ЄДРПОУ), a taxpayer's number (ІПН), a VAT
    # payer's certificate ("Свідоцтво платника ПДВ № ..."), a current account ("р/р")
    r"pvm\s*(?:mok(?:ėtojo|\.)\s*)?(?:kodas|k\.)|įm(?:onės|\.)\s*kodas|єдрпоу|\bіпн\b|"
    r"свідоцтв\w*|\bр/р\b",
    re.I,
)

SUPPLIER_HEAD = _compile(
    r"^(?:from|seller|supplier|vendor|exporter|shipper|sold by|issued by|bill from|"
    r"verkäufer|lieferant|absender|rechnungssteller|leistungserbringer|fournisseur|vendeur|"
    r"émetteur|emetteur|fornitore|cedente(?:\s*/\s*prestatore)?(?:\s*\(fornitore\))?|"
    r"venditore|proveedor|"
    r"vendedor|emisor|leverancier|verkoper|afzender|sprzedawca|dostawca|wystawca|"
    r"販売元|販売者|請求元|発行元|销售方|销方|卖方|供应商|供货方|销货单位|"
    # Nordic: the supplier, the seller
    r"leverantör|leverandør|säljare|sælger|selger|myyjä|toimittaja|"
    # Vietnamese: the selling unit, the seller
    r"[đd]ơn\s*vị\s*bán(?:\s*hàng)?|người\s*bán(?:\s*hàng)?|"
    # Korean: the supplier of a tax invoice or a statement (공급자), the seller
    r"공\s*급\s*자|판\s*매\s*자|"
    # Turkish: the seller, the one who made the invoice out
    r"satıcı|düzenleyen|"
    # Lithuanian: the seller, the supplier; Ukrainian: the supplier, the seller
    r"pardavėjas|tiekėjas|постачальник|продавець)"
    r"(?![^\W\d_])(?!\s*(?:id|no|number|nr|code|n°|#|nummer|numero|número)\b)"
    r"(?:\s*(?:information|info|details|informationen|信息|情報))?\s*[:：]?\s*",
    re.I,
)
# "Bill to / Ship to:" is one header for one block: the buyer, not a buyer named "/ Ship to:".
BUYER_HEAD = _compile(
    r"^(?:(?:bill(?:ed)?|invoice|sold|charge)\s*to|buyer|customer|consignee|purchaser|importer|"
    r"details of receiver|rechnungsempfänger|rechnungsadresse|rechnung an|kunde|käufer|"
    r"empfänger|facturé à|facture à|adresse de facturation|client|acheteur|destinataire|"
    r"cessionario(?:\s*/\s*committente)?(?:\s*\(cliente\))?|committente|intestatario|"
    r"fatturare a|cliente|spett\.?\s*le|spettabile|"
    r"facturar a|comprador|facturado a|klant|factuuradres|koper|nabywca|odbiorca|kupujący|"
    r"ご?請求先|購入者|購買方|购买方|购方|买方|客户|购货单位|"
    # Nordic: the customer, the buyer, the invoice's addressee ("Faktura till")
    r"kund|köpare|køber|kjøper|asiakas|ostaja|fakturamottagare|fakturaadress(?:e)?|"
    r"faktureringsadress|faktura\s*till?|laskutusosoite|"
    # Vietnamese: the buyer, the buying unit
    r"người\s*mua(?:\s*hàng)?|[đd]ơn\s*vị\s*mua(?:\s*hàng)?|"
    # Korean: the one supplied (공급받는자), the buyer
    r"공\s*급\s*받\s*는\s*자|구\s*매\s*자|"
    # Turkish: the buyer, "Sayın" (Dear ...) over its name, the customer
    r"alıcı|sayın|müşteri|"
    # Lithuanian: the buyer; Ukrainian: the buyer, the customer
    r"pirkėjas|покупець|замовник)"
    r"(?![^\W\d_])(?!\s*(?:id|no|number|nr|code|n°|#|nummer|numero|número|ref)\b)"
    r"(?:\s*\((?:bill(?:ed)?\s*to|ship(?:ped)?\s*to)\))?"
    r"(?:\s*(?:information|info|details|address|informationen|信息))?"
    r"(?:\s*[:：]?\s*(?:/|&|and|und|et|e|y|en|i)\s*"
    r"(?:ship(?:ped)?\s*to|deliver(?:y)?\s*to|lieferadresse|livraison|consegna|envío|"
    r"levering|dostawa)\b)?\s*[:：]?\s*",
    re.I,
)
SHIP_HEAD = _compile(
    r"^(?:ship(?:ped)?\s*to|deliver(?:y)?\s*(?:to|address)|consignee\s*\(ship to\)|"
    r"lieferadresse|lieferanschrift|lieferung an|adresse de livraison|livré à|livrer à|"
    r"indirizzo di (?:consegna|spedizione)|destinazione(?:\s*merce)?|luogo di consegna|odbiorca|"
    r"dirección de (?:envío|entrega)|enviar a|entregar a|afleveradres|leveringsadres|"
    r"adres (?:dostawy|wysyłki)|leveransadress|leveringsadresse|toimitusosoite|"
    r"送付先|納品先|配送先|お届け先|收货人|收货地址)\s*[:：]?\s*",
    re.I,
)
NAME_LABEL = _compile(
    r"^(?:名\s*称|company|company name|name|firma|raison sociale|ragione sociale|"
    r"razón social|bedrijfsnaam|nazwa|denominazione)\s*[:：]\s*",
    re.I,
)
ADDR_LABEL = _compile(
    r"^(?:地\s*址(?:、电话)?|住所|所在地|address|addr\.?|anschrift|adresse|indirizzo|"
    r"dirección|direccion|domicilio|adres|sede)\s*[:：]\s*",
    re.I,
)
PHONE_LABEL = _compile(
    r"(?:\btel|\bphone|\bmobile|\bmob|\bph|telefon|téléphone|tél|telefono|teléfono|tfno|"
    r"telefoon|\bfon|handy|cellulare|móvil|komórka|電話|电话|手机|联系电话|TEL)\.?\s*[:：]?",
    re.I,
)
ADDRESS_HINT = _compile(
    r"\d+.*\b(?:road|rd|street|st|avenue|ave|lane|ln|blvd|boulevard|drive|dr|way|park|suite|"
    r"building|bldg|floor|fl|unit|room|district|industrial|zone|city|province|zip|nagar|"
    r"marg|sector|phase|plot)\b|"
    r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|rue|avenue|bd|chemin|allée|"
    r"quai|via|viale|piazza|corso|vicolo|calle|avda|avenida|plaza|paseo|carrer|straat|laan|"
    r"plein|gracht|kade|ul\.|ulica|al\.|aleja|丁目|番地|町)\b|"
    r"[路街道号区市省镇村楼室都府県]|〒|\b\d{5,6}(?:-\d{4})?\b|\b[A-Z]-\d{4,5}\b|"
    r"\b\d{4}\s?[A-Z]{2}\b|\b\d{2}-\d{3}\b|"
    r"\b(?:china|usa|united states|united kingdom|germany|deutschland|france|italia|italy|"
    r"españa|spain|nederland|netherlands|polska|poland|österreich|austria|belgique|belgië|"
    r"schweiz|suisse|hong kong|taiwan|vietnam|india|japan|korea|日本)\s*$|"
    r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|"
    # a Korean address: its city or province, its road and building number ("...로 21", "...길 7")
    r"(?:특별시|광역시|특별자치시)|[가-힣](?:로|길)\s?\d",
    re.I,
)
COMPANY_WORDS = _compile(
    r"\b(?:ltd|llc|inc|co\.|company|corp|gmbh|ag|kg|ohg|ug|e\.k\.|sarl|sas|s\.a\.s|sa|eurl|"
    r"srl|s\.r\.l|spa|s\.p\.a|snc|s\.l|s\.a|b\.v|vof|sp\.\s*z\s*o\.o|s\.a\.|"
    r"limited|private limited|pvt|llp)\b|株式会社|有限会社|合同会社|"
    # Korean company forms: 주식회사 (a company limited by shares), written "(주)" or "㈜" too
    r"주식회사|유한회사|\(주\)|㈜|"
    # Two-letter forms also name states and words ("Reno, NV"): only as the name's last word.
    r"\b(?:sa|sl|bv|nv|kk|ag|kg)\.?$",
    re.I,
)
META_LABEL = _compile(
    r"^(?:invoice\s*(?:no|number|#|date)|date|due date|terms|payment|po\b|p\.o\.|"
    r"order\s*(?:no|#|number)|customer\s*(?:no|id|number)|"
    r"rechnungs?(?:nummer|datum|-?nr)|datum|kundennummer|zahlungs|lieferdatum|"
    r"n°(?!\s*tva)|numéro|date|échéance|conditions|numero|data|scadenza|pagamento|"
    r"n[úu]mero|fecha|vencimiento|forma de pago|factuur(?:nummer|datum)|vervaldatum|"
    r"nr|numer|termin|sposób|płatność|請求|発行|支払|tipo(?:logia)?\s*(?:di\s*)?documento|"
    r"发票号码|发票代码|开票日期|日期|校验码|机器编号|页|page|seite|pagina|página|strona|"
    # Korean labels of a tax invoice's boxes and table: numbers, the trade name's and the
    # representative's labels, the place of business, the business type, columns
    r"승인\s*번호|(?:사업자\s*)?등록\s*번호|번\s*호|상\s*호|성\s*명|사업장|업\s*태|종\s*목|"
    r"단\s*가|수\s*량|품\s*목|공급\s*가액|세\s*액|합\s*계|작성\s*일자|일\s*자|페이지)",
    re.I,
)

# Item table columns, by header cell.
COL_QTY = loose(
    r"qty|quantity|q'ty|q\.ty|pcs|menge|anzahl|anz\.?|stück|stk\.?|qté|qte|quantité|"
    r"qtà|q\.tà|quantità|cantidad|cant\.?|uds\.?|unidades|aantal|ilość|ilosc|szt\.?|množství|"
    # Slovak "Množstvo"; Hungarian "Mennyiség", "Menny."
    r"množstvo|mennyiség|menny|"
    # Portuguese "Qtd.", "Qtde.", "Quant.", "Quantidade"
    r"qtd|qtde|quant|quantidade|"
    # Swedish and Danish "Antal", Norwegian "Antall", Finnish "Määrä", "Kpl", "Lkm"
    r"antal|antall|ant\.?|mängd|määrä|kpl|lkm|"
    # Turkish "Miktar", "Miktarı"
    r"miktar(?:ı)?|"
    # Lithuanian "Kiekis"; Ukrainian "Кількість", "Кільк."
    r"kiekis|кількість|кільк|"
    r"[数數]\s*量|個数|số\s*lượng|수\s*량"
)
COL_UNIT = loose(
    # "Einzelpreis netto": the price before VAT; unread, its "netto" was taken for the amount
    r"unit\s*price|price|rate|unit\s*cost|unit|(?:einzelpreis|e-?preis|stückpreis)(?:\s*netto)?|"
    r"netto-?einzelpreis|nettopreis|preis|"
    r"prix\s*unitaire(?:\s*ht)?|p\.?\s*u\.?(?:\s*ht)?|prix|prezzo\s*unit(?:ario|\.)?|prezzo|"
    r"precio\s*unitario|precio|p\.\s*unit(?:\.|ario)?|prijs\s*per\s*stuk|stukprijs|prijs|"
    # Dutch "Eenheidsprijs" (price per unit): unread, each row's price was taken for its amount
    r"eenheidsprijs|prijs\s*per\s*eenheid|stuksprijs|"
    r"cena\s*jedn(?:ostkowa)?\.?(?:\s*netto)?|cena\s*netto|"
    # Czech "Cena/MJ bez DPH" (price per unit of measure before VAT), "Jedn. cena"
    r"cena\s*(?:za|/)\s*mj(?:\s*bez\s*dph)?|jedn(?:otková)?\.?\s*cena|cena|単\s*価|[单單]\s*[价價]|"
    r"[đd]ơn\s*giá|"
    # Hungarian "Egységár" (unit price), "Nettó egységár", "Egys. ár"
    r"(?:nettó\s*)?egységár|egys\.?\s*ár|"
    # Portuguese "Preço unit.", "Preço unitário", "Valor unit.", a DANFE's "V. Unit."
    r"preço(?:\s*unit(?:ário|\.)?)?|v(?:alor|lr)?\.?\s*unit(?:ário|\.)?|"
    # Swedish "À-pris", "Á-pris", "Styckpris"; Danish "Stk.pris", "Stykpris", "Enhedspris";
    # Norwegian "Enhetspris"; Finnish "À-hinta", "Yksikköhinta", "Hinta"
    r"[àáa]\s*-?\s*pris|styckpris|st\.?\s*pris|stk\.?\s*pris|stykpris|enhedspris|enhetspris|"
    r"pris|[àáa]\s*-?\s*hinta|yksikköhinta|yks\.?\s*hinta|hinta|"
    # Korean "단가" (unit price)
    r"단\s*가|"
    # Turkish "Birim Fiyat", "Birim Fiyatı", "Fiyat"
    r"birim\s*fiyat(?:ı)?|fiyat|"
    # Lithuanian "Kaina" (before VAT: "Kaina be PVM"); Ukrainian "Ціна", "Ціна без ПДВ"
    r"kaina(?:\s*be\s*pvm)?|ціна(?:\s*без\s*пдв)?"
)
COL_TOTAL = loose(
    # Portuguese "Valor", "Valor total", a DANFE's "V. Total"
    r"valor(?:\s*total)?|v(?:lr)?\.?\s*total|"
    r"amount|total|line\s*total|ext\.?\s*price|subtotal|taxable\s*value|betrag|gesamt|"
    r"gesamtpreis|summe|montant(?:\s*ht)?|total\s*ht|importo|totale|importe|bedrag|totaal|"
    r"wartość(?:\s*netto)?|kwota|základ|celkem|"
    # Slovak "Celkom", "Spolu", "Bez DPH" (the row's amount before VAT); Hungarian "Nettó",
    # "Nettó érték", "Érték"
    r"celkom|spolu|bez\s*dph|nettó(?:\s*érték)?|érték|金\s*额|金\s*額|thành\s*tiền|"
    # the row's amount before VAT named by its base: "Netto", "Excl. btw", "Imponibile",
    # "Base imponible"; unread, no row's amount was checked against its price
    r"netto(?:betrag|preis)?|gesamt\s*netto|(?:bedrag\s*)?excl\.?\s*btw|imponibile|"
    r"base\s*imponible|importe\s*neto|"
    # a UK wholesaler's "Net" (or "Net amount"): the row's amount before VAT
    r"net(?:\s*(?:amount|value))?|"
    # Swedish "Belopp", "Summa", Danish "Beløb", Norwegian "Beløp"; Finnish "Yhteensä",
    # "Summa", "Veroton" (the row's amount before VAT)
    # (not "Sum", an English heading too, over amounts that may include VAT: the review's mend)
    r"belopp|beløb|beløp|summa|yhteensä|veroton|rivisumma|"
    # Korean: the row's supply value before VAT (공급가액), its amount (금액)
    r"공\s*급\s*가\s*액|금\s*액|"
    # Turkish: the row's goods or services' amount before KDV ("Mal Hizmet Tutarı"), "Tutar"
    r"mal\s*(?:/\s*)?hizmet\s*tutarı|tutarı?|"
    # the row's amount before VAT: Lithuanian "Suma be PVM", Ukrainian "Сума без ПДВ"
    r"suma(?:\s*be\s*pvm)?|сума(?:\s*без\s*пдв)?"
)
COL_GROSS = loose(
    r"wartość\s*brutto|wartosc\s*brutto|kwota\s*brutto|brutto|gross(?:\s*(?:amount|value))?|"
    r"bruttobetrag|gesamt\s*brutto|montant\s*ttc|total\s*ttc|importo\s*lordo|lordo|"
    r"importe\s*bruto|bruto|celkem\s*s\s*dph|celkom\s*s\s*dph|bruttó(?:\s*érték)?|税込金額|"
    # a Korean row's sum with its tax (합계) beside its supply value and tax
    r"합\s*계|"
    # the row's sum with VAT: Lithuanian "Suma su PVM", Ukrainian "Сума з ПДВ"
    r"suma\s*su\s*pvm|сума\s*з\s*пдв"
)
COL_TAX_AMOUNT = loose(
    r"kwota\s*vat|kwota\s*podatku|vat\s*amount|tax\s*amount|gst\s*amount|mwst\.?-?betrag|"
    r"ust\.?-?betrag|montant\s*tva|importo\s*iva|cuota\s*iva|btw[\s-]*bedrag|"
    r"áfa\s*(?:összeg|érték)|税\s*額|税\s*额|"
    r"momsbelopp|momsbeløb|mva-?beløp|alv-?(?:määrä|osuus)|alv\s*€|"
    # Korean: the row's tax (세액), VAT (부가세)
    r"세\s*액|부\s*가\s*세|"
    # Turkish: the row's KDV ("KDV Tutarı")
    r"kdv\s*tutarı|"
    # the row's VAT: Lithuanian "PVM", "PVM suma"; Ukrainian "ПДВ", "Сума ПДВ"
    r"pvm(?:\s*suma)?|suma\s*pvm|пдв|сума\s*пдв"
)
# The amount to pay printed under a VAT table's sums ("Do zapłaty: 1 234,56 zł"), and the labels
# that make it differ from the gross sum honestly (a deposit or an earlier payment).
PAY_LABEL = _compile(
    r"do\s*zapłaty|do\s*zaplaty|zu\s*zahlen|zahlbetrag|amount\s*due|balance\s*due|"
    r"total\s*due|amount\s*payable|net\s*(?:à|4)\s*payer|(?:à|4)\s*payer|da\s*pagare|a\s*pagar|"
    r"te\s*betalen|na\s*úhradu|k\s*úhradě|fizetendő|ご請求金額|请求金额|"
    r"att\s*betala|at\s*betale|å\s*betale|maksettava|ödenecek\s*tutar|"
    r"(?<!ap)mokėti(?!\s*iki)|mokėtina\s*suma|до\s*сплати",
    re.I,
)
PAID_LABEL = _compile(
    r"zapłacono|zaplacono|zaliczk|pozostało|paid|deposit|prepa|advance|anzahlung|bezahlt|"
    r"acompte|déjà réglé|acconto|anticipo|aanbetaling|betaald|前受|既払|"
    r"förskott|delbetalning|forudbetalt|forskud|forskudd|maksettu|ennakkomaksu",
    re.I,
)
COL_DESC = _compile(
    r"^(?:description|item|items|product|article|bezeichnung|beschreibung|artikel|désignation|"
    r"description des|descrizione|articolo|descripción|concepto|artículo|omschrijving|"
    r"nazwa towaru|nazwa|towar|popis|názov|megnevezés|termék|"
    r"benämning|beskrivning|beskrivelse|varebeskrivelse|varenavn|produkt|tuote|nimike|kuvaus|"
    r"selite|"
    r"品名|商品名|货物或应税劳务名称|货物名称|项目名称|品\s*名|"
    r"tên\s*hàng(?:\s*hóa)?|"
    # Korean: the item (품목), its name (품명, 상품명, 제품명)
    r"품\s*목|품\s*명|상품명|제품명|"
    # Turkish: the goods or service ("Mal / Hizmet", not "Mal Hizmet Tutarı", the row's
    # amount), a description, a product
    r"mal\s*(?:/\s*)?hizmet(?!\s*(?:toplam|tutar))|açıklama|ürün(?:\s*adı)?|"
    # Lithuanian "Prekės pavadinimas", "Pavadinimas"; Ukrainian "Найменування (товару)"
    r"(?:prekės\s*)?pavadinimas|найменування(?:\s*товару)?)",
    re.I,
)
# A 数电票 sets its narrow 数量 and 单价 columns' labels against each other: one word in a
# line's text ("数量单价"), whose goods rows were never read.
TABLE_HEAD = _compile(
    r"(?<![^\W\d_])(?:" + COL_QTY + r")(?![^\W\d_])|(?<![^\W\d_])[数數]量(?=[单單]价)", re.I
)

# Subtotal first: "Total HT", "Totale imponibile" and "Razem netto" start like a total.
# Withholding before them all: "源泉徴収税額" names a tax and "Retención IRPF" sits among the
# totals, but either is an amount the buyer keeps back and pays to the tax office for the
# supplier (Italy's ritenuta d'acconto, Spain's IRPF retention, Japan's 源泉徴収 on a
# professional's fee): the amount to pay is the total less it.
TOTAL_LABELS: list[tuple[str, re.Pattern[str]]] = [
    (
        "withholding",
        _compile(
            r"\britenut[ae]\b|\bretenci[óo]n\b|\birpf\b|withholding\s*tax|\btax\s*withheld\b|"
            # Mexico's "IVA retenido", "ISR retenido", "Impuestos retenidos", "Retenciones"
            r"\breten(?:id[oa]s?|ciones)\b|"
            # Turkey's "KDV Tevkifatı" (the share of the KDV the buyer withholds and pays to
            # the tax office), "Tevkifat Tutarı"
            r"\btevkifat|"
            r"源泉徴収|源泉所得税",
            re.I,
        ),
    ),
    # India's "Round Off -0.40", "Rounded Off (+/-) 0.44", Zoho's "Rounding": the paise the
    # total drops to a whole rupee (CGST Act s. 170), a part of the total to add; so the
    # cash rounding of a Swiss or Nordic total to 5 centimes ("Arrondi -0.02",
    # "Rundungsdifferenz 0,02", "Arrotondamento", "Redondeo", "Afronding", "Zaokrąglenie")
    (
        "rounding",
        _compile(
            r"\bround(?:ed)?[\s-]*off\b|\brounding\b|\barrondi\b|\brundung(?:sdifferenz)?\b|"
            r"\barrotondamento\b|\bredondeo\b|\bafronding\b|\bzaokrąglenie\b|\böresavrundning\b|"
            # the Swedish öre, the Danish and Norwegian øre, Finland's cents
            r"\böresutjämning\b|\bavrundning\b|\bafrunding\b|\bavrunding\b|\böreavrunding\b|"
            r"\bpyöristys\b",
            re.I,
        ),
    ),
    (
        "subtotal",
        # "Zwischensumm": Calc's cell cuts the label's last letter
        _compile(
            r"sub[\s\-]?total|小\s*计|^合\s*计(?!\s*金)(?!\s*[（(]\s*小\s*写)(?!\s*人\s*民\s*币)"
            # a bilingual label's English word says which sum it is: "合计 Total (USD)"
            r"(?!\s*[/|]?\s*(?:grand\s*)?total\b)|zwischensumm|"
            r"nettobetrag|summe netto|"
            r"gesamt netto|netto(?:betrag|summe)?\b|total ht|montant ht|sous-total|"
            # "Total HT" as OCR reads it off a scan or a photo: "Total HI", "Total H1", "Total AT"
            r"(?-i:^(?:Total|TOTAL)\s*(?:H[I1l|]|AT)\b)|"
            r"imponibile|totale imponibile|totale merce|totale righe|base imponible|subtotaal|"
            # Catalan "Base imposable", Portuguese "Total ilíquido" (before tax), "Base tributável"
            r"base imposable|total ilíquido|base tributável|"
            # Portuguese "Total s/ IVA" (before VAT), "Total líquido" (net of the discounts,
            # before VAT: under "Total ilíquido" and "Desconto", over "Total IVA" and "Total do
            # documento"); a DANFE's "Valor total dos produtos", an NFS-e's "Valor dos
            # serviços": the goods or services before the charges and IPI
            r"^total\s*(?:s/|sem)\s*iva\b|^total\s*líquido\b(?!\s*a\s*pagar)|^total\s*d[oa]s\s*(?:produtos|mercadorias)\b|"
            r"\bv(?:alor|lr)?\.?\s*(?:total\s*|tot\.?\s*)?(?:d[oa]s\s*)?(?:produtos|mercadorias)|"
            r"valor\s*(?:total\s*)?dos\s*servi[çc]os|"
            r"totaal excl|"
            r"suma netto|wartość netto|razem netto|小\s*計|税抜合計|taxable\s*(?:value|amount)|"
            r"základ\s*celkem|"
            r"celkem\s*bez\s*dph|"
            # Slovak: the sum before VAT ("Spolu bez DPH", "Bez DPH", "Základ dane"); Hungarian
            # "Nettó összesen", "Összesen nettó", "Nettó érték", "Részösszeg"
            r"(?:celkom|spolu)\s*bez\s*dph|^bez\s*dph\b|základ\s*dane|medzisúčet|"
            r"nettó\s*(?:összesen|érték|összeg)|^nettó\b|összesen\s*nettó|részösszeg|"
            # Nordic sums before VAT: "Summa exkl. moms", "Belopp före moms", "Subtotal
            # ekskl. moms", "Sum eks. mva", "Nettobeløb"; Finnish "Veroton yhteensä" (untaxed
            # total), "Yhteensä ilman ALV", "Välisumma"; OCR reads the l of "exkl." as I or 1
            r"\bexk[l1i]\.?\s*moms|\bexklusive\s*moms|\bföre\s*moms|\beksk[l1i]\.?\s*(?:moms|mva)|"
            r"\beks\.?\s*(?:moms|mva)|\buten\s*mva|^delsumma\b|^mellemsum\b|"
            r"nettobelopp|nettobeløb|nettobeløp|^veroton\b|ilman\s*alv|^välisumma\b|"
            r"^yhteensä\W*(?:alv\s*0|veroton)|^arvonlisäveroton\b|"
            # "Totalt ex moms", "Totalt utan moms", "Summa excl. moms" (the review's mend)
            r"\bex\.?\s*moms|\butan\s*moms|\bexcl\.?\s*moms|"
            # a Taiwanese e-invoice's sales before its business tax: "銷售額合計"
            r"[销銷]\s*售\s*[额額]\s*合\s*[计計]|"
            # Vietnamese: the goods' amount before tax ("Cộng tiền hàng")
            r"cộng\s*tiền\s*hàng|tổng\s*tiền\s*hàng|"
            r"total before tax|"
            # a UK wholesaler's net sum above its VAT: "Goods total", "Total goods", "Goods value",
            # "Total Net Amount" (not France's "Total net à payer", the amount due)
            r"\bgoods\s*(?:total|value)\b|^total\s*goods\b|^total\s*net\b(?!\s*[àa4]\s*payer)|"
            r"^net\s*total\b|"
            # Korean: the supply's value before VAT (공급가액, 공급가액 합계), a subtotal (소계)
            r"^공급\s*가\s*액|^소\s*계|^물품\s*(?:가액|대금)\s*(?:합\s*계)?$|"
            # Turkish: the goods and services' sum before KDV ("Mal Hizmet Toplam Tutarı"),
            # a subtotal ("Ara Toplam"), KDV's base ("KDV Matrahı", its base after "Toplam
            # İskonto")
            r"^mal\s*(?:/\s*)?hizmet\s*toplam|^ara\s*toplam|^(?:kdv\s*)?matrah|"
            r"^toplam\s*tutar\s*\(?\s*kdv\s*hari[çc]|"
            # Lithuanian: the sum before VAT ("Suma be PVM", "Iš viso be PVM", "Tarpinė suma");
            # Ukrainian ("Сума без ПДВ", "Всього без ПДВ", "Разом без ПДВ")
            r"\bsuma\s*be\s*pvm|\biš\s*viso\s*be\s*pvm|^tarpinė\s*suma|"
            r"\bсума\s*без\s*пдв|(?:всього|усього|разом)\s*без\s*пдв",
            re.I,
        ),
    ),
    (
        "total",
        _compile(
            r"grand total|total due|amount due|balance due|total amount|invoice total|"
            r"total invoice value|amount payable|net payable|[价價]\s*[税稅]\s*合\s*[计計]|"
            # in simplified and traditional characters (Taiwan, Hong Kong): "總計"
            r"[总總]\s*[计計]|总金额|"
            # "合计人民币（大写）": the total in words, its figures beside or above it; a
            # receipt's 合计 lost to OCR still leaves "人民币（大写）", the words' own label
            r"合\s*计\s*人\s*民\s*币|人\s*民\s*币\s*[（(]\s*大\s*写|"
            # the amount receivable or payable of a Chinese ERP's sales invoice or receipt
            # ("金额合计 … 运费 … 应收总额"), in simplified and traditional characters
            r"[应應]\s*[收付]\s*(?:[总總]\s*[额額]|金\s*[额額]|合\s*[计計])|[总總]\s*金\s*[额額]|"
            # a fapiao's total in figures, its 价税 lost to OCR: "合计 (小写 ) ¥9,905.58"
            r"[（(]\s*小\s*写\s*[)）]|"
            r"gesamtbetrag|rechnungsbe(?:trag)?\b|endbetrag|gesamtsumme|bruttobetrag|summe brutto|"
            # "TotalTTC": OCR loses the space between the words; a photo's "à" is read "4"
            r"zu zahlen|zahlbetrag|total\s*ttc|montant\s*ttc|net (?:à|4) payer|total (?:à|4) payer|"
            r"totale (?:documento|fattura|da pagare)|importo totale|totale complessivo|"
            r"importe total|total factura|total a pagar|total \(iva incl|totaal(?:bedrag)?\s*"
            r"(?:incl|te betalen)|te betalen|totaalbedrag|razem do zapłaty|do zapłaty|"
            # Portuguese, Brazilian: "Valor total da nota" (a DANFE's, an NFS-e's total),
            # "Valor total", "Valor a pagar"; only where the document follows it or nothing
            # does: "Valor total do IVA", "... das deduções", "... aproximado dos tributos" are
            # parts of the sum (the review's mend)
            r"^valor\s*total(?:\s*d[ao]\s*(?:nota(?:\s*fiscal)?|fatura|documento|nfs?-?e)|"
            r"\s*geral|\s*a\s*pagar|\s*d[ao](?=\s*r\$))?\s*(?:em\s*)?(?:[:(]|r\$|€|\d|$)|"
            r"valor\s*(?:total\s*)?a\s*pagar|"
            r"suma brutto|wartość brutto|razem brutto|合計金額|ご請求金額|請求金額|総額|税込合計|"
            r"celkem\s*k\s*úhradě|k\s*úhradě|celkem\s*s\s*dph|"
            # Slovak "Celkom na úhradu", "Suma na úhradu", "Spolu s DPH", "Celková suma";
            # Hungarian "Fizetendő összesen", "Fizetendő", "Bruttó összesen", "Végösszeg",
            # "Mindösszesen", "Összesen"
            r"na\s*úhradu|k\s*úhrade|(?:celkom|spolu)\s*s\s*dph|celková\s*suma|"
            r"fizetendő|bruttó\s*(?:összesen|érték|összeg)|végösszeg|mindösszesen|"
            r"^összesen\b(?!\s*(?:nettó|áfa)\b)|^celkom\b(?!\s*(?:bez|dph)\b)|"
            r"^spolu\b(?!\s*(?:bez|dph)\b)|"
            # Swedish "Att betala", "Summa att betala", "Totalt", "Summa" (not "Summa moms"),
            # "Fakturabelopp"; Danish "I alt", "At betale", "Total inkl. moms", "Beløb i alt";
            # Norwegian "Å betale", "Sum inkl. mva", "Totalt"; Finnish "Maksettava", "Yhteensä"
            # (not "ALV yhteensä", the tax's sum), "Verollinen yhteensä", "Loppusumma"
            r"\batt\s*betala\b|^totalt\b(?!\W*(?:moms|mva|ex\w*|eks\w*|utan|uten|före|før)\b)|"
            # "Summa" alone, before its currency or its amount: "Summa varor", "Summa artiklar"
            # (the goods' sum), Latvian "Summa bez PVN", Estonian "Summa km-ta" are no total
            # (the review's mend)
            r"^summa(?:\s*totalt)?\s*[:：]?\s*(?:(?:sek|dkk|nok|eur|kr)\.?\s*)?(?:$|[\d\-])|"
            r"fakturabelopp|totalbelopp|\bat\s*betale\b|\bå\s*betale\b|"
            r"^(?:beløb\s*|total\s*|sum\s*)?i\s*alt\b(?!\s*(?:moms|mva)\b)|"
            r"fakturabeløb|fakturabeløp|totalbeløb|totalbeløp|"
            r"\b(?:sum|beløp|beløb|belopp|summa)\s*inkl\.?\s*(?:moms|mva)|"
            r"^maksettava\b|^yhteensä\b(?!\W*(?:alv\s*0|veroton|ilman)\b)|verollinen\s*yhteensä|"
            r"^loppusumma\b|^laskun\s*summa\b|"
            # Japanese labels as the Chinese OCR model reads them (simplified forms)
            r"合\s*计\s*金\s*额|请求金额|税込合计|"
            # Traditional Chinese: "總計", "價稅合計" (a Taiwanese invoice's amount with tax)
            r"總\s*計|[價价]\s*[稅税]\s*合\s*[計计]|"
            # "Totale imposta", "Totale imponibile", "Totale merce" are the tax and the net
            # "Total cartons: 86 CTNS ... Meas. 7.82 CBM" on a packing list counts no money
            # "Total TVA", "Total IVA", "Totaal BTW", "Summe MwSt.": the tax's sum, not the total
            r"^total\b(?!\s*(?:cartons?|ctns|packages?|pkgs|pieces|weight|qty|quantity|volume|"
            r"tva|iva|vat|tax|gst|btw|mwst|ust)\b)|"
            r"^totale\b(?!\s*(?:imposta|iva|imponibile|merce|righe|netto))|"
            r"^totaal\b(?!\s*btw\b)|^gesamt\b(?!\s*(?:mwst|ust)\b)|^summe\b(?!\s*(?:mwst|ust)\b)|"
            r"^razem\b(?!\s*vat\b)|^celkem\b(?!\s*(?:bez|dph)\b)|^合計|"
            # a Polish fiscal receipt's (paragon fiskalny) sum with its tax, named with its
            # currency: "SUMA PLN", "SUMA: PLN" (not "SUMA PTU", the sum of its taxes, nor an
            # invoice's "Suma", the goods' sum); a total only on a fiscal receipt's page
            # (`fields._till_sum_elsewhere`)
            r"^suma\s*[:：]?\s*(?:pln|zł)\b|"
            # "總額 TOTAL (HKD)  HK $647,967.26": a Hong Kong trader's bilingual label (a
            # scan's table rules read as "|" between label and amount)
            r"\btotal\s*\(?(?:usd|cny|rmb|eur|gbp|inr|pln|jpy|chf|hkd|twd|ntd|sgd|aud|cad|nzd)?"
            r"\)?[\s|]*[:：]?[\s|]*(?:US|HK|NT|NZ|[SAC]|Rs\.?)?[$¥￥€£₹₺\d]|"
            # 總額 / 总额 (the total amount) alone, not the 税额 (tax) it ends like
            r"^[總总]\s*[額额]|"
            # Vietnamese: "Tổng cộng tiền thanh toán", "Tổng tiền thanh toán", "Tổng cộng"; an
            # English OCR model reads "Tổng" as "Téng" and "toán" as "todn"
            r"^t[ổé]ng\s*(?:cộng\s*)?(?:tiền\s*)?thanh\s*to(?:á|d)?n\b|^tổng\s*cộng\b|"
            # Korean: the sum with its VAT (합계금액, 합계, 총액, 총 금액), the amount asked
            # (청구금액) or paid (결제금액, 받을 금액), a receipt's supply price with VAT
            # (공급대가); not "합계 수량" (the pieces' count) nor "세액 합계" (the tax's sum)
            r"합\s*계\s*금\s*액|총\s*합\s*계|총\s*(?:결제\s*)?금\s*액|^총\s*액|청\s*구\s*금\s*액|"
            r"결\s*제\s*금\s*액|받\s*을\s*금\s*액|공\s*급\s*대\s*가|^총\s*계|"
            r"입\s*금\s*(?:하실\s*)?금\s*액|"
            r"^합\s*계(?!\s*(?:수\s*량|세\s*액|공급))|"
            # Turkish: the amount to pay ("Ödenecek Tutar"), the sum with its taxes ("Vergiler
            # Dahil Toplam Tutar", "KDV Dahil Toplam"), the grand total ("Genel Toplam")
            r"^ödenecek\s*(?:tutar|toplam)|^(?:vergiler|kdv)\s*dahil\s*toplam|"
            r"^genel\s*toplam|"
            # Lithuanian: the amount to pay ("Iš viso mokėti", "Mokėti", "Mokėtina suma"), the
            # sum with VAT ("Suma su PVM", "Iš viso su PVM", "Bendra suma"), "Iš viso" alone;
            # not "Apmokėti iki" (the day to pay by)
            r"^iš\s*viso\b(?!\s*(?:be|pvm)\b)|^(?:iš\s*viso\s*)?mokėti\b(?!\s*iki)|"
            r"mokėtina\s*suma|suma\s*su\s*pvm|^bendra\s*suma|"
            # Ukrainian: the amount to pay ("Всього до сплати", "До сплати"), the sum with VAT
            # ("Разом з ПДВ", "Всього з ПДВ", "Сума з ПДВ"), "Всього", "Разом" alone
            r"(?:^|\b(?:всього|усього|разом)\s*)до\s*сплати|"
            r"(?:всього|усього|разом|сума)\s*(?:з|із|в\s*т\.?\s*ч\.?)\s*пдв|"
            r"^(?:всього|усього|разом)\b(?!\s*(?:без|пдв)\b)",
            re.I,
        ),
    ),
    (
        "tax",
        _compile(
            # Canada: GST/TPS, QST/TVQ (Quebec), HST (not "PST", also a time zone)
            # Italy's stamp duty ("Bollo 2,00", "Imposta di bollo"): added to the total as a tax
            r"\b(?:tax|vat|gst|hst|qst|tps|tvq|igst|cgst|sgst|utgst|sales tax|mwst|ust|bollo|"
            # Nordic VAT: moms, MVA (merverdiavgift), ALV (arvonlisävero)
            r"moms|mva|alv|momsbelopp|momsbeløb|merverdiavgift|mervärdesskatt|arvonlisävero|"
            r"umsatzsteuer|"
            r"mehrwertsteuer|tva|iva|imposta|btw|podatek|dph|áfa|消費税)\b|"
            # a Polish fiscal receipt's tax on goods and services, one line a rate ("PTU A
            # 23%") and their sum ("SUMA PTU")
            r"\bptu\b|"
            # "I.V.A." with its stops (Mexico, Spain, Italy); Mexico's excise IEPS and its
            # "impuestos trasladados" (taxes passed on)
            r"\bi\.\s?v\.\s?a\.?(?!\w)|\bieps\b|\bimpuestos?\s+trasladados?\b|"
            # Brazil's IPI, added to a DANFE's total; its ICMS, ISS, PIS and COFINS are inside
            # the prices and named for information, no tax to add
            r"\bipi\b|"
            # Spain's equivalence surcharge, a tax line of its own beside each IVA rate
            r"recargo\s*(?:de\s*)?equiv|税\s*额|消費税|消费税|税額|"
            # Vietnam's VAT: "Thuế GTGT", "Tiền thuế GTGT" (not the rate's "Thuế suất")
            r"\bthuế\s*(?:gtgt|giá\s*trị\s*gia\s*tăng)\b|\btiền\s*thuế\b|"
            # traditional characters: a Taiwanese invoice's business tax "營業稅", "稅額"
            r"[营營]\s*[业業]\s*[税稅]|增\s*值\s*稅|稅\s*[额額金]|"
            # simplified characters with the rate after them, "增值税 13 % (21,119.37) ¥2,745.52"
            # (alone, 增值税 begins the fapiao's title)
            r"增\s*值\s*税(?=\s*\d{1,2}(?:[.,]\d{1,2})?\s*%)|"
            # Canada's provincial sales tax (PST, Manitoba's RST) with its rate: "PST 7%  $124.18"
            # (a bare "PST" is also a time zone)
            r"\b(?:pst|rst)\b(?=\s*[(:]?\s*\d{1,2}(?:[.,]\d{1,3})?\s*%)|消費稅|"
            # Malaysia's sales and service tax, Indonesia's VAT (PPN), with their rate: "SST 10%
            # RM 1,722.04", "PPN 11%  Rp 12.822.381" (a bare "SST" heads its registration number)
            r"\b(?:sst|ppn)\b(?=\s*[(:]?\s*\d{1,2}(?:[.,]\d{1,2})?\s*%)|"
            # a tax's rate as its label, with the rate and the amount: "税率 13%: ¥801.11"
            # (the tax at 13%); the rate column's header alone has no rate
            r"[税稅]\s*率\s*\d{1,2}(?:[.,]\d{1,2})?\s*%|"
            # Zoho's "CGST9 (9%)", "IGST18 (18%)": the rate run into the tax's name
            r"\b(?:igst|cgst|sgst|utgst)(?=\d)|"
            # Korean: the tax (세액), the VAT (부가세, 부가가치세)
            r"^세\s*액|부\s*가\s*(?:가\s*치\s*)?세(?!\s*(?:별도|포함|제외))|"
            # Turkish KDV, one line per rate ("Hesaplanan KDV (%20)", "KDV %10", "KDV
            # Toplamı"); not its base, nor a sum with it, nor the withholding (above)
            r"^(?:hesaplanan\s*)?kdv\b(?!\s*(?:matrah|dahil|hari[çc]|oranı|tevkifat))|"
            r"^toplam\s*kdv\b|"
            # Lithuanian PVM ("PVM 21%", "PVM suma"; not its registration code, written out or
            # cut short, "PVM k.", "PVM mok. k.", nor a Finnish "Pvm" before its date),
            # Ukrainian ПДВ ("ПДВ 20%", "Сума ПДВ"; not a registration's "ПДВ № 200012345")
            r"\bpvm\b(?!\s*(?:mok(?:ėtojo\b|\.)\s*)?(?:kodas\b|k\.|tarifas\b))"
            r"(?!\.?\s*[:：]?\s*\d{1,2}[./-]\d{1,2}[./-]\d{2,4})|"
            r"\bпдв\b(?!\s*(?:№|n°)|\s*[:：]?\s*\d{8,})",
            re.I,
        ),
    ),
    (
        "shipping",
        _compile(
            # "Versandkosten", not a "Versandkarton" (a shipping box) sold on an item's row;
            # "Spese di traspo", the label cut by its spreadsheet cell
            # "Carriage", "Carriage & packing": a UK supplier's delivery charge
            r"^carriage\b|\bcarriage\s*(?:charges?|costs?)\b|"
            r"shipping|freight|delivery charge|postage|versand(?:kosten|pauschale|gebühr)?\b|"
            # Nordic carriage, postage and the invoice fee charged with it (a "Fakturaavgift",
            # "Expeditionsavgift", "Laskutuslisä" is added before VAT like carriage)
            r"^frakt(?:avgift|kostnad)?\b|^fragt\b|^rahti\b|^toimituskulut\b|"
            r"^fakturaavgift\b|^expeditionsavgift\b|^ekspeditionsgebyr\b|^fakturagebyr\b|"
            r"^laskutuslisä\b|^toimitusmaksu\b|"
            # "Porto" (postage in German and the Nordic languages), not the city: "4100-114
            # Porto", "Porto Alegre - RS", "Porto, Portugal"; "Porto und Verpackung", "Porto og
            # ekspedition" are postage still
            r"fracht|(?<![\d\-–]\s)\bporto\b(?!\s?[,\-–]?\s?(?:alegre|seguro|velho|nacional|"
            r"feliz|real|belo|novo|rico|portugal|santo|de\s+mós|moniz|covo|salvo)\b)|"
            r"frais de port|"
            # Portuguese "Frete", "Valor do frete", a DANFE's insurance and other charges added
            # to its total; not an item named after the carriage ("Frete rodoviário Campinas-BH")
            r"^(?:valor\s*(?:total\s*)?do\s*)?frete\b(?!\s*[^\W\d_]{3,})|valor\s*do\s*seguro|"
            r"outras\s*despesas(?:\s*acess[óo]rias)?|"
            # Spanish "Flete" (freight) under the subtotal; not an item named after it
            r"^flete\b(?!\s*[^\W\d_]{3,})|"
            r"livraison|spese di (?:trasp|sped)|envío|portes|^ports\b|verzendkosten|"
            # "Transportkosten", "Transportpauschale", "koszt transportu"; not a street named
            # after it (a letterhead's "...weg 7" read as a charge of 7)
            r"wysyłka|transport(?!weg|stra(?:ß|ss)e|str\b|straat|laan)|"
            # Czech and Slovak "Doprava", "Dopravné", "Poštovné"; Hungarian "Szállítás",
            # "Szállítási díj", "Fuvardíj"
            r"^doprava\b|dopravné|poštovné|^szállítás\b|szállítási\s*(?:díj|költség)|fuvardíj|"
            r"送料|運賃|配送料|[运運]\s*[费費]|"
            # Vietnamese: the charge or fee for carriage
            r"(?:phí|cước)\s*vận\s*chuyển|"
            # India's "Packing Charges", "P & F Charges" (packing and forwarding), taxed
            r"packing\s*(?:&|and)?\s*(?:forwarding\s*)?charges?|\bp\s*&\s*f\b|"
            r"forwarding\s*charges?|"
            # an Italian professional's pension contribution, charged on the fee and taxed
            # with it: added to the total as a charge
            r"contributo\s*integrativo|cassa\s*(?:di\s*)?previdenza|"
            r"rivalsa\s*(?:inps|previdenziale)|contributo\s*previdenziale|"
            # Korean carriage: 운임, 운송비, 배송비, 택배비, 운반비
            r"^운\s*임|^(?:운송|배송|택배|운반)\s*(?:비|료)|"
            # Turkish carriage: "Nakliye", "Nakliye Bedeli", "Kargo Ücreti"
            r"^nakliye(?:\s*(?:bedeli|ücreti|gideri))?\s*[:：]?\s*(?:[₺\d]|$)|"
            r"^kargo\s*(?:bedeli|ücreti)|"
            # Lithuanian "Pristatymas" (delivery), "Transportavimas"; Ukrainian "Доставка"
            r"^pristatymas\b|^transportavimas\b|^доставка\b",
            re.I,
        ),
    ),
    (
        "discount",
        _compile(
            r"discount|rabatt|skonto|nachlass|remise|réduction|sconto|descuento|descompte|"
            r"desconto|korting|"
            r"rabat|upust|sleva|zľava|kedvezmény|engedmény|値引|割引|折扣|[优優]\s*惠|折\s*[让讓]|chiết\s*khấu|"
            r"alennus|^할\s*인|^에누리|"
            # Indonesian and Malay "Diskon"
            r"^diskon\b|"
            # Turkish: a discount ("İskonto", "Toplam İskonto", "İndirim")
            r"[iı]skonto|[iı]ndirim|"
            # Lithuanian "Nuolaida"; Ukrainian "Знижка"
            r"nuolaida|знижка",
            re.I,
        ),
    ),
]

# Amounts a Brazilian invoice prints for information in its sums' grid: the taxes inside its
# prices (ICMS, ISS, PIS, COFINS), their base ("Base de cálculo do ICMS"), the approximate
# taxes the law has it print ("Valor aprox. dos tributos"). Each labels its amount, which adds
# to no sum: a DANFE's row of them beside "Valor total dos produtos" is still a row of labels
# over their amounts.
INCLUDED_TAX = _compile(
    r"\b(?:icms|iss(?:qn)?|pis|cofins|fcp)\b|base\s*de\s*c[áa]lc|\btrib(?:utos|\.)", re.I
)

CURRENCIES = [
    ("INR", r"\bINR\b|₹|\bRs\.?(?=\s?\d)"),
    ("PLN", r"\bPLN\b|\bzł\b|zł"),
    ("CHF", r"\bCHF\b"),
    ("CZK", r"\bCZK\b|Kč"),
    ("HUF", r"\bHUF\b|(?<=\d)\s?Ft\b"),
    ("EUR", r"\bEUR\b|€"),
    ("GBP", r"\bGBP\b|£"),
    ("JPY", r"\bJPY\b|円"),
    # the New Taiwan and Hong Kong dollars before the US dollar, whose sign they carry
    ("TWD", r"\bTWD\b|NT\s?\$|新[臺台]幣"),
    ("HKD", r"\bHKD\b|HK\s?\$"),
    # the Brazilian real before the US dollar, whose sign it carries
    ("BRL", r"\bBRL\b|(?<![A-Z])R\$"),
    ("USD", r"\bUSD\b|US\$|(?<!NT)(?<!NT )(?<!HK)(?<!HK )(?<!R)\$"),
    ("CNY", r"\bCNY\b|\bRMB\b|¥|￥|人民币|元"),
    ("VND", r"\bVN[DĐ]\b|₫"),
    # the Korean won: its code, its sign, "원" after an amount
    ("KRW", r"\bKRW\b|[₩￦]|(?<=\d)\s?원(?![^\W\d_])"),
    # the Turkish lira ("₺", "TL" after the amount), the Romanian leu, the Bulgarian lev
    ("TRY", r"\bTRY\b|₺|(?<=\d)\s?TL\b"),
    ("RON", r"\bRON\b|(?<=\d)\s?lei\b"),
    ("BGN", r"\bBGN\b|(?<=\d)\s?лв\.?"),
    # the Ukrainian hryvnia: its code, its sign, "грн" after an amount
    ("UAH", r"\bUAH\b|₴|(?<=\d)\s?грн\b"),
    # the Swedish, Danish and Norwegian krona/krone by their codes; "kr" alone is told by
    # the page's language (`fields._currency`)
    ("SEK", r"\bSEK\b"),
    ("DKK", r"\bDKK\b"),
    ("NOK", r"\bNOK\b"),
]
# "kr", "kr." after or before an amount: the krona or krone of the page's language
KRONA = re.compile(r"(?<=\d)\s?kr\b|\bkr\.?\s?(?=\d)", re.I)
KRONA_OF = {"sv": "SEK", "da": "DKK", "nb": "NOK"}

# Which convention a document follows, from words only its language uses.
LANG_WORDS: dict[str, re.Pattern[str]] = {
    "de": _compile(
        r"\b(?:rechnung|rechnungsdatum|menge|einzelpreis|betrag|mwst|ust|gesamtbetrag|"
        r"zwischensumme|straße|strasse|lieferschein|kunde)\b",
        re.I,
    ),
    "fr": _compile(
        r"\b(?:facture|quantité|qté|prix unitaire|montant|tva|ttc|ht|rue|date de)\b", re.I
    ),
    "it": _compile(
        r"\b(?:fattura|quantità|qtà|prezzo|importo|imponibile|iva|totale|via|partita)\b", re.I
    ),
    "es": _compile(r"\b(?:factura|cantidad|precio|importe|iva|fecha|calle|base imponible)\b", re.I),
    "pt": _compile(
        r"\b(?:fatura|quantidade|qtd|preço|valor|iva|vencimento|rua|desconto|contribuinte|atcud)\b",
        re.I,
    ),
    "nl": _compile(r"\b(?:factuur|aantal|prijs|bedrag|btw|totaal|factuurdatum|straat)\b", re.I),
    "cs": _compile(
        r"\b(?:faktura\b|daňový doklad|dodavatel|odběratel|množství|celkem|úhradě|dph|"
        r"splatnosti|vystavení)",
        re.I,
    ),
    "pl": _compile(r"\b(?:faktura\b|ilość|cena|wartość|netto|brutto|razem|zapłaty|nip|ul\.)", re.I),
    # with their marks only: bare, "faktura", "dodavatel" and "splatnosti" are Czech words
    "sk": re.compile(
        r"\b(?:faktúra|faktúry|dodávateľ|odberateľ|množstvo|celkom|úhradu|splatnosť|"
        r"vyhotovenia|zľava|spolu)",
        re.I,
    ),
    "hu": _compile(
        r"\b(?:számla|számlaszám|eladó|vevő|mennyiség|menny|egységár|áfa|"
        r"összesen|fizetendő|kelte|határidő|adószám)\b",
        re.I,
    ),
    "in": _compile(r"\b(?:gstin|cgst|sgst|igst|hsn|sac|tax invoice|₹|inr)\b", re.I),
    "ja": _compile(r"[\u3040-\u30ff]|請求書|请求书|御中|様"),
    "zh": _compile(r"发票|购买方|销售方|价税合计|开票日期"),
    "gb": _compile(r"\b(?:gbp|vat reg|ltd)\b|£", re.I),
    "vi": _compile(
        VI_INVOICE + r"|thành\s*tiền|[đd]ơn\s*giá|số\s*lượng|thuế\s*gtgt|tổng\s*cộng|\bvn[đd]\b|"
        r"\bmst\b|\btháng\b",
        re.I,
    ),
    # Korean by its invoices' labels, glued to the words after them as Korean writes them
    # ("합계금액", "공급받는자"): no word boundary after them
    "ko": re.compile(
        r"공급\s*가액|세액|합계\s*금액|공급\s*받는\s*자|공급자|사업자\s*등록\s*번호|등록번호|품목|"
        r"수량|단가|작성\s*일자|청구서|거래\s*명세[서표]|영수증|세금\s*계산서|부가세|귀하|귀중"
    ),
    # The Nordic languages by their invoices' labels, none another's: "moms" is Swedish and
    # Danish, "Faktura" Polish and Czech too; company and giro numbers (Org.nr, Bankgiro, CVR,
    # Y-tunnus) are printed on these suppliers' English invoices as well, and are left out
    "sv": _compile(
        r"\b(?:fakturadatum|fakturanummer|förfallodatum|förfallodag|att betala|moms|momsen|"
        r"benämning|belopp|antal|kund|leverantör|betalningsvillkor|dröjsmålsränta|"
        r"öresutjämning|öresavrundning|exkl\. moms|inkl\. moms|kvitto|följesedel|offert)\b",
        re.I,
    ),
    "da": _compile(
        r"\b(?:fakturadato|forfaldsdato|beløb|i alt|at betale|moms|ekskl|stk\.pris|stykpris|"
        r"enhedspris|betalingsbetingelser|antal|fragt|kvittering|følgeseddel)\b",
        re.I,
    ),
    "nb": _compile(
        r"\b(?:fakturadato|forfallsdato|beløp|å betale|mva|merverdiavgift|antall|enhetspris|"
        r"betalingsbetingelser|kvittering|pakkseddel|totalt)\b",
        re.I,
    ),
    # Turkish by its invoices' labels ("Fatura" is Portuguese too, "Toplam" and "Tutar" are
    # counted in their phrases, which no other language prints); OCR drops the dots of ı and
    # İ, and reads "Ödenecek" as "Odenecek" (`loose`). Tax numbers and the tax office (VKN,
    # TCKN, Vergi Dairesi) are printed on Turkish exporters' English invoices too: left out.
    "tr": _compile(
        r"\b(?:kdv|sayın|satıcı|alıcı|miktar|birim fiyat|mal hizmet|mal / hizmet|hesaplanan|"
        r"ödenecek tutar|fatura tarihi|fatura no|toplam tutar|iskonto|tevkifat\w*|"
        r"irsaliye\w*|teklif\w*)\b",
        re.I,
    ),
    # Lithuanian and Ukrainian by their invoices' labels, with the marks only where the bare word
    # is another language's ("faktura"); "PVM" is also the Finnish date's "pvm", left out
    "lt": re.compile(
        r"\b(?:sąskaita|saskaita|faktūra|kiekis|kaina|pirkėjas|pirkejas|pardavėjas|pardavejas|"
        r"išrašymo|israsymo|apmokėti|apmoketi|iš viso|is viso|mokėti|moketi|tiekėjas|"
        r"pavadinimas|vnt)\b",
        re.I,
    ),
    "uk": re.compile(
        r"(?<!\w)(?:рахунок|пдв|кількість|кільк|ціна|сума|всього|усього|разом|постачальник|"
        r"покупець|сплати|сплатити|грн|єдрпоу|найменування|накладна|складання)(?!\w)",
        re.I,
    ),
    "fi": _compile(
        r"\b(?:lasku|laskun|laskunumero|eräpäivä|päivämäärä|päiväys|alv|yhteensä|maksettava|"
        r"veroton|verollinen|määrä|hinta|yksikköhinta|tuote|asiakas|viitenumero|maksuehto|"
        r"kuitti|tarjous|lähete|alennus|rahti)\b",
        re.I,
    ),
}
# More words that say a page is in a language the reader reads (`unread_language.language_read`,
# not `detect_lang`): the ones every invoice or till receipt in it prints, beside the words of
# the invoices the vocabulary was built from. A till receipt names no "Rechnung", "Menge" or
# "Einzelpreis": it prints "Summe", "Bar", "Rückgeld", "Karte", "Vielen Dank". Each is a word
# of that language only among the languages sellers' suppliers write in: "Kasse" and "stk" are
# Danish too, "Datum" Swedish, "client" and "total" Romanian, "opis", "cena" and "karta"
# Slovenian, "sum", "Visa" and "card" Norwegian and Danish ("Sum eks. mva", "Kan betales med
# Visa"), "PIN" every card terminal's, and a page in such a language must not be taken for a
# read one.
READ_WORDS: dict[str, re.Pattern[str]] = {
    "de": _compile(
        r"\b(?:summe|gesamt\w*|endsumme|rückgeld|gegeben|kassenbon|beleg\w*|stück|preis|"
        r"bezeichnung|anzahl|zahlung|zahlbar|kartenzahlung|steuer\w*|dank|danke|vielen|"
        r"lieferung|leistung\w*|bankverbindung|zzgl|bankomat|\w+stra(?:ß|ss)e)\b",
        re.I,
    ),
    "fr": _compile(
        r"\b(?:espèces|rendu|monnaie|caisse|merci|désignation|règlement|échéance|livraison|"
        r"siret|net à payer|carte bancaire|prix)\b",
        re.I,
    ),
    "it": _compile(
        r"\b(?:scontrino|documento commerciale|contanti|resto|pagamento|grazie|descrizione|"
        r"cliente|fornitore|consegna|corrispettivo|codice fiscale|elettronico)\b",
        re.I,
    ),
    "es": _compile(
        r"\b(?:efectivo|cambio|tarjeta|gracias|descripción|cliente|proveedor|nif|cif|"
        r"forma de pago|vencimiento|unidades|entregado)\b",
        re.I,
    ),
    "pt": _compile(
        r"\b(?:troco|dinheiro|cartão|obrigad[oa]|descrição|cliente|nif|pagamento|emissão)\b",
        re.I,
    ),
    "nl": _compile(
        r"\b(?:kassabon|wisselgeld|contant|bedankt|omschrijving|klant|leverancier|"
        r"te betalen|vervaldatum|betaling|stuks|kvk)\b",
        re.I,
    ),
    "pl": _compile(
        r"\b(?:paragon|fiskalny|gotówka|reszta|sprzedaż|ptu|nabywca|sprzedawca|do zapłaty|"
        r"płatności|szt)\b",
        re.I,
    ),
    "cs": _compile(
        r"\b(?:účtenka|hotovost|pokladna|vráceno|zaokrouhlení|platba|kartou|ičo|dič|děkujeme)\b",
        re.I,
    ),
    "sk": re.compile(r"\b(?:hotovosť|pokladnica|ďakujeme|platba|ičo|dič)\b", re.I),
    "hu": _compile(r"\b(?:nyugta|készpénz|visszajáró|bankkártya|köszönjük|fizetés)\b", re.I),
    # Nordic till receipts: cash, change, thanks, the Swedish till's control unit
    "sv": _compile(r"\b(?:kontant|växel|tack för|kontrollenhet|kassakvitto|kvittonummer)\b", re.I),
    "da": _compile(r"\b(?:kontant|byttepenge|tak for|kvitteringsnr)\b", re.I),
    "nb": _compile(r"\b(?:kontant|vekslepenger|takk for)\b", re.I),
    "fi": _compile(r"\b(?:käteinen|vaihtoraha|kiitos|kuittinumero)\b", re.I),
    "en": re.compile(r"\b(?:cash|change|thank|thanks|balance|tendered|goods|subtotal)\b", re.I),
}
_NORDIC = {"sv", "da", "nb", "fi"}
DAYFIRST = {
    "de",
    "fr",
    "it",
    "es",
    "pt",
    "nl",
    "pl",
    "cs",
    "sk",
    "hu",
    "in",
    "gb",
    "vi",
    "tr",
    "lt",
    "uk",
} | _NORDIC
DECIMAL_COMMA = {
    "de", "fr", "it", "es", "pt", "nl", "pl", "cs", "sk", "hu", "vi", "tr", "lt", "uk",
} | _NORDIC  # fmt: skip


def detect_lang(text: str) -> str:
    """The language convention with the most of its own words in the text ("en" if none)."""
    scores = {lang: len(p.findall(text)) for lang, p in LANG_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 2:
        return "en"
    return best


# Chinese capital numerals (大写), in which Chinese invoices, receipts and cheques write the
# amount again so that its figures cannot be altered ("伍万捌仟贰佰零叁圆肆角"); traditional
# forms beside the simplified ones.
CAPITAL_DIGITS = {
    "零": 0, "〇": 0, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "肆": 4, "伍": 5, "陆": 6,
    "陸": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
CAPITAL_UNITS = {"拾": 10, "佰": 100, "仟": 1_000}
CAPITAL_SCALES = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}
CAPITAL_YUAN = "圆元圓"  # the yuan (or any currency's major unit) after the whole part
CAPITAL_JIAO = "角"  # tenths
CAPITAL_FEN = "分"  # hundredths
CAPITAL_WHOLE = "整正"  # "no fraction", closing the amount
