# forecast::nnetar on every series of one data set, for the Shelfcast neural accuracy benchmark.
# Usage: Rscript neural-nnetar.R <input.csv> <forecasts.csv> <h> <frequency> <cores>
#   input.csv: series,y,x1..xk — per series its training history then h future rows (y = NA there);
#   x1..xk are the mapped covariates (numeric; categorical ones already one-hot) over both parts.
# Writes series,method,step,mean,lo80,hi80,seconds,failed in forecast-accuracy.R's format (method
# "nnetar"; no interval: nnetar's are simulated and slow). failed = 1: nnetar errored and the series
# got seasonal naive's forecast instead.
suppressPackageStartupMessages({
  library(forecast)
  library(parallel)
})

args <- commandArgs(trailingOnly = TRUE)
input <- read.csv(args[1], colClasses = c(series = "character"))
out_file <- args[2]
h <- as.integer(args[3])
frequency <- as.integer(args[4])
cores <- as.integer(args[5])
x_columns <- grep("^x[0-9]+$", names(input), value = TRUE)

forecast_series <- function(id) {
  rows <- input[input$series == id, , drop = FALSE]
  n <- nrow(rows) - h
  values <- rows$y[seq_len(n)]
  # As forecast-accuracy.R: periods before the first sales value are dropped, gaps interpolated.
  first <- which(!is.na(values))[1]
  keep <- first:n
  y <- ts(values[keep], frequency = frequency)
  if (anyNA(y)) y <- na.interp(y)
  x <- as.matrix(rows[, x_columns, drop = FALSE])
  x[is.na(x)] <- 0
  past <- x[keep, , drop = FALSE]
  future <- x[(n + 1):(n + h), , drop = FALSE]
  # A covariate constant over the history carries nothing nnet can learn and breaks its scaling.
  varying <- if (ncol(past) == 0) logical(0) else apply(past, 2, function(col) length(unique(col)) > 1)
  started <- proc.time()[["elapsed"]]
  set.seed(1)
  fc <- tryCatch(
    if (any(varying)) {
      # One-hot event columns (M5 has ~35) exceed nnet's default cap of 1,000 weights.
      fit <- nnetar(y, xreg = past[, varying, drop = FALSE], MaxNWts = 10000)
      forecast(fit, h = h, xreg = future[, varying, drop = FALSE])
    } else {
      forecast(nnetar(y), h = h)
    },
    error = function(e) NULL
  )
  failed <- 0L
  if (is.null(fc)) {
    failed <- 1L
    fc <- snaive(y, h = h)
  }
  data.frame(
    series = id, method = "nnetar", step = seq_len(h), mean = as.numeric(fc$mean),
    lo80 = NA_real_, hi80 = NA_real_, seconds = proc.time()[["elapsed"]] - started, failed = failed
  )
}

ids <- unique(input$series)
results <- mclapply(ids, forecast_series, mc.cores = cores, mc.preschedule = FALSE)
errors <- vapply(results, function(r) inherits(r, "try-error"), logical(1))
if (any(errors)) stop(paste("R failed on series:", paste(ids[errors], collapse = ", ")))
write.csv(do.call(rbind, results), out_file, row.names = FALSE)
cat("series=", length(ids), " failed=", sum(vapply(results, function(r) r$failed[1], integer(1))), "\n", sep = "")
