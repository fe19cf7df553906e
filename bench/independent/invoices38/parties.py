"""Invented suppliers, buyers and product catalogues for a Manchester Amazon reseller.
None of these companies exist; all tax numbers are generated (valid-looking check digits only)."""
import random
from common import Party, D, uk_vat, de_vat, nl_vat, pl_nip, fr_ids, it_piva, ie_vat, es_cif, cn_uscc, jp_reg, iban

_r = random.Random("invoices38-parties")


def _uk_bank(bank, code):
    sort = "%02d-%02d-%02d" % (_r.randint(20, 40), _r.randint(10, 99), _r.randint(10, 99))
    acc = "%08d" % _r.randint(10000000, 99999999)
    return dict(bank=bank, sort=sort, account=acc, iban=iban("GB", code + sort.replace("-", "") + acc))


# ------------------------------------------------------------------ the bookkeeper's own company (buyer)
ME = Party("Medlock Lane Trading Ltd",
           ["Unit 9, Beswick Trade Park", "Grey Mare Lane", "Manchester", "M11 3RT"],
           "GB", uk_vat(_r), {"Company No": "11%06d" % _r.randint(0, 999999)},
           phone="0161 555 0142", email="accounts@medlocklane.example")
ME_DE_VAT = de_vat(_r)
ME_DE = Party("Medlock Lane Trading Ltd", ME.addr, "GB", ME_DE_VAT, {"USt-IdNr.": ME_DE_VAT},
              phone=ME.phone, email=ME.email)
ME_EORI = ME.vat.replace(" ", "") + "000"

OTHER_BUYERS = [
    Party("Hartshead Goods Ltd", ["14 Penny Meadow", "Ashton-under-Lyne", "OL6 6EX"], "GB", uk_vat(_r)),
    Party("Blue Anchor Online Ltd", ["Suite 3, 41 Bold Lane", "Liverpool", "L1 4EQ"], "GB", uk_vat(_r)),
    Party("Calder Valley Homewares", ["2 Mill Fold", "Sowerby Bridge", "HX6 2QS"], "GB", ""),
    Party("Pennywell Trading (S. Osei)", ["88 Hylton Road", "Sunderland", "SR4 7BP"], "GB", ""),
    Party("Rautenberg Onlinehandel UG", ["Hafenstraße 22", "24937 Flensburg"], "DE", de_vat(_r)),
]

# ------------------------------------------------------------------ UK suppliers
UK = {
    "castlefield": Party("Castlefield Packaging Supplies Ltd",
                         ["Unit 3, Ordsall Works", "Trafford Road", "Salford", "M5 4QW"], "GB", uk_vat(_r),
                         {"Company No": "08%06d" % _r.randint(0, 999999)}, "0161 555 0877",
                         "sales@castlefieldpack.example", "www.castlefieldpack.example",
                         _uk_bank("Irwell Mutual Bank", "IRWB")),
    "northgate": Party("Northgate Health & Beauty Wholesale Ltd",
                       ["Northgate House", "71 Manningham Lane", "Bradford", "BD1 3BN"], "GB", uk_vat(_r),
                       {"Company No": "09%06d" % _r.randint(0, 999999)}, "01274 555 390",
                       "orders@northgatehb.example", "", _uk_bank("Aire Valley Bank plc", "AVBK")),
    "kestrel": Party("Kestrel Electricals Wholesale Ltd",
                     ["Kestrel Park, Unit 11", "Hempshaw Lane", "Stockport", "SK1 4LG"], "GB", uk_vat(_r),
                     {"Company No": "07%06d" % _r.randint(0, 999999)}, "0161 555 2214",
                     "trade@kestrelelec.example", "www.kestrelelec.example", _uk_bank("Mersey & Pennine Bank", "MPBK")),
    "moorside": Party("Moorside Toys & Gifts Distribution Ltd",
                      ["Moorside Mill", "Crescent Road", "Bolton", "BL3 2ZZ"], "GB", uk_vat(_r),
                      {"Company No": "06%06d" % _r.randint(0, 999999)}, "01204 555 611",
                      "accounts@moorsidetoys.example", "", _uk_bank("Irwell Mutual Bank", "IRWB")),
    "brightwater": Party("Brightwater Home & Garden Wholesale Ltd",
                         ["Brightwater Buildings", "Kirkstall Road", "Leeds", "LS4 2AZ"], "GB", uk_vat(_r),
                         {"Company No": "05%06d" % _r.randint(0, 999999)}, "0113 555 7402",
                         "credit.control@brightwaterhg.example", "", _uk_bank("Aire Valley Bank plc", "AVBK")),
    "tamesway": Party("Tamesway Stationery Ltd",
                      ["Tamesway Works", "Great Lister Street", "Birmingham", "B7 4LW"], "GB", uk_vat(_r),
                      {"Company No": "04%06d" % _r.randint(0, 999999)}, "0121 555 0303",
                      "invoices@tamesway.example", "", _uk_bank("Midland Counties Bank", "MCBK")),
    "pennine_cc": Party("Pennine Cash & Carry Ltd",
                        ["Featherstall Trading Estate", "Featherstall Road", "Oldham", "OL9 6DP"], "GB", uk_vat(_r),
                        {"Company No": "03%06d" % _r.randint(0, 999999)}, "0161 555 9000",
                        "", "", _uk_bank("Mersey & Pennine Bank", "MPBK")),
    "bridgewater_cc": Party("Bridgewater Trade Warehouse",
                            ["Barton Dock Road", "Trafford Park", "Manchester", "M41 7BQ"], "GB", uk_vat(_r),
                            {"Company No": "02%06d" % _r.randint(0, 999999)}, "0161 555 7788"),
    "irwell": Party("Irwell Trade Distribution Ltd",
                    ["Irwell House", "Agecroft Commerce Park", "Swinton", "M27 8SS"], "GB", uk_vat(_r),
                    {"Company No": "10%06d" % _r.randint(0, 999999)}, "0161 555 4470",
                    "ar@irwelltrade.example", "www.irwelltrade.example", _uk_bank("Irwell Mutual Bank", "IRWB")),
    "hollins": Party("Hollins Crafts (J. Hollins)", ["The Old Forge, 3 Cob Lane", "Hebden Bridge", "HX7 8AQ"], "GB", "",
                     {}, "07700 955 214", "jane@hollinscrafts.example"),
    "dyson_lane": Party("Dyson Lane Candles", ["Unit 2, Dyson Lane Yard", "Rochdale", "OL12 0DE"], "GB", uk_vat(_r),
                        {}, "01706 555 118", "hello@dysonlanecandles.example", "", _uk_bank("Irwell Mutual Bank", "IRWB")),
}

IE = {
    "liffeyside": Party("Liffeyside Trading Company Ltd", ["Unit 14, Cookstown Enterprise Park", "Tallaght, Dublin 24", "D24 X7P3"],
                        "IE", ie_vat(_r), {"CRO No": "%06d" % _r.randint(100000, 799999)}, "+353 1 555 2290",
                        "accounts@liffeyside.example", "", dict(bank="Leinster Savings Bank", iban=iban("IE", "LSBK" + "%06d%08d" % (_r.randint(900000, 999999), _r.randint(0, 99999999))), bic="LSBKIE2D")),
    "corrib": Party("Corrib Craft Supplies Ltd", ["Ballybrit Business Park, Block C", "Galway", "H91 TK4W"], "IE", ie_vat(_r),
                    {"CRO No": "%06d" % _r.randint(100000, 799999)}, "+353 91 555 018", "orders@corribcraft.example", "",
                    dict(bank="Connacht Credit Bank", iban=iban("IE", "CCBK" + "%06d%08d" % (_r.randint(900000, 999999), _r.randint(0, 99999999))), bic="CCBKIE2G")),
}

DE = {
    "elbtal": Party("Elbtal Haushaltswaren GmbH", ["Großenhainer Straße 118", "01129 Dresden"], "DE", de_vat(_r),
                    {"Steuernummer": "202/1%02d/%05d" % (_r.randint(10, 99), _r.randint(10000, 99999)),
                     "Handelsregister": "Amtsgericht Dresden HRB %d" % _r.randint(20000, 45000),
                     "Geschäftsführer": "Katrin Oelschlägel"}, "+49 351 5550 412",
                    "buchhaltung@elbtal-hw.example", "www.elbtal-hw.example",
                    dict(bank="Sparkasse Oberes Elbtal", iban=iban("DE", "85050300" + "%010d" % _r.randint(0, 9999999999)), bic="OSDDDE81XXX")),
    "rheinauen": Party("Rheinauen Spielwaren Vertrieb GmbH", ["Industriestraße 7", "50996 Köln"], "DE", de_vat(_r),
                       {"Steuernummer": "219/5%03d/%04d" % (_r.randint(100, 999), _r.randint(1000, 9999)),
                        "Handelsregister": "Amtsgericht Köln HRB %d" % _r.randint(60000, 99999),
                        "Geschäftsführer": "Dirk Haverkamp, Meltem Aydın"}, "+49 221 5550 9960",
                       "rechnung@rheinauen-spiel.example", "",
                       dict(bank="Rheinische Genossenschaftsbank", iban=iban("DE", "37060590" + "%010d" % _r.randint(0, 9999999999)), bic="GENODED1RGB")),
    "brunnbach": Party("Brunnbach Verpackung KG", ["Am Brunnbach 3", "72764 Reutlingen"], "DE", de_vat(_r),
                       {"Handelsregister": "Amtsgericht Stuttgart HRA %d" % _r.randint(300000, 399999)}, "+49 7121 555 330",
                       "info@brunnbach-verpackung.example", "",
                       dict(bank="Achalm Volksbank", iban=iban("DE", "64090100" + "%010d" % _r.randint(0, 9999999999)), bic="VBRTDE6RXXX")),
}

NL = {
    "dwarsdijk": Party("Dwarsdijk Fulfilment B.V.", ["Kanaalweg 61-C", "3526 KM Utrecht"], "NL", nl_vat(_r),
                       {"KvK": "%08d" % _r.randint(30000000, 89999999)}, "+31 30 555 1842",
                       "facturen@dwarsdijk.example", "www.dwarsdijk.example",
                       dict(bank="Vecht & Rijn Bank", iban=iban("NL", "VRBK0" + "%09d" % _r.randint(0, 999999999)), bic="VRBKNL2U")),
}
_fr = fr_ids(_r)
FR = {"vercors": Party("Maison Vercors Distribution SARL", ["ZA des Iles, 9 rue du Drac", "38600 Fontaine"], "FR", _fr[1],
                       {"SIRET": _fr[2], "RCS": "RCS Grenoble " + _fr[0], "Capital": "capital de 20 000 €"},
                       "+33 4 55 50 21 09", "compta@maisonvercors.example", "",
                       dict(bank="Banque Alpine du Dauphiné", iban=iban("FR", "30041" + "%05d" % _r.randint(0, 99999) + "%011d" % _r.randint(0, 10**11 - 1) + "%02d" % _r.randint(0, 96)), bic="BADPFRPPXXX"))}
_piva = it_piva(_r)
IT = {"colli": Party("Colli Euganei Forniture S.r.l.", ["Via dei Vivai 27", "35036 Montegrotto Terme (PD)"], "IT", "IT" + _piva,
                     {"P.IVA": _piva, "REA": "PD-%06d" % _r.randint(100000, 499999), "Codice SDI": "M5UXCR1"},
                     "+39 049 555 7719", "amministrazione@collieuganei.example", "",
                     dict(bank="Banca Euganea di Credito", iban=iban("IT", "X0306" + "%05d" % _r.randint(0, 99999) + "%012d" % _r.randint(0, 10**12 - 1))))}
_cif = es_cif(_r)
ES = {"albarracin": Party("Suministros Albarracín S.L.", ["Polígono La Paz, Calle C, nave 12", "44195 Teruel"], "ES", "ES" + _cif,
                          {"CIF": _cif, "Registro": "Reg. Mercantil de Teruel, Tomo 318, Folio 44, Hoja TE-%d" % _r.randint(4000, 9999)},
                          "+34 978 555 214", "facturacion@albarracin-sum.example", "",
                          dict(bank="Caja Rural del Jiloca", iban=iban("ES", "3080" + "%04d" % _r.randint(0, 9999) + "%02d" % _r.randint(0, 99) + "%010d" % _r.randint(0, 9999999999))))}
_nip = pl_nip(_r)
PL = {"warta": Party("Warta Hurt Sp. z o.o.", ["ul. Gnieźnieńska 51", "61-021 Poznań"], "PL", "PL" + _nip.replace("-", ""),
                     {"NIP": _nip, "KRS": "0000%06d" % _r.randint(100000, 999999), "REGON": "%09d" % _r.randint(300000000, 399999999)},
                     "+48 61 555 40 12", "faktury@wartahurt.example", "",
                     dict(bank="Wielkopolski Bank Spółdzielczy", iban=iban("PL", "9043" + "%020d" % _r.randint(0, 10**20 - 1))))}
JP = {
    "seiran": Party("株式会社 青嵐商事", ["〒464-0075", "愛知県名古屋市千種区内山3丁目18番10号", "青嵐ビル4階"], "JP", jp_reg(_r),
                    {}, "052-555-8031", "keiri@seiran-shoji.example", "",
                    dict(bank="東山信用金庫 千種支店", account="普通 %07d" % _r.randint(1000000, 9999999), holder="カ）セイランショウジ"),
                    name2="Seiran Shoji Co., Ltd."),
    "hokuto": Party("有限会社 北斗雑貨", ["〒060-0807", "北海道札幌市北区北7条西5丁目8-2"], "JP", jp_reg(_r),
                    {}, "011-555-4417", "info@hokuto-zakka.example", "",
                    dict(bank="石狩中央銀行 北支店", account="当座 %07d" % _r.randint(1000000, 9999999), holder="ユ）ホクトザッカ"),
                    name2="Hokuto Zakka Ltd."),
}
CN = {
    "chenghu": Party("宁波澄湖家居用品有限公司", ["浙江省宁波市北仑区大碶街道庐山西路218号"], "CN", cn_uscc(_r),
                     {}, "0574-5552 8816", "sales@chenghu-home.example", "",
                     dict(bank="宁波江东农商银行北仑支行", account="8101 %04d %04d %04d" % (_r.randint(0, 9999), _r.randint(0, 9999), _r.randint(0, 9999)),
                          swift="NJDRCNBJXXX"),
                     name2="Ningbo Chenghu Household Products Co., Ltd."),
    "jinlin": Party("东莞市锦鳞电子科技有限公司", ["广东省东莞市长安镇霄边社区振安东路9号3栋"], "CN", cn_uscc(_r),
                    {}, "0769-5551 3320", "export@jinlin-elec.example", "",
                    dict(bank="东莞滨海商业银行长安支行", account="6228 %04d %04d %04d %03d" % (_r.randint(0, 9999), _r.randint(0, 9999), _r.randint(0, 9999), _r.randint(0, 999)),
                         swift="DGBHCNBDXXX"),
                    name2="Dongguan Jinlin Electronic Technology Co., Ltd."),
}
CN_AGENT = Party("深圳市澜桥供应链管理有限公司", ["深圳市龙华区民治街道梅龙路35号澜桥大厦1207"], "CN", cn_uscc(_r),
                 {}, "0755-5550 6621", "", "", dict(bank="深圳前湾商业银行龙华支行", account="7550 %04d %04d %04d" % (_r.randint(0, 9999), _r.randint(0, 9999), _r.randint(0, 9999))),
                 name2="Shenzhen Lanqiao Supply Chain Management Co., Ltd.")
US = {"tallgrass": Party("Tallgrass Wholesale Supply Inc.", ["2210 N. Industrial Pkwy, Suite B", "Wichita, KS 67219", "USA"], "US", "",
                         {"EIN": "48-%07d" % _r.randint(1000000, 9999999)}, "(316) 555-0187", "ar@tallgrasswholesale.example", "",
                         dict(bank="Prairie First National Bank", routing="1010%05d" % _r.randint(10000, 99999), account="%010d" % _r.randint(0, 9999999999)))}
ME_US_SHIPTO = Party("Medlock Lane Trading Ltd c/o Lakeshore 3PL", ["1450 Commerce Dr, Dock 6", "Romeoville, IL 60446", "USA"], "US")

# ------------------------------------------------------------------ catalogues: (description, unit price range, VAT rate key, uom)
CAT = {
    "packaging": [("Single-wall carton 305x229x152mm (bundle of 25)", (7.2, 11.5), "std", "bdl"),
                  ("Double-wall carton 457x305x305mm (bundle of 15)", (14, 19), "std", "bdl"),
                  ("Grey mailing bags 10x14in (box of 500)", (17, 24), "std", "box"),
                  ("Bubble wrap roll 500mm x 100m", (9.5, 14), "std", "roll"),
                  ("Printed FRAGILE tape 48mm x 66m (case 36)", (26, 34), "std", "case"),
                  ("Direct thermal labels 100x150mm, 500/roll", (6.2, 8.9), "std", "roll"),
                  ("Kraft void-fill paper 420mm x 450m", (21, 29), "std", "roll"),
                  ("Padded envelopes E/2 (box of 100)", (11, 15), "std", "box"),
                  ("Stretch film 400mm 17mu clear", (4.5, 6.8), "std", "roll"),
                  ("Cardboard book wrap A4 (pack 50)", (13, 18), "std", "pk")],
    "health": [("Shea butter hand cream 75ml (case 12)", (18, 26), "std", "cs"),
               ("Reusable period pants, assorted sizes (pk 6)", (24, 33), "zero", "pk"),
               ("Organic cotton tampons regular 16s (case 12)", (15, 21), "zero", "cs"),
               ("Nicotine replacement patches 21mg 7s (case 6)", (28, 38), "reduced", "cs"),
               ("Fragrance-free baby wipes 72s (case 12)", (9, 13), "std", "cs"),
               ("Bamboo toothbrush soft (tray 24)", (14, 19), "std", "tray"),
               ("Aloe vera after-sun gel 200ml (case 6)", (12, 17), "std", "cs"),
               ("Incontinence pads maxi 10s (case 8)", (16, 22), "zero", "cs"),
               ("Vitamin D3 1000IU tablets 90s (case 6)", (13, 19), "std", "cs")],
    "electrical": [("USB-C to USB-C braided cable 1m (pk 10)", (11, 16), "std", "pk"),
                   ("LED GLS bulb E27 8.5W warm white (pk 10)", (12, 18), "std", "pk"),
                   ("Wall charger 20W PD white", (3.1, 4.9), "std", "ea"),
                   ("Extension lead 4-gang 2m surge protected", (6.2, 8.8), "std", "ea"),
                   ("AA alkaline batteries (box 40)", (8.5, 12.5), "std", "box"),
                   ("Smart plug UK 13A Wi-Fi", (5.4, 7.9), "std", "ea"),
                   ("Loft insulation roll 100mm x 8.3m", (17, 23), "zero", "roll"),
                   ("Wireless earbuds TWS, black", (7.5, 11.9), "std", "ea")],
    "toys": [("Wooden stacking rainbow 7pc", (5.6, 8.2), "std", "ea"),
             ("Children's picture book 'The Lighthouse Fox' (pbk)", (2.1, 3.4), "zero", "ea"),
             ("Glow-in-the-dark stars 100pc", (1.4, 2.3), "std", "ea"),
             ("Kids' waterproof puddle suit age 3-4", (6.5, 9.5), "zero", "ea"),
             ("Magnetic drawing board A4", (3.2, 4.8), "std", "ea"),
             ("Card game 'Sloth Snap' (display 12)", (19, 27), "std", "disp"),
             ("Plush dinosaur 30cm assorted", (3.9, 5.9), "std", "ea"),
             ("Children's car booster cushion", (8.9, 12.5), "reduced", "ea")],
    "homegarden": [("Galvanised watering can 9L", (5.2, 7.4), "std", "ea"),
                   ("Peat-free compost 40L", (3.4, 4.6), "std", "bag"),
                   ("Solar stake lights (pk 6)", (7.8, 11.4), "std", "pk"),
                   ("Bird seed mix 12.75kg", (9.1, 12.9), "zero", "bag"),
                   ("Cotton tea towels 3-pack", (3.3, 4.9), "std", "pk"),
                   ("Draught excluder brush strip 1m", (1.9, 2.9), "std", "ea"),
                   ("Enamel camping mug 350ml", (1.8, 2.7), "std", "ea"),
                   ("Stainless steel pegs (pk 20)", (2.2, 3.1), "std", "pk")],
    "stationery": [("A5 dotted notebook, 160pp, navy", (1.7, 2.6), "std", "ea"),
                   ("Gel pens 0.7mm black (box 50)", (9.9, 13.5), "std", "box"),
                   ("Sticky notes 76x76mm neon (12 pads)", (3.1, 4.6), "std", "pk"),
                   ("Academic diary 2026/27 A5", (2.4, 3.6), "zero", "ea"),
                   ("Highlighters assorted (wallet 6)", (1.3, 2.1), "std", "wlt"),
                   ("Printed exercise books A4 (pk 10)", (3.8, 5.2), "std", "pk"),
                   ("Atlas of the British Isles (hbk)", (4.9, 7.5), "zero", "ea")],
    "cashcarry": [("TEA BAGS 240S", (3.49, 4.99), "zero", ""), ("CHOC DIGESTIVES 400G x12", (11.99, 15.49), "std", ""),
                  ("READY SALTED CRISPS 32x25G", (7.49, 9.99), "std", ""), ("SPRING WATER 24x500ML", (3.29, 4.79), "std", ""),
                  ("FUSILLI PASTA 500G x20", (9.99, 13.99), "zero", ""), ("WASHING UP LIQ 5L", (4.49, 6.99), "std", ""),
                  ("BIN BAGS 200PK", (7.99, 10.99), "std", ""), ("BABY MILK 800G", (10.49, 13.49), "zero", ""),
                  ("PARCEL TAPE 6PK", (4.99, 6.49), "std", ""), ("LED BULB B22 4PK", (5.99, 8.99), "std", ""),
                  ("KITCHEN ROLL 12PK", (9.49, 12.99), "std", ""), ("ENERGY DRINK 24x250ML", (11.49, 14.99), "std", ""),
                  ("DOMESTIC FUEL LOGS 10KG", (6.99, 8.99), "reduced", ""), ("CHILD CAR SEAT GRP2", (24.99, 34.99), "reduced", "")],
    "de_haushalt": [("Edelstahl-Trinkflasche 750 ml, doppelwandig", (6.9, 9.8), "std", "Stk"),
                    ("Brotdose Bambus mit Trennwand", (4.1, 5.9), "std", "Stk"),
                    ("Bio-Kräutertee Alpenwiese, 20 Btl.", (1.6, 2.4), "red", "Pck"),
                    ("Silikon-Backmatte 40x30 cm", (2.2, 3.4), "std", "Stk"),
                    ("Kochbuch „Einfach regional“ (Hardcover)", (8.9, 12.5), "red", "Stk"),
                    ("Küchenwaage digital bis 5 kg", (5.8, 8.4), "std", "Stk"),
                    ("Gewürzmühle Keramikmahlwerk", (3.9, 5.6), "std", "Stk"),
                    ("Vorratsdosen-Set Glas 3-tlg.", (7.2, 10.1), "std", "Set")],
    "de_spiel": [("Holz-Murmelbahn 48 Teile", (14.5, 19.9), "std", "Stk"), ("Puzzle 1000 Teile „Rheinufer“", (5.1, 7.4), "std", "Stk"),
                 ("Kinderbuch „Der kleine Fuchs“", (4.2, 6.1), "red", "Stk"), ("Kartenspiel Zahlenjagd", (3.3, 4.9), "std", "Stk"),
                 ("Plüschtier Igel 25 cm", (4.8, 6.9), "std", "Stk"), ("Knete 8 Farben", (2.1, 3.2), "std", "Set")],
    "de_verpackung": [("Faltkarton 1-wellig 300x215x140 mm", (0.38, 0.59), "std", "Stk"),
                      ("Versandtasche Papier 250x353 mm", (0.16, 0.27), "std", "Stk"),
                      ("Packband PP braun 50 mm x 66 m", (1.1, 1.7), "std", "Rolle"),
                      ("Luftpolsterfolie 1000 mm x 50 m", (18, 24), "std", "Rolle")],
    "nl_drop": [("Fulfilment order pick & pack", (1.15, 1.65), "std", "order"), ("Extra artikel per order", (0.22, 0.35), "std", "stuk"),
                ("Verzending PostNL brievenbuspakje NL", (3.45, 4.1), "std", "zending"), ("Verzending DHL pakket DE", (5.9, 7.2), "std", "zending"),
                ("Opslag per palletplaats (maand)", (14.5, 19.5), "std", "pallet"), ("Retourverwerking", (1.9, 2.6), "std", "stuk"),
                ("Verpakkingsmateriaal doos S", (0.31, 0.45), "std", "stuk")],
    "fr": [("Bougie parfumée figue 180 g", (4.6, 6.9), "std", "u"), ("Savon de Marseille 300 g", (1.9, 2.8), "std", "u"),
           ("Confiture abricot 340 g", (2.1, 3.2), "red", "u"), ("Torchon lin lavé 50x70", (5.8, 8.2), "std", "u"),
           ("Diffuseur bâtonnets 100 ml", (6.4, 9.1), "std", "u"), ("Livre « Cuisine des Alpes »", (9.5, 13.9), "red", "u")],
    "it": [("Tagliere in legno d'olivo 35 cm", (8.9, 12.8), "std", "pz"), ("Olio extravergine 500 ml", (4.9, 6.9), "red", "pz"),
           ("Caffettiera alluminio 3 tazze", (6.2, 8.7), "std", "pz"), ("Pasta di Gragnano 500 g", (1.2, 1.9), "red", "pz"),
           ("Grembiule cotone stampato", (4.3, 6.1), "std", "pz"), ("Set 6 bicchieri vetro", (7.9, 10.8), "std", "set")],
    "es": [("Cesta de mimbre mediana", (6.1, 8.8), "std", "ud"), ("Aceite de oliva virgen extra 1 L", (5.9, 7.9), "red", "ud"),
           ("Manta de algodón 130x170", (9.8, 13.4), "std", "ud"), ("Jabón artesanal de romero", (1.4, 2.2), "std", "ud"),
           ("Azafrán de Teruel 1 g", (4.9, 6.8), "red", "ud"), ("Cuaderno de notas kraft A5", (1.1, 1.8), "std", "ud")],
    "pl": [("Kubek ceramiczny 400 ml, ręcznie malowany", (11.5, 16.9), "std", "szt."), ("Świeca sojowa 200 g", (14.9, 21.5), "std", "szt."),
           ("Miód wielokwiatowy 400 g", (12.5, 17.9), "red", "szt."), ("Obrus lniany 140x180", (48, 69), "std", "szt."),
           ("Deska do krojenia dąb 40 cm", (39, 55), "std", "szt."), ("Herbata owocowa 100 g", (8.5, 12.9), "red5", "opak.")],
    "jp": [("ステンレス製 保温ボトル 500ml", (1180, 1680), "std", "本"), ("美濃焼 マグカップ 藍", (640, 980), "std", "個"),
           ("今治タオル ハンドタオル", (380, 560), "std", "枚"), ("緑茶 ティーバッグ 50包", (720, 1080), "food", "袋"),
           ("手ぬぐい 注染 古典柄", (520, 760), "std", "枚"), ("おかき詰め合わせ 12袋入", (880, 1280), "food", "箱"),
           ("木製 箸置き 5個セット", (450, 690), "std", "セット")],
    "cn_home": [("硅胶折叠收纳盒 大号", "Silicone collapsible storage box L", (9.8, 14.5), "个"),
                ("不锈钢真空保温杯 500ml", "Stainless steel vacuum tumbler 500ml", (15.5, 22.0), "个"),
                ("竹制厨房餐具套装 6件", "Bamboo kitchen utensil set 6pcs", (12.0, 17.5), "套"),
                ("PP塑料密封罐 1.2L", "PP airtight canister 1.2L", (4.6, 6.9), "个"),
                ("可折叠晾衣架", "Foldable drying rack", (21.0, 29.0), "个"),
                ("纸质礼品盒 彩印", "Printed gift box (paper)", (1.2, 2.1), "个")],
    "cn_elec": [("USB-C 快充数据线 1米", "USB-C fast charge cable 1m", (3.2, 4.8), "条"),
                ("20W PD 充电器 英规", "20W PD charger UK plug", (9.5, 13.8), "个"),
                ("蓝牙耳机 TWS 黑色", "TWS Bluetooth earbuds black", (26.0, 38.0), "副"),
                ("LED 小夜灯 感应", "LED motion night light", (6.4, 9.2), "个"),
                ("移动电源 10000mAh", "Power bank 10000mAh", (31.0, 44.0), "个"),
                ("彩盒包装 定制", "Custom colour retail box", (0.6, 1.1), "个")],
    "us": [("Stainless Steel Tumbler 20 oz, matte black", (4.1, 5.9), "std", "EA"), ("Silicone Baking Mat Half Sheet (2-pack)", (3.2, 4.6), "std", "PK"),
           ("Bamboo Cutting Board 18x12 in", (6.8, 9.4), "std", "EA"), ("LED Puck Lights 6-pack w/ remote", (8.9, 12.4), "std", "PK"),
           ("Microfiber Cleaning Cloths 24ct", (5.1, 7.3), "std", "PK"), ("Camping Lantern Rechargeable", (9.8, 13.9), "std", "EA")],
    "ie": [("Aran knit throw, natural, 130x180cm", (21, 29), "std", "ea"), ("Connemara marble keyring (box 24)", (38, 52), "std", "box"),
           ("Irish linen tea towel", (4.2, 6.1), "std", "ea"), ("Handmade soap, heather (case 12)", (17, 24), "std", "cs"),
           ("Celtic knot notebook A5 (pk 10)", (14, 19), "std", "pk"), ("Children's Gaelic picture book", (3.9, 5.5), "zero", "ea")],
    "crafts": [("Hand-poured soy candle, 20cl tin", (3.8, 5.4), "std", "ea"), ("Felt Christmas decoration set", (2.6, 3.9), "std", "set"),
               ("Macramé plant hanger", (4.4, 6.3), "std", "ea"), ("Wax melts 6-pack", (1.6, 2.4), "std", "pk")],
}

RATES = {
    "GB": {"std": D(20), "reduced": D(5), "zero": D(0)},
    "DE": {"std": D(19), "red": D(7)},
    "FR": {"std": D(20), "red": D("5.5")},
    "IT": {"std": D(22), "red": D(10)},
    "ES": {"std": D(21), "red": D(10)},
    "NL": {"std": D(21), "red": D(9)},
    "PL": {"std": D(23), "red": D(8), "red5": D(5)},
    "JP": {"std": D(10), "food": D(8)},
    "IE": {"std": D(23), "zero": D(0)},
    "CN": {"std": D(13)},
    "US": {"std": D(0)},
}
