#!/bin/sh
# OTS, the Open Text Summarizer (Debian package `ots`), as a peer of
# `crosswire bench --peer-command 'ots=bench/peers/ots.sh {words}'`.
#
# Reads the topic's articles on stdin (one paragraph per line, a blank line
# between articles) and writes a summary of at most WORDS words on stdout, one
# sentence per line.
#
# OTS takes a ratio (a percentage of the input's words), not a length, and
# prints the sentences it selected in the order of the text. So: ask for the
# smallest whole percentage that reaches WORDS words, then keep OTS's sentences
# in its order, each whole, skipping one that would overrun the budget (as
# crosswire's methods fill theirs). Words are whitespace-separated tokens, as
# crosswire counts them for --words.
set -eu

words=${1:-}
case $words in
  '' | *[!0-9]*) echo "usage: ots.sh WORDS  (articles on stdin)" >&2; exit 2 ;;
esac
if [ "$words" -lt 1 ]; then echo "ots.sh: WORDS must be at least 1" >&2; exit 2; fi
command -v ots >/dev/null || {
  echo "ots.sh: ots not found; install it with CROSSWIRE_WITH_PEERS=1 scripts/setup" >&2
  exit 127
}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# OTS could read stdin itself, but a second try at a higher ratio needs the text again.
cat >"$tmp/input.txt"
total=$(wc -w <"$tmp/input.txt")
if [ "$total" -eq 0 ]; then echo "ots.sh: no text on stdin" >&2; exit 1; fi

ratio=$(( (100 * words + total - 1) / total ))
[ "$ratio" -ge 1 ] || ratio=1
[ "$ratio" -le 100 ] || ratio=100
while :; do
  ots --ratio "$ratio" "$tmp/input.txt" >"$tmp/summary.txt"
  got=$(wc -w <"$tmp/summary.txt")
  if [ "$got" -ge "$words" ] || [ "$ratio" -ge 100 ]; then break; fi
  ratio=$((ratio + 1))
done

# OTS prints selected sentences that were adjacent in the text on one line;
# split them again (after . ! ? and closing quotes, before a capital, a digit
# or an opening quote; not after a title or an initial) and fill the budget.
perl -CSD -ne '
  BEGIN { $budget = shift @ARGV; $used = 0 }
  chomp;
  s/^\s+|\s+$//g;
  next if $_ eq "";
  my @parts = split /(?<=[.!?])((?:\x27\x27|["\x27\x{201D}\x{2019})\]])*)\s+(?=[A-Z0-9"`\x27\x{201C}(])/;
  # split keeps the captured closing quotes as separate items; glue them back.
  my @sentences;
  for (my $i = 0; $i < @parts; $i += 2) {
    my $s = $parts[$i] . (defined $parts[$i + 1] ? $parts[$i + 1] : "");
    # An initial or acronym ("W.", "U.S.") or a title before the split: undo it.
    if (@sentences && $sentences[-1] =~ /(?:^|[\s(])(?:(?:[A-Za-z]\.)+|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|No|Vol|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?$/) {
      $sentences[-1] .= " " . $s;
    } else {
      push @sentences, $s;
    }
  }
  for my $s (@sentences) {
    my $n = () = $s =~ /\S+/g;
    next if $used + $n > $budget;
    print "$s\n";
    $used += $n;
  }
' "$words" "$tmp/summary.txt"
