/**
 * Small dense linear algebra for the classical models: symmetric positive-definite solves by
 * Cholesky, and least squares with a ridge penalty. Matrices are row-major Float64Arrays with an
 * explicit size, because the systems here are tiny (tens of columns) and allocation matters more
 * than blocking.
 */

/** Cross products of a row-major design X (rows × cols) and a target y: XᵀX (cols × cols) and Xᵀy. */
export function crossProducts(
  x: Float64Array,
  rows: number,
  cols: number,
  y: Float64Array,
): { xtx: Float64Array; xty: Float64Array } {
  const xtx = new Float64Array(cols * cols);
  const xty = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    const target = y[r] ?? 0;
    for (let i = 0; i < cols; i++) {
      const xi = x[base + i] ?? 0;
      if (xi === 0) continue;
      xty[i] = (xty[i] ?? 0) + xi * target;
      for (let j = i; j < cols; j++) {
        xtx[i * cols + j] = (xtx[i * cols + j] ?? 0) + xi * (x[base + j] ?? 0);
      }
    }
  }
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < i; j++) xtx[i * cols + j] = xtx[j * cols + i] ?? 0;
  }
  return { xtx, xty };
}

/**
 * Solves A·x = b for a symmetric positive-definite A (size n × n, row-major) by Cholesky.
 * Returns null when A is not positive definite (a pivot at or below a tiny multiple of its diagonal).
 */
export function choleskySolve(a: Float64Array, n: number, b: Float64Array): Float64Array | null {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * n + j] ?? 0;
      for (let k = 0; k < j; k++) sum -= (l[i * n + k] ?? 0) * (l[j * n + k] ?? 0);
      if (i === j) {
        const diag = a[i * n + i] ?? 0;
        if (!(sum > 1e-12 * Math.max(1, Math.abs(diag)))) return null;
        l[i * n + i] = Math.sqrt(sum);
      } else {
        l[i * n + j] = sum / (l[j * n + j] ?? 1);
      }
    }
  }
  // Forward substitution L·z = b, then back substitution Lᵀ·x = z.
  const z = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = b[i] ?? 0;
    for (let k = 0; k < i; k++) sum -= (l[i * n + k] ?? 0) * (z[k] ?? 0);
    z[i] = sum / (l[i * n + i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = z[i] ?? 0;
    for (let k = i + 1; k < n; k++) sum -= (l[k * n + i] ?? 0) * (x[k] ?? 0);
    x[i] = sum / (l[i * n + i] ?? 1);
  }
  return x;
}

/**
 * Ridge least squares: minimises ‖y − X·β‖² + Σ penalty[i]·β[i]². A penalty of 0 leaves a
 * coefficient (such as an intercept) unpenalised. Returns null when the system is singular even
 * with the penalty.
 */
export function ridgeSolve(
  x: Float64Array,
  rows: number,
  cols: number,
  y: Float64Array,
  penalty: Float64Array,
): Float64Array | null {
  const { xtx, xty } = crossProducts(x, rows, cols, y);
  for (let i = 0; i < cols; i++) xtx[i * cols + i] = (xtx[i * cols + i] ?? 0) + (penalty[i] ?? 0);
  return choleskySolve(xtx, cols, xty);
}

/** y = X·β for a row-major X (rows × cols). */
export function multiplyVector(
  x: Float64Array,
  rows: number,
  cols: number,
  beta: Float64Array,
): Float64Array {
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let sum = 0;
    for (let c = 0; c < cols; c++) sum += (x[r * cols + c] ?? 0) * (beta[c] ?? 0);
    out[r] = sum;
  }
  return out;
}
