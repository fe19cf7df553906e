"""Field captions per language (written for this corpus)."""

K = ["invoice", "receipt", "credit_note", "proforma", "packing_list", "purchase_order", "quotation", "delivery_note", "price_list", "order_conf",
     "number", "date", "due", "order_ref", "customer", "supplier", "bill_to", "ship_to", "vat_id", "desc", "code", "qty", "unit", "price", "disc",
     "amount", "rate", "subtotal", "discount", "shipping", "base", "vat", "re", "irpf", "total", "total_due", "payment", "transfer", "bank", "iban",
     "page", "of", "thanks", "notes", "rectifies", "reason", "customer_no", "valid_until", "delivery_date", "signature", "reverse_charge",
     "export_note", "small_business", "tel", "cartons", "nw", "gw", "cbm", "received"]

T = {
    "es": ["FACTURA", "FACTURA SIMPLIFICADA", "FACTURA RECTIFICATIVA", "FACTURA PROFORMA", "LISTA DE BULTOS", "PEDIDO DE COMPRA", "PRESUPUESTO", "ALBARÁN DE ENTREGA", "TARIFA DE PRECIOS", "CONFIRMACIÓN DE PEDIDO",
           "Nº factura", "Fecha", "Vencimiento", "Su pedido", "Cliente", "Proveedor", "Facturar a", "Enviar a", "NIF", "Descripción", "Ref.", "Cant.", "Ud.", "Precio", "Dto.",
           "Importe", "% IVA", "Subtotal", "Descuento", "Portes", "Base imponible", "IVA", "Recargo equiv.", "Retención IRPF", "TOTAL", "TOTAL A PAGAR", "Forma de pago", "Transferencia bancaria", "Banco", "IBAN",
           "Página", "de", "Gracias por su confianza", "Observaciones", "Rectifica a la factura", "Motivo", "Cód. cliente", "Válido hasta", "Fecha de entrega", "Firma y sello",
           "Operación exenta por entrega intracomunitaria (art. 25 Ley 37/1992). Inversión del sujeto pasivo.", "Exportación exenta (art. 21 LIVA)", "", "Tel.", "Bultos", "Peso neto", "Peso bruto", "Volumen", "Recibí conforme"],
    "ca": ["FACTURA", "FACTURA SIMPLIFICADA", "FACTURA RECTIFICATIVA", "FACTURA PROFORMA", "LLISTA DE PAQUETS", "COMANDA DE COMPRA", "PRESSUPOST", "ALBARÀ DE LLIURAMENT", "TARIFA DE PREUS", "CONFIRMACIÓ DE COMANDA",
           "Núm. factura", "Data", "Venciment", "La seva comanda", "Client", "Proveïdor", "Facturar a", "Enviar a", "NIF", "Descripció", "Ref.", "Quant.", "U.", "Preu", "Dte.",
           "Import", "% IVA", "Subtotal", "Descompte", "Ports", "Base imposable", "IVA", "Recàrrec equiv.", "Retenció IRPF", "TOTAL", "TOTAL A PAGAR", "Forma de pagament", "Transferència bancària", "Banc", "IBAN",
           "Pàgina", "de", "Moltes gràcies per la vostra confiança", "Observacions", "Rectifica la factura", "Motiu", "Codi client", "Vàlid fins", "Data de lliurament", "Signatura i segell",
           "Operació exempta per lliurament intracomunitari. Inversió del subjecte passiu.", "Exportació exempta", "", "Tel.", "Paquets", "Pes net", "Pes brut", "Volum", "Rebut conforme"],
    "pt": ["FATURA", "FATURA SIMPLIFICADA", "NOTA DE CRÉDITO", "FATURA PRÓ-FORMA", "LISTA DE VOLUMES", "NOTA DE ENCOMENDA", "ORÇAMENTO", "GUIA DE REMESSA", "TABELA DE PREÇOS", "CONFIRMAÇÃO DE ENCOMENDA",
           "Fatura n.º", "Data", "Vencimento", "V/ encomenda", "Cliente", "Fornecedor", "Faturar a", "Local de entrega", "NIF", "Descrição", "Ref.", "Qtd.", "Un.", "Preço unit.", "Desc.",
           "Valor", "IVA %", "Subtotal", "Desconto", "Portes", "Incidência", "IVA", "", "Retenção IRS", "TOTAL", "TOTAL A PAGAR", "Condições de pagamento", "Transferência bancária", "Banco", "IBAN",
           "Página", "de", "Obrigado pela preferência", "Observações", "Retifica a fatura", "Motivo", "N.º cliente", "Válido até", "Data de carga", "Assinatura",
           "IVA - autoliquidação (art. 14.º RITI)", "Isento art. 14.º CIVA - exportação", "", "Tel.", "Volumes", "Peso líquido", "Peso bruto", "Volume", "Recebido"],
    "fr": ["FACTURE", "TICKET / FACTURE SIMPLIFIÉE", "AVOIR", "FACTURE PRO FORMA", "LISTE DE COLISAGE", "BON DE COMMANDE", "DEVIS", "BON DE LIVRAISON", "TARIF", "CONFIRMATION DE COMMANDE",
           "Facture n°", "Date", "Échéance", "Votre commande", "Client", "Fournisseur", "Facturé à", "Livré à", "N° TVA", "Désignation", "Réf.", "Qté", "Unité", "P.U. HT", "Remise",
           "Montant HT", "TVA", "Total HT", "Remise", "Frais de port", "Base HT", "TVA", "", "", "Total TTC", "NET À PAYER", "Règlement", "Virement bancaire", "Banque", "IBAN",
           "Page", "/", "Merci de votre confiance", "Remarques", "Annule et remplace la facture", "Motif", "Code client", "Valable jusqu'au", "Date de livraison", "Signature",
           "Autoliquidation – exonération de TVA, art. 262 ter I du CGI", "Exonération de TVA, art. 262 I du CGI (exportation)", "TVA non applicable, art. 293 B du CGI", "Tél.", "Colis", "Poids net", "Poids brut", "Volume", "Reçu le"],
    "it": ["FATTURA", "SCONTRINO / FATTURA SEMPLIFICATA", "NOTA DI CREDITO", "FATTURA PROFORMA", "PACKING LIST", "ORDINE DI ACQUISTO", "PREVENTIVO", "DOCUMENTO DI TRASPORTO", "LISTINO PREZZI", "CONFERMA D'ORDINE",
           "Fattura n.", "Data", "Scadenza", "Vs. ordine", "Cliente", "Fornitore", "Intestatario", "Destinazione merce", "P.IVA", "Descrizione", "Cod.", "Q.tà", "U.M.", "Prezzo", "Sconto",
           "Importo", "IVA %", "Imponibile", "Sconto", "Spese di trasporto", "Imponibile", "IVA", "", "Ritenuta d'acconto", "TOTALE", "TOTALE DOCUMENTO", "Pagamento", "Bonifico bancario", "Banca", "IBAN",
           "Pagina", "di", "Grazie per la fiducia", "Note", "Storno della fattura", "Causale", "Cod. cliente", "Valido fino al", "Data consegna", "Firma",
           "Operazione non imponibile art. 41 D.L. 331/93 – inversione contabile", "Operazione non imponibile art. 8 DPR 633/72", "", "Tel.", "Colli", "Peso netto", "Peso lordo", "Volume", "Per ricevuta"],
    "de": ["RECHNUNG", "KASSENBELEG / KLEINBETRAGSRECHNUNG", "GUTSCHRIFT / RECHNUNGSKORREKTUR", "PROFORMA-RECHNUNG", "PACKLISTE", "BESTELLUNG", "ANGEBOT", "LIEFERSCHEIN", "PREISLISTE", "AUFTRAGSBESTÄTIGUNG",
           "Rechnungsnummer", "Rechnungsdatum", "Fällig am", "Ihre Bestellung", "Kunde", "Lieferant", "Rechnungsempfänger", "Lieferanschrift", "USt-IdNr.", "Bezeichnung", "Art.-Nr.", "Menge", "Einheit", "Einzelpreis", "Rabatt",
           "Gesamt", "USt.", "Zwischensumme", "Rabatt", "Versandkosten", "Nettobetrag", "MwSt.", "", "", "Gesamtbetrag", "RECHNUNGSBETRAG", "Zahlungsbedingungen", "Überweisung", "Bank", "IBAN",
           "Seite", "von", "Vielen Dank für Ihren Auftrag!", "Hinweise", "Korrektur zu Rechnung", "Grund", "Kunden-Nr.", "Gültig bis", "Lieferdatum", "Unterschrift",
           "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge) – steuerfreie innergemeinschaftliche Lieferung", "Steuerfreie Ausfuhrlieferung", "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.", "Tel.", "Kartons", "Nettogewicht", "Bruttogewicht", "Volumen", "Ware erhalten"],
    "nl": ["FACTUUR", "KASSABON", "CREDITNOTA", "PROFORMA FACTUUR", "PAKLIJST", "INKOOPORDER", "OFFERTE", "PAKBON", "PRIJSLIJST", "ORDERBEVESTIGING",
           "Factuurnummer", "Factuurdatum", "Vervaldatum", "Uw order", "Klant", "Leverancier", "Factuuradres", "Afleveradres", "BTW-nr.", "Omschrijving", "Art.nr.", "Aantal", "Eenh.", "Prijs", "Korting",
           "Bedrag", "BTW %", "Subtotaal", "Korting", "Verzendkosten", "Grondslag", "BTW", "", "", "Totaal", "TE BETALEN", "Betaling", "Overboeking", "Bank", "IBAN",
           "Pagina", "van", "Bedankt voor uw bestelling", "Opmerkingen", "Correctie op factuur", "Reden", "Klantnr.", "Geldig tot", "Leverdatum", "Handtekening",
           "BTW verlegd – intracommunautaire levering (art. 138 Richtlijn 2006/112/EG)", "Export – 0% BTW", "", "Tel.", "Colli", "Netto gewicht", "Bruto gewicht", "Volume", "Voor ontvangst"],
    "pl": ["FAKTURA VAT", "PARAGON / FAKTURA UPROSZCZONA", "FAKTURA KORYGUJĄCA", "FAKTURA PRO FORMA", "LISTA PAKOWA", "ZAMÓWIENIE", "OFERTA", "WZ – WYDANIE ZEWNĘTRZNE", "CENNIK", "POTWIERDZENIE ZAMÓWIENIA",
           "Numer", "Data wystawienia", "Termin płatności", "Zamówienie", "Nabywca", "Sprzedawca", "Nabywca", "Odbiorca", "NIP", "Nazwa towaru lub usługi", "Indeks", "Ilość", "J.m.", "Cena netto", "Rabat",
           "Wartość netto", "Stawka VAT", "Razem netto", "Rabat", "Transport", "Wartość netto", "Kwota VAT", "", "", "Wartość brutto", "DO ZAPŁATY", "Sposób płatności", "przelew", "Bank", "Nr konta",
           "Strona", "z", "Dziękujemy za współpracę", "Uwagi", "Korekta faktury", "Przyczyna korekty", "Nr klienta", "Ważna do", "Data sprzedaży", "Podpis osoby upoważnionej",
           "Odwrotne obciążenie – WDT, stawka 0%", "Eksport towarów – 0%", "", "Tel.", "Kartony", "Waga netto", "Waga brutto", "Objętość", "Odebrał"],
    "en": ["INVOICE", "RECEIPT", "CREDIT NOTE", "PROFORMA INVOICE", "PACKING LIST", "PURCHASE ORDER", "QUOTATION", "DELIVERY NOTE", "PRICE LIST", "ORDER CONFIRMATION",
           "Invoice No.", "Invoice Date", "Due Date", "Your PO", "Customer", "Supplier", "Bill To", "Ship To", "VAT No.", "Description", "Item No.", "Qty", "Unit", "Unit Price", "Disc.",
           "Amount", "VAT %", "Subtotal", "Discount", "Freight", "Net", "VAT", "", "", "TOTAL", "TOTAL DUE", "Payment terms", "Bank transfer", "Bank", "IBAN",
           "Page", "of", "Thank you for your business", "Notes", "Credit against invoice", "Reason", "Account No.", "Valid until", "Delivery date", "Authorised signature",
           "Intra-community supply – reverse charge applies", "Zero-rated export", "", "Tel", "Cartons", "N.W.", "G.W.", "Meas.", "Received by"],
    "zh": ["发票", "收据", "红字发票", "形式发票", "装箱单", "采购订单", "报价单", "送货单", "价目表", "订单确认",
           "发票号码", "开票日期", "付款期限", "订单号", "客户", "供应商", "购买方", "收货方", "税号", "货物名称", "编号", "数量", "单位", "单价", "折扣",
           "金额", "税率", "小计", "折扣", "运费", "金额", "税额", "", "", "合计", "应付总额", "付款方式", "银行转账", "开户行", "账号",
           "第", "页 共", "感谢惠顾", "备注", "对应蓝字发票", "原因", "客户编号", "有效期至", "交货日期", "签字盖章",
           "", "出口免税", "", "电话", "箱数", "净重", "毛重", "体积", "收货人"],
    "ja": ["請求書", "領収書", "返品伝票（赤伝）", "見積請求書", "梱包明細書", "注文書", "御見積書", "納品書", "価格表", "注文請書",
           "請求書番号", "請求日", "お支払期限", "ご注文番号", "お客様", "発行者", "請求先", "納品先", "登録番号", "品名", "品番", "数量", "単位", "単価", "値引",
           "金額", "税率", "小計", "値引", "送料", "対象額", "消費税", "", "", "合計", "ご請求金額", "お支払方法", "銀行振込", "振込先", "口座",
           "ページ", "/", "毎度ありがとうございます", "備考", "訂正元請求書", "理由", "顧客コード", "有効期限", "納品日", "印",
           "", "輸出免税", "", "TEL", "箱数", "正味重量", "総重量", "容積", "受領印"],
}

LBL = {lang: dict(zip(K, vals)) for lang, vals in T.items()}
for lang, d in LBL.items():
    assert len(T[lang]) == len(K), (lang, len(T[lang]), len(K))


def L(lang, key):
    return LBL[lang][key]


def title(lang, doc_type):
    return LBL[lang].get(doc_type if doc_type not in ("tax_invoice",) else "invoice") or LBL[lang]["invoice"]


PAY_TERMS = {
    "es": ["Transferencia a 30 días fecha factura", "Recibo domiciliado a 60 días", "Transferencia bancaria al contado", "Confirming a 90 días", "Pagado con tarjeta"],
    "ca": ["Transferència a 30 dies data factura", "Rebut domiciliat a 60 dies", "Al comptat"],
    "pt": ["Pronto pagamento", "Transferência a 30 dias", "Multibanco / MB WAY"],
    "fr": ["Virement à 30 jours fin de mois", "Paiement à réception de facture", "LCR à 45 jours"],
    "it": ["Bonifico bancario 30 gg d.f.f.m.", "Ri.Ba. 60 gg", "Rimessa diretta"],
    "de": ["Zahlbar innerhalb 14 Tagen ohne Abzug", "Zahlbar sofort rein netto", "30 Tage netto, 10 Tage 2 % Skonto"],
    "nl": ["Betaling binnen 30 dagen", "Betaling binnen 14 dagen na factuurdatum"],
    "pl": ["przelew 14 dni", "przelew 30 dni", "gotówka"],
    "en": ["T/T 30% deposit, 70% before shipment", "Net 30", "Due on receipt", "T/T in advance", "Net 14 days"],
    "zh": ["电汇", "银行转账 30天", "预付30%定金，发货前付清余款"],
    "ja": ["月末締め翌月末払い", "銀行振込（振込手数料はご負担ください）"],
}


def date_label(lang, doc_type):
    if doc_type in ("invoice", "tax_invoice", "credit_note", "receipt"):
        return LBL[lang]["date"]
    return {"en": "Date", "de": "Datum", "nl": "Datum", "pl": "Data", "it": "Data", "fr": "Date", "es": "Fecha", "ca": "Data", "pt": "Data", "zh": "日期", "ja": "日付"}[lang]


def num_label(lang, doc_type):
    if doc_type in ("invoice", "tax_invoice", "credit_note", "receipt"):
        return LBL[lang]["number"]
    return {"es": "Nº", "ca": "Núm.", "fr": "N°", "it": "N.", "de": "Nr.", "nl": "Nr.", "pl": "Nr", "pt": "N.º", "en": "No.", "zh": "编号", "ja": "番号"}[lang]
