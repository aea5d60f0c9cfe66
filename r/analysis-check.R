#!/usr/bin/env Rscript
# Independent check of Myelin.Analysis: computes, with base R 4.2.2 (t.test, wilcox.test, lm, binom.test, p.adjust,
# quantile type 7), the figures of the myelin.analysis/1 JSON for the committed test dataset, and writes them as
# tests/Myelin.Analysis.Tests/Golden/analysis-expected.json. AnalysisGoldenTests compares every number to 1e-10.
#
#   Rscript r/analysis-check.R make-data   # (re)writes the test dataset analysis-data.csv (seeded)
#   Rscript r/analysis-check.R             # writes analysis-expected.json from analysis-data.csv
#
# The study design mirrors TestProtocols.Randomised() in the tests: arms placebo (reference) and mk7; events
# diary-w0, -w4, -w8 (treatment) and diary-w12 (off treatment); symptom items tingling, numbness, cramps (VAS 0-10,
# step 0.5) and overall; scores overall (= item) and symptom-mean (mean of the three items, at least 2 present);
# severity strata on the week-0 overall score (moderate [4, 7), severe >= 7); etiology strata b12 = {b12, both},
# dm = {dm}. Multiple imputation is not checked here (its random numbers are not R's); Rubin's rules are checked
# in RubinsRulesTests.
suppressPackageStartupMessages(library(jsonlite))
args <- commandArgs(trailingOnly = TRUE)
golden <- "tests/Myelin.Analysis.Tests/Golden"
data_file <- file.path(golden, "analysis-data.csv")
events <- c("diary-w0", "diary-w4", "diary-w8", "diary-w12")
days <- c(0, 28, 56, 84)
items <- c("tingling", "numbness", "cramps", "overall")
vas <- function(x) pmin(10, pmax(0, round(x * 2) / 2))

if (length(args) > 0 && args[1] == "make-data") {
  set.seed(20121108)
  n <- 40
  rows <- list()
  for (i in seq_len(n)) {
    id <- sprintf("P%03d", i)
    arm <- if (i %% 2 == 0) "mk7" else "placebo"
    etiology <- sample(c("b12", "dm", "both"), 1, prob = c(0.5, 0.35, 0.15))
    base <- vas(runif(1, 4.5, 9.5))
    stratum <- if (base >= 7) "severe" else "moderate"
    effect <- if (arm == "mk7") -4.5 else -1.5
    start <- as.POSIXct("2026-01-05 09:00:00", tz = "UTC") + (i %/% 4) * 86400
    rows[[length(rows) + 1]] <- data.frame(participant = id, site = "mum", arm = arm, stratum = stratum,
      event = "screening", instrument = "screening", item = "etiology", value = etiology,
      recorded_at = format(start - 7 * 86400, "%Y-%m-%dT%H:%M:%SZ", tz = "UTC"))
    # Some participants miss week 4, week 8 or week 12 (dropouts and missed diaries).
    missing <- c(FALSE, runif(1) < 0.1, runif(1) < 0.15, runif(1) < 0.2)
    for (e in seq_along(events)) {
      if (missing[e]) next
      progress <- c(0, 0.55, 1, 1.1)[e]
      overall <- vas(base + effect * progress + rnorm(1, 0, 1))
      if (e == 1) overall <- base
      values <- c(vas(overall + rnorm(3, 0, 1.2)), overall)
      for (k in seq_along(items)) {
        rows[[length(rows) + 1]] <- data.frame(participant = id, site = "mum", arm = arm, stratum = stratum,
          event = events[e], instrument = "symptoms", item = items[k], value = format(values[k]),
          recorded_at = format(start + (days[e] + sample(-2:2, 1)) * 86400, "%Y-%m-%dT%H:%M:%SZ", tz = "UTC"))
      }
    }
  }
  write.csv(do.call(rbind, rows), data_file, row.names = FALSE, quote = FALSE)
  quit(save = "no")
}

d <- read.csv(data_file, stringsAsFactors = FALSE, colClasses = "character")
ids <- unique(d$participant)
info <- d[!duplicated(d$participant), c("participant", "arm", "stratum")]
etio_raw <- setNames(d$value[d$item == "etiology"], d$participant[d$item == "etiology"])[ids]
etiology <- ifelse(etio_raw %in% c("b12", "both"), "b12", "dm")
value_at <- function(item, event) {
  s <- d[d$item == item & d$event == event, ]
  setNames(as.numeric(s$value), s$participant)[ids]
}
score_at <- function(variable, event) {
  if (variable == "overall") return(unname(value_at("overall", event)))
  m <- sapply(c("tingling", "numbness", "cramps"), function(it) value_at(it, event))
  present <- rowSums(!is.na(m))
  unname(ifelse(present >= 2, rowSums(m, na.rm = TRUE) / present, NA))
}
groupings <- list(
  list(by = "all", levels = "all", of = rep("all", length(ids))),
  list(by = "stratum", levels = c("moderate", "severe"), of = info$stratum),
  list(by = "etiology", levels = c("b12", "dm"), of = etiology),
  list(by = "arm", levels = c("placebo", "mk7"), of = info$arm))

htest <- function(expr) {
  r <- tryCatch(suppressWarnings(expr), error = function(e) e)
  if (inherits(r, "error")) return(list(error = conditionMessage(r)))
  est <- unname(r$estimate)
  list(statistic = unname(r$statistic), parameter = if (is.null(r$parameter)) NULL else unname(r$parameter),
       p_value = r$p.value, conf_int = as.numeric(r$conf.int), conf_level = attr(r$conf.int, "conf.level"),
       estimate = if (length(est) == 2) est[1] - est[2] else est)
}
summ <- function(x) list(mean = mean(x), sd = if (length(x) > 1) sd(x) else NULL, median = median(x),
                         q1 = quantile(x, 0.25, names = FALSE, type = 7), q3 = quantile(x, 0.75, names = FALSE, type = 7))
responders <- function(k, n) list(n = k, of = n, pct = 100 * k / n, ci = 100 * as.numeric(binom.test(k, n)$conf.int))

group_result <- function(by, level, b, f) {
  ok <- !is.na(b) & !is.na(f)
  n_missing <- length(b) - sum(ok)
  b <- b[ok]; f <- f[ok]; chg <- f - b
  pt <- htest(t.test(f, b, paired = TRUE))
  nz <- b != 0
  pct <- 100 * (f[nz] - b[nz]) / b[nz]
  red <- b - f
  list(by = by, level = level, n = length(b), n_missing = n_missing, baseline = summ(b), followup = summ(f),
       change = c(summ(chg), list(ci = pt$conf_int)),
       percent_change = list(
         mean_of_individual = list(value = mean(pct), n = length(pct), ci = htest(t.test(pct))$conf_int),
         change_of_means = list(value = 100 * (mean(f) - mean(b)) / mean(b), n = length(b))),
       responders = list(
         ge30 = responders(sum(b > 0 & red * 100 >= 30 * b), length(b)),
         ge50 = responders(sum(b > 0 & red * 100 >= 50 * b), length(b)),
         ge2points = responders(sum(red >= 2), length(b))),
       paired_t = pt,
       signed_rank = htest(wilcox.test(f, b, paired = TRUE, conf.int = TRUE)))
}

endpoint_result <- function(id, variable, from, to, b = score_at(variable, from), f = score_at(variable, to), keep = rep(TRUE, length(ids))) {
  groups <- list(); comparisons <- list()
  for (g in groupings) {
    for (lv in g$levels) {
      m <- keep & g$of == lv
      groups[[length(groups) + 1]] <- group_result(g$by, lv, b[m], f[m])
    }
    if (length(g$levels) < 2) next
    ok <- keep & !is.na(b) & !is.na(f) & g$of %in% g$levels
    frame <- data.frame(f = f[ok], baseline = b[ok], group = factor(g$of[ok], levels = g$levels))
    fit <- lm(f ~ group + baseline, data = frame)
    co <- summary(fit)$coefficients; ci <- confint(fit)
    ref <- g$levels[1]
    for (lv in g$levels[-1]) {
      cl <- (frame$f - frame$baseline)[frame$group == lv]; cr <- (frame$f - frame$baseline)[frame$group == ref]
      row <- paste0("group", lv)
      comparisons[[length(comparisons) + 1]] <- list(by = g$by, level = lv, reference = ref,
        n_level = length(cl), n_reference = length(cr),
        welch_t = htest(t.test(cl, cr)), rank_sum = htest(wilcox.test(cl, cr, conf.int = TRUE)),
        ancova = list(estimate = co[row, 1], se = co[row, 2], df = fit$df.residual, t = co[row, 3],
                      p_value = co[row, 4], conf_int = as.numeric(ci[row, ]), n = nrow(frame)))
    }
  }
  list(id = id, from_event = from, to_event = to, groups = groups, comparisons = comparisons)
}

time_course <- function(variable) {
  base <- score_at(variable, "diary-w0")
  series <- list()
  for (g in groupings) for (lv in g$levels) {
    points <- list()
    for (e in seq_along(events)) {
      v <- score_at(variable, events[e])[g$of == lv]
      b <- base[g$of == lv]
      obs <- v[!is.na(v)]
      ok <- !is.na(v) & !is.na(b)
      points[[e]] <- list(event = events[e], day = days[e], n = length(obs), mean = mean(obs),
        sd = if (length(obs) > 1) sd(obs) else NULL, ci = htest(t.test(obs))$conf_int,
        change_n = sum(ok), change_mean = mean(v[ok] - b[ok]),
        change_ci = htest(t.test(v[ok], b[ok], paired = TRUE))$conf_int)
    }
    series[[length(series) + 1]] <- list(by = g$by, level = lv, points = points)
  }
  list(variable = variable, series = series)
}

primary <- endpoint_result("primary-overall-change", "overall", "diary-w0", "diary-w8")
symptom_items <- lapply(c("tingling", "numbness", "cramps"), function(it)
  endpoint_result(paste0("item-", it), "item", "diary-w0", "diary-w8",
                  b = unname(value_at(it, "diary-w0")), f = unname(value_at(it, "diary-w8"))))
p_t <- sapply(symptom_items, function(r) r$groups[[1]]$paired_t$p_value)
p_r <- sapply(symptom_items, function(r) r$groups[[1]]$signed_rank$p_value)
holm_t <- p.adjust(p_t, "holm"); holm_r <- p.adjust(p_r, "holm")
items_out <- lapply(seq_along(symptom_items), function(i) list(
  item = c("tingling", "numbness", "cramps")[i], endpoint = symptom_items[[i]],
  paired_t_p = p_t[i], paired_t_p_holm = holm_t[i], signed_rank_p = p_r[i], signed_rank_p_holm = holm_r[i]))

# LOCF: week 8, else week 4, else week 0.
w8 <- score_at("overall", "diary-w8"); w4 <- score_at("overall", "diary-w4"); w0 <- score_at("overall", "diary-w0")
locf <- ifelse(!is.na(w8), w8, ifelse(!is.na(w4), w4, w0))
# Without participant facts: completed = any value at the last event; per protocol = a value at the primary visit.
completed <- ids %in% d$participant[d$event == "diary-w12"]
per_protocol <- !is.na(w8)

# Rubin's rules with the Barnard-Rubin df (mice::pool's formulas, Rubin 1987; Barnard & Rubin 1999) on fixed inputs.
rubin <- function(Q, U, dfcom) {
  m <- length(Q); qbar <- mean(Q); ubar <- mean(U); b <- var(Q); t <- ubar + (1 + 1/m) * b
  lambda <- (1 + 1/m) * b / t; dfold <- (m - 1) / lambda^2; dfobs <- (dfcom + 1) / (dfcom + 3) * dfcom * (1 - lambda)
  df <- dfold * dfobs / (dfold + dfobs)
  list(inputs = list(estimates = Q, variances = U, complete_df = dfcom),
       pooled = list(estimate = qbar, se = sqrt(t), df = df, conf_int = qbar + c(-1, 1) * qt(0.975, df) * sqrt(t),
                     p_value = 2 * pt(-abs(qbar / sqrt(t)), df), within_variance = ubar, between_variance = b))
}

expected <- list(
  schema = "myelin.analysis/1",
  populations = list(list(id = "all-enrolled", n = length(ids)), list(id = "per-protocol", n = sum(per_protocol)),
                     list(id = "completers", n = sum(completed))),
  endpoints = list(primary, endpoint_result("symptom-mean-change", "symptom-mean", "diary-w0", "diary-w8")),
  time_course = list(time_course("overall"), time_course("symptom-mean")),
  symptom_items = list(adjustment = "holm", items = items_out),
  sensitivity = list(
    list(id = "per-protocol", endpoint = endpoint_result("primary-overall-change", "overall", "diary-w0", "diary-w8", keep = per_protocol)),
    list(id = "completers", endpoint = endpoint_result("primary-overall-change", "overall", "diary-w0", "diary-w8", keep = completed)),
    list(id = "locf", endpoint = endpoint_result("primary-overall-change", "overall", "diary-w0", "diary-w8", f = locf))),
  off_treatment = endpoint_result("off-treatment-change", "overall", "diary-w8", "diary-w12"),
  rubins_rules = rubin(c(-2.1, -2.4, -1.9, -2.2, -2.6), c(0.09, 0.1, 0.085, 0.095, 0.11), 30),
  r_version = R.version.string)
writeLines(toJSON(expected, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE),
           file.path(golden, "analysis-expected.json"))
