# Generates the benchmark data (little-endian doubles) and times R 4.2.2 on it.
# Usage: Rscript bench/r-vs-myelin.R DATA_DIR   (writes DATA_DIR/*.bin and DATA_DIR/r-times.tsv)
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]
dir.create(dir, showWarnings = FALSE, recursive = TRUE)
set.seed(2026)
n <- 1e6
x <- rnorm(n); y <- rnorm(n) + 0.01
vas_a <- as.double(sample(0:10, n, TRUE)); vas_b <- as.double(sample(0:10, n, TRUE))
small <- rnorm(49) + 0.3
arm <- rep(0:1, n / 2)
base <- as.double(sample(0:10, n, TRUE))
chg <- round(-0.3 * base - 1.2 * arm + 2 * rnorm(n))
put <- function(v, name) writeBin(as.double(v), file.path(dir, paste0(name, ".bin")), size = 8, endian = "little")
put(x, "x"); put(y, "y"); put(vas_a, "vas_a"); put(vas_b, "vas_b"); put(small, "small")
put(arm, "arm"); put(base, "base"); put(chg, "chg")
armf <- factor(ifelse(arm == 1, "active", "placebo"), levels = c("placebo", "active"))

ops <- list(
  welch_t_1e6 = function() t.test(x, y)$p.value,
  paired_t_1e6 = function() t.test(x, y, paired = TRUE)$p.value,
  signed_rank_ties_1e6 = function() suppressWarnings(wilcox.test(vas_a, vas_b, paired = TRUE))$p.value,
  rank_sum_ties_1e6 = function() suppressWarnings(wilcox.test(vas_a, vas_b))$p.value,
  signed_rank_exact_49 = function() wilcox.test(small)$p.value,
  signed_rank_exact_49_ci = function() wilcox.test(small, conf.int = TRUE)$p.value,
  signed_rank_ci_6000 = function() wilcox.test(vas_a[1:6000], vas_b[1:6000], paired = TRUE, conf.int = TRUE)$conf.int[1],
  rank_sum_ci_4200 = function() wilcox.test(vas_a[1:4200], vas_b[1:4200], conf.int = TRUE)$conf.int[1],
  ancova_1e6 = function() {
    fit <- lm(chg ~ armf + base)
    s <- summary(fit)$coefficients
    confint(fit)
    s["armfactive", 1]
  })

# Median of 5 timings after one warm-up call; each timing loops enough calls to last >= 20 ms.
lines <- "name\tr_ms\tr_check"
for (name in names(ops)) {
  f <- ops[[name]]
  p <- f()
  once <- system.time(f())[["elapsed"]]
  loops <- if (once < 0.02) ceiling(0.02 / max(once, 1e-4)) else 1
  reps <- if (once > 2) 3 else 5
  times <- replicate(reps, system.time(for (i in seq_len(loops)) f())[["elapsed"]] / loops)
  lines <- c(lines, sprintf("%s\t%.6g\t%.17g", name, 1000 * median(times), p))
  cat(name, 1000 * median(times), "ms\n")
}
writeLines(lines, file.path(dir, "r-times.tsv"))
