# helpers: money formats, dates, words, parties
import random, datetime as dt
from decimal import Decimal, ROUND_HALF_UP

def D(x): return Decimal(str(x)).quantize(Decimal('0.01'), ROUND_HALF_UP)

def grp_in(n):
    s = str(n)
    if len(s) <= 3: return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:]); head = head[:-2]
    if head: parts.insert(0, head)
    return ','.join(parts) + ',' + tail

def fmt(a, style):
    a = D(a); neg = a < 0; a = abs(a)
    ip = int(a); fp = '%02d' % int((a - ip) * 100)
    if style == 'in': s = grp_in(ip) + '.' + fp
    elif style == 'us': s = f'{ip:,}.{fp}'
    elif style == 'eu': s = f'{ip:,}'.replace(',', '.') + ',' + fp
    elif style == 'sp': s = f'{ip:,}'.replace(',', ' ') + ',' + fp
    elif style == 'jp': s = f'{int(a.quantize(Decimal(1), ROUND_HALF_UP)):,}'
    else: raise ValueError(style)
    return ('-' if neg else '') + s

def parse_amount(s, style):
    if style in ('in', 'us', 'jp'): t = s.replace(',', '')
    elif style == 'eu': t = s.replace('.', '').replace(',', '.')
    else: t = s.replace(' ', '').replace(',', '.')
    return D(t)

MON = {
 'en': 'January February March April May June July August September October November December'.split(),
 'fr': 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(),
 'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
 'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
 'de': 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(),
}

def fdate(d, style):
    if style == 'dmy_dot': return d.strftime('%d.%m.%Y')
    if style == 'dmy_slash': return d.strftime('%d/%m/%Y')
    if style == 'dmy_dash': return d.strftime('%d-%m-%Y')
    if style == 'mdy': return d.strftime('%m/%d/%Y')
    if style == 'tally': return f"{d.day}-{MON['en'][d.month-1][:3]}-{d.year}"
    if style == 'tally2': return f"{d.day}-{MON['en'][d.month-1][:3]}-{d.year%100:02d}"
    if style == 'uk_long': return f"{d.day} {MON['en'][d.month-1]} {d.year}"
    if style == 'us_long': return f"{MON['en'][d.month-1]} {d.day}, {d.year}"
    if style == 'fr_long': return f"{d.day} {MON['fr'][d.month-1]} {d.year}"
    if style == 'es_long': return f"{d.day} de {MON['es'][d.month-1]} de {d.year}"
    if style == 'it_long': return f"{d.day} {MON['it'][d.month-1]} {d.year}"
    if style == 'de_long': return f"{d.day}. {MON['de'][d.month-1]} {d.year}"
    if style == 'cjk': return f"{d.year}年{d.month}月{d.day}日"
    if style == 'ymd_slash': return d.strftime('%Y/%m/%d')
    if style == 'iso': return d.isoformat()
    raise ValueError(style)

ONES = 'Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen Seventeen Eighteen Nineteen'.split()
TENS = '_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety'.split()
def w2(n): return ONES[n] if n < 20 else TENS[n//10] + ('' if n % 10 == 0 else ' ' + ONES[n % 10])
def w3(n):
    h, r = n // 100, n % 100; p = []
    if h: p.append(ONES[h] + ' Hundred')
    if r: p.append(w2(r))
    return ' '.join(p)
def inr_words(a):
    c = int(D(a) * 100); n, paise = c // 100, c % 100
    cr, lk, th, rest = n // 10**7, (n // 10**5) % 100, (n // 1000) % 100, n % 1000
    p = []
    if cr: p.append(w3(cr) + ' Crore')
    if lk: p.append(w2(lk) + ' Lakh')
    if th: p.append(w2(th) + ' Thousand')
    if rest: p.append(w3(rest))
    s = 'Rupees ' + (' '.join(p) or 'Zero')
    if paise: s += ' and ' + w2(paise) + ' Paise'
    return s + ' Only'

def cn_upper(a):
    dg = '零壹贰叁肆伍陆柒捌玖'; un = ['', '拾', '佰', '仟']; big = ['', '万', '亿']
    c = int(D(a) * 100); y, j, f = c // 100, (c // 10) % 10, c % 10
    s = str(y); n = len(s); out = ''; zero = False
    for i, ch in enumerate(s):
        p = n - 1 - i; d = int(ch)
        if d == 0: zero = True
        else:
            if zero and out: out += '零'
            zero = False; out += dg[d] + un[p % 4]
        if p % 4 == 0 and p > 0 and int(s[max(0, i-3):i+1]) > 0:
            out += big[p // 4]
    out = (out or '零') + '圆'
    if j == 0 and f == 0: return out + '整'
    return out + (dg[j] + '角' if j else '零') + (dg[f] + '分' if f else '')

CP = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
def gstin(state, R):
    pan = ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + R.choice('PCFH') + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') \
        + ''.join(R.choice('0123456789') for _ in range(4)) + R.choice('ABCDEFGHJKLMNPRSTUVWXYZ')
    s = f'{state:02d}' + pan + R.choice('123') + 'Z'
    f, tot = 1, 0
    for ch in s:
        d = CP.index(ch) * f; f = 2 if f == 1 else 1; tot += d // 36 + d % 36
    return s + CP[(36 - tot % 36) % 36]
