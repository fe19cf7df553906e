"""Bank, card and tax keys, and country inference: a value and its re-typed variants agree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.related import country, keys
from reinstate.related.load import from_records

PROVIDERS = ["Payoneer", "PingPong", "WorldFirst", "Airwallex", "LianLian", ""]


def _aba(eight: str) -> str:
    d = [int(c) for c in eight]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return eight + str((10 - total % 10) % 10)


def _group(text: str, size: int, sep: str) -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


def _iban(country_code: str, bban: str) -> str:
    moved = bban + country_code + "00"
    number = int("".join(str(int(c, 36)) for c in moved))
    return f"{country_code}{98 - number % 97:02d}{bban}"


def test_the_issue_examples() -> None:
    assert keys.bank("RTN 060045115 ACCT 8603 6225 48") == keys.bank(
        "Airwallex 060045115-8603622548"
    )
    assert keys.card("5465 22** **** 2034 (09/2027)") == keys.card(
        "5465 22** **** 2034 valid thru 09/27"
    )


us_accounts = st.tuples(
    st.text("0123", min_size=8, max_size=8).map(_aba),
    st.text("0123456789", min_size=8, max_size=12).filter(lambda a: a[0] != "0"),
)


@settings(max_examples=150, deadline=None)
@given(us_accounts, st.sampled_from(PROVIDERS), st.integers(0, 5), st.sampled_from([" ", ""]))
def test_us_bank_account_spellings_share_a_key(
    account: tuple[str, str], provider: str, style: int, sep: str
) -> None:
    routing, number = account
    spellings = [
        f"RTN {routing} ACCT {_group(number, 4, sep)}",
        f"{provider} {routing}-{number}",
        f"Routing: {routing} / Account: {number}",
        f"ABA {routing} acct no. {number}",
        f"routing number {routing}, account number {_group(number, 3, ' ')}",
        f"{provider} RTN:{routing} A/C:{number}",
    ]
    assert keys.bank(spellings[style]) == f"{routing}/{number}"


@settings(max_examples=100, deadline=None)
@given(st.text("0123456789", min_size=6, max_size=6), st.text("0123456789", min_size=8, max_size=8))
def test_uk_sort_code_and_iban_share_a_key(sort: str, account: str) -> None:
    iban = _iban("GB", "NWBK" + sort + account)
    expected = f"GB{sort}/{account}"
    assert keys.bank(f"Sort code {sort[:2]}-{sort[2:4]}-{sort[4:]} Account {account}") == expected
    assert keys.bank(_group(iban, 4, " ")) == expected
    assert keys.bank(iban.lower()) == expected
    assert keys.bank(f"WorldFirst sort code {sort} acct {account}") == expected


@settings(max_examples=100, deadline=None)
@given(
    st.text("0123456789", min_size=12, max_size=15).map(lambda s: "6" + s),
    st.sampled_from(["招商银行", "中国银行", "Bank of China"]),
    st.sampled_from(PROVIDERS),
)
def test_chinese_labels_and_providers_drop_out(number: str, bank: str, provider: str) -> None:
    spellings = [
        f"开户行：{bank} 账号：{_group(number, 4, ' ')}",
        f"{provider} {number}",
        f"{bank} {_group(number, 4, '-')}",
        f"账号 {number}",
        f"{provider} {number} SWIFT CMBCCNBS",
    ]
    assert {keys.bank(s) for s in spellings} == {number}


@settings(max_examples=100, deadline=None)
@given(
    st.text("0123456789", min_size=18, max_size=18).map(lambda s: "DE" + s[:2] + s[2:]),
)
def test_iban_grouping_does_not_matter(raw: str) -> None:
    iban = _iban("DE", raw[4:])
    assert keys.bank(_group(iban, 4, " ")) == keys.bank(iban.lower()) == iban


cards = st.tuples(
    st.text("0123456789", min_size=5, max_size=5).map(lambda s: "4" + s),
    st.text("0123456789", min_size=4, max_size=4),
    st.integers(1, 12),
    st.integers(2025, 2035),
)


@settings(max_examples=150, deadline=None)
@given(cards, st.integers(0, 7))
def test_masked_card_spellings_share_a_key(card: tuple[str, str, int, int], style: int) -> None:
    bin6, last4, month, year = card
    mm, yy = f"{month:02d}", str(year)[2:]
    spellings = [
        f"{bin6[:4]} {bin6[4:]}** **** {last4} ({mm}/{year})",
        f"{bin6[:4]} {bin6[4:]}** **** {last4} valid thru {mm}/{yy}",
        f"{bin6}******{last4} exp {year}-{mm}",
        f"{bin6[:4]}-{bin6[4:]}xx-xxxx-{last4} 有效期 {year}年{month}月",
        f"{bin6}XXXXXX{last4} {month}/{yy}",
        f"{bin6[:4]} {bin6[4:]}•• •••• {last4} exp {mm} {yy}",
        f"{bin6}123456{last4} {mm}/{year}",  # the full number gives the same key
        f"Visa {bin6[:4]} {bin6[4:]}** **** {last4}, expires {mm}/{yy}",
    ]
    assert keys.card(spellings[style]) == f"{bin6}*{last4}@{mm}{yy}"


def test_cards_need_the_first_six_digits() -> None:
    with pytest.raises(ValueError):
        keys.card("**** **** **** 2034 09/27")


@settings(max_examples=100, deadline=None)
@given(
    st.text("0123456789", min_size=9, max_size=9).filter(lambda d: len(set(d)) > 1),
    st.integers(0, 3),
)
def test_tax_id_labels_and_grouping(digits: str, style: int) -> None:
    spellings = [
        f"DE{digits}",
        f"VAT: DE {digits[:3]} {digits[3:6]} {digits[6:]}",
        f"USt-IdNr. DE{digits}",
        f"de-{digits}",
    ]
    assert keys.tax(spellings[style]) == f"DE{digits}"


@pytest.mark.parametrize(
    ("phones", "addresses", "taxes", "markets", "found"),
    [
        (["13800138000"], [], [], [], ("CN", "phone")),
        (["0755-2671 2345"], ["深圳市南山区科苑路88号"], [], [], ("CN", "address")),
        (["020 7946 0958"], ["Flat 2, 10 Elm Road, Leeds LS1 4DT, UK"], [], [], ("GB", "address")),
        (["(415) 555-0132"], ["12 Main St Ste 4, Burbank, CA 91505"], [], [], ("US", "phone")),
        # the number's own shape outranks the site it sells on
        (["415-555-0132"], [], [], ["德国站"], ("US", "phone")),
        (["0415 555 0132"], ["12 Main St, Burbank, California 91505"], [], [], ("US", "address")),
        (["020 6977 1297"], ["美国 NJ Newark 1327 Elm Rd 邮编07102"], [], [], ("US", "address")),
        (["020 6977 1297"], ["广州市天河区体育西路"], [], ["西班牙站"], ("CN", "address")),
        (["0755 2671 2345"], [], ["91440300MA5D8XXX1A"], [], ("CN", "tax_id")),
        (["030 1234567"], [], ["DE123456789"], [], ("DE", "tax_id")),
        (["555 0132"], [], [], ["amazon.com"], ("US", "marketplace")),
        (["555 0132"], [], [], [], None),
    ],
)
def test_country_inference(
    phones: list[str],
    addresses: list[str],
    taxes: list[str],
    markets: list[str],
    found: tuple[str, str] | None,
) -> None:
    assert country.infer(phones, addresses, taxes, markets) == found


@settings(max_examples=60, deadline=None)
@given(st.text("0123456789", min_size=8, max_size=8).map(lambda s: "2" + s[1:]), st.integers(0, 2))
def test_national_phone_links_with_its_international_form(number: str, style: int) -> None:
    national = ["0755-" + number, "0755 " + number[:4] + " " + number[4:], "(0755) " + number][
        style
    ]
    accounts, problems = from_records(
        [
            {"id": "A", "phone": national, "address": "深圳市南山区科苑路88号1203室"},
            {"id": "B", "phone": "+86 755 " + number},
        ]
    )
    assert not problems
    a, b = ({v.key for v in acc.values if v.kind == "phone"} for acc in accounts)
    assert a == b == {"+86755" + number}
    assert accounts[0].inferred_country == "CN" and accounts[0].inferred_from == "address"


@settings(max_examples=300, deadline=None)
@given(
    st.from_regex(r"[A-Z]{0,2}[0-9]{6,24}", fullmatch=True),
    st.sampled_from(["", "DE", "GB", "NL", "QL"]),
)
def test_a_plain_account_number_keys_as_the_full_reading(token: str, country: str) -> None:
    # the short cut for one token of letters and digits gives what the full reading gives,
    # valid IBANs (whose check digits are made here) included
    bban = token.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")[-18:]
    for raw in (token, token.lower(), _iban(country, bban) if country else bban):
        try:
            full: str | tuple[str, str] = keys._bank(raw.upper())
        except ValueError as exc:
            full = ("unusable", str(exc))
        try:
            fast: str | tuple[str, str] = keys.bank(raw)
        except ValueError as exc:
            fast = ("unusable", str(exc))
        assert fast == full


@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=5, max_size=34))
def test_iban_check_reads_every_letter_as_two_digits(text: str) -> None:
    number = "".join(str(int(c, 36)) for c in text[4:] + text[:4])
    assert keys.iban_ok(text) == (int(number) % 97 == 1)


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("DE", "DE"), ("uk", "GB"), ("中国", "CN"), ("China", "CN"), ("Deutschland", "DE"),
        ("Vereinigtes Königreich", "GB"), ("日本", "JP"), ("美国", "US"), ("USA", "US"),
        ("United States", "US"), ("Royaume-Uni", "GB"), ("España", "ES"), ("Atlantis", None),
    ],
)  # fmt: skip
def test_country_names_in_the_sellers_languages(written: str, code: str | None) -> None:
    assert country.code(written) == code


@pytest.mark.parametrize(
    ("market", "code"),
    [("西班牙站", "ES"), ("亚马逊日本站", "JP"), ("amazon.co.uk", "GB"), ("Amazon Germany", "DE")],
)
def test_marketplaces_written_in_chinese(market: str, code: str) -> None:
    assert country.from_marketplace(market) == code


@pytest.mark.parametrize(
    "spellings",
    [
        ["GB30 NGTB 7135 8460 2867 43", "IBAN GB30NGTB71358460286743",
         "sort code 71-35-84 acc 60286743"],
        ["IBAN: DE42 7008 7448 0001 9664 21, BIC HNSBDEFFXXX",
         "Nordsee Bank IBAN DE42 7008 7448 0001 9664 21", "德国账户 IBANDE42700874480001966421",
         "DE42 7008 7448 0001 9664 21 BIC HNSBDEFFXXX"],
    ],
)  # fmt: skip
def test_an_iban_behind_its_label_or_a_bank_name(spellings: list[str]) -> None:
    # without spaces the label runs into the IBAN ("IBANGB30…"): it is still found
    assert len({keys.bank(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    "spellings",
    [
        ["627187******0643 1028", "627187xxxxxx0643 exp 10/28", "6271 87** **** 0643 (10/2028)"],
        ["551475******6314 0426", "5514 75** **** 6314 valid thru 04/26"],
    ],
)
def test_an_expiry_of_four_digits_after_the_card(spellings: list[str]) -> None:
    assert len({keys.card(s) for s in spellings}) == 1


@pytest.mark.parametrize(
    "spellings",
    [
        ["Steuernummer 63 522 51036", "St.-Nr. 63/522/51036", "63/522/51036"],
        ["FEIN 804030307", "EIN: 80-4030307"],
        ["Corporate No. 8001-3673-08882", "法人番号：8001367308882"],
        ["Unified Social Credit Code: 914403004M6LX3JHXP", "统一社会信用代码 914403004M6LX3JHXP"],
    ],
)
def test_tax_labels_in_more_languages(spellings: list[str]) -> None:
    assert len({keys.tax(s) for s in spellings}) == 1


@settings(max_examples=80, deadline=None)
@given(
    st.text("0123456789", min_size=8, max_size=8),
    st.text("0123456789", min_size=1, max_size=10),
)
def test_a_german_account_by_bank_code_is_its_iban(blz: str, konto: str) -> None:
    iban = _iban("DE", blz + konto.zfill(10))
    spellings = [
        f"Kto {konto} BLZ {blz}",
        f"Kto.-Nr. {konto}, BLZ {blz[:3]} {blz[3:6]} {blz[6:]}",
        f"Kontonummer: {konto}, BLZ: {blz}",
        iban,
        _group(iban, 4, " "),
    ]
    assert {keys.bank(s) for s in spellings} == {iban}


@pytest.mark.parametrize(
    "written",
    ["Routing: 066653514 / Account:", "ABA 066653514, acct no. (Brightpay)", "sort code 12-20-12"],
)
def test_a_bank_code_alone_is_not_an_account(written: str) -> None:
    # every customer of the branch has it: two sellers of one payment provider are not one
    with pytest.raises(ValueError):
        keys.bank(written)


@pytest.mark.parametrize(
    "spellings",
    [
        ["0452-324-3598596", "瀬戸内銀行 博多支店(324) 当座 3598596",
         "銀行コード0452 支店コード324 普通預金 3598596",
         "Setouchi Bank, Hakata Branch (324), Ordinary 3598596",
         "Bank 0452 Branch 324 Futsu 3598596", "さくら銀行 支店番号324 口座番号3598596"],
    ],
)  # fmt: skip
def test_a_japanese_account_is_branch_and_account(spellings: list[str]) -> None:
    assert {keys.bank(s) for s in spellings} == {"JP324/3598596"}


def test_a_tax_label_inside_chinese_text() -> None:
    assert keys.tax("英国VAT号 GB612818329") == keys.tax("VAT: GB612818329") == "GB612818329"
    assert keys.tax("NO123456789MVA") == "NO123456789MVA"  # a label's letters inside an id stay


@pytest.mark.parametrize(
    ("phones", "addresses", "markets", "found"),
    [
        (["089/6500352"], ["Wiesenkamp 179, 80518 München"], ["amazon.es"], ("DE", "address")),
        (["0421 4858418"], ["Lindenring 90, 5. OG, 10293 Berlin"], [], ("DE", "address")),
        (["0211 8859311"], ["LINDENRING 56, D-60174 FRANKFURT AM MAIN"], [], ("DE", "address")),
        (["01577 57367537"], [], ["amazon.co.uk"], ("DE", "phone")),
        # eleven digits from 0151 is Liverpool as well: the marketplace decides
        (["0151 218 4029"], [], ["amazon.co.uk"], ("GB", "marketplace")),
        (["06 12 34 56 78"], ["12 Ring Road 12345, Springfield, France"], [], ("FR", "address")),
    ],
)
def test_a_german_address_or_mobile_without_a_country(
    phones: list[str], addresses: list[str], markets: list[str], found: tuple[str, str]
) -> None:
    assert country.infer(phones, addresses, [], markets) == found


@pytest.mark.parametrize(
    ("phones", "addresses", "found"),
    [
        (["090-3599-4110"], [], ("JP", "phone")),
        (["06-6123-4567"], ["Osaka Kita-ku, Wakaba 2-chome 9-1 #503"], ("JP", "address")),
        (["0800 123 4567"], [], None),
    ],
)
def test_japan_from_a_mobile_or_a_romaji_address(
    phones: list[str], addresses: list[str], found: tuple[str, str] | None
) -> None:
    assert country.infer(phones, addresses, [], []) == found


@pytest.mark.parametrize(
    "written", ["000000000000000000", "DE000000000", "1111111111", "VAT 99999"]
)
def test_one_digit_repeated_is_a_placeholder_not_a_tax_id(written: str) -> None:
    # eighteen unrelated sellers wrote "000000000000000000" in one file: it made them one operator
    with pytest.raises(ValueError, match="placeholder"):
        keys.tax(written)
    assert keys.tax("DE100000000") == "DE100000000"
