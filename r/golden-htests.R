#!/usr/bin/env Rscript
# Golden values for Myelin.Statistics distributions and hypothesis tests, from R 4.2.2 (Debian r-base-core).
# Run from the repository root:  Rscript r/golden-htests.R
# Every number is written as a string with sprintf("%.17g") so no digit is lost; "NA", "NaN", "Inf" stay readable.
suppressPackageStartupMessages(library(jsonlite))
stopifnot(R.version$major == "4", R.version$minor == "2.2")
out_dir <- "tests/Myelin.Statistics.Tests/Golden"

num <- function(v) {
  if (is.null(v)) return(NULL)
  v <- unname(as.numeric(v))
  vapply(v, function(e) if (is.na(e) && !is.nan(e)) "NA" else sprintf("%.17g", e), "")
}

# ---------------------------------------------------------------- distributions
dist <- list()
add <- function(f, args, lower, value) {
  dist[[length(dist) + 1]] <<- list(f = f, args = I(num(args)), lower = lower, value = num(value))
}
for (x in c(-40, -12, -5, -1.96, -0.5, 0, 0.3, 1, 2.5, 8.2, 30)) for (lt in c(TRUE, FALSE))
  add("pnorm", x, lt, pnorm(x, lower.tail = lt))
for (p in c(1e-300, 1e-20, 1e-8, 0.001, 0.025, 0.2, 0.5, 0.7, 0.975, 0.999999)) for (lt in c(TRUE, FALSE))
  add("qnorm", p, lt, qnorm(p, lower.tail = lt))
for (df in c(1, 2, 2.5, 3, 9, 17.782877476553786, 30, 98, 1000, 1e5, 2e6)) {
  for (x in c(-50, -6, -2.3, -0.4, 0, 0.05, 1, 2, 3.5, 6, 12, 300)) for (lt in c(TRUE, FALSE))
    add("pt", c(x, df), lt, pt(x, df, lower.tail = lt))
  for (p in c(1e-12, 1e-8, 1e-4, 0.005, 0.025, 0.05, 0.3, 0.5, 0.9, 0.975, 0.999)) for (lt in c(TRUE, FALSE))
    add("qt", c(p, df), lt, qt(p, df, lower.tail = lt))
  for (x in c(-1, 0.3, 2)) add("dt", c(x, df), TRUE, dt(x, df))
}
for (df in c(0.5, 1, 2, 3, 7, 10, 25, 100, 1000)) {
  for (x in c(0.001, 0.2, 1, 2.9513888888888888, 7.8, 17, 40, 150, 900, 1500)) for (lt in c(TRUE, FALSE))
    add("pchisq", c(x, df), lt, pchisq(x, df, lower.tail = lt))
  for (p in c(1e-10, 0.01, 0.05, 0.5, 0.95)) for (lt in c(TRUE, FALSE))
    add("qchisq", c(p, df), lt, qchisq(p, df, lower.tail = lt))
}
for (d in list(c(1, 1), c(2, 10), c(3, 13), c(5.5, 40), c(20, 1000))) {
  for (x in c(0.01, 0.5, 1, 4.1, 12, 80)) for (lt in c(TRUE, FALSE))
    add("pf", c(x, d), lt, pf(x, d[1], d[2], lower.tail = lt))
  for (p in c(0.001, 0.05, 0.5, 0.95)) add("qf", c(p, d), TRUE, qf(p, d[1], d[2]))
}
for (n in c(1, 2, 3, 10, 20, 49)) {
  N <- n * (n + 1) / 2
  for (q in unique(round(c(0, 1, N / 4, N / 2 - 1, N / 2, N - 3, N)))) for (lt in c(TRUE, FALSE))
    add("psignrank", c(q, n), lt, psignrank(q, n, lower.tail = lt))
  for (p in c(0.005, 0.025, 0.05, 0.5)) add("qsignrank", c(p, n), TRUE, qsignrank(p, n))
}
for (mn in list(c(1, 1), c(2, 3), c(5, 7), c(10, 10), c(30, 49), c(49, 49))) {
  m <- mn[1]; n <- mn[2]; N <- m * n
  for (q in unique(round(c(0, 1, N / 4, N / 2 - 1, N / 2, N - 2, N)))) for (lt in c(TRUE, FALSE))
    add("pwilcox", c(q, m, n), lt, pwilcox(q, m, n, lower.tail = lt))
  for (p in c(0.005, 0.025, 0.05, 0.5)) add("qwilcox", c(p, m, n), TRUE, qwilcox(p, m, n))
}
for (a in list(c(3, 17, 0.5), c(10, 20, 0.3), c(0, 5, 0.2), c(45, 200, 0.25))) for (lt in c(TRUE, FALSE))
  add("pbinom", a, lt, pbinom(a[1], a[2], a[3], lower.tail = lt))
for (a in list(c(12, 17, 17, 18), c(0, 5, 10, 4), c(7, 30, 25, 20), c(3, 10, 12, 8)))
  add("dhyper", a, TRUE, dhyper(a[1], a[2], a[3], a[4]))
for (a in list(c(12, 17, 17, 18), c(7, 30, 25, 20), c(1, 10, 12, 8))) for (lt in c(TRUE, FALSE))
  add("phyper", a, lt, phyper(a[1], a[2], a[3], a[4], lower.tail = lt))
writeLines(toJSON(dist, auto_unbox = TRUE, pretty = FALSE), file.path(out_dir, "htests-distributions.json"))
cat("distributions:", length(dist), "values\n")
