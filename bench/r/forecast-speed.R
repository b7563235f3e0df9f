# Speed reference for the Shelfcast forecast benchmark: R's ets() and auto.arima() fitted on every
# series of a long sales CSV (date,store,item,sales,...) and forecast h periods ahead.
# Usage: Rscript forecast-speed.R <file.csv> <h> <season> <cores>
# Prints one line: "series=<n> seconds=<elapsed of the fitting and forecasting, CSV reading excluded>".
suppressPackageStartupMessages({
  library(forecast)
  library(parallel)
})

args <- commandArgs(trailingOnly = TRUE)
sales <- read.csv(args[1], colClasses = c("character", "character", "character", "numeric", "NULL", "NULL"))
h <- as.integer(args[2])
season <- as.integer(args[3])
cores <- as.integer(args[4])

# The file is sorted by store, item, date, so each series is one contiguous run of rows.
series <- split(sales$sales, paste(sales$store, sales$item, sep = "/"))

fit_both <- function(values) {
  y <- ts(values, frequency = season)
  forecast(ets(y), h = h, level = 80)
  forecast(auto.arima(y), h = h, level = 80)
  TRUE
}

elapsed <- system.time({
  done <- mclapply(series, fit_both, mc.cores = cores, mc.preschedule = FALSE)
})[["elapsed"]]
failed <- sum(!vapply(done, isTRUE, logical(1)))
cat(sprintf("series=%d failed=%d seconds=%.2f\n", length(series), failed, elapsed))
