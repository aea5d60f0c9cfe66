# Expected values for ClopperPearsonTests.cs: binom.test's exact CI (R 4.2.2). Run: Rscript clopper-pearson.R
cases <- list(c(0, 1), c(1, 1), c(0, 10), c(10, 10), c(3, 10), c(7, 30), c(15, 30), c(29, 30), c(1, 100000), c(51234, 100000))
for (cs in cases) {
  ci <- binom.test(cs[1], cs[2])$conf.int
  cat(sprintf("[InlineData(%d, %d, %.17g, %.17g)]\n", cs[1], cs[2], ci[1], ci[2]))
}
ci <- binom.test(4, 12, conf.level = 0.9)$conf.int
cat(sprintf("conf 0.9, 4/12: %.17g, %.17g\n", ci[1], ci[2]))
