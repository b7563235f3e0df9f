# Forecasts every series of one data set with R's forecast package, for the Shelfcast accuracy benchmark.
# Usage: Rscript forecast-accuracy.R <histories.csv> <forecasts.csv> <h> <frequency> <methods> <cores>
#   histories.csv: series,y (one row per period, oldest first; NA = no sales value)
#   methods: comma-separated subset of ets,arima,theta,snaive,croston,stlf
# Writes series,method,step,mean,lo80,hi80,seconds,failed (failed = 1 when the call errored; that
# series then gets seasonal naive's forecast under this method's name, so every method covers every series).
suppressPackageStartupMessages({
  library(forecast)
  library(parallel)
})

args <- commandArgs(trailingOnly = TRUE)
histories <- read.csv(args[1], colClasses = c("character", "numeric"))
out_file <- args[2]
h <- as.integer(args[3])
frequency <- as.integer(args[4])
methods <- strsplit(args[5], ",")[[1]]
cores <- as.integer(args[6])

# The exact calls the benchmark reports (BENCHMARKS.md quotes them).
calls <- list(
  ets = function(y) forecast(ets(y), h = h, level = 80),
  arima = function(y) forecast(auto.arima(y), h = h, level = 80),
  theta = function(y) thetaf(y, h = h, level = 80),
  snaive = function(y) snaive(y, h = h, level = 80),
  croston = function(y) croston(y, h = h),
  stlf = function(y) stlf(y, h = h, level = 80)
)

# Periods before the first sales value (an item not yet listed) are dropped; a missing value inside
# the history (a closed day) is interpolated, since ets() and thetaf() take no missing values.
prepare <- function(values) {
  first <- which(!is.na(values))[1]
  values <- values[first:length(values)]
  y <- ts(values, frequency = frequency)
  if (anyNA(y)) y <- na.interp(y)
  y
}

forecast_series <- function(id) {
  y <- prepare(histories$y[histories$series == id])
  rows <- list()
  for (method in methods) {
    started <- proc.time()[["elapsed"]]
    failed <- 0L
    fc <- tryCatch(calls[[method]](y), error = function(e) NULL)
    if (is.null(fc)) {
      failed <- 1L
      fc <- snaive(y, h = h, level = 80)
    }
    seconds <- proc.time()[["elapsed"]] - started
    lower <- if (is.null(fc$lower)) rep(NA_real_, h) else as.numeric(fc$lower[, 1])
    upper <- if (is.null(fc$upper)) rep(NA_real_, h) else as.numeric(fc$upper[, 1])
    rows[[method]] <- data.frame(
      series = id, method = method, step = seq_len(h), mean = as.numeric(fc$mean),
      lo80 = lower, hi80 = upper, seconds = seconds, failed = failed
    )
  }
  do.call(rbind, rows)
}

ids <- unique(histories$series)
results <- mclapply(ids, forecast_series, mc.cores = cores, mc.preschedule = FALSE)
errors <- vapply(results, function(r) inherits(r, "try-error"), logical(1))
if (any(errors)) stop(paste("R failed on series:", paste(ids[errors], collapse = ", ")))
write.csv(do.call(rbind, results), out_file, row.names = FALSE)
