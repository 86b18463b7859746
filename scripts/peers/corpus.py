"""Deterministic news-like sentences with known values, for scripts/compare-peers.

Our own templates (no text from articles). Each sentence carries the values a
recognizer should find: numbers (`values`, floats) or one calendar date
(`date`, ISO) with the reference date-time relative words resolve against.
"""

import datetime
import random

EN_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_words(n):
    if n < 20:
        return EN_ONES[n]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_ONES[u] if u else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return EN_ONES[h] + " hundred" + (" " + en_words(r) if r else "")
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            q, r = divmod(n, size)
            return en_words(q) + " " + name + (" " + en_words(r) if r else "")
    raise ValueError(n)


FR_ONES = "zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf".split()
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def fr_words(n):
    if n < 20:
        return FR_ONES[n]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return FR_TENS[t]
        return FR_TENS[t] + ("-et-un" if u == 1 else "-" + FR_ONES[u])
    if n < 80:
        return "soixante" + ("-et-" if n == 71 else "-") + FR_ONES[n - 60]
    if n < 100:
        return "quatre-vingts" if n == 80 else "quatre-vingt-" + FR_ONES[n - 80]
    if n < 1000:
        h, r = divmod(n, 100)
        head = "cent" if h == 1 else FR_ONES[h] + (" cents" if r == 0 else " cent")
        return head + (" " + fr_words(r) if r else "")
    if n < 10**6:
        q, r = divmod(n, 1000)
        head = "mille" if q == 1 else fr_words(q).removesuffix("cents").removesuffix("vingts") + ("cent" if fr_words(q).endswith("cents") else "vingt" if fr_words(q).endswith("vingts") else "") + " mille"
        return head + (" " + fr_words(r) if r else "")
    q, r = divmod(n, 10**6)
    return fr_words(q) + (" million" if q == 1 else " millions") + (" " + fr_words(r) if r else "")


JA_DIGITS = "〇一二三四五六七八九"


def ja_kanji(n):
    def small(k):  # 1..9999
        out = ""
        for size, mark in ((1000, "千"), (100, "百"), (10, "十")):
            d, k = divmod(k, size)
            if d:
                out += ("" if d == 1 else JA_DIGITS[d]) + mark
        return out + (JA_DIGITS[k] if k else "")
    oku, rest = divmod(n, 10**8)
    man, rest = divmod(rest, 10**4)
    out = (small(oku) + "億" if oku else "") + (small(man) + "万" if man else "") + (small(rest) if rest else "")
    return out or "〇"


def group(n, sep):
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.append(s[-3:])
        s = s[:-3]
    parts.append(s)
    return sep.join(reversed(parts))


def number_phrase(lang, rng):
    """One figure as a news writer would put it, with its value."""
    kind = rng.choice(["digits", "digits", "words", "scaled"])
    if kind == "digits":
        n = rng.choice([rng.randint(2, 999), rng.randint(1000, 99999), rng.randint(100000, 50000000)])
        if lang == "en":
            return group(n, ","), float(n), False
        if lang == "fr":
            return group(n, "\u202f" if rng.random() < 0.5 else " "), float(n), False
        return group(n, ","), float(n), False
    if kind == "words":
        n = rng.choice([rng.randint(2, 99), rng.randint(100, 999), rng.randint(1, 99) * 1000, rng.randint(1, 20) * 10**6])
        if lang == "en":
            return en_words(n), float(n), True
        if lang == "fr":
            return fr_words(n), float(n), True
        return ja_kanji(n), float(n), True
    whole, tenth = rng.randint(1, 99), rng.randint(1, 9)
    if lang == "en":
        scale, word = rng.choice([(10**6, "million"), (10**9, "billion")])
        return f"{whole}.{tenth} {word}", (whole + tenth / 10) * scale, False
    if lang == "fr":
        scale, word = rng.choice([(10**6, "millions"), (10**9, "milliards")])
        return f"{whole},{tenth} {word} de", (whole + tenth / 10) * scale, False
    return f"{whole}万{tenth}千", float(whole * 10**4 + tenth * 1000), False


NUMBER_TEMPLATES = {
    "en": [
        "The group says it copied {a} customer records from the retailer's servers.",
        "According to the regulator, {a} people were notified and {b} accounts were reset.",
        "Investigators counted {a} files on the leak site, a spokesperson said on Tuesday.",
        "The hospital reported that {a} patients may be affected by the intrusion.",
        "Roughly {a} email addresses and {b} phone numbers were exposed, the researchers wrote.",
    ],
    "fr": [
        "Le groupe affirme avoir copié {a} fiches clients sur les serveurs du distributeur.",
        "Selon l'autorité, {a} personnes ont été prévenues et {b} comptes réinitialisés.",
        "Les enquêteurs ont recensé {a} fichiers sur le site de fuite, a indiqué une porte-parole.",
        "L'hôpital indique que {a} patients pourraient être concernés par l'intrusion.",
        "Environ {a} adresses électroniques et {b} numéros de téléphone ont été exposés.",
    ],
    "ja": [
        "攻撃グループは小売業者のサーバーから{a}件の顧客情報を盗んだと主張している。",
        "当局によると、{a}人に通知し、{b}件のアカウントを再設定した。",
        "調査担当者はリークサイトで{a}件のファイルを確認したという。",
        "病院は{a}人の患者が影響を受けた可能性があると発表した。",
        "約{a}件のメールアドレスと{b}件の電話番号が流出した。",
    ],
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
}


def date_phrase(lang, rng, reference):
    """One calendar date as a news writer would put it (with its preposition), and its ISO value."""
    kind = rng.choice(["full", "full", "numeric", "relative"])
    if kind == "relative":
        back = rng.choice([0, 1])
        d = (reference - datetime.timedelta(days=back)).date()
        word = {"en": ["today", "yesterday"], "fr": ["aujourd'hui", "hier"], "ja": ["今日", "昨日"]}[lang][back]
        return word, d.isoformat()
    d = datetime.date(rng.randint(2015, 2026), rng.randint(1, 12), rng.randint(1, 28))
    if lang == "en":
        if kind == "numeric":
            return f"on {d.isoformat()}", d.isoformat()
        if rng.random() < 0.5:
            return f"on {MONTHS['en'][d.month - 1]} {d.day}, {d.year}", d.isoformat()
        return f"on {d.day} {MONTHS['en'][d.month - 1]} {d.year}", d.isoformat()
    if lang == "fr":
        if kind == "numeric":
            return f"le {d.day:02}/{d.month:02}/{d.year}", d.isoformat()
        return f"le {'1er' if d.day == 1 else d.day} {MONTHS['fr'][d.month - 1]} {d.year}", d.isoformat()
    return f"{d.year}年{d.month}月{d.day}日", d.isoformat()


DATE_TEMPLATES = {
    "en": [
        "The intrusion was detected {d}, the ministry said.",
        "{D}, the attackers posted a sample of {n} records.",
        "The company disclosed the breach {d} after a review of its logs.",
    ],
    "fr": [
        "L'intrusion a été détectée {d}, selon le ministère.",
        "{D}, les attaquants ont publié un échantillon de {n} fiches.",
        "L'entreprise a révélé la fuite {d} après l'analyse de ses journaux.",
    ],
    "ja": [
        "省によると、不正アクセスが検知されたのは{d}だという。",
        "攻撃者は{d}、{n}件の記録の一部を公開した。",
        "同社は{d}、ログの調査を経て情報流出を公表した。",
    ],
}


def numbers(lang, count, seed=20251212):
    rng = random.Random(f"{seed}-numbers-{lang}")
    out = []
    for _ in range(count):
        template = rng.choice(NUMBER_TEMPLATES[lang])
        (a, va, wa), (b, vb, wb) = number_phrase(lang, rng), number_phrase(lang, rng)
        two = "{b}" in template
        values = [va] + ([vb] if two else [])
        out.append({"lang": lang, "text": template.format(a=a, b=b), "values": values, "words": bool(wa or (two and wb))})
    return out


def dates(lang, count, seed=20251212):
    rng = random.Random(f"{seed}-dates-{lang}")
    out = []
    for _ in range(count):
        reference = datetime.datetime(2025, 12, rng.randint(13, 20), 9, 0, 0)
        template = rng.choice(DATE_TEMPLATES[lang])
        phrase, iso = date_phrase(lang, rng, reference)
        text = template.format(d=phrase, D=phrase[:1].upper() + phrase[1:], n=rng.randint(100, 99999))
        out.append({"lang": lang, "text": text, "reference": reference.isoformat(), "expected_dates": [iso]})
    return out
