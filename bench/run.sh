#!/usr/bin/env bash
# End-to-end benchmark: `bench/run.sh N` builds N synthetic notices (varied from notices/) with
# vacancy:build, timing the whole ./mvnw command with /usr/bin/time -v (wall, CPU, peak RSS)
# and the plugin's own time (its "Rendered ... in X s" line): a full build, its first and second
# repeats with nothing changed (a team runs the same command twice: the first repeat counts),
# and a rebuild after one notice changed; then vacancy:serve's save-to-visible time (a notice file
# written, until the served page holds its new text; median of 20 saves). When Debian's hugo and weasyprint are installed, the
# same N notices go through Hugo (as Markdown pages) and a sample of our pages through
# WeasyPrint, in the same run, and the ratios are printed. Add --jmh for the JMH benchmarks of
# the per-notice cost of each stage. Nothing here runs in the default build or the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
jmh=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (Debian package time)" >&2; exit 1; }

./mvnw -B -q install -DskipTests -Dinvoker.skip
./mvnw -B -q -Pbenchmarks -pl benchmarks package -DskipTests
version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout)
classpath="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
java -cp "$classpath" org.vacancypress.bench.SyntheticNotices notices "$work/notices" "$count" "$work/hugo"

echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1), $(date -u +%F)"
echo "Notices: $count synthetic notices, pages and PDFs (vacancy:build), ${VACANCY_THREADS:-all} threads"
echo "Maven's JVM: $(cat .mvn/jvm.config 2>/dev/null) ${MAVEN_OPTS:-} (.mvn/jvm.config, then MAVEN_OPTS)"

# One run of a goal (build by default) on the synthetic notices into a folder (site by default):
# prints wall, CPU, peak RSS, and the plugin's own time.
run() {
  local label=$1 goal=${2:-build} output=${3:-site}
  /usr/bin/time -v -o "$work/time.txt" ./mvnw -B -o "org.vacancypress:vacancy-maven-plugin:${version}:${goal}" \
      -Dvacancy.sourceDirectory="$work/notices" -Dvacancy.outputDirectory="$work/$output" \
      -Dvacancy.today=2026-09-01 ${VACANCY_THREADS:+-Dvacancy.threads=$VACANCY_THREADS} > "$work/build.log"
  local wall cpu rss plugin
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u + s}' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/time.txt")
  plugin=$(sed -n 's/.*Rendered \([0-9]* of [0-9]* notices ([0-9]* up to date)\) in \([0-9.]*\) s.*/\2 s (\1)/p' "$work/build.log")
  printf '%-22s wall %8s  cpu %6s s  peak RSS %5s MiB  plugin %s\n' "$label" "$wall" "$cpu" "$rss" "$plugin"
  echo "${plugin%% *}" > "$work/plugin-$label"
}

run pages-only html pages
run full
run first-repeat
run second-repeat
echo "# changed" >> "$work/notices/notice-00000.yaml"
run one-changed

# vacancy:serve on the same notices, in its own JVM, into a copy of the site (the preview's pages
# and PDFs are the site's: its first build renders only the lists), then 20 saves of one notice.
cp -a "$work/site" "$work/preview"
cp "$work/.site.notices" "$work/.preview.notices"
cp "$work/.site.hashes" "$work/.preview.hashes"
port=$((20000 + RANDOM % 20000))
./mvnw -B -o "org.vacancypress:vacancy-maven-plugin:${version}:serve" -Dvacancy.sourceDirectory="$work/notices" \
    -Dvacancy.previewDirectory="$work/preview" -Dvacancy.today=2026-09-01 -Dvacancy.port="$port" \
    ${VACANCY_THREADS:+-Dvacancy.threads=$VACANCY_THREADS} > "$work/serve.log" 2>&1 &
serve=$!
for _ in $(seq 600); do grep -q "Previewing at" "$work/serve.log" && break; sleep 1; done
grep -q "Previewing at" "$work/serve.log" || { kill "$serve"; echo "vacancy:serve did not start" >&2; exit 1; }
echo "vacancy:serve, one notice saved 20 times ($count notices; the server's JVM warm from its first build):"
java -cp "$classpath" org.vacancypress.bench.SaveToVisible "$work/notices/notice-00001.yaml" \
    "http://127.0.0.1:$port/notice-00001.html" 20 | sed 's/^/  /'
kill "$serve"
wait "$serve" 2>/dev/null || true

if command -v hugo >/dev/null; then
  /usr/bin/time -v -o "$work/hugo-time.txt" hugo --quiet -s "$work/hugo" -d "$work/hugo-public" > /dev/null
  hugo_wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/hugo-time.txt")
  hugo_seconds=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); print p[n] + (n > 1 ? p[n-1] * 60 : 0)}' "$work/hugo-time.txt")
  hugo_rss=$(awk -F': ' '/Maximum resident set size/ {printf "%d", $2 / 1024}' "$work/hugo-time.txt")
  echo "Hugo $(hugo version | awk '{print $2}'), the same $count notices as Markdown pages: wall $hugo_wall, peak RSS $hugo_rss MiB"
  awk -v p="$(cat "$work/plugin-pages-only")" -v h="$hugo_seconds" \
      'BEGIN {printf "  ratio: our pages (vacancy:html, plugin time) / Hugo wall = %.1f\n", p / h}'
else
  echo "Hugo: not installed (apt-get install hugo) - no side-by-side figure"
fi

if command -v weasyprint >/dev/null; then
  sample=("$work"/site/notice-000[01]?.html)
  start=$(date +%s.%N)
  for page in "${sample[@]}"; do weasyprint -q "$page" "$work/weasy.pdf"; done
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" -v n="${#sample[@]}" \
      'BEGIN {printf "WeasyPrint %s, %d of our pages, one process each: %.0f ms per notice\n", "'"$(weasyprint --version | awk '{print $NF}')"'", n, (e - s) * 1000 / n}'
else
  echo "WeasyPrint: not installed (apt-get install weasyprint) - no side-by-side figure"
fi

if [ "$jmh" = "--jmh" ]; then
  java -cp "$classpath" org.openjdk.jmh.Main -p realNotices="$PWD/notices" PipelineBenchmark
fi
