"""Invented invoices in the languages European, Japanese and Indian suppliers write them in.

Each language gives the labels, the date and number formats, a title or two, a supplier, a
buyer and items, as a supplier's billing software would print them. Everything is made up.
"""

from __future__ import annotations

from datetime import date

MONTHS = {
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "it": [
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "nl": [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ],
    "in": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}

# Per language: labels, titles, currency and VAT, a supplier, a buyer, items.
LANGS: dict[str, dict[str, object]] = {
    "de": {
        "titles": ["RECHNUNG", "Rechnung"],
        "labels": {
            "buyer": "Rechnungsempfänger:",
            "ship": "Lieferadresse:",
            "tel": "Tel.: ",
            "email": "E-Mail: ",
            "web": "Web: ",
            "no": "Rechnungsnummer: ",
            "date": "Rechnungsdatum: ",
            "desc": "Bezeichnung",
            "model": "Artikel-Nr.",
            "qty": "Menge",
            "unit": "Einzelpreis",
            "amount": "Betrag",
            "subtotal": "Zwischensumme",
            "tax": "MwSt. 19 %",
            "total": "Gesamtbetrag",
            "terms": "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
            "bank": "Bankverbindung: Sparkasse, IBAN DE89 3704 0044 0532 0130 00",
            "account": "Kundennummer: 2031-07-01",
            "taxid": "USt-IdNr.: DE812345678",
        },
        "currency": "EUR",
        "vat": 0.19,
        "comma": True,
        "supplier": (
            "Rheinwerk Haushaltswaren GmbH",
            ["Industriestraße 14", "50667 Köln, Deutschland"],
            "+49 221 4567 890",
            "rechnung@rheinwerk-haushalt.de",
            "www.rheinwerk-haushalt.de",
        ),
        "buyer": ("Northfield Goods GmbH", ["Lindenallee 3", "10115 Berlin"]),
        "items": [
            ("Edelstahl-Trinkflasche 750 ml", "HB-750S"),
            ("Silikonhülle", "HB-SL02"),
            ("Brotdose isoliert", "HB-LB11"),
            ("Bambus-Schneidebrett", "BC-3020"),
        ],
    },
    "fr": {
        "titles": ["FACTURE", "Facture"],
        "labels": {
            "buyer": "Facturé à :",
            "ship": "Adresse de livraison :",
            "tel": "Tél. : ",
            "email": "Courriel : ",
            "web": "Site : ",
            "no": "Facture n° ",
            "date": "Date de facture : ",
            "desc": "Désignation",
            "model": "Référence",
            "qty": "Qté",
            "unit": "Prix unitaire HT",
            "amount": "Montant HT",
            "subtotal": "Total HT",
            "tax": "TVA 20 %",
            "total": "Total TTC",
            "terms": "Paiement à 30 jours. Pas d'escompte pour paiement anticipé.",
            "bank": "IBAN FR76 3000 6000 0112 3456 7890 189 - BIC AGRIFRPP",
            "account": "N° client : 2031-07-01",
            "taxid": "N° TVA intracommunautaire : FR40123456789",
        },
        "currency": "EUR",
        "vat": 0.20,
        "comma": True,
        "supplier": (
            "Atelier Lumière SARL",
            ["12 rue des Tanneurs", "69002 Lyon, France"],
            "+33 4 78 12 34 56",
            "contact@atelier-lumiere.fr",
            "www.atelier-lumiere.fr",
        ),
        "buyer": ("Northfield Goods SAS", ["8 avenue Jean Jaurès", "75019 Paris"]),
        "items": [
            ("Gourde inox 750 ml", "HB-750S"),
            ("Housse silicone", "HB-SL02"),
            ("Boîte repas isotherme", "HB-LB11"),
            ("Planche à découper bambou", "BC-3020"),
        ],
    },
    "it": {
        "titles": ["FATTURA", "Fattura"],
        "labels": {
            "buyer": "Cliente:",
            "ship": "Destinazione merce:",
            "tel": "Tel. ",
            "email": "Email: ",
            "web": "Sito: ",
            "no": "Fattura n. ",
            "date": "Data fattura: ",
            "desc": "Descrizione",
            "model": "Codice",
            "qty": "Quantità",
            "unit": "Prezzo unitario",
            "amount": "Importo",
            "subtotal": "Totale imponibile",
            "tax": "IVA 22%",
            "total": "Totale documento",
            "terms": "Pagamento: bonifico bancario a 30 giorni data fattura.",
            "bank": "IBAN IT60 X054 2811 1010 0000 0123 456",
            "account": "Codice cliente: 2031-07-01",
            "taxid": "Partita IVA: IT01234567890",
        },
        "currency": "EUR",
        "vat": 0.22,
        "comma": True,
        "supplier": (
            "Casalinghi Adriatica S.r.l.",
            ["Via dei Mille 21", "40121 Bologna (BO), Italia"],
            "+39 051 234 5678",
            "amministrazione@casalinghi-adriatica.it",
            "www.casalinghi-adriatica.it",
        ),
        "buyer": ("Northfield Goods S.r.l.", ["Corso Buenos Aires 45", "20124 Milano"]),
        "items": [
            ("Borraccia in acciaio 750 ml", "HB-750S"),
            ("Custodia in silicone", "HB-SL02"),
            ("Portapranzo termico", "HB-LB11"),
            ("Tagliere in bambù", "BC-3020"),
        ],
    },
    "es": {
        "titles": ["FACTURA", "Factura"],
        "labels": {
            "buyer": "Facturar a:",
            "ship": "Dirección de envío:",
            "tel": "Tel.: ",
            "email": "Correo: ",
            "web": "Web: ",
            "no": "Factura nº ",
            "date": "Fecha de factura: ",
            "desc": "Descripción",
            "model": "Referencia",
            "qty": "Cantidad",
            "unit": "Precio unitario",
            "amount": "Importe",
            "subtotal": "Base imponible",
            "tax": "IVA 21%",
            "total": "Total factura",
            "terms": "Forma de pago: transferencia a 30 días.",
            "bank": "IBAN ES91 2100 0418 4502 0005 1332",
            "account": "Cuenta cliente: 2031-07-01",
            "taxid": "CIF: B12345678",
        },
        "currency": "EUR",
        "vat": 0.21,
        "comma": True,
        "supplier": (
            "Menaje Levante S.L.",
            ["Calle de Colón 18", "46004 Valencia, España"],
            "+34 963 123 456",
            "facturas@menajelevante.es",
            "www.menajelevante.es",
        ),
        "buyer": ("Northfield Goods S.L.", ["Avenida de América 10", "28028 Madrid"]),
        "items": [
            ("Botella de acero 750 ml", "HB-750S"),
            ("Funda de silicona", "HB-SL02"),
            ("Fiambrera térmica", "HB-LB11"),
            ("Tabla de cortar de bambú", "BC-3020"),
        ],
    },
    "nl": {
        "titles": ["FACTUUR", "Factuur"],
        "labels": {
            "buyer": "Factuuradres:",
            "ship": "Afleveradres:",
            "tel": "Tel: ",
            "email": "E-mail: ",
            "web": "Web: ",
            "no": "Factuurnummer: ",
            "date": "Factuurdatum: ",
            "desc": "Omschrijving",
            "model": "Artikelnr.",
            "qty": "Aantal",
            "unit": "Prijs",
            "amount": "Bedrag",
            "subtotal": "Subtotaal",
            "tax": "BTW 21%",
            "total": "Totaal te betalen",
            "terms": "Betaling binnen 14 dagen na factuurdatum.",
            "bank": "IBAN NL91 ABNA 0417 1643 00",
            "account": "Klantnummer: 2031-07-01",
            "taxid": "BTW-nummer: NL123456789B01",
        },
        "currency": "EUR",
        "vat": 0.21,
        "comma": True,
        "supplier": (
            "Huishoud Groothandel Dekker B.V.",
            ["Havenstraat 7", "3011 AB Rotterdam"],
            "+31 10 234 5678",
            "facturen@dekker-huishoud.nl",
            "www.dekker-huishoud.nl",
        ),
        "buyer": ("Northfield Goods B.V.", ["Keizersgracht 100", "1015 CS Amsterdam"]),
        "items": [
            ("RVS drinkfles 750 ml", "HB-750S"),
            ("Siliconen hoes", "HB-SL02"),
            ("Thermische lunchbox", "HB-LB11"),
            ("Bamboe snijplank", "BC-3020"),
        ],
    },
    "pl": {
        "titles": ["FAKTURA VAT", "Faktura VAT"],
        "labels": {
            "buyer": "Nabywca:",
            "ship": "Odbiorca:",
            "tel": "Tel.: ",
            "email": "E-mail: ",
            "web": "WWW: ",
            "no": "Faktura VAT nr ",
            "date": "Data wystawienia: ",
            "desc": "Nazwa towaru",
            "model": "Kod",
            "qty": "Ilość",
            "unit": "Cena netto",
            "amount": "Wartość",
            "subtotal": "Razem netto",
            "tax": "VAT 23%",
            "total": "Razem do zapłaty",
            "terms": "Termin płatności: 14 dni, przelew.",
            "bank": "Nr rachunku: PL61 1090 1014 0000 0712 1981 2874",
            "account": "Nr klienta: 2031-07-01",
            "taxid": "NIP: 525-000-12-34",
        },
        "currency": "PLN",
        "vat": 0.23,
        "comma": True,
        "supplier": (
            "Hurtownia Domowa Sp. z o.o.",
            ["ul. Marszałkowska 84", "00-514 Warszawa"],
            "+48 22 123 45 67",
            "faktury@hurtownia-domowa.pl",
            "www.hurtownia-domowa.pl",
        ),
        "buyer": ("Northfield Goods Sp. z o.o.", ["ul. Długa 5", "80-827 Gdańsk"]),
        "items": [
            ("Butelka stalowa 750 ml", "HB-750S"),
            ("Etui silikonowe", "HB-SL02"),
            ("Pojemnik na lunch", "HB-LB11"),
            ("Deska bambusowa", "BC-3020"),
        ],
    },
    "ja": {
        "titles": ["請求書", "御請求書"],
        "labels": {
            "buyer": "請求先：",
            "ship": "送付先：",
            "tel": "TEL: ",
            "email": "Email: ",
            "web": "URL: ",
            "no": "請求書番号：",
            "date": "請求日：",
            "desc": "品名",
            "model": "型番",
            "qty": "数量",
            "unit": "単価",
            "amount": "金額",
            "subtotal": "小計",
            "tax": "消費税 10%",
            "total": "合計金額",
            "terms": "お支払期限：翌月末日",
            "bank": "振込先：みずほ銀行 本店 普通 1234567",
            "account": "顧客番号：2031-07-01",
            "taxid": "登録番号：T1234567890123",
        },
        "currency": "JPY",
        "vat": 0.10,
        "comma": False,
        "yen": True,
        "supplier": (
            "株式会社さくら商事",
            ["〒100-0005", "東京都千代田区丸の内1-2-3"],
            "03-1234-5678",
            "info@sakura-shoji.co.jp",
            "www.sakura-shoji.co.jp",
        ),
        "buyer": ("ノースフィールド株式会社", ["大阪府大阪市北区梅田2-4-9"]),
        "items": [
            ("ステンレス水筒 750ml", "HB-750S"),
            ("シリコンカバー", "HB-SL02"),
            ("保温ランチボックス", "HB-LB11"),
            ("竹まな板", "BC-3020"),
        ],
    },
    "in": {
        "titles": ["TAX INVOICE", "Tax Invoice"],
        "labels": {
            "buyer": "Buyer (Bill to):",
            "ship": "Consignee (Ship to):",
            "tel": "Ph: ",
            "email": "E-Mail: ",
            "web": "Website: ",
            "no": "Invoice No.: ",
            "date": "Dated: ",
            "desc": "Description of Goods",
            "model": "HSN/SAC",
            "qty": "Quantity",
            "unit": "Rate",
            "amount": "Amount",
            "subtotal": "Taxable Value",
            "tax": "IGST 18%",
            "total": "Total",
            "terms": "Declaration: We declare that this invoice shows the actual price of the "
            "goods described.",
            "bank": "A/c No.: 50200012345678, IFSC: HDFC0001234",
            "account": "Customer ID: 2031-07-01",
            "taxid": "GSTIN/UIN: 27AAACR1234A1Z5",
        },
        "currency": "INR",
        "vat": 0.18,
        "comma": False,
        "india": True,
        "supplier": (
            "Sahyadri Kitchenware Pvt. Ltd.",
            ["Plot 21, MIDC Industrial Area, Bhosari", "Pune, Maharashtra 411026, India"],
            "+91 20 2712 3456",
            "accounts@sahyadri-kitchenware.in",
            "www.sahyadri-kitchenware.in",
        ),
        "buyer": (
            "Northfield Goods India Pvt. Ltd.",
            ["14 MG Road", "Bengaluru, Karnataka 560001"],
        ),
        "items": [
            ("Steel water bottle 750 ml", "73239390"),
            ("Silicone sleeve", "39249090"),
            ("Insulated lunch box", "96170019"),
            ("Bamboo cutting board", "44191900"),
        ],
    },
}


def date_text(lang: str, d: date, style: int) -> str:
    """The issue date as that language's software prints it; `style` picks one of its forms."""
    if lang == "ja":
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "in":
        return (
            f"{d.day:02d}-{MONTHS['in'][d.month - 1]}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
        )[style % 2]
    if lang == "de":
        return (
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day}. {MONTHS['de'][d.month - 1]} {d.year}",
        )[style % 2]
    if lang == "fr":
        return (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {MONTHS['fr'][d.month - 1]} {d.year}",
        )[style % 2]
    if lang == "it":
        return (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}",
        )[style % 2]
    if lang == "es":
        return (
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}",
        )[style % 2]
    if lang == "nl":
        return (
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day} {MONTHS['nl'][d.month - 1]} {d.year}",
        )[style % 2]
    if lang == "pl":
        return (
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {MONTHS['pl'][d.month - 1]} {d.year}",
        )[style % 2]
    raise ValueError(lang)


def money(value: float, lang: str, style: int = 0) -> str:
    """An amount in the language's convention: 1.234,56 (de, it, es, nl), 1 234,56 (fr, pl)."""
    text = f"{value:,.2f}"
    if lang == "ja":
        return f"{round(value):,}"
    if lang == "in" and style % 2 == 1:  # lakh and crore: 4,48,780.44
        whole, cents = text.replace(",", "").split(".")
        head, tail = whole[:-3], whole[-3:]
        groups = [head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]
        return ",".join([*groups, tail]) + "." + cents if head else text
    if not LANGS.get(lang, {}).get("comma"):
        return text
    if lang in ("fr", "pl") and style % 2 == 0:
        return text.replace(",", "\u00a0").replace(".", ",")
    return text.replace(",", "X").replace(".", ",").replace("X", ".")
