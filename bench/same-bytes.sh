#!/usr/bin/env bash
# Same bytes out across a change: `bench/same-bytes.sh <base-rev> [<rev>]` builds the real notices (each tree its own
# notices folder) and 200 synthetic ones with vacancy:build at <base-rev> (a git worktree in a temporary folder)
# and at the working tree (or at <rev>, in another temporary worktree), then compares every
# published file byte for byte: pages, PDFs, feed, sitemap, jobs.json, search index, assets,
# schema. Prints how many files it compared and each difference; exits non-zero on any. All 200
# synthetic PDFs are compared, none sampled.
#
# Each tree installs its plugin into a local repository of its own (a head in front of the
# repository given by M2_REPO, read-only through Maven's maven.repo.local.tail), so neither build
# sees the other's snapshot. The incremental build's own records (.vacancy-* files) hold hashes of
# the generator's code and are not compared; neither are files beside the site.
#
#   M2_REPO=/root/.m2-arch bench/same-bytes.sh main
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:?usage: bench/same-bytes.sh <base-rev> [<rev>]}
rev=${2:-}
repo=${M2_REPO:-$HOME/.m2/repository}
count=${SYNTHETIC:-200}
root=$PWD
work=$(mktemp -d)
cleanup() {
  git -C "$root" worktree remove --force "$work/base" >/dev/null 2>&1 || true
  git -C "$root" worktree remove --force "$work/rev" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

git worktree add --detach "$work/base" "$base" >/dev/null 2>&1

# build <tree> <name>: installs the tree's plugin, then publishes both notice sets with it.
build() {
  local tree=$1 name=$2 maven
  maven=(./mvnw -B -q -o -Dmaven.repo.local="$work/repo-$name" -Dmaven.repo.local.tail="$repo")
  (cd "$tree" && "${maven[@]}" install -DskipTests -Dinvoker.skip -Denforcer.skip -pl maven-plugin -am) \
      || { echo "cannot build $name" >&2; exit 2; }
  local version
  version=$(cd "$tree" && "${maven[@]}" help:evaluate -N -Dexpression=project.version -DforceStdout)
  # publish <notices> <site> <day>: with drafts, a base address (feed and sitemap) and a fixed day;
  # without proofreading, which adds warnings, never bytes.
  publish() {
    (cd "$tree" && "${maven[@]}" -N "org.vacancypress:vacancy-maven-plugin:$version:build" \
        -Dvacancy.sourceDirectory="$1" -Dvacancy.outputDirectory="$2" -Dvacancy.today="$3" \
        -Dvacancy.drafts=true -Dvacancy.baseUrl=https://careers.example.org/ -Dvacancy.proofread=false \
        > "$2.log" 2>&1) \
        || { echo "vacancy:build failed at $name on $1 (log below)" >&2; cat "$2.log" >&2; exit 2; }
  }
  # Each tree reads its own notices folder, so a change that moves text into the organization's
  # data (a new key the base cannot read) is compared as its users would see it. The synthetic
  # notices are written by the working tree's generator, the same for both, beside a copy of
  # each tree's organization data.
  java "$root/benchmarks/src/main/java/org/vacancypress/bench/SyntheticNotices.java" "$tree/notices" \
      "$work/$name-synthetic-notices" "$count"
  # 20 April 2025: the Tripoli notices are open, the older ones closed, June's not yet opened.
  publish "$tree/notices" "$work/$name-real" 2025-04-20
  publish "$work/$name-synthetic-notices" "$work/$name-synthetic" 2026-09-01
}
build "$work/base" base
if [ -n "$rev" ]; then
  git worktree add --detach "$work/rev" "$rev" >/dev/null 2>&1
  build "$work/rev" work
else
  build "$root" work
fi

status=0
compared=0
for set in real synthetic; do
  before="$work/base-$set" after="$work/work-$set"
  files=$( (cd "$before" && find . -type f ! -name '.vacancy-*'; cd "$after" && find . -type f ! -name '.vacancy-*') | sort -u)
  while IFS= read -r file; do
    compared=$((compared + 1))
    if [ ! -f "$before/$file" ]; then
      echo "only after:  $set/${file#./}"; status=1
    elif [ ! -f "$after/$file" ]; then
      echo "only before: $set/${file#./}"; status=1
    elif ! cmp -s "$before/$file" "$after/$file"; then
      echo "differs:     $set/${file#./}"; status=1
    fi
  done <<< "$files"
  echo "$set: $(echo "$files" | grep -c .) files ($(echo "$files" | grep -c '\.pdf$') PDFs)"
done
if [ $status -eq 0 ]; then
  echo "same bytes: $compared files identical between $base and ${rev:-the working tree}"
else
  echo "DIFFERENT: see the files listed above ($compared compared)"
fi
exit $status
