#!/usr/bin/env python3
"""Labels splitter units boilerplate (1) or content (0) by the written rules of
docs/boilerplate.md and writes a stratified sample as the classifier's
labelled set.

Usage: tools/label_boilerplate.py UNITS_TSV [GROUND_TRUTH_JSON] > testdata/boilerplate/labels.tsv
       tools/label_boilerplate.py --digests DIR

The second form applies the rules to every line of the digests `crosswire
bench --keep DIR` wrote (DIR/*.<method>), and prints the lines they flag and
the count: how much furniture reached the digests.

UNITS_TSV is bench/boilerplate_units' output (split, dataset, story, article,
index, count, list_match, kind, text). The output adds the label in front and
drops `kind`. The rules are the documentation's, rule by rule (R0..R14); each
labelled line carries the rule that fired in a comment column-free way: the
counts per rule go to stderr. Deterministic: sampling keys on an MD5 of the
story and unit position, not on Python's salted hash.

Units of the data set "extraction" (the article-extraction pages, given with
the benchmark's ground-truth.json) are labelled by the page's true
articleBody, not by the rules: see truth_label().
"""
import hashlib
import json
import os
import unicodedata
import re
import sys
from collections import Counter, defaultdict

MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"

# R1 social-media embeds: signature lines, embed links, the platform's own UI text.
SIGNATURE = re.compile(r"\(@\w{1,20}\)\s*" + MONTH + r"\s+\d{1,2},\s*\d{4}", re.I)
EMBED = re.compile(
    r"pic\.twitter\.com|instagram\.com/p/|a (post|photo|video) shared by|"
    r"a (photo|video) posted by|when you tweet with a location|"
    r"location information to your tweets|add your thoughts about any tweet|"
    r"tweet with a location|twitter may be over capacity|embed this (tweet|video|post)|"
    r"you can add location information|learn more about your location|"
    r"hover over the profile pic|follow more accounts|this timeline is where|"
    r"find a topic you.re passionate|get instant updates about|"
    r"see the latest conversations|tap the icon to|when you see a tweet you love|"
    r"the fastest way to share someone else.s tweet|"
    r"add location to your tweets|your tweets, such as your city|"
    r"you always have the option to delete your tweet location history|"
    r"retweet it to your followers", re.I)
# R2 media players.
PLAYER = re.compile(
    r"media playback is (unsupported|not supported)|your browser (does not|doesn.t) support|"
    r"enable javascript|javascript (is )?(disabled|required)|video player|now playing|"
    r"^watch( the)?( full)? video|^(play|replay|watch|video)$|autoplay|"
    r"^\d{1,2}:\d{2}$|this video (is|has been) (unavailable|removed)|video (will|is) load",
    re.I)
# R3 photo credits and captions.
CREDIT = re.compile(
    r"image copyright|image caption|media caption|getty images|\(photo\b|photo:|"
    r"photo by |photograph by|\bcredit:|photo credit|image credit|photo courtesy|"
    r"[(\[](image|photo|picture)s?:|\(file photo|shutterstock|istock", re.I)
# Agency credits are written in capitals: "AP Photo/Jane Roe", "REUTERS/John Doe".
AGENCY_CREDIT = re.compile(r"AP Photo|REUTERS/|AFP/|/AP\b|/REUTERS|/AFP|\bEPA/[A-Z][a-z]|Getty")
# R4 newsletter and reader call-outs.
CALLOUT = re.compile(
    r"sign up (for|to|here|now|today)|sign-up|subscribe (now|today|here|to (our|the) )|"
    r"(our|free|daily|weekly|email) newsletter|newsletter (sign|delivered)|\btell us\b|"
    r"share your (story|experience|photos|views)|"
    r"email us|e-mail us|get in touch|follow (us|him|her|@)|like us on|download (our|the) app|"
    r"contact (us|the author)|send us|click here|^read more|^related( [a-z]+)?:|^see also|"
    r"^more from|^recommended|have a (news )?tip|tips@|^also read|^read also|"
    r"^(watch|listen|read):|in your inbox|join the conversation|leave a comment|"
    r"^comments?\b|^share (this|on)|^(print|email|share|tweet)$", re.I)
# R10 calls to action: an imperative addressed to the reader (click, tap,
# download the app, subscribe, view all, donate), a subscription prompt, an
# unsubscribe note. At most 40 words; a quoted title inside does not save it.
ACTION = re.compile(
    r"^(click|tap|download|subscribe|unsubscribe|sign up|view all|visit|donate|"
    r"support (our|quality|independent|local) journalism)\b|"
    r"\bclick (here|below|on|the|to)\b|\btap (here|below)\b|unsubscribe|"
    r"already a (subscriber|member)|become a (subscriber|member)|"
    r"(news|our|free|the) app\b.{0,40}(app store|google play)|"
    r"in your app store|download (the|our) .{0,40}app\b|"
    r"support (our|quality|independent|local) journalism", re.I)
# R11 photo-gallery captions: "Hide Caption 7 of 43 Photos: ...", "Photos: ...".
GALLERY = re.compile(r"^(hide|show) caption|\b\d{1,3} of \d{1,3} (photos|images|pictures)\b|"
                     r"^photos?:", re.I)
# R12 a related-article link: the whole unit in square brackets.
BRACKETED = re.compile(r"^\[[^\[\]]{3,}\]\.?$")
# R5 site chrome and legal notices.
CHROME = re.compile(
    r"all rights reserved|©|copyright \d{4}|\(c\) \d{4}|uses cookies|use of cookies|"
    r"cookie (policy|settings)|"
    r"may not be (re)?published, broadcast|rewritten,? or redistributed|terms of (use|service)|"
    r"privacy policy|^advertisement|^sponsored|originally (appeared|published) (on|in)|"
    r"this (story|article) (has been|was) (updated|corrected)|^(updated|posted|published|"
    r"last updated)\b|^skip |^loading|^sorry,? (but )?(this|the|your|we)|please (try again|"
    r"refresh)|^log ?in$|^register$|^close$|^menu$|^home$|^trending( now| stories)?:?$|"
    r"^most (read|popular|shared|viewed)( stories)?:?$|"
    r"story continues below|continue reading|^next( story| article)?$|^previous$|"
    r"our (site|website) uses|you are (now )?leaving|reporting by .{0,60}editing by|"
    r"^editing by|^additional reporting|contributed to this report|^the associated press "
    r"contributed", re.I)
# R5 also: the agency's staff credits, however long.
# "Editing by" and "writing by" only where a credit puts them (at the start or
# after "; " or "("), not "consent in writing by their former owner".
STAFF = re.compile(r"^\(?(additional )?reporting by|(^|[;(] ?)(editing|writing) by|"
                   r"contributed (to )?this (report|story|article)", re.I)
# R13 site errors and unavailable features: the page's apology, not the story.
SITE_ERROR = re.compile(
    r"\b(an|this) error (has )?occurred|"
    r"\bpage (you (requested|are looking for|were looking for)|cannot|could not|was not)\b"
    r".{0,40}\b(found|exist|be displayed)|"
    r"^(error )?(404|page not found)\b|"
    r"\bthis (feature|content|video|page|service) is (not|no longer|currently not|currently un)"
    r"\s?available|"
    r"\b(please )?turn on javascript|javascript (must|needs to|has to) be (enabled|on)|"
    r"^something went wrong|please try again later", re.I)
# R14 contact lines: how to reach the reporter or the newsroom, an e-mail
# address alone, "Follow X on Twitter".
CONTACT = re.compile(
    r"^(contact|reach|email|e-mail|write to) (him|her|them|me|us|the (author|writer|reporter)|"
    r"[A-Z][\w.'-]+( [A-Z][\w.'-]+){0,2}) (at|on|via|by)\b|"
    r"^[\w.+-]+@[\w-]+(\.[\w-]+)+\.?$|"
    r"^[-–—]?\s*follow [^.]{1,40} on (twitter|facebook|instagram)\b", re.I)
# R6 the web archive's notes (Multi-News pages come from archive crawls).
ARCHIVE = re.compile(
    r"crawl data|crawls are|this crawl|webcrawl|web crawl|focused crawl|wayback machine|"
    r"internet archive|archive-it|archive team|"
    r"these (crawls|pages) are part of an effort", re.I)
# R7 bylines and time stamps on a line of their own.
BYLINE = re.compile(
    r"^by [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3}( and [A-Z][\w.'-]+( [A-Z][\w.'-]+){0,3})?"
    r"(,? [\w ]{0,40})?$|^\d{1,2}:\d{2} ?(a\.?m\.?|p\.?m\.?)( [A-Z]{2,4})?,?"
    r"( " + MONTH + r" \d{1,2},? \d{4})?$|"
    r"^" + MONTH + r" \d{1,2},? \d{4}( \d{1,2}:\d{2}.{0,20})?$", re.I)


def rule(text, kind, list_match, words):
    """The first rule that calls `text` boilerplate, or None for content."""
    if list_match == "1":
        return "R0 fixed list"
    if kind == "noise":
        return "R0 fixed list"
    if not re.search(r"[A-Za-z]", text):
        return "R8 no letters"
    if SIGNATURE.search(text) or EMBED.search(text):
        return "R1 social embed"
    if re.fullmatch(r"\S*(https?://|www\.)\S*", text.strip()):
        return "R1 social embed"
    short = words <= 40
    # Call-outs and chrome are short and are not quotes.
    callout_like = words <= 20 and not re.search(r"[\"“”]|``|''", text)
    if short and PLAYER.search(text):
        return "R2 media player"
    if short and (CREDIT.search(text) or AGENCY_CREDIT.search(text)):
        return "R3 credit"
    if callout_like and CALLOUT.search(text):
        return "R4 call-out"
    # Addressed to the reader, so a quoted title inside does not make it a quote.
    if short and ACTION.search(text):
        return "R10 call to action"
    if words <= 80 and GALLERY.search(text):
        return "R11 gallery caption"
    if words <= 25 and BRACKETED.search(text.strip()):
        return "R12 bracketed link"
    if words <= 60 and STAFF.search(text):
        return "R5 site chrome"
    if callout_like and CHROME.search(text):
        return "R5 site chrome"
    if words <= 25 and not re.search(r"[\"“”]|``|''", text):
        if SITE_ERROR.search(text):
            return "R13 site error"
        if CONTACT.search(text):
            return "R14 contact line"
    if short and ARCHIVE.search(text):
        return "R6 archive note"
    if words <= 12 and BYLINE.search(text.strip()):
        return "R7 byline or time stamp"
    return None


# Quotes, dashes, the ellipsis and no-break spaces folded before comparing a
# unit with the page's true text.
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
                      "\u2032": "'", "`": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                      "\u2033": '"', "\u2013": "-", "\u2014": "-", "\u2212": "-",
                      "\u2026": "...", "\u00a0": " "})


def tokens(text):
    """Case-folded word and punctuation tokens after NFKC and quote folding."""
    text = unicodedata.normalize("NFKC", text).translate(FOLD).lower()
    return re.findall(r"\w+|[^\w\s]", text)


class Truth:
    """One page's true articleBody, ready for truth_label()."""

    def __init__(self, body):
        self.lines = set()
        for line in body.split("\n"):
            t = tokens(line)
            if t:
                self.lines.add(" ".join(t))
        all_tokens = tokens(body)
        self.joined = " " + " ".join(all_tokens) + " "
        words = [t for t in all_tokens if re.match(r"\w", t)]
        self.trigrams = set(zip(words, words[1:], words[2:]))


def truth_label(text, truth, previous, following):
    """'content' or 'boilerplate' for a unit of an article-extraction page.

    Content when the unit's normalised tokens occur contiguously in the
    normalised true body (whole tokens, so "photo" is not inside "photos"), or
    when at least 80 % of its word 3-grams occur in the body (the reader's
    text and the truth may differ in a word or a quote mark). A unit of fewer
    than three words needs more evidence, since a word such as "Close" or
    "Caption" occurs inside almost any long body: it is content when it is a
    whole line of the body (a sub-heading), or when it and its previous or
    next unit of the article occur together, contiguously, in the body (a
    table's cells, a short sentence of a paragraph)."""
    t = tokens(text)
    if not t:
        return "boilerplate"
    words = [w for w in t if re.match(r"\w", w)]
    if len(words) < 3:
        if " ".join(t) in truth.lines:
            return "content"
        for joined in ([*tokens(previous), *t], [*t, *tokens(following)]):
            if len(joined) > len(t) and " " + " ".join(joined) + " " in truth.joined:
                return "content"
        return "boilerplate"
    if " " + " ".join(t) + " " in truth.joined:
        return "content"
    grams = list(zip(words, words[1:], words[2:]))
    shared = sum(1 for g in grams if g in truth.trigrams)
    return "content" if shared >= 0.8 * len(grams) else "boilerplate"


def neighbours(rows, i):
    """The texts of the units before and after rows[i] in its article ("" at an end)."""
    def text(j):
        ok = 0 <= j < len(rows) and rows[j][1:4] == rows[i][1:4]
        return rows[j][8] if ok else ""
    return text(i - 1), text(i + 1)


def key(*parts):
    return hashlib.md5("\t".join(parts).encode()).hexdigest()


def count_digest_lines(directory):
    lines = flagged = 0
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if not os.path.isfile(path) or "." not in name:
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                lines += 1
                label = rule(line, "sentence", "0", len(line.split()))
                if label:
                    flagged += 1
                    print(f"{name}\t{label}\t{line}")
    print(f"{flagged} of {lines} digest lines flagged by the rules")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--digests":
        count_digest_lines(sys.argv[2])
        return
    rows = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 9:
                continue
            rows.append(fields[:9])
    truths = {}
    if len(sys.argv) > 2:
        with open(sys.argv[2], encoding="utf-8") as f:
            truths = {page: Truth(entry["articleBody"]) for page, entry in json.load(f).items()}
    # Label every unit; R9: the unit just before a tweet signature is the tweet.
    labels = []
    for i, r in enumerate(rows):
        if r[1] != "extraction":
            labels.append(rule(r[8], r[7], r[6], len(r[8].split())))
        elif r[6] == "1":
            # The splitter's fixed lists remove it whatever the model says
            # (an agency tag cut off its sentence is in the true body).
            labels.append("R0 fixed list")
        elif r[2] not in truths:
            sys.exit(f"no ground truth for extraction page {r[2]}: pass GROUND_TRUTH_JSON")
        elif truth_label(r[8], truths[r[2]], *neighbours(rows, i)) == "boilerplate":
            labels.append("T not in the true body")
        else:
            labels.append(None)
    for i in range(1, len(rows)):
        if rows[i][1] == "extraction":
            continue
        if labels[i] == "R1 social embed" and SIGNATURE.search(rows[i][8]):
            prev = rows[i - 1]
            if prev[:4] == rows[i][:4] and labels[i - 1] is None:
                labels[i - 1] = "R9 embedded post"
    counts = Counter()
    out = []
    per_story_content = defaultdict(list)
    for r, lab in zip(rows, labels):
        split, dataset, story, article, index, count, list_match, kind, text = r
        if lab is not None:
            counts[(dataset, split, lab)] += 1
            out.append(("1", r))
        else:
            per_story_content[(dataset, split, story)].append(r)
    # Content: a fixed number per story, picked by hash, so boilerplate is well
    # represented (about a third of the set) and every story contributes.
    for (dataset, split, story), units in sorted(per_story_content.items()):
        quota = 8 if dataset == "multinews" else 12  # DUC and extraction: 12
        units.sort(key=lambda r: key(r[2], r[3], r[4]))
        for r in units[:quota]:
            counts[(dataset, split, "content")] += 1
            out.append(("0", r))
    # Boilerplate lines repeat (crawl notes): keep at most 3 copies of one text per split.
    seen = Counter()
    print("# label\tsplit\tdataset\tstory\tarticle\tindex\tcount\tlist_match\ttext")
    kept = Counter()
    for label, r in sorted(out, key=lambda x: (x[1][1], x[1][0], x[1][2], int(x[1][3]),
                                               int(x[1][4]))):
        if label == "1":
            seen[(r[0], r[8])] += 1
            if seen[(r[0], r[8])] > 3:
                continue
        kept[(r[1], r[0], label)] += 1
        print("\t".join([label, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[8]]))
    for k in sorted(counts):
        print("rule", *k, counts[k], file=sys.stderr)
    for k in sorted(kept):
        print("kept", *k, kept[k], file=sys.stderr)


if __name__ == "__main__":
    main()
