package org.vacancypress.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.BuildResult;
import org.vacancypress.core.Generator;

/**
 * The per-notice cost of each stage, on one thread, through the generator's public facade as
 * the Maven goals call it: load and validate; load, validate and publish the pages; load,
 * validate and publish the PDFs (PDF/UA-1 and PDF/A-3u). Each invocation builds {@link #NOTICES}
 * synthetic notices into a new folder, so nothing is taken from a previous build. The page and
 * PDF figures include the load and validation; subtract the first figure for rendering alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class PipelineBenchmark {

    static final int NOTICES = 100;

    /** The repository's real notices folder, which the synthetic notices vary. */
    @Param("notices")
    public String realNotices;

    private Path work;
    private Path notices;
    private Path output;
    private int build;

    @Setup(Level.Trial)
    public void writeNotices() throws IOException {
        work = Files.createTempDirectory("vacancy-bench");
        notices = work.resolve("notices");
        SyntheticNotices.write(Path.of(realNotices), notices, NOTICES);
    }

    @Setup(Level.Invocation)
    public void newOutputFolder() {
        output = work.resolve("site-" + build++);
    }

    @TearDown(Level.Invocation)
    public void removeOutput() throws IOException {
        delete(output);
    }

    @TearDown(Level.Trial)
    public void removeWork() throws IOException {
        delete(work);
    }

    private BuildRequest request() {
        return BuildRequest.of(notices, output).withToday(LocalDate.of(2026, 9, 1)).withThreads(1);
    }

    @Benchmark
    @OperationsPerInvocation(NOTICES)
    public BuildResult loadAndValidate() {
        return checked(new Generator(request()).validate());
    }

    @Benchmark
    @OperationsPerInvocation(NOTICES)
    public BuildResult pages() {
        return checked(new Generator(request()).html());
    }

    @Benchmark
    @OperationsPerInvocation(NOTICES)
    public BuildResult pdfs() {
        return checked(new Generator(request()).pdf());
    }

    private static BuildResult checked(BuildResult result) {
        if (!result.succeeded()) {
            throw new IllegalStateException("the synthetic notices do not build: " + result.problems());
        }
        return result;
    }

    private static void delete(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
