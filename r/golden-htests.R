#!/usr/bin/env Rscript
# Golden values for Myelin.Statistics distributions and hypothesis tests, from R 4.2.2 (Debian r-base-core).
# Needs: apt-get install --no-install-recommends r-base-core r-cran-jsonlite r-cran-coin (coin only for htests-coin.json).
# Run from the repository root:  Rscript r/golden-htests.R
# Writes tests/Myelin.Statistics.Tests/Golden/htests-distributions.json, htests.json, htests-coin.json, htests-uniroot.json.
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

# ---------------------------------------------------------------- hypothesis tests
# Each case is a request in the `myelin stats --batch` format plus R's htest answer (or its error), with
# R's warnings. Numbers in requests and results are "%.17g" strings so that both are exact.
enc_vec <- function(v) if (is.null(v)) NULL else I(num(v))
enc_req <- function(req) {
  for (k in names(req)) {
    v <- req[[k]]
    if (k %in% c("x", "y", "g", "blocks", "p", "n") && is.numeric(v)) req[[k]] <- enc_vec(v)
    else if (k %in% c("g", "blocks")) req[[k]] <- I(as.character(v))
    else if (k == "table") req[[k]] <- lapply(seq_len(nrow(v)), function(i) I(num(v[i, ])))
  }
  req
}
opt <- function(req, name, default) if (is.null(req[[name]])) default else req[[name]]
run_r <- function(req) {
  alt <- opt(req, "alternative", "two.sided"); cl <- opt(req, "conf_level", 0.95)
  switch(req$test,
    t.test = t.test(req$x, req$y, alternative = alt, mu = opt(req, "mu", 0), paired = opt(req, "paired", FALSE),
                    var.equal = opt(req, "var_equal", FALSE), conf.level = cl),
    wilcox.test = wilcox.test(req$x, req$y, alternative = alt, mu = opt(req, "mu", 0),
                              paired = opt(req, "paired", FALSE), exact = req$exact, correct = opt(req, "correct", TRUE),
                              conf.int = opt(req, "conf_int", FALSE), conf.level = cl),
    kruskal.test = kruskal.test(req$x, factor(req$g, levels = unique(req$g))),
    friedman.test = if (!is.null(req$table)) friedman.test(req$table) else
      friedman.test(req$x, factor(req$g, levels = unique(req$g)), factor(req$blocks, levels = unique(req$blocks))),
    fisher.test = fisher.test(req$table, alternative = alt, conf.level = cl, or = opt(req, "or", 1)),
    chisq.test = if (!is.null(req$table)) chisq.test(req$table, correct = opt(req, "correct", TRUE)) else
      if (is.null(req$p)) chisq.test(req$x) else chisq.test(req$x, p = req$p),
    mcnemar.test = mcnemar.test(req$table, correct = opt(req, "correct", TRUE)),
    prop.test = prop.test(req$x, req$n, p = req$p, alternative = alt, conf.level = cl, correct = opt(req, "correct", TRUE)),
    p.adjust = if (is.null(req$n)) p.adjust(req$p, req$method) else p.adjust(req$p, req$method, n = req$n),
    stop("unknown test ", req$test))
}
enc_named <- function(v) if (is.null(v)) NULL else
  lapply(seq_along(v), function(i) list(name = if (is.null(names(v))) "" else names(v)[i], value = num(v[i])))
enc_result <- function(r) {
  if (!inherits(r, "htest")) return(list(p_adjusted = I(num(r))))
  list(statistic = if (is.null(r$statistic)) NULL else list(name = names(r$statistic), value = num(r$statistic)),
       parameter = enc_named(r$parameter), p_value = num(r$p.value),
       conf_int = if (is.null(r$conf.int)) NULL else
         list(lower = num(r$conf.int[1]), upper = num(r$conf.int[2]), level = num(attr(r$conf.int, "conf.level"))),
       estimate = enc_named(r$estimate), null_value = enc_named(r$null.value),
       alternative = r$alternative, method = r$method)
}
cases <- list()
case <- function(id, ...) {
  req <- list(...)
  warns <- character()
  res <- tryCatch(withCallingHandlers(enc_result(run_r(req)),
                    warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") }),
                  error = function(e) list(error = conditionMessage(e)))
  res$warnings <- I(warns)
  cases[[length(cases) + 1]] <<- list(id = id, request = enc_req(req), result = res)
}

A_x <- c(7,5,6,8,4,6,7,9,5,6); A_y <- c(4,3,6,5,2,5,4,6,3,5)
B_d <- c(1.1,-0.4,2.3,0.7,1.9,-1.2,3.1,0.2,2.6,1.4)
C_1 <- c(3,4,2,5,3,4,6,2,3,4); C_2 <- c(5,6,4,7,5,6,8,5,6,4)
set.seed(2); Z <- rnorm(50) + 0.3
set.seed(7); L1 <- round(rnorm(60, 5, 2), 1); L2 <- round(rnorm(55, 4.2, 2), 1)
set.seed(11); V1 <- sample(0:10, 80, TRUE); V2 <- sample(0:10, 75, TRUE)
dec_x <- c(3.7, 4.1, 5.3, 2.9, 6.2, 4.4); dec_y <- c(1.2, 1.6, 2.9, 0.4, 3.7, 1.9)

# t.test
for (alt in c("two.sided", "less", "greater")) {
  case(paste0("t paired A ", alt), test = "t.test", x = A_x, y = A_y, paired = TRUE, alternative = alt)
  case(paste0("t welch A ", alt), test = "t.test", x = A_x, y = A_y, alternative = alt)
  case(paste0("t pooled A ", alt), test = "t.test", x = A_x, y = A_y, var_equal = TRUE, alternative = alt)
  case(paste0("t one B ", alt), test = "t.test", x = B_d, mu = 0.5, alternative = alt, conf_level = 0.9)
}
case("t constant", test = "t.test", x = c(5,5,5,5))
case("t constant paired differences", test = "t.test", x = c(5,6,7), y = c(4,5,6), paired = TRUE)
case("t n=1", test = "t.test", x = 3)
case("t n=2", test = "t.test", x = c(3, 4.5))
case("t n=3", test = "t.test", x = c(3, 4.5, 1))
case("t NA dropped", test = "t.test", x = c(1.5, NA, 2.5, 3.9, NaN, 2.2))
case("t paired NA", test = "t.test", x = c(1, 2, NA, 4, 5), y = c(2, NA, 3, 3, 7), paired = TRUE)
case("t paired lengths", test = "t.test", x = c(1, 2, 3), y = c(1, 2), paired = TRUE)
case("t Inf", test = "t.test", x = c(1, 2, Inf))
case("t welch n=1", test = "t.test", x = 3, y = c(1, 2, 3))
case("t pooled n=1", test = "t.test", x = 3, y = c(1, 2, 4), var_equal = TRUE)
case("t pooled 1+1", test = "t.test", x = 3, y = 4, var_equal = TRUE)
case("t two-sample constant", test = "t.test", x = c(2, 2, 2), y = c(2, 2))
case("t large", test = "t.test", x = L1, y = L2)
case("t large paired", test = "t.test", x = L1[1:55], y = L2, paired = TRUE, conf_level = 0.99)
case("t conf.level bad", test = "t.test", x = B_d, conf_level = 1.5)

# wilcox.test signed rank
for (alt in c("two.sided", "less", "greater")) {
  case(paste0("sr A ", alt), test = "wilcox.test", x = A_x, y = A_y, paired = TRUE, conf_int = TRUE, alternative = alt)
  case(paste0("sr B exact ", alt), test = "wilcox.test", x = B_d, conf_int = TRUE, alternative = alt)
  case(paste0("sr B asym ", alt), test = "wilcox.test", x = B_d, conf_int = TRUE, exact = FALSE, alternative = alt)
  case(paste0("sr B asym nocorrect ", alt), test = "wilcox.test", x = B_d, conf_int = TRUE, exact = FALSE, correct = FALSE, alternative = alt)
  case(paste0("rs C ", alt), test = "wilcox.test", x = C_1, y = C_2, conf_int = TRUE, alternative = alt)
  case(paste0("rs exact ", alt), test = "wilcox.test", x = B_d[1:6], y = c(0.35, -0.9, 1.7, 0.05, 2.45), conf_int = TRUE, alternative = alt)
}
case("sr A no correct", test = "wilcox.test", x = A_x, y = A_y, paired = TRUE, correct = FALSE)
case("sr A exact false", test = "wilcox.test", x = A_x, y = A_y, paired = TRUE, exact = FALSE, conf_int = TRUE)
case("sr B mu", test = "wilcox.test", x = B_d, mu = 1.1, conf_int = TRUE)
case("sr B mu asym", test = "wilcox.test", x = B_d, mu = 1.1, conf_int = TRUE, exact = FALSE)
case("sr B conf 0.8", test = "wilcox.test", x = B_d, conf_int = TRUE, conf_level = 0.8)
case("sr Z49 exact", test = "wilcox.test", x = Z[1:49], conf_int = TRUE)
case("sr Z50 normal", test = "wilcox.test", x = Z, conf_int = TRUE)
case("sr Z50 exact true", test = "wilcox.test", x = Z, exact = TRUE, conf_int = TRUE)
case("sr n=1", test = "wilcox.test", x = 1.5, conf_int = TRUE)
case("sr n=2", test = "wilcox.test", x = c(1.5, 2.5), conf_int = TRUE)
case("sr n=3", test = "wilcox.test", x = c(1.5, 2.5, 3.7), conf_int = TRUE)
case("sr all zero", test = "wilcox.test", x = c(2, 2, 2), mu = 2, conf_int = TRUE)
case("sr all tied", test = "wilcox.test", x = c(3, 3, 3, 3), conf_int = TRUE)
case("sr NaN dropped", test = "wilcox.test", x = c(1.1, NaN, -0.4, 2.3, Inf, 0.7, NA, 1.9), conf_int = TRUE)
case("sr paired NA", test = "wilcox.test", x = c(1, 2, NA, 4, 5, 8), y = c(2, NA, 3, 3, 1, 2), paired = TRUE)
case("sr empty", test = "wilcox.test", x = c(NA, NaN))
case("sr paired lengths", test = "wilcox.test", x = c(1, 2, 3), y = c(1, 2), paired = TRUE)
case("sr large ties", test = "wilcox.test", x = V1, y = V2[1:80], paired = TRUE, conf_int = TRUE)
case("sr large decimals", test = "wilcox.test", x = L1, mu = 5, conf_int = TRUE)
case("sr decimal diffs", test = "wilcox.test", x = dec_x, y = dec_y, paired = TRUE, conf_int = TRUE)
case("sr conf bad", test = "wilcox.test", x = B_d, conf_int = TRUE, conf_level = 0)
# rank sum
case("rs C exact false", test = "wilcox.test", x = C_1, y = C_2, exact = FALSE, conf_int = TRUE, correct = FALSE)
case("rs mu", test = "wilcox.test", x = C_1, y = C_2, mu = -2, conf_int = TRUE)
case("rs 1 vs 59", test = "wilcox.test", x = 1, y = 2:60, conf_int = TRUE)
case("rs large ties", test = "wilcox.test", x = V1, y = V2, conf_int = TRUE)
case("rs large decimals", test = "wilcox.test", x = L1, y = L2, conf_int = TRUE, conf_level = 0.9)
case("rs 49x49 exact", test = "wilcox.test", x = Z[1:49], y = L1[1:49] / 5, conf_int = TRUE)
case("rs n=1 each", test = "wilcox.test", x = 1, y = 2, conf_int = TRUE)
case("rs n=2x3", test = "wilcox.test", x = c(1.2, 3.4), y = c(0.5, 2.2, 5.1), conf_int = TRUE)
case("rs NaN", test = "wilcox.test", x = c(1.2, NA, 3.4, Inf), y = c(0.5, 2.2, NaN, 5.1), conf_int = TRUE)
case("rs empty y", test = "wilcox.test", x = c(1.2, 3.4), y = c(NA, NaN))
case("rs all tied", test = "wilcox.test", x = c(2, 2, 2), y = c(2, 2), conf_int = TRUE)
case("rs conf 0.99 small", test = "wilcox.test", x = c(1.2, 3.4, 2.8), y = c(0.5, 2.2, 5.1, 0.1), conf_int = TRUE, conf_level = 0.99)

case("rs exact mu conf", test = "wilcox.test", x = B_d[1:7], y = c(0.35, -0.9, 1.7, 0.05, 2.45, 1.15), mu = 0.5, conf_int = TRUE, conf_level = 0.9)
case("sr exact less conf 0.9", test = "wilcox.test", x = B_d, alternative = "less", conf_int = TRUE, conf_level = 0.9)
case("rs exact true ties", test = "wilcox.test", x = C_1, y = C_2, exact = TRUE)
case("sr paired Inf diff", test = "wilcox.test", x = c(1, 2, Inf, 4, 5.5), y = c(0.5, 1, 2, 2, 3), paired = TRUE)
case("rs asym nocorrect less", test = "wilcox.test", x = L1, y = L2, correct = FALSE, alternative = "less", conf_int = TRUE)
case("rs asym greater", test = "wilcox.test", x = V1, y = V2, alternative = "greater", conf_int = TRUE)
case("sr large ties less", test = "wilcox.test", x = V1, mu = 5, alternative = "less", conf_int = TRUE)
case("t paired mu", test = "t.test", x = A_x, y = A_y, paired = TRUE, mu = 1.5, conf_level = 0.8)
case("t welch mu greater", test = "t.test", x = L1, y = L2, mu = 0.3, alternative = "greater")

set.seed(5); W1 <- sample(0:10, 1500, TRUE); W2 <- sample(0:10, 1500, TRUE); W3 <- sample(0:10, 1300, TRUE)
case("sr VAS n=1500 paired", test = "wilcox.test", x = W1, y = W2, paired = TRUE)
case("sr VAS n=1500 mu", test = "wilcox.test", x = W1, mu = 5, alternative = "greater")
case("rs VAS 1500x1300", test = "wilcox.test", x = W1, y = W3)
case("rs VAS 1500x1300 mu less", test = "wilcox.test", x = W1, y = W3, mu = 1, alternative = "less", correct = FALSE)

# p.adjust
pv <- c(0.01, 0.04, 0.03, 0.005, 0.2, NA)
for (m in c("holm", "hochberg", "BH", "bonferroni")) case(paste("padj", m), test = "p.adjust", p = pv, method = m)
case("padj bonferroni n", test = "p.adjust", p = c(0.01, NA, 0.02), method = "bonferroni", n = 3)
case("padj single", test = "p.adjust", p = 0.03, method = "holm")
set.seed(3); pr <- runif(30)^3
for (m in c("holm", "hochberg", "BH", "bonferroni")) case(paste("padj 30", m), test = "p.adjust", p = pr, method = m)

# fisher / chisq / mcnemar / prop
T1 <- matrix(c(12, 5, 6, 11), 2, byrow = TRUE)
for (alt in c("two.sided", "less", "greater")) case(paste("fisher", alt), test = "fisher.test", table = T1, alternative = alt)
case("fisher zero cell", test = "fisher.test", table = matrix(c(5, 0, 3, 7), 2, byrow = TRUE))
case("fisher zero cell lo", test = "fisher.test", table = matrix(c(0, 5, 7, 3), 2, byrow = TRUE))
case("fisher conf 0.9", test = "fisher.test", table = matrix(c(3, 1, 1, 3), 2, byrow = TRUE), conf_level = 0.9)
case("fisher large", test = "fisher.test", table = matrix(c(40, 22, 18, 45), 2, byrow = TRUE))
case("fisher or 2", test = "fisher.test", table = T1, or = 2)
case("chisq yates", test = "chisq.test", table = T1)
case("chisq no yates", test = "chisq.test", table = T1, correct = FALSE)
case("chisq small E", test = "chisq.test", table = matrix(c(3, 1, 1, 3), 2, byrow = TRUE))
case("chisq 2x3", test = "chisq.test", table = matrix(c(10, 20, 30, 25, 15, 12), 2, byrow = TRUE))
case("chisq gof", test = "chisq.test", x = c(10, 20, 30))
case("chisq gof p", test = "chisq.test", x = c(12, 3, 9, 4), p = c(0.4, 0.1, 0.3, 0.2))
case("chisq yates cap", test = "chisq.test", table = matrix(c(10, 10, 10, 10), 2, byrow = TRUE))
case("mcnemar", test = "mcnemar.test", table = matrix(c(10, 9, 3, 8), 2, byrow = TRUE))
case("mcnemar no correct", test = "mcnemar.test", table = matrix(c(10, 9, 3, 8), 2, byrow = TRUE), correct = FALSE)
case("mcnemar b=c=0", test = "mcnemar.test", table = matrix(c(10, 0, 0, 8), 2, byrow = TRUE))
case("mcnemar b=c", test = "mcnemar.test", table = matrix(c(10, 4, 4, 8), 2, byrow = TRUE))
case("mcnemar 3x3", test = "mcnemar.test", table = matrix(c(10, 4, 2, 3, 8, 5, 6, 1, 9), 3, byrow = TRUE))
for (alt in c("two.sided", "less", "greater")) {
  case(paste("prop two", alt), test = "prop.test", x = c(12, 6), n = c(17, 17), alternative = alt)
  case(paste("prop one", alt), test = "prop.test", x = 7, n = 20, alternative = alt)
}
case("prop two nocorrect", test = "prop.test", x = c(12, 6), n = c(17, 17), correct = FALSE)
case("prop one p", test = "prop.test", x = 7, n = 20, p = 0.6)
case("prop one p nocorrect", test = "prop.test", x = 7, n = 20, p = 0.6, correct = FALSE, conf_level = 0.9)
case("prop three", test = "prop.test", x = c(12, 6, 9), n = c(17, 17, 20))
case("prop yates cap", test = "prop.test", x = c(10, 10), n = c(20, 20))
case("prop one extreme", test = "prop.test", x = 0, n = 10)

# friedman / kruskal
FM <- cbind(A_x, c(6,4,6,7,3,5,6,8,4,6), A_y)
case("friedman A", test = "friedman.test", table = FM)
FM2 <- FM; FM2[3, 2] <- NA
case("friedman NA block", test = "friedman.test", table = FM2)
case("friedman vector", test = "friedman.test", x = c(1, 2, 3, 2, 3, 1, 3, 1, 2, 1, 3, 2), g = rep(c("a", "b", "c"), 4),
     blocks = rep(c("b1", "b2", "b3", "b4"), each = 3))
case("friedman all tied", test = "friedman.test", table = matrix(c(1, 1, 1, 2, 2, 2), 2, byrow = TRUE))
case("kruskal", test = "kruskal.test", x = c(3,4,2,5,3, 5,6,4,7,5, 4,4,6,5,8), g = rep(c("a", "b", "c"), each = 5))
case("kruskal NA", test = "kruskal.test", x = c(3,4,NA,5,3, 5,6,4,7,5, 4,4,6,5,8), g = rep(c("a", "b", "c"), each = 5))
case("kruskal all tied", test = "kruskal.test", x = c(2, 2, 2, 2), g = c("a", "a", "b", "b"))
case("kruskal one group", test = "kruskal.test", x = c(2, 3, 4), g = c("a", "a", "a"))
case("kruskal large", test = "kruskal.test", x = c(V1, V2), g = rep(c("u", "v", "w", "z"), length.out = 155))

writeLines(toJSON(cases, auto_unbox = TRUE, pretty = FALSE, null = "null"), file.path(out_dir, "htests.json"))
cat("htests:", length(cases), "cases\n")

# ---------------------------------------------------------------- exact-with-ties rule (coin = R >= 4.6 exact)
# Needs r-cran-coin. p-values only: coin reports a standardized statistic, not V or W.
if (requireNamespace("coin", quietly = TRUE)) {
  coin_cases <- list()
  ccase <- function(id, req, pv) coin_cases[[length(coin_cases) + 1]] <<- list(id = id, request = enc_req(req), p_value = num(pv))
  signed <- function(x, y, alt, dist) coin::pvalue(coin::wilcoxsign_test(x ~ y, alternative = alt, distribution = dist))
  ranksum <- function(x, y, alt, dist) {
    d <- data.frame(v = c(x, y), g = factor(rep(c("x", "y"), c(length(x), length(y))), levels = c("x", "y")))
    coin::pvalue(coin::wilcox_test(v ~ g, data = d, alternative = alt, distribution = dist))
  }
  Zt <- c(2, 0, 1, -1, 3, 0, 2, 2, -2, 1, 4, 1)
  for (alt in c("two.sided", "less", "greater")) for (dist in c("exact", "asymptotic")) {
    ex <- dist == "exact"
    ccase(paste("coin sr A", alt, dist), list(test = "wilcox.test", x = A_x, y = A_y, paired = TRUE, alternative = alt,
          exact = ex, rule = "exact-with-ties"), signed(A_x, A_y, alt, dist))
    ccase(paste("coin sr zeros ties", alt, dist), list(test = "wilcox.test", x = Zt, alternative = alt,
          exact = ex, rule = "exact-with-ties"), signed(Zt, rep(0, length(Zt)), alt, dist))
    ccase(paste("coin sr B", alt, dist), list(test = "wilcox.test", x = B_d, alternative = alt,
          exact = ex, rule = "exact-with-ties"), signed(B_d, rep(0, 10), alt, dist))
    ccase(paste("coin rs C", alt, dist), list(test = "wilcox.test", x = C_1, y = C_2, alternative = alt,
          exact = ex, rule = "exact-with-ties"), ranksum(C_1, C_2, alt, dist))
    ccase(paste("coin rs V", alt, dist), list(test = "wilcox.test", x = V1[1:30], y = V2[1:25], alternative = alt,
          exact = ex, rule = "exact-with-ties"), ranksum(V1[1:30], V2[1:25], alt, dist))
  }
  writeLines(toJSON(coin_cases, auto_unbox = TRUE, pretty = FALSE, null = "null"), file.path(out_dir, "htests-coin.json"))
  cat("coin:", length(coin_cases), "cases\n")
}

# ---------------------------------------------------------------- uniroot (Brent's zeroin as R runs it)
ur <- list()
uadd <- function(id, f, lo, hi, tol = .Machine$double.eps^0.25) {
  u <- uniroot(f, c(lo, hi), tol = tol)
  ur[[length(ur) + 1]] <<- list(id = id, lower = num(lo), upper = num(hi), tol = num(tol), root = num(u$root), iter = u$iter)
}
uadd("sqrt2", function(x) x^2 - 2, 0, 2)
uadd("sqrt2 tight", function(x) x^2 - 2, 0, 2, 1e-12)
uadd("cos", function(x) cos(x) - x, -1, 3)
uadd("exp", function(x) exp(x) - 5, -10, 10, 1e-4)
uadd("cubic", function(x) (x - 1.3)^3, 0, 4)
uadd("pt", function(x) pt(x, 7) - 0.975, 0, 10, 1e-10)
writeLines(toJSON(ur, auto_unbox = TRUE, pretty = FALSE), file.path(out_dir, "htests-uniroot.json"))
cat("uniroot:", length(ur), "cases\n")
