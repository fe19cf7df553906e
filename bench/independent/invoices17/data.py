# Invented data for the invoice test set. Every company, address, tax number is made up.
import datetime as dt
from decimal import Decimal, ROUND_HALF_UP

D2 = Decimal("0.01")


def q2(x):
    return Decimal(x).quantize(D2, rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------- parties
SUPPLIERS = {
    "CN": [
        dict(name="深圳市鑫瑞达塑胶制品有限公司", en="Shenzhen Xinruida Plastic Products Co., Ltd.",
             addr="深圳市宝安区石岩街道塘头工业区8栋3楼", en_addr="3/F, Bldg 8, Tangtou Industrial Zone, Shiyan, Bao'an District, Shenzhen, China",
             tax="91440300MA5G7K2X3T", tel="0755-2761 4392", bank="中国建设银行深圳石岩支行 4425 0100 0021 0338 6712"),
        dict(name="东莞市恒力五金电子有限公司", en="Dongguan Hengli Hardware & Electronics Co., Ltd.",
             addr="东莞市长安镇锦厦社区振安中路118号", en_addr="No. 118 Zhen'an Middle Rd, Jinxia, Chang'an Town, Dongguan, Guangdong, China",
             tax="91441900MA4W8R6L1B", tel="0769-8531 0276", bank="中国农业银行东莞长安支行 4427 6101 0400 1839 5"),
        dict(name="义乌市欣悦日用品有限公司", en="Yiwu Xinyue Daily Goods Co., Ltd.",
             addr="浙江省义乌市北苑街道春华路66号", en_addr="No. 66 Chunhua Rd, Beiyuan Subdistrict, Yiwu, Zhejiang, China",
             tax="91330782MA2EC4PQ9N", tel="0579-8520 7713", bank="浙江稠州商业银行北苑支行 1530 0201 2088 4417"),
        dict(name="宁波博锐纺织品有限公司", en="Ningbo Borui Textile Co., Ltd.",
             addr="浙江省宁波市海曙区古林镇工业路23号", en_addr="No. 23 Gongye Rd, Gulin Town, Haishu District, Ningbo, Zhejiang, China",
             tax="91330203MA2H3T5K7D", tel="0574-8816 2350", bank="中国银行宁波古林支行 3587 5812 6690"),
        dict(name="广州市拓朗照明科技有限公司", en="Guangzhou Tuolang Lighting Technology Co., Ltd.",
             addr="广州市白云区太和镇大源北路17号B栋", en_addr="Bldg B, No. 17 Dayuan North Rd, Taihe Town, Baiyun District, Guangzhou, China",
             tax="91440111MA9Y2D8F4C", tel="020-3722 1905", bank="招商银行广州白云支行 1209 1488 3710 602"),
        dict(name="中山市美屹家居用品厂", en="Zhongshan Meiyi Home Products Factory",
             addr="广东省中山市小榄镇永宁工业大道41号", en_addr="No. 41 Yongning Industrial Ave, Xiaolan Town, Zhongshan, Guangdong, China",
             tax="92442000MA52K7H18Q", tel="0760-2212 8840", bank="中山农村商业银行小榄支行 8002 0001 3377 2091"),
        dict(name="厦门凯德硅胶科技有限公司", en="Xiamen Kaide Silicone Technology Co., Ltd.",
             addr="福建省厦门市同安区西柯街道美溪道思明工业园52号", en_addr="No. 52 Siming Industrial Park, Xike, Tong'an District, Xiamen, Fujian, China",
             tax="91350200MA8T1W3K5J", tel="0592-7163 0458", bank="兴业银行厦门同安支行 1290 1010 0100 4526 38"),
        dict(name="深圳市华泰联创数码有限公司", en="Shenzhen Huatai Lianchuang Digital Co., Ltd.",
             addr="深圳市龙华区民治街道华南大厦1907室", en_addr="Room 1907, Huanan Building, Minzhi, Longhua District, Shenzhen, China",
             tax="91440300MA5FQ8N62U", tel="0755-2308 5519", bank="平安银行深圳龙华支行 1501 7722 0430 81"),
    ],
    "HK": [
        dict(name="Sino-Apex Trading (HK) Limited", addr="Unit 1207, 12/F, Wing Fat Commercial Building, 33 Tung Chau Street, Tai Kok Tsui, Kowloon, Hong Kong",
             tax="BR No. 71845203", tel="+852 2388 4170", bank="HSBC HK  Acct 848-276113-838  SWIFT HSBCHKHHHKH"),
        dict(name="Harbourgate Merchandise Co., Limited", addr="Flat B, 9/F, Kin Yip Factory Building, 9 Cheung Yee Street, Cheung Sha Wan, Kowloon, Hong Kong",
             tax="BR No. 66012947", tel="+852 3106 2285", bank="Bank of China (HK)  Acct 012-875-2-204611-3"),
        dict(name="Pearl Delta Sourcing Limited", addr="Room 502, 5/F, Po Shau Centre, 115 How Ming Street, Kwun Tong, Hong Kong",
             tax="BR No. 73390518", tel="+852 2950 6613", bank="Hang Seng Bank  Acct 239-518822-883"),
    ],
    "SG": [
        dict(name="Meridian Lion Trading Pte. Ltd.", addr="21 Ubi Road 1, #04-17 Kolam Ayer Industrial Park, Singapore 408724",
             tax="GST Reg No. 201834567K", tel="+65 6743 2081", bank="DBS Bank  Acct 072-904512-3  SWIFT DBSSSGSG"),
        dict(name="Kallang Crest Supplies Pte Ltd", addr="61 Kaki Bukit Avenue 1, #03-22 Shun Li Industrial Park, Singapore 417943",
             tax="GST Reg No. 202011223D", tel="+65 6286 5590", bank="OCBC  Acct 601-238871-001"),
    ],
    "VN": [
        dict(name="Sao Mai Home Textile Co., Ltd.", vi="Công ty TNHH Dệt May Gia Dụng Sao Mai",
             addr="Lot C7, Song Than 3 Industrial Park, Phu Tan Ward, Thu Dau Mot City, Binh Duong, Vietnam",
             tax="MST 3702 418 559", tel="+84 274 3512 884", bank="Vietcombank Binh Duong  Acct 0281 0004 55621"),
        dict(name="Viet Tre Bamboo Craft JSC", vi="Công ty Cổ phần Thủ công Tre Việt",
             addr="Km 12, Highway 6, Phu Nghia, Chuong My District, Hanoi, Vietnam",
             tax="MST 0108 773 214", tel="+84 24 3386 1927", bank="BIDV Ha Tay  Acct 4501 0000 887 231"),
    ],
    "TR": [
        dict(name="Ege Pamuk Tekstil San. ve Tic. Ltd. Şti.", addr="Organize Sanayi Bölgesi 4. Cadde No: 18, 20330 Honaz / Denizli, Türkiye",
             tax="Honaz V.D. 3290456781", tel="+90 258 371 2264", bank="Ziraat Bankası  IBAN TR45 0001 0009 8765 4321 0050 01"),
        dict(name="Kütahya Çini Seramik Dış Tic. A.Ş.", addr="Yeni Sanayi Sitesi 2. Blok No: 7, 43020 Merkez / Kütahya, Türkiye",
             tax="Kütahya V.D. 5730198842", tel="+90 274 224 6618", bank="Halkbank  IBAN TR21 0001 2009 3410 0010 2607 14"),
    ],
    "US": [
        dict(name="Great Lakes Packaging Supply Inc.", addr="4410 Airport Hwy, Suite C, Toledo, OH 43615, USA",
             tax="EIN 34-2871196", tel="(419) 555-0182", bank="Fifth Harbor Bank  ABA 041200761  Acct 7730188429"),
        dict(name="Sunbelt Wholesale Outlet LLC", addr="10855 Shady Trail, Dallas, TX 75220, USA",
             tax="EIN 82-4410937", tel="(214) 555-0147", bank="Lone Prairie Bank  ABA 111000613  Acct 2290447710"),
        dict(name="Cedar Ridge Distribution Co.", addr="1190 Greg Street, Unit 4, Sparks, NV 89431, USA",
             tax="EIN 88-0617532", tel="(775) 555-0119", bank="Sierra Crest CU  ABA 321177845  Acct 10048277"),
    ],
    "UK": [
        dict(name="Pennine Trade Supplies Ltd", addr="Unit 6, Valley Mills Estate, Thornton Road, Bradford BD8 0HN, United Kingdom",
             tax="VAT Reg GB 284 5510 37", tel="01274 555 310", bank="Sort code 40-18-22  Acct 71043388"),
        dict(name="Thamesmead Packaging Ltd", addr="14 Yarnton Way Trade Park, London SE2 9LB, United Kingdom",
             tax="VAT Reg GB 391 2207 64", tel="020 7946 0412", bank="Sort code 20-44-91  Acct 53380172"),
        dict(name="Corrie & Bell Wholesale Ltd", addr="Arch 21, Pollard Street East, Manchester M40 7QN, United Kingdom",
             tax="VAT Reg GB 176 4408 22", tel="0161 496 0733", bank="Sort code 30-95-14  Acct 00928451"),
    ],
    "DE": [
        dict(name="Rheinhessen Haushaltswaren GmbH", addr="Industriestraße 42, 55120 Mainz, Deutschland",
             tax="USt-IdNr. DE318445902", tel="+49 6131 555 8820", bank="Mainzer Volksbank  IBAN DE44 5519 0000 0284 1175 03  BIC MVBMDE55"),
        dict(name="Nordlicht Verpackung GmbH & Co. KG", addr="Billbrookdeich 117, 22113 Hamburg, Deutschland",
             tax="USt-IdNr. DE297113584", tel="+49 40 555 71390", bank="Hamburger Sparkasse  IBAN DE12 2005 0550 1382 4470 19"),
    ],
    "FR": [
        dict(name="Comptoir Lyonnais des Emballages SARL", addr="18 rue du Dauphiné, 69003 Lyon, France",
             tax="TVA FR27842155903 · SIRET 842 155 903 00021", tel="+33 4 78 55 21 90", bank="IBAN FR76 1027 8073 1100 0204 5880 146"),
        dict(name="Atelier Garonne Distribution SAS", addr="7 chemin de la Loge, 31400 Toulouse, France",
             tax="TVA FR61903228417 · SIRET 903 228 417 00015", tel="+33 5 61 55 07 34", bank="IBAN FR76 1310 6005 0030 0112 7745 812"),
    ],
    "IT": [
        dict(name="Forniture Brianza S.r.l.", addr="Via Lecco 214, 20900 Monza (MB), Italia",
             tax="P.IVA IT08812470962", tel="+39 039 555 2817", bank="IBAN IT60 X054 2811 1010 0000 0123 456"),
        dict(name="Tessitura Valsesia S.n.c.", addr="Corso Roma 51, 13019 Varallo (VC), Italia",
             tax="P.IVA IT02290410027", tel="+39 0163 555 604", bank="IBAN IT13 K030 6944 8801 0000 0007 118"),
    ],
    "ES": [
        dict(name="Suministros Turia S.L.", addr="Calle de la Industria 33, Polígono Fuente del Jarro, 46988 Paterna (Valencia), España",
             tax="NIF B98765432", tel="+34 961 55 43 20", bank="IBAN ES91 2100 0418 4502 0005 1332"),
        dict(name="Distribuciones Bética S.A.", addr="Avenida de la Innovación 12, 41020 Sevilla, España",
             tax="NIF A41872266", tel="+34 954 55 18 77", bank="IBAN ES80 0049 6023 4121 1608 2234"),
    ],
    "NL": [
        dict(name="Van der Lee Groothandel B.V.", addr="Waalhaven Zuidzijde 21, 3089 JH Rotterdam, Nederland",
             tax="BTW NL861245908B01 · KvK 24518830", tel="+31 10 555 4471", bank="IBAN NL91 ABNA 0417 1643 00"),
        dict(name="Kempen Verpakkingen B.V.", addr="Meerenakkerweg 9, 5652 AR Eindhoven, Nederland",
             tax="BTW NL855310274B01 · KvK 17093355", tel="+31 40 555 2290", bank="IBAN NL20 INGB 0006 8723 11"),
    ],
    "PL": [
        dict(name="Hurtownia Wisłoka Sp. z o.o.", addr="ul. Przemysłowa 14, 35-105 Rzeszów, Polska",
             tax="NIP 813-366-21-47", tel="+48 17 555 20 48", bank="PKO BP  PL61 1090 1014 0000 0712 1981 2874"),
        dict(name="Mazurskie Opakowania S.A.", addr="ul. Lubelska 38, 10-409 Olsztyn, Polska",
             tax="NIP 739-205-88-16", tel="+48 89 555 71 12", bank="mBank  PL27 1140 2004 0000 3902 7712 4410"),
    ],
    "JP": [
        dict(name="株式会社青葉パッケージ", addr="〒143-0006 東京都大田区平和島3丁目5-12", tax="登録番号 T4010801023456",
             tel="03-5555-2841", bank="みずほ銀行 大森支行 普通 1234567 カ)アオバパッケージ"),
        dict(name="有限会社みなと雑貨商会", addr="〒552-0007 大阪府大阪市港区弁天2丁目8-4", tax="登録番号 T9120002087713",
             tel="06-5555-9036", bank="三井住友銀行 弁天町支店 普通 7654321 ユ)ミナトザッカショウカイ"),
    ],
}

BUYERS = {
    "CN": [
        dict(name="深圳市蓝帆电子商务有限公司", en="Shenzhen Lanfan E-commerce Co., Ltd.", addr="深圳市南山区粤海街道科技园中区科苑路15号A座1106",
             en_addr="Room 1106, Block A, No. 15 Keyuan Rd, Nanshan District, Shenzhen, China", tax="91440300MA5HX1R27P", tel="0755-8663 2107",
             bank="招商银行深圳科苑支行 7559 2870 3110 901"),
        dict(name="深圳市启航跨境贸易有限公司", en="Shenzhen Qihang Cross-border Trading Co., Ltd.", addr="深圳市龙岗区坂田街道五和大道南2号万科城4栋805",
             en_addr="Room 805, Bldg 4, No. 2 Wuhe Ave South, Bantian, Longgang District, Shenzhen, China", tax="91440300MA5J0C8E4W", tel="0755-8950 1136",
             bank="中国工商银行深圳坂田支行 4000 0236 0920 0188 213"),
        dict(name="广州云麦科技有限公司", en="Guangzhou Yunmai Technology Co., Ltd.", addr="广州市番禺区南村镇万博二路79号1座2210",
             en_addr="Room 2210, Tower 1, No. 79 Wanbo 2nd Rd, Panyu District, Guangzhou, China", tax="91440113MA9W5L3N0K", tel="020-3482 6601",
             bank="中国银行广州万博支行 6873 7220 4118"),
    ],
    "US": [
        dict(name="Lanfan Home LLC", addr="2140 S Dupont Hwy, Suite 7, Camden, DE 19934, USA"),
        dict(name="Oakvale Outdoors LLC", addr="590 Commerce Pkwy, Unit B, Lancaster, PA 17601, USA"),
    ],
    "UK": [
        dict(name="Qihang Goods UK Ltd", addr="Unit 3, Brookfield Business Centre, 41 Lower Road, Rochester ME2 4DW, United Kingdom"),
        dict(name="Brightmoor Living Ltd", addr="12 Canal Wharf, Leeds LS11 5PY, United Kingdom"),
    ],
    "EU": [
        dict(name="Yunmai Trading GmbH", addr="Hanauer Landstraße 291, 60314 Frankfurt am Main, Deutschland", tax="USt-IdNr. DE336902174"),
        dict(name="Lanfan Europe B.V.", addr="Zeemanstraat 8, 2991 XR Barendrecht, Nederland", tax="BTW NL866013447B01"),
        dict(name="Kestrel Maison SARL", addr="44 avenue de Flandre, 59170 Croix, France", tax="TVA FR09881245067"),
    ],
}

ALT_BUYERS = ["Nordwind Retail GmbH", "Blue Harbor Commerce LLC", "Maple & Stone Trading Ltd", "Lanfan Home LLC",
              "Qihang Goods UK Ltd", "Sunny Peak Brands Inc."]
ALT_BUYERS_ZH = ["深圳市启航跨境贸易有限公司", "深圳市蓝帆电子商务有限公司", "东莞市优品汇贸易有限公司", "广州云麦科技有限公司"]

# ---------------------------------------------------------------- products
# key: en, zh, de, fr, it, es, nl, pl, ja, tr, vi, base USD price, zh unit
PRODUCTS = [
    ("Silicone spatula set (5 pcs)", "硅胶锅铲五件套", "Silikon-Pfannenwender-Set (5 tlg.)", "Set de spatules en silicone (5 pcs)", "Set spatole in silicone (5 pz)", "Juego de espátulas de silicona (5 uds)", "Siliconen spatelset (5 st.)", "Zestaw szpatułek silikonowych (5 szt.)", "シリコンヘラセット（5本）", "Silikon spatula seti (5 adet)", "Bộ xẻng silicon (5 cái)", 2.10, "套"),
    ("Magnetic car phone mount", "车载磁吸手机支架", "Magnetische Kfz-Handyhalterung", "Support téléphone magnétique voiture", "Supporto magnetico auto per telefono", "Soporte magnético de móvil para coche", "Magnetische telefoonhouder auto", "Magnetyczny uchwyt samochodowy na telefon", "車載マグネットスマホホルダー", "Mıknatıslı araç telefon tutucu", "Giá đỡ điện thoại nam châm", 1.85, "个"),
    ("LED strip light 5 m RGB", "5米RGB LED灯带", "LED-Lichtleiste 5 m RGB", "Ruban LED RGB 5 m", "Striscia LED RGB 5 m", "Tira LED RGB 5 m", "LED-strip RGB 5 m", "Taśma LED RGB 5 m", "LEDテープライト 5m RGB", "LED şerit 5 m RGB", "Dây đèn LED RGB 5 m", 3.60, "卷"),
    ("Yoga mat TPE 6 mm", "TPE瑜伽垫 6mm", "Yogamatte TPE 6 mm", "Tapis de yoga TPE 6 mm", "Tappetino yoga TPE 6 mm", "Esterilla de yoga TPE 6 mm", "Yogamat TPE 6 mm", "Mata do jogi TPE 6 mm", "ヨガマット TPE 6mm", "TPE yoga matı 6 mm", "Thảm yoga TPE 6 mm", 4.80, "张"),
    ("Pet grooming brush", "宠物除毛梳", "Fellpflegebürste für Haustiere", "Brosse de toilettage pour animaux", "Spazzola per la toelettatura", "Cepillo de aseo para mascotas", "Vachtborstel voor huisdieren", "Szczotka do pielęgnacji sierści", "ペット用グルーミングブラシ", "Evcil hayvan tarama fırçası", "Lược chải lông thú cưng", 1.20, "把"),
    ("Stainless steel bottle 750 ml", "不锈钢保温瓶 750ml", "Edelstahl-Trinkflasche 750 ml", "Gourde inox 750 ml", "Borraccia in acciaio inox 750 ml", "Botella de acero inoxidable 750 ml", "RVS drinkfles 750 ml", "Butelka ze stali nierdzewnej 750 ml", "ステンレスボトル 750ml", "Paslanmaz çelik şişe 750 ml", "Bình giữ nhiệt inox 750 ml", 3.95, "个"),
    ("Bamboo cutting board 38x28 cm", "竹制砧板 38x28cm", "Bambus-Schneidebrett 38x28 cm", "Planche à découper bambou 38x28 cm", "Tagliere in bambù 38x28 cm", "Tabla de cortar de bambú 38x28 cm", "Bamboe snijplank 38x28 cm", "Deska do krojenia bambusowa 38x28 cm", "竹製まな板 38x28cm", "Bambu kesme tahtası 38x28 cm", "Thớt tre 38x28 cm", 2.70, "块"),
    ("USB-C cable 1 m braided", "USB-C编织数据线 1米", "USB-C-Kabel 1 m geflochten", "Câble USB-C tressé 1 m", "Cavo USB-C intrecciato 1 m", "Cable USB-C trenzado 1 m", "Gevlochten USB-C-kabel 1 m", "Kabel USB-C w oplocie 1 m", "USB-Cケーブル 1m 編組", "Örgülü USB-C kablo 1 m", "Cáp USB-C bện dù 1 m", 0.65, "条"),
    ("Foldable storage box 30 L", "折叠收纳箱 30L", "Faltbare Aufbewahrungsbox 30 l", "Boîte de rangement pliable 30 L", "Contenitore pieghevole 30 L", "Caja de almacenaje plegable 30 L", "Opvouwbare opbergbox 30 l", "Składane pudełko do przechowywania 30 l", "折りたたみ収納ボックス 30L", "Katlanır saklama kutusu 30 L", "Thùng đựng đồ gấp gọn 30 L", 1.75, "个"),
    ("Cotton bath towel 70x140", "纯棉浴巾 70x140", "Baumwoll-Badetuch 70x140", "Drap de bain coton 70x140", "Telo bagno in cotone 70x140", "Toalla de baño de algodón 70x140", "Katoenen badlaken 70x140", "Ręcznik kąpielowy bawełniany 70x140", "綿バスタオル 70x140", "Pamuklu banyo havlusu 70x140", "Khăn tắm cotton 70x140", 2.95, "条"),
    ("Kraft mailer box 30x20x10", "牛皮纸飞机盒 30x20x10", "Versandkarton Kraft 30x20x10", "Boîte d'expédition kraft 30x20x10", "Scatola spedizione kraft 30x20x10", "Caja de envío kraft 30x20x10", "Kraft verzenddoos 30x20x10", "Karton wysyłkowy kraft 30x20x10", "クラフト宅配箱 30x20x10", "Kraft kargo kutusu 30x20x10", "Hộp carton kraft 30x20x10", 0.32, "个"),
    ("Earbuds charging case", "无线耳机充电仓", "Ladeetui für Ohrhörer", "Boîtier de charge écouteurs", "Custodia di ricarica auricolari", "Estuche de carga para auriculares", "Oplaadcase oordopjes", "Etui ładujące do słuchawek", "イヤホン充電ケース", "Kulaklık şarj kutusu", "Hộp sạc tai nghe", 4.40, "个"),
    ("Poly mailer bags 25x35 (100 pcs)", "快递袋 25x35（100个）", "Versandtaschen 25x35 (100 St.)", "Sachets d'expédition 25x35 (100 pcs)", "Buste spedizione 25x35 (100 pz)", "Bolsas de envío 25x35 (100 uds)", "Verzendzakken 25x35 (100 st.)", "Koperty foliowe 25x35 (100 szt.)", "宅配ビニール袋 25x35（100枚）", "Kargo poşeti 25x35 (100 adet)", "Túi gói hàng 25x35 (100 cái)", 2.40, "包"),
    ("Ceramic coffee mug 350 ml", "陶瓷马克杯 350ml", "Keramik-Kaffeebecher 350 ml", "Mug en céramique 350 ml", "Tazza in ceramica 350 ml", "Taza de cerámica 350 ml", "Keramische koffiemok 350 ml", "Kubek ceramiczny 350 ml", "陶器マグカップ 350ml", "Seramik kupa 350 ml", "Cốc sứ 350 ml", 1.55, "个"),
    ("Cotton bathrobe, unisex", "纯棉浴袍 男女通用", "Baumwoll-Bademantel unisex", "Peignoir en coton unisexe", "Accappatoio in cotone unisex", "Albornoz de algodón unisex", "Katoenen badjas unisex", "Szlafrok bawełniany unisex", "綿バスローブ 男女兼用", "Pamuklu bornoz unisex", "Áo choàng tắm cotton", 7.90, "件"),
    ("Bamboo drawer organizer", "竹制抽屉收纳盒", "Bambus-Schubladeneinsatz", "Organiseur de tiroir en bambou", "Organizer per cassetti in bambù", "Organizador de cajón de bambú", "Bamboe ladeorganizer", "Organizer do szuflady bambusowy", "竹製引き出し整理トレー", "Bambu çekmece düzenleyici", "Khay chia ngăn kéo bằng tre", 3.10, "个"),
]
LANG_IDX = dict(en=0, zh=1, de=2, fr=3, it=4, es=5, nl=6, pl=7, ja=8, tr=9, vi=10)

# ---------------------------------------------------------------- labels per language
L = {
    "en": dict(invoice="INVOICE", commercial="COMMERCIAL INVOICE", tax_invoice="TAX INVOICE", vat_invoice="VAT INVOICE",
               receipt="SALES RECEIPT", proforma="PROFORMA INVOICE", credit_note="CREDIT NOTE", packing_list="PACKING LIST",
               purchase_order="PURCHASE ORDER", quotation="QUOTATION", delivery_note="DELIVERY NOTE", price_list="PRICE LIST",
               no="Invoice No.", date="Date", due="Due date", seller="Seller", buyer="Bill To", ship="Ship To", desc="Description",
               qty="Qty", unit="Unit", price="Unit Price", amount="Amount", subtotal="Subtotal", discount="Discount",
               shipping="Freight", tax="VAT", total="TOTAL", bank="Bank details", terms="Payment terms", page="Page",
               notes="Notes", thanks="Thank you for your business.", terms_v="T/T 30% deposit, balance before shipment",
               item="Item", docno="Document No."),
    "zh": dict(invoice="销售发票", commercial="销售发票", tax_invoice="增值税专用发票", vat_invoice="增值税普通发票",
               receipt="收  据", proforma="形式发票", credit_note="红字发票", packing_list="装箱单", purchase_order="采购订单",
               quotation="报价单", delivery_note="送货单", price_list="价格表",
               no="单号", date="日期", due="付款期限", seller="销售方", buyer="购买方", ship="收货地址", desc="货物名称",
               qty="数量", unit="单位", price="单价", amount="金额", subtotal="小计", discount="折扣", shipping="运费",
               tax="税额", total="合计", bank="开户行及账号", terms="付款方式", page="第页", notes="备注", thanks="",
               terms_v="款到发货", item="序号", docno="单据编号"),
    "de": dict(invoice="RECHNUNG", tax_invoice="RECHNUNG", credit_note="GUTSCHRIFT", delivery_note="LIEFERSCHEIN",
               proforma="PROFORMARECHNUNG", quotation="ANGEBOT", purchase_order="BESTELLUNG", packing_list="PACKLISTE",
               no="Rechnungsnummer", date="Rechnungsdatum", due="Fällig am", seller="Verkäufer", buyer="Rechnungsempfänger",
               desc="Bezeichnung", qty="Menge", unit="Einheit", price="Einzelpreis", amount="Gesamt", subtotal="Zwischensumme",
               discount="Rabatt", shipping="Versandkosten", tax="MwSt.", total="Gesamtbetrag", bank="Bankverbindung",
               terms="Zahlungsbedingungen", page="Seite", notes="Hinweise", thanks="Vielen Dank für Ihren Auftrag.",
               terms_v="Zahlbar innerhalb von 14 Tagen ohne Abzug", item="Pos.", docno="Belegnummer"),
    "fr": dict(invoice="FACTURE", tax_invoice="FACTURE", credit_note="AVOIR", delivery_note="BON DE LIVRAISON", quotation="DEVIS",
               proforma="FACTURE PRO FORMA", purchase_order="BON DE COMMANDE", packing_list="LISTE DE COLISAGE",
               no="Facture n°", date="Date", due="Échéance", seller="Vendeur", buyer="Facturé à", desc="Désignation",
               qty="Qté", unit="Unité", price="Prix unitaire HT", amount="Montant HT", subtotal="Total HT", discount="Remise",
               shipping="Frais de port", tax="TVA", total="Total TTC", bank="Coordonnées bancaires", terms="Conditions de paiement",
               page="Page", notes="Mentions", thanks="Merci de votre confiance.",
               terms_v="Paiement à 30 jours date de facture. Pénalités de retard : 3 fois le taux d'intérêt légal.", item="Réf.", docno="N°"),
    "it": dict(invoice="FATTURA", tax_invoice="FATTURA", credit_note="NOTA DI CREDITO", delivery_note="DOCUMENTO DI TRASPORTO",
               quotation="PREVENTIVO", proforma="FATTURA PROFORMA", purchase_order="ORDINE DI ACQUISTO", packing_list="DISTINTA COLLI",
               no="Fattura n.", date="Data", due="Scadenza", seller="Cedente", buyer="Cessionario", desc="Descrizione",
               qty="Q.tà", unit="U.M.", price="Prezzo unitario", amount="Importo", subtotal="Imponibile", discount="Sconto",
               shipping="Spese di trasporto", tax="IVA", total="Totale documento", bank="Coordinate bancarie",
               terms="Modalità di pagamento", page="Pagina", notes="Note", thanks="Grazie per la fiducia.",
               terms_v="Bonifico bancario 30 gg d.f.", item="Cod.", docno="N."),
    "es": dict(invoice="FACTURA", tax_invoice="FACTURA", credit_note="FACTURA RECTIFICATIVA", delivery_note="ALBARÁN",
               quotation="PRESUPUESTO", proforma="FACTURA PROFORMA", purchase_order="PEDIDO", packing_list="LISTA DE EMBALAJE",
               no="Factura nº", date="Fecha", due="Vencimiento", seller="Emisor", buyer="Cliente", desc="Concepto",
               qty="Cant.", unit="Ud.", price="Precio unit.", amount="Importe", subtotal="Base imponible", discount="Descuento",
               shipping="Portes", tax="IVA", total="Total factura", bank="Datos bancarios", terms="Forma de pago", page="Página",
               notes="Observaciones", thanks="Gracias por su pedido.", terms_v="Transferencia bancaria a 30 días", item="Ref.", docno="Nº"),
    "nl": dict(invoice="FACTUUR", tax_invoice="FACTUUR", credit_note="CREDITNOTA", delivery_note="PAKBON", quotation="OFFERTE",
               proforma="PROFORMAFACTUUR", purchase_order="INKOOPORDER", packing_list="PAKLIJST",
               no="Factuurnummer", date="Factuurdatum", due="Vervaldatum", seller="Leverancier", buyer="Factuuradres",
               desc="Omschrijving", qty="Aantal", unit="Eenheid", price="Stukprijs", amount="Bedrag", subtotal="Subtotaal",
               discount="Korting", shipping="Verzendkosten", tax="BTW", total="Totaal", bank="Bankgegevens",
               terms="Betalingsvoorwaarden", page="Pagina", notes="Opmerkingen", thanks="Bedankt voor uw bestelling.",
               terms_v="Betaling binnen 30 dagen na factuurdatum", item="Art.", docno="Nr."),
    "pl": dict(invoice="FAKTURA VAT", tax_invoice="FAKTURA VAT", credit_note="FAKTURA KORYGUJĄCA", delivery_note="WZ - WYDANIE ZEWNĘTRZNE",
               quotation="OFERTA", proforma="FAKTURA PRO FORMA", purchase_order="ZAMÓWIENIE", packing_list="LISTA PAKOWA",
               no="Nr faktury", date="Data wystawienia", due="Termin płatności", seller="Sprzedawca", buyer="Nabywca",
               desc="Nazwa towaru", qty="Ilość", unit="J.m.", price="Cena netto", amount="Wartość netto", subtotal="Razem netto",
               discount="Rabat", shipping="Transport", tax="VAT", total="Do zapłaty", bank="Rachunek bankowy",
               terms="Sposób płatności", page="Strona", notes="Uwagi", thanks="", terms_v="Przelew 14 dni", item="Lp.", docno="Nr"),
    "ja": dict(invoice="請求書", tax_invoice="請求書", receipt="領収書", quotation="御見積書", delivery_note="納品書", credit_note="返品伝票",
               no="請求番号", date="請求日", due="お支払期限", seller="発行者", buyer="御中", desc="品名", qty="数量", unit="単位",
               price="単価", amount="金額", subtotal="小計", discount="値引", shipping="送料", tax="消費税", total="合計",
               bank="お振込先", terms="お支払条件", page="頁", notes="備考", thanks="下記のとおりご請求申し上げます。",
               terms_v="月末締め翌月末払い", item="No.", docno="No."),
    "tr": dict(invoice="FATURA", tax_invoice="FATURA", proforma="PROFORMA FATURA", credit_note="İADE FATURASI",
               no="Fatura No", date="Fatura Tarihi", due="Vade", seller="Satıcı", buyer="Alıcı", desc="Mal / Hizmet",
               qty="Miktar", unit="Birim", price="Birim Fiyat", amount="Tutar", subtotal="Ara Toplam", discount="İskonto",
               shipping="Navlun", tax="KDV", total="Genel Toplam", bank="Banka Bilgileri", terms="Ödeme Şekli", page="Sayfa",
               notes="Açıklama", thanks="", terms_v="Peşin / Havale", item="Sıra", docno="No"),
    "vi": dict(invoice="HÓA ĐƠN GIÁ TRỊ GIA TĂNG", tax_invoice="HÓA ĐƠN GIÁ TRỊ GIA TĂNG", proforma="HÓA ĐƠN CHIẾU LỆ",
               no="Số", date="Ngày", due="Hạn thanh toán", seller="Đơn vị bán hàng", buyer="Người mua hàng", desc="Tên hàng hóa, dịch vụ",
               qty="Số lượng", unit="ĐVT", price="Đơn giá", amount="Thành tiền", subtotal="Cộng tiền hàng", discount="Chiết khấu",
               shipping="Phí vận chuyển", tax="Tiền thuế GTGT", total="Tổng cộng tiền thanh toán", bank="Số tài khoản",
               terms="Hình thức thanh toán", page="Trang", notes="Ghi chú", thanks="", terms_v="TM/CK", item="STT", docno="Số"),
}
for k in L:
    base = dict(L["en"])
    base.update(L[k])
    L[k] = base

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
}


def fmt_date(d, style):
    m = MONTHS
    if style == "dmy_dot": return d.strftime("%d.%m.%Y")
    if style == "dmy_slash": return d.strftime("%d/%m/%Y")
    if style == "dmy_dash": return d.strftime("%d-%m-%Y")
    if style == "mdy_slash": return d.strftime("%m/%d/%Y")
    if style == "iso": return d.strftime("%Y-%m-%d")
    if style == "ymd_slash": return d.strftime("%Y/%m/%d")
    if style == "en_long": return f"{m['en'][d.month-1]} {d.day}, {d.year}"
    if style == "en_dmon": return f"{d.day} {m['en'][d.month-1][:3]} {d.year}"
    if style == "en_dmon_dash": return f"{d.day:02d}-{m['en'][d.month-1][:3]}-{d.year}"
    if style == "fr_long": return f"{d.day} {m['fr'][d.month-1]} {d.year}"
    if style == "it_long": return f"{d.day} {m['it'][d.month-1]} {d.year}"
    if style == "es_long": return f"{d.day} de {m['es'][d.month-1]} de {d.year}"
    if style == "nl_long": return f"{d.day} {m['nl'][d.month-1]} {d.year}"
    if style == "de_long": return f"{d.day}. {m['de'][d.month-1]} {d.year}"
    if style == "cjk": return f"{d.year}年{d.month}月{d.day}日"
    if style == "cjk0": return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "vi_long": return f"Ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    raise ValueError(style)


DATE_STYLES = {
    "en_us": ["mdy_slash", "en_long", "mdy_slash"], "en_uk": ["dmy_slash", "en_dmon", "en_dmon_dash", "iso"],
    "de": ["dmy_dot", "dmy_dot", "de_long"], "fr": ["dmy_slash", "fr_long"], "it": ["dmy_slash", "it_long"],
    "es": ["dmy_slash", "es_long"], "nl": ["dmy_dash", "nl_long"], "pl": ["dmy_dot", "iso"],
    "zh": ["cjk", "iso", "ymd_slash"], "ja": ["cjk", "ymd_slash"], "tr": ["dmy_dot"], "vi": ["dmy_slash", "vi_long"],
}


def fmt_num(x, style, dec=2):
    x = Decimal(x)
    s = f"{abs(x):,.{dec}f}"
    if style == "eu":
        s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    elif style == "sp":
        s = s.replace(",", " ").replace(".", ",")
    elif style == "plain":
        s = s.replace(",", "")
    return ("-" if x < 0 else "") + s


def parse_num(s, style):
    s = s.strip()
    if style == "eu":
        s = s.replace(".", "").replace(",", ".")
    elif style == "sp":
        s = s.replace(" ", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    return Decimal(s)


CUR = {  # currency -> (prefix, suffix) per num style
    "USD": ("$", ""), "GBP": ("£", ""), "HKD": ("HK$", ""), "SGD": ("S$", ""), "CNY": ("¥", ""), "JPY": ("¥", ""),
    "EUR": ("€ ", ""), "PLN": ("", " zł"), "TRY": ("", " TL"), "VND": ("", " ₫"),
}


def fmt_money(x, d):
    n = fmt_num(x, d["num_style"], d["dec"])
    pre, suf = d["cur_affix"]
    return f"{pre}{n}{suf}"


DIG = "零壹贰叁肆伍陆柒捌玖"


def cn_upper(amount):
    amount = q2(amount)
    yuan = int(amount)
    jiao = int((amount * 10) % 10)
    fen = int((amount * 100) % 10)

    def group(g):
        s, zero = "", False
        for i, u in zip(range(3, -1, -1), ["仟", "佰", "拾", ""]):
            dd = g // 10 ** i % 10
            if dd == 0:
                zero = zero or bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += DIG[dd] + u
        return s

    res = ""
    if yuan == 0:
        res = "零"
    else:
        groups = []
        n = yuan
        while n:
            groups.append(n % 10000)
            n //= 10000
        pend = False
        for idx in range(len(groups) - 1, -1, -1):
            g = groups[idx]
            if g == 0:
                pend = bool(res)
                continue
            if res and (g < 1000 or pend):
                res += "零"
            res += group(g) + ["", "万", "亿"][idx]
            pend = False
    res += "圆"
    if jiao == 0 and fen == 0:
        return res + "整"
    if jiao:
        res += DIG[jiao] + "角"
    elif yuan:
        res += "零"
    if fen:
        res += DIG[fen] + "分"
    else:
        res += "整"
    return res
