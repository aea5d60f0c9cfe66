#!/usr/bin/env Rscript
# Golden values for the Hodges-Lehmann confidence intervals of wilcox.test under the exact-with-ties rule
# (R >= 4.6 / coin semantics; WilcoxRule.ExactWithTies in Myelin.Statistics), with ties and zeros.
# Needs: apt-get install --no-install-recommends r-base-core r-cran-jsonlite r-cran-coin (coin 1.4-2).
# Run from the repository root:  Rscript r/golden-exact-ties.R
# Writes tests/Myelin.Statistics.Tests/Golden/htests-exact-ties-ci.json.
#
# R 4.2.2 cannot compute these intervals, and coin has no one-sample interval, so the interval is built here
# from its definition (statistics.md section 3.3, R >= 4.6's scan) with coin supplying every p-value:
#   * candidates: the Walsh averages (x_i + x_j)/2, i <= j (signed rank) or the differences x_i - y_j (rank sum);
#   * at the mid-point of each gap between neighbouring distinct candidates, coin's one-sided p-values of the data
#     shifted by that mid-point: P(S <= s) ("less") and P(S >= s) ("greater"), exact (shift algorithm) or asymptotic
#     (coin's Z, no continuity correction);
#   * target = alpha/2 (two-sided) or alpha (one-sided) plus 10 * .Machine$double.eps; the lower limit is the
#     candidate below the first gap from the bottom whose "greater" p-value exceeds the target, the upper limit the
#     candidate above the first gap from the top whose "less" p-value exceeds it; the level is one minus the p-values
#     at the last gaps rejected on each side (at a shift beyond all candidates when none is).
# Every gap is evaluated here (no early stop), so the scan is checked rather than copied.
# The estimate is the median of the candidates (Hodges-Lehmann), which R >= 4.6 reports.
# coin's own confint() for wilcox_test is Bauer's (1972) interval: the quantiles of the null distribution of the
# unshifted data against the statistic at each step, a different definition. For rank-sum cases with at least 9 per
# group it is recorded as coin_bauer, an independent check of the limits where the two definitions agree (they do on
# these VAS examples); on tiny samples they can differ (c(1, 2, 2) vs c(2, 3) at 0.5: Bauer [-2, 0], scan [-1, 0]).
suppressPackageStartupMessages({
  library(jsonlite)
  library(coin)
})
stopifnot(packageVersion("coin") == "1.4.2")
out_dir <- "tests/Myelin.Statistics.Tests/Golden"
num <- function(v) vapply(unname(as.numeric(v)), function(e) sprintf("%.17g", e), "")

signed_p <- function(d, alt, dist) {
  pvalue(wilcoxsign_test(d ~ numeric(length(d)), alternative = alt, distribution = dist))
}
ranksum_p <- function(x, y, alt, dist) {
  df <- data.frame(v = c(x, y), g = factor(rep(c("x", "y"), c(length(x), length(y))), levels = c("x", "y")))
  pvalue(wilcox_test(v ~ g, data = df, alternative = alt, distribution = dist))
}

scan_ci <- function(cands, p_at, alt, cl) {
  u <- sort(unique(cands))
  alpha <- 1 - cl
  target <- (if (alt == "two.sided") alpha / 2 else alpha) + 10 * .Machine$double.eps
  mids <- if (length(u) > 1) (u[-length(u)] + u[-1]) / 2 else numeric(0)
  below <- u[1] - (1 + abs(u[1]))
  above <- u[length(u)] + (1 + abs(u[length(u)]))
  lo <- -Inf; hi <- Inf; a_lo <- 0; a_hi <- 0
  if (alt != "less") {
    up <- vapply(mids, function(m) p_at(m, "greater"), 0)
    k <- which(up > target)[1]
    rejected <- c(p_at(below, "greater"), up)
    if (is.na(k)) { lo <- u[length(u)]; a_lo <- rejected[length(rejected)] }
    else { lo <- u[k]; a_lo <- rejected[k] }
  }
  if (alt != "greater") {
    dn <- vapply(mids, function(m) p_at(m, "less"), 0)
    k <- rev(which(dn > target))[1]
    rejected <- c(dn, p_at(above, "less"))
    if (is.na(k)) { hi <- u[1]; a_hi <- rejected[1] }
    else { hi <- u[k + 1]; a_hi <- rejected[k + 1] }
  }
  list(conf_int = c(lo, hi), conf_level = 1 - (a_lo + a_hi))
}

cases <- list()
add <- function(id, req, ci, est, bauer = NULL) {
  enc <- req
  for (k in c("x", "y")) if (!is.null(enc[[k]])) enc[[k]] <- I(num(enc[[k]]))
  if (!is.null(enc$mu)) enc$mu <- num(enc$mu)
  enc$conf_level <- num(enc$conf_level)
  cases[[length(cases) + 1]] <<- list(id = id, request = enc, conf_int = I(num(ci$conf_int)),
                                      conf_level = num(ci$conf_level), estimate = num(est),
                                      coin_bauer = if (is.null(bauer)) NULL else I(num(bauer)))
}
bauer_ci <- function(x, y, alt, cl) {
  df <- data.frame(v = c(x, y), g = factor(rep(c("x", "y"), c(length(x), length(y))), levels = c("x", "y")))
  confint(wilcox_test(v ~ g, data = df, alternative = alt, distribution = "exact", conf.int = TRUE,
                      conf.level = cl))$conf.int
}

signed_case <- function(id, x, y = NULL, alt = "two.sided", cl = 0.95, exact = TRUE, mu = 0) {
  d <- if (is.null(y)) x else x - y
  walsh <- outer(d, d, `+`)
  walsh <- sort(walsh[!lower.tri(walsh)]) / 2
  dist <- if (exact) "exact" else "asymptotic"
  ci <- scan_ci(walsh, function(m, a) signed_p(d - m, a, dist), alt, cl)
  req <- list(test = "wilcox.test", x = x, y = y, paired = !is.null(y), alternative = alt, mu = mu,
              exact = exact, conf_int = TRUE, conf_level = cl, rule = "exact-with-ties")
  add(id, req, ci, median(walsh))
}

ranksum_case <- function(id, x, y, alt = "two.sided", cl = 0.95, exact = TRUE, mu = 0) {
  diffs <- sort(outer(x, y, `-`))
  dist <- if (exact) "exact" else "asymptotic"
  ci <- scan_ci(diffs, function(m, a) ranksum_p(x - m, y, a, dist), alt, cl)
  req <- list(test = "wilcox.test", x = x, y = y, paired = FALSE, alternative = alt, mu = mu,
              exact = exact, conf_int = TRUE, conf_level = cl, rule = "exact-with-ties")
  add(id, req, ci, median(diffs), if (exact && min(length(x), length(y)) >= 9) bauer_ci(x, y, alt, cl))
}

A_x <- c(7, 5, 6, 8, 4, 6, 7, 9, 5, 6); A_y <- c(4, 3, 6, 5, 2, 5, 4, 6, 3, 5)   # statistics.md data A
C_1 <- c(3, 4, 2, 5, 3, 4, 6, 2, 3, 4); C_2 <- c(5, 6, 4, 7, 5, 6, 8, 5, 6, 4)   # statistics.md data C
Zt <- c(2, 0, 1, -1, 3, 0, 2, 2, -2, 1, 4, 1)                                    # zeros and ties
set.seed(4); S1 <- sample(-3:5, 16, TRUE)                                         # VAS changes
set.seed(8); S2 <- round(rnorm(30, 0.8, 1.5) * 2) / 2                            # half-point steps, n = 30
set.seed(9); R1 <- sample(0:10, 12, TRUE); R2 <- sample(1:10, 9, TRUE)           # two VAS arms
set.seed(12); R3 <- sample(2:8, 25, TRUE); R4 <- sample(0:6, 22, TRUE)

for (alt in c("two.sided", "less", "greater")) {
  signed_case(paste("sr A paired", alt), A_x, A_y, alt)
  signed_case(paste("sr zeros ties", alt), Zt, alt = alt)
  ranksum_case(paste("rs C", alt), C_1, C_2, alt)
  ranksum_case(paste("rs R1 R2", alt), R1, R2, alt)
}
signed_case("sr zeros ties 0.8", Zt, cl = 0.8)
signed_case("sr zeros ties mu 1", Zt, mu = 1)
signed_case("sr S1", S1)
signed_case("sr S1 0.99", S1, cl = 0.99)
signed_case("sr S2 n30", S2)
signed_case("sr n3 ties", c(1, 1, 2), cl = 0.5)
signed_case("sr all equal", c(2, 2, 2, 2))
signed_case("sr A asymptotic", A_x, A_y, exact = FALSE)
signed_case("sr zeros ties asymptotic less", Zt, alt = "less", exact = FALSE)
signed_case("sr S2 asymptotic", S2, exact = FALSE)
ranksum_case("rs C 0.9", C_1, C_2, cl = 0.9)
ranksum_case("rs C mu -1", C_1, C_2, mu = -1)
ranksum_case("rs small", c(1, 2, 2), c(2, 3), cl = 0.5)
ranksum_case("rs R3 R4", R3, R4)
ranksum_case("rs C asymptotic", C_1, C_2, exact = FALSE)
ranksum_case("rs R3 R4 asymptotic greater", R3, R4, alt = "greater", exact = FALSE)

writeLines(toJSON(cases, auto_unbox = TRUE, pretty = FALSE, null = "null"), file.path(out_dir, "htests-exact-ties-ci.json"))
cat("exact-ties intervals:", length(cases), "cases\n")
