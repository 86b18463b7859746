"""Side-by-side comparison of corroborate with Python peers (issue 9).

Run through scripts/compare-peers, which sets up the virtual environment and
builds the crate's examples. Every figure is measured here, in this run.

Speed: sentences per second of recognition alone, for every tool, in CPU
time of the thread doing the work (the machine this runs on is shared: wall
clock would count the neighbours' load, which hits a short timing window
harder than a long one). Models are loaded and inputs read before the clock
starts (each Recognizers-Text model is built once and warmed by one untimed
call per kind). Peers are timed around their calls (`time.thread_time`), for
at most `--budget` seconds of wall clock; the crate times itself inside its
example (`--jsonl-input`, see examples/quantities.rs and times.rs), passing
over the list `--repeat` times and then again until `--min-seconds` have
passed, so that its window is long enough to measure. Each
tool makes one recognition pass per sentence, with the API of the case's
kind: number and number-range cases go to Recognizers-Text's number model
(its Python port has no number-range model) and to the crate's
`QuantityRecognizer::numbers`; percent and currency cases to Recognizers-Text's
percentage and currency models and to the crate's `QuantityRecognizer::find`
(quantities). Generated sentences are number cases.

Correctness (one rule for every tool):
- numbers: a case is correct when every expected value is among the values
  the tool found (ranges count by their finite endpoints, compared with a
  relative tolerance of 1e-6) and, for a case that expects nothing, when the
  tool found nothing. Values are first kept to the case's kind where the tool
  says what kind a value is: Recognizers-Text by running the model of that
  kind; the crate by unit, percent for percent cases and money for currency
  cases. Money is a currency code (`EUR`) or a unit the crate gives as
  `Unit::Other`, which it documents as the minor and country-less currency
  units (`cents`, `pence`, `francs`); the crate's own conformance harness
  (tests/conformance_numbers.rs) takes currency cases the same way. For
  quantities the crate's value is the figure as written (`written_min`,
  `written_max`), not its interval: "about $14 million" is 14 million
  ± 10 % for the crate on purpose and 14 million for Recognizers-Text, the
  same point-value rule the harness applies to documented approximations.
  text2num only rewrites number words as digits: its values are the figures
  in its output.
  Number-range cases that expect nothing ("1995-01", "<>30", a phone number)
  are left out: they say that no *range* may be found, and no tool is asked
  for ranges here (each runs its number model on range cases).
- dates: a case is correct when, for each expected result, a date-time found
  by the tool equals one of the result's values (or range starts) at the
  precision the expected value is written in (day or second), and, for a case
  that expects nothing, when the tool found nothing. Only conformance cases
  whose expected results are dates, date-times or ranges of them (or nothing)
  are used. Each tool gives one value per expression it finds: where
  Recognizers-Text lists several readings of one ambiguous expression (the
  past and the future occurrence of a date without a year), only its first
  is scored, as the crate and dateparser give one; the expected side keeps
  every value the conformance case accepts, for every tool alike.
  Generated date cases name their form (corpus.DATE_FORMS); the report adds
  the share correct per form and tool.
Conformance cases are those verified upstream by at least one implementation
(`supported_platforms` not empty) and not marked `ignore_resolution`.
"""

import argparse
import datetime
import json
import math
import random
import os
import re
import resource
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(__file__))
import corpus  # noqa: E402

LANGS = ["en", "fr", "ja"]
NUMBER_MODELS = ["number", "number_range", "percent", "currency"]
CURRENCY_UNITS = None  # any three-letter upper-case unit is a currency code


def log(*a):
    print(*a, file=sys.stderr, flush=True)


# ---------------------------------------------------------------- inputs

def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def parse_num(s):
    s = str(s).strip().rstrip("%").strip()
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    s = s.replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return v if math.isfinite(v) else None


def expected_numbers(result):
    t = result.get("type") or ""
    v = result.get("value")
    if v is None:
        v = (result.get("resolution") or {}).get("value")
    if v is None:
        return None
    if t == "numberrange":
        m = re.match(r"^[\[(]\s*([^,]*)\s*,\s*([^\])]*)\s*[\])]$", v)
        if not m:
            return None
        out = [parse_num(x) for x in m.groups() if x.strip()]
        return None if None in out else out
    n = parse_num(v)
    return None if n is None else [n]


def kind_of_model(model):
    return {"percent": "percent", "currency": "currency"}.get(model, "number")


def api_of_kind(kind):
    """The crate's API for a case of this kind (examples/quantities.rs, field `api`)."""
    return "numbers" if kind == "number" else "quantities"


def conformance_numbers(shared, lang):
    cases = []
    base = os.path.join(shared, "conformance", "recognizers-text")
    for model in NUMBER_MODELS:
        path = os.path.join(base, f"{lang}-{model}.jsonl")
        if not os.path.exists(path):
            continue
        for i, c in enumerate(load_jsonl(path)):
            if not c.get("supported_platforms") or c.get("ignore_resolution"):
                continue
            values, ok = [], True
            for r in c["results"]:
                v = expected_numbers(r)
                if v is None:
                    ok = False
                    break
                values.extend(v)
            if model == "number_range" and not c["results"]:
                continue  # expects no range; see the module docs
            if ok:
                kind = kind_of_model(model)
                cases.append({"lang": lang, "text": c["input"], "values": values, "kind": kind, "model": model,
                              "api": api_of_kind(kind), "id": f"{lang}-{model}:{i}"})
    return cases


DATE_TYPES = {"date", "datetime", "daterange", "datetimerange"}


def expected_dates(result):
    """The accepted date-time strings of one expected result, or None when it is not a date."""
    res = result.get("resolution") or {}
    out = []
    for v in res.get("values") or []:
        if v.get("type") not in DATE_TYPES:
            return None
        point = v.get("value") or v.get("start")
        if not point:
            return None
        out.append(point)
    return out or None


def conformance_dates(shared, lang):
    path = os.path.join(shared, "conformance", "recognizers-text", f"{lang}-datetime.jsonl")
    if not os.path.exists(path):
        return []
    cases = []
    for c in load_jsonl(path):
        if not c.get("supported_platforms") or c.get("ignore_resolution"):
            continue
        groups, ok = [], True
        for r in c["results"]:
            g = expected_dates(r)
            if g is None:
                ok = False
                break
            groups.append(g)
        ref = c.get("reference_datetime")
        if ok and ref:
            cases.append({"lang": lang, "text": c["input"], "reference": ref[:19], "expected_groups": groups})
    return cases


# ---------------------------------------------------------------- scoring

def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def number_correct(case, found):
    if not case["values"]:
        return not found
    return all(any(close(v, f) for f in found) for v in case["values"])


def date_correct(case, found):
    groups = case.get("expected_groups")
    if groups is None:
        groups = [[d] for d in case["expected_dates"]]
    if not groups:
        return not found
    for accepted in groups:
        hit = False
        for a in accepted:
            a = a.replace("T", " ")
            n = len(a)
            if any(f.replace("T", " ")[:n] == a for f in found):
                hit = True
                break
        if not hit:
            return False
    return True


# ---------------------------------------------------------------- the crate

def run_crate(example, binary_dir, cases, fields, repeat, workdir, extra=(), min_seconds=0.0):
    path = os.path.join(workdir, f"{example}-input.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps({k: c[k] for k in fields if k in c}, ensure_ascii=False) + "\n")
    proc = subprocess.run(
        [os.path.join(binary_dir, example), "--jsonl-input", "--repeat", str(repeat), "--min-seconds", str(min_seconds), *extra, path],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"timing: sentences=(\d+) seconds=([0-9.e-]+)(?: cpu_seconds=([0-9.e-]+))?", proc.stderr)
    outputs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(outputs) == len(cases), (len(outputs), len(cases))
    seconds = float(m.group(3) or m.group(2))  # CPU time where the example could read it
    return outputs, int(m.group(1)) / max(seconds, 1e-9)


NOT_MONEY = {"persons", "records", "bytes", "percent", "organizations"}


def crate_number_values(output, kind):
    """The crate's values for a case: `output` is its example's line for the case."""
    if kind == "number":
        return [float(m["min"]) for m in output]
    out = []
    for m in output:
        unit = m.get("unit")
        # Money: a currency code, or `Unit::Other` (the crate's minor and
        # country-less currencies); see the module docs.
        is_money = unit is not None and unit not in NOT_MONEY
        if kind == "currency" and not is_money:
            continue
        if kind == "percent" and unit != "percent":
            continue
        for key in ("written_min", "written_max"):
            if m.get(key) is not None:
                out.append(float(m[key]))
    return out


# ---------------------------------------------------------------- peers

def timed(fn, cases, budget):
    """Runs fn on cases (up to `budget` seconds of wall clock, at least one
    case); returns outputs and sentences per second of this thread's CPU time."""
    outputs = []
    start = time.perf_counter()
    cpu = time.thread_time()
    for c in cases:
        outputs.append(fn(c))
        if time.perf_counter() - start > budget:
            break
    elapsed = time.thread_time() - cpu
    return outputs, len(outputs) / max(elapsed, 1e-9)


CULTURE = {"en": "en-us", "fr": "fr-fr", "ja": "ja-jp"}


def rt_numbers_fn():
    from recognizers_number import NumberRecognizer
    from recognizers_number_with_unit import NumberWithUnitRecognizer

    # The model of each kind and culture is built once, on its first call,
    # which compare_recognizers makes before the clock starts; the package's
    # recognize_* helpers would build a recognizer on every call.
    models = {}

    def model(kind, culture):
        if (kind, culture) not in models:
            if kind == "percent":
                m = NumberRecognizer(culture).get_percentage_model(culture, False)
            elif kind == "currency":
                m = NumberWithUnitRecognizer(culture).get_currency_model(culture, False)
            else:
                m = NumberRecognizer(culture).get_number_model(culture, False)
            models[kind, culture] = m
        return models[kind, culture]

    def fn(case):
        results = model(case.get("kind", "number"), CULTURE[case["lang"]]).parse(case["text"])
        out = []
        for r in results:
            v = (r.resolution or {}).get("value")
            n = parse_num(v) if v is not None else None
            if n is not None:
                out.append(n)
        return out
    return fn


def t2n_fn():
    from text_to_num import alpha2digit
    patterns = {
        "en": (re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"), ",", "."),
        "fr": (re.compile(r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"), " \u00a0\u202f.", ","),
    }

    def fn(case):
        pattern, seps, dec = patterns[case["lang"]]
        text = alpha2digit(case["text"], case["lang"])
        out = []
        for m in pattern.finditer(text):
            s = m.group(0)
            for sep in seps:
                s = s.replace(sep, "")
            out.append(float(s.replace(dec, ".")))
        return out
    return fn


def rt_dates_fn():
    from recognizers_date_time import DateTimeRecognizer

    models = {}  # built once per culture, before the clock (see rt_numbers_fn)

    def fn(case):
        ref = datetime.datetime.fromisoformat(case["reference"])
        culture = CULTURE[case["lang"]]
        if culture not in models:
            models[culture] = DateTimeRecognizer(culture).get_datetime_model(culture, False)
        results = models[culture].parse(case["text"], ref)
        out = []
        for r in results:
            # One value per expression, as every tool gives: for an
            # ambiguous one ("January 11" without a year) Recognizers-Text
            # lists the past and the future reading; its first is kept.
            for v in (r.resolution or {}).get("values") or []:
                p = v.get("value") or v.get("start")
                if p and re.match(r"\d{4}-\d\d-\d\d", p):
                    out.append(p)
                    break
        return out
    return fn


def dateparser_fn():
    from dateparser.search import search_dates

    def fn(case):
        ref = datetime.datetime.fromisoformat(case["reference"])
        found = search_dates(case["text"], languages=[case["lang"]], settings={"RELATIVE_BASE": ref}) or []
        return [d.isoformat() for _, d in found]
    return fn


def supported(fn, case):
    try:
        fn(case)
        return True
    except Exception as e:  # an unsupported culture raises in the RT port
        log(f"  not supported: {type(e).__name__}: {e}"[:200])
        return False


# ---------------------------------------------------------------- sections

def split_unsupported(what, sets, peers):
    """Moves the cases of a kind some peer does not support to a row of their own.

    A peer without a model for a kind in a language (Recognizers-Text's
    Python port has no Japanese currency model) is shown as "not supported"
    on that kind's row instead of being scored wrong on it, and the row of
    the other kinds compares every tool on the same cases.
    """
    out = []
    for label, lang, cases in sets:
        kinds = list(dict.fromkeys(c.get("kind", "number") for c in cases))
        missing = set()
        for name, (langs, make) in peers.items():
            if lang not in langs or len(kinds) < 2:
                continue
            fn = make()
            for kind in kinds:
                if not supported(fn, next(c for c in cases if c.get("kind", "number") == kind)):
                    log(f"{what} / {label} / {lang}: {name} has no {kind} model, scored on a row of its own")
                    missing.add(kind)
        out.append((label, lang, [c for c in cases if c.get("kind", "number") not in missing]))
        for kind in kinds:
            if kind in missing:
                out.append((f"{label}, {kind} only", lang, [c for c in cases if c.get("kind", "number") == kind]))
    return out


def compare_recognizers(what, sets, crate_example, crate_fields, crate_values, peers, score, args):
    rows = []
    for label, lang, cases in split_unsupported(what, sets, peers):
        if not cases:
            continue
        # A fixed shuffle, so that a peer stopped by the time budget is
        # scored on a random sample rather than on the first upstream file.
        cases = list(cases)
        random.Random(f"{what}-{label}-{lang}").shuffle(cases)
        log(f"{what} / {label} / {lang}: {len(cases)} sentences")
        # One pass per sentence; for numbers each case names the crate's API
        # for its kind (field `api`), as each peer runs the model of that kind.
        outs, crate_sps = run_crate(crate_example, args.bin, cases, crate_fields, args.repeat, args.work, min_seconds=args.min_seconds)
        crate_ok = [score(c, crate_values(o, c)) for c, o in zip(cases, outs)]
        crate_acc = sum(crate_ok) / len(cases)
        row = {"section": what, "set": label, "lang": lang, "n": len(cases), "crate_sps": crate_sps, "crate_acc": crate_acc, "peers": {}}
        # Generated cases name their form: the share correct per form, per tool.
        forms = {}
        if all("form" in c for c in cases):
            for c, ok in zip(cases, crate_ok):
                forms.setdefault(c["form"], {"n": 0, "crate": 0})
                forms[c["form"]]["n"] += 1
                forms[c["form"]]["crate"] += ok
            row["forms"] = forms
        for name, (langs, make) in peers.items():
            if lang not in langs:
                continue
            fn = make()
            # One untimed call per kind loads the models (and says whether
            # the peer has them).
            kinds = dict.fromkeys(c.get("kind", "number") for c in cases)
            if not all([supported(fn, next(c for c in cases if c.get("kind", "number") == k)) for k in kinds]):
                row["peers"][name] = None
                continue
            fn_safe = lambda c, fn=fn: _safe(fn, c)
            outs_p, sps = timed(fn_safe, cases, args.budget)
            acc = sum(o is not None and score(c, o) for c, o in zip(cases, outs_p)) / len(outs_p)
            row["peers"][name] = {"sps": sps, "acc": acc, "n": len(outs_p)}
            if forms:
                for c, o in zip(cases, outs_p):
                    f = forms[c["form"]]
                    f[name + " n"] = f.get(name + " n", 0) + 1
                    f[name] = f.get(name, 0) + bool(o is not None and score(c, o))
            log(f"  {name}: {sps:,.0f} sentences/s, {acc:.3f} correct over {len(outs_p)}; crate {crate_sps:,.0f}/s, {crate_acc:.3f}")
        rows.append(row)
    return rows


def _safe(fn, c):
    try:
        return fn(c)
    except Exception:
        return None  # the peer raised: the case counts as wrong


def time_v(cmd, stdout_path=None):
    """Runs cmd under /usr/bin/time -v when present; returns (seconds, peak RSS in MiB or None, CPU seconds or None)."""
    have_time = os.path.exists("/usr/bin/time")
    full = (["/usr/bin/time", "-v"] if have_time else []) + cmd
    start = time.perf_counter()
    out = open(stdout_path, "w") if stdout_path else subprocess.PIPE
    proc = subprocess.run(full, stdout=out, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if stdout_path:
        out.close()
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {proc.stderr[-2000:]}")
    rss = None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    if m:
        rss = int(m.group(1)) / 1024
    elif not have_time:
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # upper bound over children so far
    user = re.search(r"User time \(seconds\): ([0-9.]+)", proc.stderr)
    system = re.search(r"System time \(seconds\): ([0-9.]+)", proc.stderr)
    cpu = float(user.group(1)) + float(system.group(1)) if user and system else None
    return elapsed, rss, cpu


def compare_truth(args):
    rows = []
    gen = os.path.join(args.shared, "truth", "gen_dataset.py")
    oracle = os.path.join(args.shared, "truth", "run_truthdiscovery.py")
    truth_bin = os.path.join(args.bin, "truth")
    if not os.path.exists(gen):
        log("truth: skipped, ../shared/truth not found")
        return rows
    if not os.path.exists(truth_bin):
        log("truth: skipped, the crate has no `truth` example yet")
        return rows
    for claims in args.claims:
        prefix = os.path.join(args.work, f"td-{claims}")
        if not os.path.exists(prefix + ".claims.csv"):
            log(f"truth: generating {claims:,} claims")
            subprocess.run([sys.executable, gen, "--claims", str(claims), "--seed", "7", "--out", prefix], check=True, stdout=subprocess.DEVNULL)
        for algorithm in args.algorithms:
            log(f"truth: {algorithm} on {claims:,} claims")
            common = [prefix + ".claims.csv", "--truth", prefix + ".truth.csv"]
            c_s, c_rss, c_cpu = time_v([truth_bin, "--algorithm", algorithm, "--iterations", "20", "--out", prefix + ".crate.json"] + common)
            p_s, p_rss, p_cpu = time_v([sys.executable, oracle, "--algorithms", algorithm, "--iterations", "20", "--out", prefix + ".oracle.json"] + common)
            c = json.load(open(prefix + ".crate.json"))["results"][algorithm]
            p = json.load(open(prefix + ".oracle.json"))["results"][algorithm]
            same = sum(1 for k, v in p["chosen"].items() if c["chosen"].get(k) == v) / max(1, len(p["chosen"]))
            rows.append({"claims": claims, "algorithm": algorithm, "crate_s": c_s, "crate_rss": c_rss, "oracle_s": p_s, "oracle_rss": p_rss, "crate_cpu": c_cpu, "oracle_cpu": p_cpu,
                         "crate_acc": c.get("accuracy"), "oracle_acc": p.get("accuracy"), "same_chosen": same})
            log(f"  crate {c_s:.1f} s {c_rss} MiB acc {c.get('accuracy')}; truthdiscovery {p_s:.1f} s {p_rss} MiB acc {p.get('accuracy')}; same choice {same:.4f}")
    return rows


def memory_extract(args):
    corpus_dir = os.path.join(args.repo, "examples", "corpus", "fr-interior-2025")
    files = sorted(os.path.join(corpus_dir, f) for f in os.listdir(corpus_dir) if f.endswith(".md"))
    texts = [open(f, "rb").read() for f in files]
    folder = os.path.join(args.work, f"extract-{args.extract_mb}mb")
    target = args.extract_mb * 1024 * 1024
    if not os.path.isdir(folder):
        os.makedirs(folder)
        # Each generated file is one article's front matter and its body
        # repeated to about 1 MB: a large but plausible document.
        total, i = 0, 0
        while total < target:
            src = texts[i % len(texts)]
            head, sep, body = src.partition(b"\n---\n")
            if not sep:
                head, body = b"", src
            reps = max(1, (1 << 20) // max(1, len(body)))
            data = (head + sep if sep else b"") + body * reps
            with open(os.path.join(folder, f"{i:05}-{os.path.basename(files[i % len(files)])}"), "wb") as f:
                f.write(data)
            total += len(data)
            i += 1
    paths = sorted(os.path.join(folder, f) for f in os.listdir(folder))
    size = sum(os.path.getsize(p) for p in paths)
    secs, rss, _cpu = time_v([os.path.join(args.bin, "extract")] + paths, stdout_path=os.path.join(args.work, "extract.out"))
    return {"mb": size / 2**20, "files": len(paths), "seconds": secs, "rss": rss}


# ---------------------------------------------------------------- report

def ratio(a, b):
    return "n/a" if not a or not b else f"{a / b:,.0f}×" if a / b >= 10 else f"{a / b:.2f}×"


def print_tables(rows, truth_rows, mem):
    if not rows:
        rows = []
    print()
    print("### Recognizers: the crate's speed as a multiple of each peer's; share of correct values")
    print()
    print("| task | inputs | lang | sentences | crate vs Recognizers-Text (speed) | crate vs dateparser (speed) | crate vs text2num (speed) | correct: crate | Recognizers-Text | dateparser | text2num |")
    print("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        def sp(name):
            p = r["peers"].get(name, "-")
            if p == "-":
                return "-"
            return "not supported" if p is None else ratio(r["crate_sps"], p["sps"])

        def ac(name):
            p = r["peers"].get(name, "-")
            if p == "-":
                return "-"
            if p is None:
                return "not supported"
            return f"{p['acc']:.3f}" + ("" if p["n"] == r["n"] else f" ({p['n']})")
        print(f"| {r['section']} | {r['set']} | {r['lang']} | {r['n']} | {sp('recognizers-text')} | {sp('dateparser')} | {sp('text2num')} | {r['crate_acc']:.3f} | {ac('recognizers-text')} | {ac('dateparser')} | {ac('text2num')} |")
    form_rows = [r for r in rows if r.get("forms")]
    if form_rows:
        print()
        print("### Generated sentences by form: share correct (sentences; a peer's count where its budget stopped it earlier)")
        print()
        print("| task | lang | form | sentences | crate | Recognizers-Text | dateparser |")
        print("|---|---|---|---:|---:|---:|---:|")
        for r in form_rows:
            for form, f in sorted(r["forms"].items()):
                def fa(name):
                    p = r["peers"].get(name, "-")
                    if p == "-":
                        return "-"
                    if p is None:
                        return "not supported"
                    n = f.get(name + " n", 0)
                    return "n/a" if not n else f"{f[name] / n:.3f}" + ("" if n == f["n"] else f" ({n})")
                print(f"| {r['section']} | {r['lang']} | {form} | {f['n']} | {f['crate'] / f['n']:.3f} | {fa('recognizers-text')} | {fa('dateparser')} |")
    if truth_rows:
        print()
        print("### Truth discovery: crate `truth` example vs `truthdiscovery` 1.0.4 (oracle script), end to end, 20 iterations")
        print()
        print("| claims | algorithm | speed-up, wall clock (oracle / crate) | speed-up, CPU time (user + sys) | peak RSS crate / oracle | accuracy crate | accuracy oracle | same chosen values |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|")
        for t in truth_rows:
            mem_ratio = f"{t['crate_rss'] / t['oracle_rss']:.2f}" if t["crate_rss"] and t["oracle_rss"] else "n/a"
            print(f"| {t['claims']:,} | {t['algorithm']} | {ratio(t['oracle_s'], t['crate_s'])} | {ratio(t.get('oracle_cpu'), t.get('crate_cpu'))} | {mem_ratio} ({t['crate_rss']:.0f} / {t['oracle_rss']:.0f} MiB) | {t['crate_acc']:.4f} | {t['oracle_acc']:.4f} | {t['same_chosen']:.4f} |")
    if mem:
        print()
        print("### Peak resident memory (`/usr/bin/time -v`)")
        print()
        print("| work | input | peak RSS | wall time |")
        print("|---|---|---:|---:|")
        if mem.get("extract"):
            e = mem["extract"]
            print(f"| `extract` example | {e['mb']:.0f} MiB of text in {e['files']} files | {e['rss']:.0f} MiB | {e['seconds']:.1f} s |")
        for t in truth_rows:
            print(f"| `truth` example, {t['algorithm']} | {t['claims']:,} claims | {t['crate_rss']:.0f} MiB | {t['crate_s']:.1f} s |")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--bin", required=True, help="folder of the crate's release examples")
    ap.add_argument("--work", required=True)
    ap.add_argument("--generated", type=int, default=2000, help="generated sentences per language and task")
    ap.add_argument("--repeat", type=int, default=20, help="passes of the crate over each list (timing only)")
    ap.add_argument("--min-seconds", type=float, default=2.0, help="the crate passes over each list until this many seconds have passed (timing only)")
    ap.add_argument("--budget", type=float, default=60.0, help="seconds at most per peer, language and input set")
    ap.add_argument("--claims", default="1000000,10000000")
    ap.add_argument("--algorithms", default="sums")
    ap.add_argument("--extract-mb", type=int, default=100)
    ap.add_argument("--skip", default="", help="comma list of sections to skip: numbers,dates,truth,memory")
    ap.add_argument("--only", default="", help="comma list of the only sections to run: numbers,dates,truth,memory")
    ap.add_argument("--json", help="also write all measurements here")
    args = ap.parse_args()
    args.claims = [int(x) for x in args.claims.split(",") if x]
    args.algorithms = [x for x in args.algorithms.split(",") if x]
    sections = {"numbers", "dates", "truth", "memory"}
    only = {x for x in args.only.split(",") if x}
    if only - sections:
        ap.error(f"--only: expected sections among {','.join(sorted(sections))}, found {','.join(sorted(only - sections))}")
    skip = set(args.skip.split(",")) | (sections - only if only else set())
    os.makedirs(args.work, exist_ok=True)
    have_conformance = os.path.isdir(os.path.join(args.shared, "conformance", "recognizers-text"))
    if not have_conformance:
        log("conformance: skipped, ../shared/conformance/recognizers-text not found")

    rows = []
    if "numbers" not in skip:
        sets = []
        for lang in LANGS:
            if have_conformance:
                sets.append(("conformance", lang, conformance_numbers(args.shared, lang)))
            gen = corpus.numbers(lang, args.generated)
            sets.append(("generated", lang, gen))
            if lang != "ja":
                sets.append(("generated, number words", lang, [c for c in gen if c["words"]]))
        for _, _, cases in sets:
            for c in cases:
                c.setdefault("api", api_of_kind(c.get("kind", "number")))
        peers = {"recognizers-text": (LANGS, rt_numbers_fn), "text2num": (["en", "fr"], t2n_fn)}
        rows += compare_recognizers(
            "numbers", sets, "quantities", ["text", "lang", "api"],
            lambda o, c: crate_number_values(o, c.get("kind", "number")), peers, number_correct, args)
    if "dates" not in skip:
        sets = []
        for lang in LANGS:
            if have_conformance:
                sets.append(("conformance", lang, conformance_dates(args.shared, lang)))
            sets.append(("generated", lang, corpus.dates(lang, args.generated)))
        peers = {"recognizers-text": (LANGS, rt_dates_fn), "dateparser": (LANGS, dateparser_fn)}
        rows += compare_recognizers(
            "dates", sets, "times", ["text", "lang", "reference"],
            lambda o, c: [m["from"] for m in o if m.get("from")], peers, date_correct, args)
    truth_rows = [] if "truth" in skip else compare_truth(args)
    mem = {}
    if "memory" not in skip:
        log(f"memory: extracting {args.extract_mb} MiB")
        mem["extract"] = memory_extract(args)
    print_tables(rows, truth_rows, mem)
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"recognizers": rows, "truth": truth_rows, "memory": mem}, f, indent=1)


if __name__ == "__main__":
    main()
