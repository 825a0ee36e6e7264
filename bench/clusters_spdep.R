# SPDX-License-Identifier: GPL-2.0-or-later
# The peer of bench/clusters.sh: R spdep on the national 2019 buurten. Writes the input for
# Veerkracht (GeoPackage with statcode and x) and prints the seconds spdep takes.
# Usage: Rscript bench/clusters_spdep.R <topojson> <out.gpkg> <permutations> <cores>
suppressMessages({ library(sf); library(spdep) })
sf_use_s2(FALSE)
args <- commandArgs(trailingOnly = TRUE)
nl <- st_read(args[1], quiet = TRUE)
st_crs(nl) <- 4326
# Synthetic, labelled so: the log of each buurt's area in RD New.
nl$x <- log(as.numeric(st_area(st_transform(nl, 28992))))
st_write(nl[, c("statcode", "x")], args[2], quiet = TRUE, delete_dsn = TRUE)
nsim <- as.integer(args[3])
invisible(set.coresOption(as.integer(args[4])))
t0 <- proc.time()[["elapsed"]]
nb <- poly2nb(nl, queen = TRUE)
t1 <- proc.time()[["elapsed"]]
lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
set.seed(12345)
lm <- localmoran_perm(nl$x, lw, nsim = nsim, zero.policy = TRUE)
mt <- moran.test(nl$x, lw, zero.policy = TRUE)
t2 <- proc.time()[["elapsed"]]
cat(sprintf("spdep %s weights %.3f statistics %.3f I %.10f\n", packageVersion("spdep"), t1 - t0, t2 - t1, mt$estimate[[1]]))
