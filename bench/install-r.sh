#!/bin/sh
# Installs R and the pscl package from Debian, for bench/analysis.ts to compare `plenary ideal`
# with pscl::ideal. Needs root (apt). About 200 MB.
#   sh bench/install-r.sh
set -eu
if command -v Rscript >/dev/null 2>&1 && Rscript -e 'quit(status = !requireNamespace("pscl", quietly = TRUE))' >/dev/null 2>&1; then
  echo "R and pscl are already installed: $(Rscript --version 2>&1 | head -n 1)"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends r-base-core r-cran-pscl
Rscript -e 'library(pscl); cat("pscl", as.character(packageVersion("pscl")), "\n")'
