# pscl::ideal on a States x votes matrix written by bench/analysis.ts (1 yes, 0 no, empty: abstain,
# absent or not a member), one dimension, 3,000 iterations. Prints "seconds" and one "state,point"
# line per State (posterior means, normalised as pscl does).
#   Rscript bench/ideal.R matrix.csv out.csv
args <- commandArgs(trailingOnly = TRUE)
suppressPackageStartupMessages(library(pscl))
m <- as.matrix(read.csv(args[1], row.names = 1, check.names = FALSE))
rc <- rollcall(m, yea = 1, nay = 0, missing = NA, notInLegis = 9, legis.names = rownames(m))
t <- system.time(fit <- ideal(rc, d = 1, maxiter = 3000, burnin = 1000, thin = 10, normalize = TRUE, verbose = FALSE))
x <- fit$xbar[, 1]
write.csv(data.frame(state = names(x), point = x), args[2], row.names = FALSE)
cat("seconds", t[["elapsed"]], "\n")
