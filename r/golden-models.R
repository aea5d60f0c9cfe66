# Golden values for Myelin.Statistics models, effect sizes, power, bootstrap and MMRM.
#
# Run from the repository root with Debian's R 4.2.2 (r-base-core, r-cran-nlme, r-cran-emmeans, r-cran-boot):
#   Rscript r/golden-models.R
# It writes tests/Myelin.Statistics.Tests/Golden/models-*.json. Every number is printed with %.17g, so the
# files carry R's doubles exactly (jsonlite rounds to 15 digits, hence the small writer below).

suppressPackageStartupMessages({
  library(nlme)
  library(emmeans)
  library(boot)
})

out_dir <- file.path("tests", "Myelin.Statistics.Tests", "Golden")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

# ---- a JSON writer that keeps every bit of a double -------------------------------------------------
json_str <- function(s) {
  s <- gsub("\\\\", "\\\\\\\\", s)
  s <- gsub("\"", "\\\\\"", s)
  paste0("\"", s, "\"")
}
json_num <- function(x) {
  ifelse(is.na(x), "null",
    ifelse(is.infinite(x), ifelse(x > 0, "\"Inf\"", "\"-Inf\""), sprintf("%.17g", x)))
}
to_json <- function(x, indent = "") {
  inner <- paste0(indent, "  ")
  if (is.null(x)) return("null")
  if (inherits(x, "scalar")) x <- unclass(x)
  if (is.list(x)) {
    if (!is.null(names(x))) {
      parts <- vapply(names(x), function(n) paste0(inner, json_str(n), ": ", to_json(x[[n]], inner)), "")
      return(paste0("{\n", paste(parts, collapse = ",\n"), "\n", indent, "}"))
    }
    parts <- vapply(x, function(e) paste0(inner, to_json(e, inner)), "")
    return(paste0("[\n", paste(parts, collapse = ",\n"), "\n", indent, "]"))
  }
  if (length(x) == 0) return("[]")
  vals <- if (is.character(x)) json_str(x) else if (is.logical(x)) ifelse(x, "true", "false") else json_num(as.double(x))
  if (length(x) == 1 && !is.null(attr(x, "scalar"))) return(vals)
  if (length(x) == 1 && is.null(attr(x, "array"))) return(vals)
  paste0("[", paste(vals, collapse = ", "), "]")
}
arr <- function(x) structure(x, array = TRUE)
write_golden <- function(obj, name) {
  path <- file.path(out_dir, name)
  writeLines(to_json(obj), path)
  cat("wrote", path, "\n")
}

# ---- 1. ANCOVA: lm(y ~ group + covariates) and emmeans(~ group) ---------------------------------------
ancova_case <- function(name, y, group, levels, covariates, conf_level = 0.95) {
  d <- data.frame(y = y, group = factor(group, levels = levels))
  cov_names <- names(covariates)
  for (cn in cov_names) d[[cn]] <- covariates[[cn]]
  f <- as.formula(paste("y ~", paste(c("group", cov_names), collapse = " + ")))
  fit <- lm(f, data = d)
  s <- summary(fit)$coefficients
  ci <- confint(fit, level = conf_level)
  coefs <- lapply(seq_len(nrow(s)), function(i) list(
    name = rownames(s)[i], estimate = s[i, 1], std_error = s[i, 2], t_value = s[i, 3], p_value = s[i, 4],
    conf_low = ci[i, 1], conf_high = ci[i, 2]))
  em <- emmeans(fit, ~ group)
  es <- summary(em, level = conf_level)
  emm <- lapply(seq_len(nrow(es)), function(i) list(
    level = as.character(es$group[i]), emmean = es$emmean[i], std_error = es$SE[i], df = es$df[i],
    conf_low = es$lower.CL[i], conf_high = es$upper.CL[i]))
  cs <- summary(contrast(em, "trt.vs.ctrl", adjust = "none"), infer = c(TRUE, TRUE), level = conf_level)
  con <- lapply(seq_len(nrow(cs)), function(i) list(
    label = as.character(cs$contrast[i]), estimate = cs$estimate[i], std_error = cs$SE[i], df = cs$df[i],
    t_value = cs$t.ratio[i], p_value = cs$p.value[i], conf_low = cs$lower.CL[i], conf_high = cs$upper.CL[i]))
  list(name = name, conf_level = conf_level, y = arr(y), group = arr(as.character(group)), levels = arr(levels),
       covariate_names = arr(as.character(cov_names)), covariates = unname(lapply(covariates, arr)),
       df_residual = fit$df.residual, sigma = summary(fit)$sigma,
       covariate_means = unname(lapply(cov_names, function(cn) mean(d[[cn]]))),
       coefficients = coefs, emmeans = emm, contrasts = con)
}

arm <- rep(c("placebo", "active"), each = 8)
base <- c(6, 7, 5, 8, 6, 7, 9, 5, 7, 6, 8, 5, 7, 6, 8, 9)
wk8 <- c(5, 6, 5, 6, 4, 6, 7, 4, 4, 3, 5, 3, 4, 2, 5, 6)
ancova <- list()
ancova[[1]] <- ancova_case("statistics.md anchor: chg ~ arm + base", wk8 - base, arm, c("placebo", "active"),
                           list(base = base))
ancova[[2]] <- ancova_case("anchor at 90% confidence", wk8 - base, arm, c("placebo", "active"),
                           list(base = base), conf_level = 0.90)
ancova[[3]] <- ancova_case("alphabetical levels flip the sign", wk8 - base, arm, c("active", "placebo"),
                           list(base = base))
set.seed(20261125)
g3 <- sample(rep(c("placebo", "low", "high"), c(11, 9, 10)))
b3 <- round(runif(30, 3, 9), 1)
a3 <- round(rnorm(30, 55, 12))
y3 <- -1 + 0.4 * b3 - 0.02 * a3 + c(placebo = 0, low = -0.8, high = -1.5)[g3] + round(rnorm(30, 0, 1), 1)
ancova[[4]] <- ancova_case("three arms, two covariates", y3, g3, c("placebo", "low", "high"),
                           list(base = b3, age = a3))
ancova[[5]] <- ancova_case("one-way, no covariate", y3, g3, c("placebo", "low", "high"), list())
g6 <- c("a", rep("b", 6))
ancova[[6]] <- ancova_case("group of one", c(1.5, 2, 3.5, 2.5, 4, 3, 5), g6, c("a", "b"),
                           list(x = c(1, 2, 4, 3, 5, 3, 6)))
n7 <- 2000
g7 <- rep(c("placebo", "active"), n7 / 2)
b7 <- round(runif(n7, 2, 10), 1)
y7 <- round(pmin(10, pmax(0, b7 - 0.5 - 1.2 * (g7 == "active") + rnorm(n7, 0, 1.5))), 1) - b7
ancova[[7]] <- ancova_case("2000 rows, VAS rounding", y7, g7, c("placebo", "active"), list(base = b7))
write_golden(ancova, "models-ancova.json")

# ---- 2. noncentral t: pt(q, df, ncp) -----------------------------------------------------------------
nct <- list()
for (df in c(1, 2.5, 5, 10, 30, 100, 1000)) for (ncp in c(-3, -0.5, 0.5, 1, 2.5, 5, 10, 30)) {
  for (q in c(-4, -1, 0, 0.5, 1.5, 3, 8, 20)) {
    nct[[length(nct) + 1]] <- list(q = q, df = df, ncp = ncp,
      lower = pt(q, df, ncp), upper = pt(q, df, ncp, lower.tail = FALSE))
  }
}
write_golden(nct, "models-noncentral-t.json")

# ---- 3. Cohen's d / dz with exact noncentral-t CIs ------------------------------------------------------
# The limits solve pt(t, df, ncp) = 1 - alpha/2 and = alpha/2 for ncp, with uniroot at tol 1e-14 (not
# effectsize's Nelder-Mead), so they are the exact roots up to pt's own accuracy.
ncp_limits <- function(t, df, conf) {
  a <- (1 - conf) / 2
  lo <- uniroot(function(ncp) pt(t, df, ncp) - (1 - a), c(t - 50, t + 50), tol = 1e-14, maxiter = 10000)$root
  hi <- uniroot(function(ncp) pt(t, df, ncp) - a, c(t - 50, t + 50), tol = 1e-14, maxiter = 10000)$root
  c(lo, hi)
}
d_case <- function(name, kind, x, y = NULL, mu = 0, conf = 0.95) {
  if (kind == "two.sample") {
    n1 <- length(x); n2 <- length(y)
    sp <- sqrt(((n1 - 1) * var(x) + (n2 - 1) * var(y)) / (n1 + n2 - 2))
    d <- (mean(x) - mean(y) - mu) / sp
    df <- n1 + n2 - 2
    hn <- 1 / n1 + 1 / n2
  } else {
    z <- if (kind == "paired") x - y else x
    d <- (mean(z) - mu) / sd(z)
    df <- length(z) - 1
    hn <- 1 / length(z)
  }
  t <- d / sqrt(hn)
  lim <- ncp_limits(t, df, conf) * sqrt(hn)
  # Hedges' small-sample correction as effectsize::hedges_g applies it to the estimate and both limits.
  J <- exp(lgamma(df / 2) - log(sqrt(df / 2)) - lgamma((df - 1) / 2))
  list(name = name, kind = kind, hedges_j = J, x = arr(x), y = if (is.null(y)) NULL else arr(y), mu = mu, conf_level = conf,
       d = d, df = df, t = t, conf_low = lim[1], conf_high = lim[2])
}
g1 <- c(3, 4, 2, 5, 3, 4, 6, 2, 3, 4)
g2 <- c(5, 6, 4, 7, 5, 6, 8, 5, 6, 4)
set.seed(7)
big1 <- round(rnorm(80, 5, 2), 1); big2 <- round(rnorm(70, 4.2, 2), 1)
effects <- list(
  d_case("data C pooled d", "two.sample", g1, g2),
  d_case("data C dz", "paired", g1, g2),
  d_case("data C pooled d at 90%", "two.sample", g1, g2, conf = 0.90),
  d_case("one-sample d with mu", "one.sample", c(1.1, -0.4, 2.3, 0.7, 1.9, -1.2, 3.1, 0.2, 2.6, 1.4), mu = 0.5),
  d_case("two-sample with mu", "two.sample", g2, g1, mu = 1),
  d_case("n = 80 and 70", "two.sample", big1, big2),
  d_case("n = 3 one-sample", "one.sample", c(1.5, 2.5, 3.7)),
  d_case("large effect", "one.sample", c(4.1, 5.0, 3.2, 4.8, 5.5, 3.9)))
write_golden(effects, "models-effects.json")

# ---- 4. power.t.test -------------------------------------------------------------------------------------
pw <- function(...) {
  args <- list(...)
  r <- do.call(power.t.test, args)
  list(args = lapply(args, function(a) if (is.null(a)) NULL else structure(a, scalar = TRUE)),
       n = r$n, delta = r$delta, sd = r$sd, sig_level = r$sig.level, power = r$power,
       alternative = r$alternative, method = r$method, note = if (is.null(r$note)) "" else r$note)
}
power <- list(
  pw(delta = 1.5, sd = 2.5, power = 0.8),
  pw(delta = 1.5, sd = 2.5, power = 0.8, strict = TRUE),
  pw(delta = 1.5, sd = 2.5, power = 0.8, type = "paired"),
  pw(delta = 1.5, sd = 2.5, power = 0.8, type = "one.sample", alternative = "one.sided"),
  pw(n = 45, delta = 1.5, sd = 2.5),
  pw(n = 45, delta = 1.5, sd = 2.5, strict = TRUE),
  pw(n = 45, delta = -1.5, sd = 2.5, alternative = "one.sided"),
  pw(n = 20, delta = 1, sd = NULL, power = 0.9),
  pw(n = 20, delta = NULL, sd = 1, power = 0.9),
  pw(n = 20, delta = NULL, sd = 1, power = 0.9, type = "paired", strict = TRUE),
  pw(n = 20, delta = 1, sd = 1, power = 0.9, sig.level = NULL),
  pw(delta = 10, sd = 1, power = 0.8),
  pw(delta = 0.2, sd = 1, power = 0.95, sig.level = 0.01),
  pw(n = 3, delta = 2, sd = 1, type = "one.sample", alternative = "one.sided"),
  pw(n = 2, delta = 0.5, sd = 1, strict = TRUE))
write_golden(power, "models-power.json")

# ---- 5. R's RNG and boot ---------------------------------------------------------------------------------
rng <- list()
for (seed in c(42, 1, 2026, -7, 123456789)) {
  set.seed(seed)
  u <- runif(5)
  set.seed(seed)
  s <- list()
  for (n in c(15, 2, 1000, 65537, 1e6)) s[[length(s) + 1]] <- list(n = n, draws = arr(sample.int(n, 6, replace = TRUE)))
  rng[[length(rng) + 1]] <- list(seed = seed, runif = arr(u), sample_int = s)
}
boot_case <- function(name, x, stat_name, conf, R, seed) {
  stat <- switch(stat_name,
    mean = function(d, i) mean(d[i]),
    median = function(d, i) median(d[i]),
    sd = function(d, i) sd(d[i]))
  set.seed(seed)
  b <- boot(x, stat, R = R)
  ci <- boot.ci(b, conf = conf, type = c("perc", "bca"))
  L <- empinf(b, type = "reg")
  list(name = name, x = arr(x), statistic = stat_name, conf_level = conf, replicates = R, seed = seed,
       t0 = b$t0, t_first = arr(b$t[1:10, 1]), t_sum = sum(b$t[, 1]),
       acceleration = sum(L^3) / (6 * sum(L^2)^1.5),
       percent = arr(ci$percent[1, 4:5]), bca = arr(ci$bca[1, 4:5]))
}
xb <- c(4, 3, 6, 5, 2, 5, 4, 6, 3, 5, 7, 1, 4, 5, 3)
# Quarter-point data: every resample sum is exact in any order. With two-decimal data a resample that is a
# permutation of x can give mean() one ulp below t0 in R (long double summation is order dependent at the rounding
# boundary), which changes BCa's strict count #{t* < t0}; that is R's arithmetic, not the bootstrap.
set.seed(11)
xl <- round(4 * rexp(40, 1 / 3)) / 4
bootstrap <- list(
  rng = rng,
  cases = list(
    boot_case("statistics.md anchor: mean, R = 2000", xb, "mean", 0.95, 2000, 42),
    boot_case("median of tied VAS data", xb, "median", 0.95, 999, 1),
    boot_case("standard deviation at 90%", xb, "sd", 0.90, 1500, 2026),
    boot_case("skewed quarter-point data n = 40, mean", xl, "mean", 0.95, 4000, 99)))
write_golden(bootstrap, "models-bootstrap.json")

# ---- 6. MMRM: gls(corSymm + varIdent, REML) == unstructured REML -----------------------------------------
mmrm_case <- function(name, long) {
  long$visit <- factor(long$visit, levels = unique(long$visit))
  long$arm <- factor(long$arm, levels = unique(long$arm))
  long$vi <- as.integer(long$visit)
  # gls's optimizers stop where its profiled REML surface is flat to rounding; nlminb at msTol 1e-14, then three
  # optim (BFGS) restarts from the previous optimum, keeping the highest log-likelihood, come closest.
  fit_with <- function(opt, cs, vf) gls(chg ~ base + arm * visit, data = long, correlation = cs, weights = vf,
    method = "REML", control = glsControl(maxIter = 1000, msMaxIter = 1000, tolerance = 1e-12, msTol = 1e-15,
                                          opt = opt, returnObject = TRUE))
  fit <- fit_with("nlminb", corSymm(form = ~ vi | id), varIdent(form = ~ 1 | visit))
  for (k in 1:3) {
    refit <- fit_with("optim",
      corSymm(value = coef(fit$modelStruct$corStruct, unconstrained = FALSE), form = ~ vi | id),
      varIdent(value = coef(fit$modelStruct$varStruct, unconstrained = FALSE), form = ~ 1 | visit))
    if (logLik(refit) > logLik(fit)) fit <- refit
  }
  s <- summary(fit)$tTable
  coefs <- lapply(seq_len(nrow(s)), function(i) list(name = rownames(s)[i], estimate = s[i, 1], std_error = s[i, 2]))
  # Sigma for the first subject with all visits, in visit order
  full <- names(which(table(long$id) == nlevels(long$visit)))[1]
  sig <- getVarCov(fit, individual = full)
  list(name = name, id = arr(as.character(long$id)), visit = arr(as.character(long$visit)),
       visit_levels = arr(levels(long$visit)), arm = arr(as.character(long$arm)), arm_levels = arr(levels(long$arm)),
       base = arr(long$base), chg = arr(long$chg), log_lik = as.numeric(logLik(fit)),
       coefficients = coefs, sigma = unname(lapply(seq_len(nrow(sig)), function(i) arr(unname(sig[i, ])))))
}
chg <- rbind(c(-0.5, -1, -1.5), c(0, -0.5, -1), c(-1, -1, -2), c(0.5, -0.5, -0.5), c(-0.5, -1.5, -1),
             c(-1, -0.5, -2.5), c(-1, -2, -3), c(-1.5, -2.5, -2.5), c(-0.5, -1.5, -3.5), c(-2, -2, -3),
             c(-1, -3, -2.5), c(-1.5, -1, -4))
mbase <- c(6, 7, 5, 8, 6, 7, 7, 6, 8, 5, 7, 6)
long <- data.frame(id = rep(1:12, each = 3), visit = rep(c("W2", "W4", "W8"), 12),
                   arm = rep(c("placebo", "active"), each = 18), base = rep(mbase, each = 3), chg = as.vector(t(chg)))
long <- long[-c(6, 15, 27, 33), ]
set.seed(314)
ns <- 60
ids <- rep(seq_len(ns), each = 4)
armb <- rep(rep(c("placebo", "active"), each = ns / 2), each = 4)
baseb <- rep(round(runif(ns, 4, 9), 1), each = 4)
vis <- rep(c("W1", "W2", "W4", "W8"), ns)
Lc <- t(chol(matrix(c(1, .6, .5, .4, .6, 1.2, .7, .6, .5, .7, 1.5, .9, .4, .6, .9, 2), 4)))
eps <- as.vector(Lc %*% matrix(rnorm(4 * ns), 4))
chgb <- round(-0.3 * rep(1:4, ns) - 0.8 * (armb == "active") * rep(c(0.2, 0.5, 0.8, 1), ns) + 0.1 * baseb + eps, 2)
longb <- data.frame(id = ids, visit = vis, arm = armb, base = baseb, chg = chgb)
drop <- sort(sample(which(longb$visit != "W1"), 25))
longb <- longb[-drop, ]
mmrm <- list(mmrm_case("statistics.md anchor: 12 subjects, 3 visits, 4 missing", long),
             mmrm_case("60 subjects, 4 visits, 25 missing", longb))
write_golden(mmrm, "models-mmrm.json")

# ---- 7. rnorm and simulated power of the rank tests ------------------------------------------------------
# Each replicate draws x then y from the same stream; power counts p <= 0.05 (NA p-values count as no rejection).
sim_power <- function(name, seed, nsim, kind, n, gx, gy = NULL) {
  set.seed(seed)
  rej <- 0
  for (s in seq_len(nsim)) {
    x <- gx(n[1])
    p <- if (kind == "rank.sum") suppressWarnings(wilcox.test(x, gy(n[2]))$p.value) else suppressWarnings(wilcox.test(x)$p.value)
    if (!is.na(p) && p <= 0.05) rej <- rej + 1
  }
  list(name = name, seed = seed, simulations = nsim, kind = kind, n = arr(n), rejections = rej)
}
vas <- function(mean, sd, lo = 0, hi = 10) function(n) pmin(hi, pmax(lo, round(rnorm(n, mean, sd))))
set.seed(42)
rnorm_anchor <- rnorm(6)
simulated <- list(
  rnorm_seed42 = arr(rnorm_anchor),
  cases = list(
    c(sim_power("rank sum, normal, exact branch", 1, 300, "rank.sum", c(12, 12), function(n) rnorm(n, 5, 2), function(n) rnorm(n, 6.5, 2)),
      list(x = list(kind = "normal", mean = 5, sd = 2), y = list(kind = "normal", mean = 6.5, sd = 2))),
    c(sim_power("rank sum, VAS with ties", 2, 300, "rank.sum", c(30, 25), vas(5, 2), vas(6.2, 2)),
      list(x = list(kind = "vas", mean = 5, sd = 2, min = 0, max = 10), y = list(kind = "vas", mean = 6.2, sd = 2, min = 0, max = 10))),
    c(sim_power("signed rank, VAS differences with zeros", 3, 300, "signed.rank", 20, vas(-1, 2, -10, 10)),
      list(x = list(kind = "vas", mean = -1, sd = 2, min = -10, max = 10))),
    c(sim_power("signed rank, normal, exact branch", 4, 300, "signed.rank", 15, function(n) rnorm(n, 0.6, 1)),
      list(x = list(kind = "normal", mean = 0.6, sd = 1)))))
write_golden(simulated, "models-simulated-power.json")
