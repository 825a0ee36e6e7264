# SPDX-License-Identifier: GPL-2.0-or-later
# Fixtures for Local and global Moran's I (tests/test_clusters.cpp), computed with R spdep from
# Debian's r-cran-spdep (1.2-7) and r-cran-sf, independently of Veerkracht:
#   poly2nb (queen / rook, default snap), nb2listw(style = "W", zero.policy = TRUE),
#   localmoran(conditional = FALSE, mlvar = TRUE): Anselin's moments under randomisation,
#   moran.test(randomisation = TRUE, adjust.n = TRUE).
# Run from the repository root: Rscript tests/data/make_clusters_expected.R
# Writes tests/data/clusters/<case>_<queen|rook>.csv (one row per area: id, x, neighbour row
# numbers (1-based, ';'-separated), Ii, E.Ii, Var.Ii, Z.Ii) and global.csv.
suppressMessages({ library(sf); library(spdep) })
sf_use_s2(FALSE) # planar vertex matching, as Veerkracht does, also on longitude/latitude
out <- "tests/data/clusters"
dir.create(out, showWarnings = FALSE, recursive = TRUE)
fmt <- function(v) trimws(formatC(v, digits = 17, format = "g"))
global <- data.frame()

# Rook means a shared stretch of boundary: two or more shared points. poly2nb counts vertex
# pairs, so a point that an outline repeats (a ring touching itself, two parts meeting) counts
# twice and makes a mere point contact a rook neighbour. Veerkracht counts each point once; here
# the same rule is applied to poly2nb's rook lists, independently: pairs with fewer than two
# distinct shared coordinates are dropped (and counted in global.csv).
distinct_points <- function(geometry) {
  lapply(seq_along(geometry), function(i) unique(apply(st_coordinates(geometry[i])[, 1:2, drop = FALSE], 1, function(p) sprintf("%.17g %.17g", p[1], p[2]))))
}
strict_rook <- function(nb, geometry) {
  keys <- distinct_points(geometry)
  dropped <- 0L
  for (i in seq_along(nb)) {
    if (length(nb[[i]]) == 1 && nb[[i]][1] == 0L) next
    keep <- sapply(nb[[i]], function(j) length(intersect(keys[[i]], keys[[j]])) >= 2)
    dropped <- dropped + sum(!keep)
    nb[[i]] <- if (any(keep)) as.integer(nb[[i]][keep]) else 0L
  }
  attr(nb, "dropped") <- dropped / 2
  nb
}

write_case <- function(name, geometry, ids, x) {
  for (queen in c(TRUE, FALSE)) {
    nb <- poly2nb(geometry, queen = queen)
    dropped <- 0
    if (!queen) {
      nb <- strict_rook(nb, geometry)
      dropped <- attr(nb, "dropped")
    }
    lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
    lm <- localmoran(x, lw, zero.policy = TRUE, conditional = FALSE, mlvar = TRUE)
    neighbours <- sapply(nb, function(v) if (length(v) == 1 && v[1] == 0L) "" else paste(v, collapse = ";"))
    table <- data.frame(id = ids, x = fmt(x), neighbours = neighbours,
                        Ii = fmt(lm[, 1]), E = fmt(lm[, 2]), Var = fmt(lm[, 3]), Z = fmt(lm[, 4]))
    criterion <- if (queen) "queen" else "rook"
    write.csv(table, file.path(out, paste0(name, "_", criterion, ".csv")), row.names = FALSE, quote = TRUE)
    mt <- moran.test(x, lw, randomisation = TRUE, zero.policy = TRUE, adjust.n = TRUE)
    global <<- rbind(global, data.frame(case = name, criterion = criterion,
                                        I = fmt(mt$estimate[[1]]), E = fmt(mt$estimate[[2]]),
                                        Var = fmt(mt$estimate[[3]]), Z = fmt(mt$statistic[[1]]),
                                        islands = sum(card(nb) == 0L), point_contacts_dropped = dropped))
  }
}

# 1. A 3 x 3 lattice of unit squares (centres (0.5, 0.5) … (2.5, 2.5), row by row from the bottom).
grid <- st_make_grid(st_polygon(list(rbind(c(0, 0), c(3, 0), c(3, 3), c(0, 3), c(0, 0)))), n = c(3, 3))
write_case("lattice", grid, sapply(seq_along(grid), function(i) paste(st_coordinates(st_centroid(grid[i])), collapse = " ")),
           c(5, 1, 7, 2, 9, 3, 8, 4, 6))

# 2. Utrecht: the 111 buurten of the embedded sample, population density (bev_dich) of KWB 2023;
#    buurten without a value are left out, as Veerkracht leaves them out of the analysis.
buurten <- st_read("data/utrecht/buurten_2019.geojson", quiet = TRUE)
kwb <- read.csv("data/utrecht/kwb_2023.csv", colClasses = "character")
density <- suppressWarnings(as.numeric(kwb$bev_dich[match(buurten$statcode, kwb$gwb_code)]))
keep <- !is.na(density)
write_case("utrecht", st_geometry(buurten)[keep], buurten$statcode[keep], density[keep])

# 3. The national 2019 buurten (13,594; the file declares no CRS: coordinates are WGS84).
#    x is synthetic and labelled so: the log of each buurt's area in RD New (m²).
nl <- st_read("data/nl/buurten_2019.topojson", quiet = TRUE)
st_crs(nl) <- 4326
area <- as.numeric(st_area(st_transform(nl, 28992)))
write_case("nl", st_geometry(nl), nl$statcode, log(area))

write.csv(global, file.path(out, "global.csv"), row.names = FALSE)
cat("spdep", as.character(packageVersion("spdep")), "sf", as.character(packageVersion("sf")), "\n")
