# The primary-endpoint tables of `myelin analyze` computed by R 4.2.2 from the same long CSV, timed end to end
# (reading the file included), to compare with Myelin on the same machine: see analysis-scale.sh.
# Usage: Rscript analysis-scale.R data.csv
args <- commandArgs(trailingOnly = TRUE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], colClasses = "character")
t_read <- proc.time()[["elapsed"]] - t0

# The pilot's primary endpoint: overall pain (item 'pain' of 'symptoms'), diary-w0 -> diary-w8.
pick <- function(evt) {
  s <- d[d$instrument == "symptoms" & d$item == "pain" & d$event == evt, c("participant", "value")]
  setNames(as.numeric(s$value), s$participant)
}
base <- pick("diary-w0"); fu <- pick("diary-w8")
people <- unique(d[d$event == "screening", c("participant", "arm", "stratum")])
etio <- d[d$event == "screening" & d$item == "etiology", c("participant", "value")]
people$etiology <- etio$value[match(people$participant, etio$participant)]
people$baseline <- base[people$participant]; people$followup <- fu[people$participant]
cc <- people[!is.na(people$baseline) & !is.na(people$followup), ]
cc$change <- cc$followup - cc$baseline

summ <- function(x) c(mean = mean(x), sd = sd(x), quantile(x, c(.25, .5, .75), type = 7))
group_table <- function(g) {
  ch <- g$change
  pct <- 100 * ch / g$baseline
  list(n = nrow(g), baseline = summ(g$baseline), followup = summ(g$followup), change = summ(ch),
       ci = t.test(ch)$conf.int, pct_mean = mean(pct), pct_of_means = 100 * mean(ch) / mean(g$baseline),
       ge30 = binom.test(sum(pct <= -30), nrow(g))$conf.int, ge50 = binom.test(sum(pct <= -50), nrow(g))$conf.int,
       ge2 = binom.test(sum(ch <= -2), nrow(g))$conf.int,
       paired_t = t.test(g$followup, g$baseline, paired = TRUE)$p.value,
       signed_rank = suppressWarnings(wilcox.test(g$followup, g$baseline, paired = TRUE, conf.int = TRUE)$estimate))
}
out <- list(all = group_table(cc))
for (by in c("arm", "stratum", "etiology"))
  for (lv in sort(unique(cc[[by]]))) out[[paste(by, lv)]] <- group_table(cc[cc[[by]] == lv, ])
arms <- sort(unique(cc$arm))
a <- cc[cc$arm == arms[1], ]; b <- cc[cc$arm == arms[2], ]
out$welch <- t.test(a$change, b$change)$p.value
out$rank_sum <- suppressWarnings(wilcox.test(a$change, b$change, conf.int = TRUE)$estimate)
out$ancova <- coef(summary(lm(followup ~ arm + baseline, data = cc)))
# Time course: mean and 95% CI of the overall score at each diary event, per arm.
s <- d[d$instrument == "symptoms" & d$item == "pain", ]
s$arm <- people$arm[match(s$participant, people$participant)]
tc <- aggregate(as.numeric(s$value), list(event = s$event, arm = s$arm),
                function(x) c(mean(x), mean(x) + c(-1, 1) * qt(.975, length(x) - 1) * sd(x) / sqrt(length(x))))
t_all <- proc.time()[["elapsed"]] - t0
cat(sprintf("R: read %.2f s, total %.2f s, %d participants with both scores\n", t_read, t_all, nrow(cc)))
