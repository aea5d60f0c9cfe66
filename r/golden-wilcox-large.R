#!/usr/bin/env Rscript
# Golden values for wilcox.test's asymptotic Hodges-Lehmann estimate and interval at sizes where the Walsh averages
# (n(n+1)/2, signed rank) or the differences (n.x * n.y, rank sum) number more than 2^24 = 16777216, from R 4.2.2.
# Needs: apt-get install --no-install-recommends r-base-core r-cran-jsonlite
# Run from the repository root:  Rscript r/golden-wilcox-large.R
# Writes tests/Myelin.Statistics.Tests/Golden/htests-wilcox-large.json.
#
# The data are not stored: each sample is generated from a formula that both R and C# evaluate exactly
# (integer arithmetic below 2^53, then one correctly rounded division):
#   r_i = (i * a) mod p  (then mod m when m is given),  v_i = (c0 + c1 * r_i) / d,  i = 1..n;
#   with signs = TRUE, v_i is negated when i mod 7 >= 5.
# The file keeps only the generator parameters, the wilcox.test arguments, R's htest fields, its warnings and the
# seconds R took for the call (elapsed, this machine).
suppressPackageStartupMessages(library(jsonlite))
stopifnot(R.version$major == "4", R.version$minor == "2.2")
out_dir <- "tests/Myelin.Statistics.Tests/Golden"
num <- function(v) vapply(unname(as.numeric(v)), function(e) sprintf("%.17g", e), "")

gen <- function(g) {
  i <- as.numeric(seq_len(g$n))
  r <- (i * g$a) %% g$p
  if (!is.null(g$m)) r <- r %% g$m
  v <- (g$c0 + g$c1 * r) / g$d
  if (isTRUE(g$signs)) v[i %% 7 >= 5] <- -v[i %% 7 >= 5]
  v
}
G <- function(n, a, p, c0 = 0, c1 = 1, d = 1, signs = FALSE, m = NULL)
  list(n = n, a = a, p = p, m = m, c0 = c0, c1 = c1, d = d, signs = signs)

cases <- list()
case <- function(id, x, y = NULL, ...) {
  args <- list(...)
  warns <- character()
  t0 <- proc.time()[["elapsed"]]
  r <- withCallingHandlers(
    do.call(wilcox.test, c(list(x = gen(x), y = if (is.null(y)) NULL else gen(y), conf.int = TRUE), args)),
    warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") })
  secs <- proc.time()[["elapsed"]] - t0
  names(args) <- gsub(".", "_", names(args), fixed = TRUE)
  cases[[length(cases) + 1]] <<- list(
    id = id, x = x, y = y, args = args,
    result = list(statistic = list(name = names(r$statistic), value = num(r$statistic)), p_value = num(r$p.value),
                  conf_int = list(lower = num(r$conf.int[1]), upper = num(r$conf.int[2]),
                                  level = num(attr(r$conf.int, "conf.level"))),
                  estimate = list(name = names(r$estimate), value = num(r$estimate)), method = r$method,
                  warnings = I(warns)),
    r_seconds = round(secs, 3))
  cat(sprintf("%-40s %6.3f s\n", id, secs))
}

# Signed rank: n = 5800 gives 16,822,900 Walsh averages; 6000 gives 18,003,000.
SD <- G(5800, 7919, 10007, d = 1000, signs = TRUE)  # distinct |x|, no zeros: no ties at mu = 0
ST <- G(6000, 7919, 11, c0 = -3)                    # whole numbers -3..7: ties and zeros
SY <- G(6000, 7927, 13, c0 = -4)                    # paired partner of ST
for (alt in c("two.sided", "less", "greater")) {
  case(paste("sr large distinct", alt), SD, alternative = alt)
  case(paste("sr large ties", alt), ST, alternative = alt)
}
case("sr large distinct nocorrect mu conf 0.9", SD, mu = 0.4, correct = FALSE, conf.level = 0.9)
case("sr large ties paired", ST, SY, paired = TRUE)
case("sr large ties exact false mu", ST, exact = FALSE, mu = 2, conf.level = 0.99)
# Whole numbers -3..5 whose true limits are both 1: uniroot stops each within tol.root = 1e-4 of it, and R reports
# a lower limit above the upper one (1.000055532670493 > 1.0000024208808342). Myelin reproduces it.
case("sr large ties inverted limits", G(6000, 7919, 10007, m = 9, c0 = -3))

# Rank sum: 4200 x 4200 = 17,640,000 differences.
RX <- G(4200, 7919, 10007, c0 = 1, c1 = 2, d = 1000)     # odd thousandths
RY <- G(4200, 7927, 10009, c0 = -1000, c1 = 2, d = 1000) # even thousandths: no ties within or across
TX <- G(4200, 7919, 11)                                   # whole numbers 0..10
TY <- G(4200, 7927, 11, c0 = -1)                          # -1..9
for (alt in c("two.sided", "less", "greater")) {
  case(paste("rs large distinct", alt), RX, RY, alternative = alt)
  case(paste("rs large ties", alt), TX, TY, alternative = alt)
}
case("rs large distinct nocorrect mu conf 0.9", RX, RY, mu = 1, correct = FALSE, conf.level = 0.9)
case("rs large ties 5000x3400", G(5000, 7919, 11), G(3400, 7927, 11, c0 = -1), mu = 0.5)

writeLines(toJSON(cases, auto_unbox = TRUE, pretty = TRUE, null = "null"), file.path(out_dir, "htests-wilcox-large.json"))
cat("wilcox large:", length(cases), "cases\n")
