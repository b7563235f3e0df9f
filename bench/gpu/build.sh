#!/usr/bin/env bash
# Builds the GPU-machine kit for the neural bench into bench/.out/gpu/: one bundled script
# (neural-node.ts with tfjs and core/neural), Dawn's Node bindings for linux-x64 (npm `webgpu`,
# fetched here, not a project dependency: 132 MB for every platform), and the M5 slice when
# ../shared/data is present. Run on the GPU machine:
#   DAWN_MODULE=$PWD/dawn.node node neural-node.js webgpu m5.json
# (Vulkan's loader, libvulkan1, must be installed there.)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/bench/.out/gpu"
mkdir -p "$out"
npx rolldown "$root/bench/gpu/neural-node.ts" --platform node --format esm --dir "$out" --no-sourcemap
(cd "$out" && npm pack --silent webgpu@0.6.2 >/dev/null && tar -xzf webgpu-0.6.2.tgz package/dist/linux-x64/dawn.node &&
  mv package/dist/linux-x64/dawn.node . && rm -rf package webgpu-0.6.2.tgz)
data="$root/../shared/data/m5_subset_daily.csv"
if [ -f "$data" ]; then
  node "$root/bench/gpu/m5-slice.mjs" "$data" "$out/m5.json"
else
  echo "no ../shared/data/m5_subset_daily.csv: the early-stopping part will not run" >&2
fi
echo "kit in $out"
