# Expected values for MomentsTests.cs and QuantilesTests.cs (R 4.2.2). Run: Rscript descriptive.R
x <- c(7, 5.5, 6, 8, 4, 6, 7.5, 9, 5, 6.1)
y <- c(2.5, 1, 1.5)
z <- c(1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.4)
for (v in list(x, y, z)) {
  cat(sprintf("mean %.17g sd %.17g median %.17g q1 %.17g q3 %.17g q10 %.17g\n",
              mean(v), sd(v), median(v), quantile(v, 0.25, names = FALSE), quantile(v, 0.75, names = FALSE),
              quantile(v, 0.1, names = FALSE)))
}
