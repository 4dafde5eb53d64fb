#!/usr/bin/env Rscript
# LexRank (Erkan & Radev 2004) as implemented by the R package lexRankr
# (Debian package r-cran-lexrankr), as a peer of
#   crosswire bench --peer-command 'lexrankr=Rscript bench/peers/lexrankr.R {words}'
#
# Reads the topic's articles on stdin (one paragraph per line, a blank line
# between articles) and writes a summary of at most WORDS words on stdout, one
# sentence per line, best first.
#
# The package is used as documented (?lexRank) with its defaults except:
# continuous = TRUE (the weighted graph, as in crosswire's own continuous
# LexRank; the threshold is then unused), every sentence ranked (n = Inf,
# returnTies = FALSE), and Verbose = FALSE. Each paragraph is one element of
# `text` with its article's number as docId: lexRankr splits sentences only
# at . ? ! followed by a space, so a paragraph break would not end a sentence
# if paragraphs were pasted together; idf is still per article (docId).
# The budget is then filled best first with whole sentences, skipping one
# that would overrun it (as crosswire's methods fill theirs); words are
# whitespace-separated tokens, as crosswire counts them for --words. There is
# no redundancy check: lexRankr has none.

args <- commandArgs(trailingOnly = TRUE)
words <- suppressWarnings(as.integer(args[1]))
if (length(args) != 1 || is.na(words) || words < 1) {
  cat("usage: Rscript lexrankr.R WORDS  (articles on stdin)\n", file = stderr())
  quit(status = 2)
}
if (!requireNamespace("lexRankr", quietly = TRUE)) {
  cat("lexrankr.R: R package lexRankr not found; install it with",
      "CROSSWIRE_WITH_PEERS=1 scripts/setup\n", file = stderr())
  quit(status = 127)
}

input <- file("stdin", encoding = "UTF-8")
lines <- readLines(input, warn = FALSE)
close(input)
blank <- !nzchar(trimws(lines))
article <- cumsum(blank) + 1
paragraphs <- trimws(lines[!blank])
doc_id <- article[!blank]
if (length(paragraphs) == 0) {
  cat("lexrankr.R: no text on stdin\n", file = stderr())
  quit(status = 1)
}

ranked <- lexRankr::lexRank(paragraphs, docId = doc_id, n = Inf, returnTies = FALSE,
                            continuous = TRUE, Verbose = FALSE)

used <- 0
for (sentence in gsub("\\s+", " ", trimws(ranked$sentence))) {
  if (!nzchar(sentence)) next
  n <- length(strsplit(sentence, " ", fixed = TRUE)[[1]])
  if (used + n > words) next
  cat(sentence, "\n", sep = "")
  used <- used + n
  if (used >= words) break
}
