package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Large inputs build within a bounded heap, each in a JVM of its own so that the heap limit is
 * real: 10,000 notices in 512 MiB, a notice of 1 MB in 256 MiB.
 */
class SizeTest {

    @TempDir
    Path dir;

    private String build(String heap, int notices, int extraBytes) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), LargeFolderBuild.class.getName(),
                dir.toString(), String.valueOf(notices), String.valueOf(extraBytes))
                .redirectErrorStream(true).start();
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the build finished");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void tenThousandNoticesBuildIn512MiB() throws Exception {
        assertTrue(build("512m", 10_000, 0).lines().anyMatch(line -> line.startsWith("10000 notices published, 0 errors")));
    }

    @Test
    void aNoticeOfOneMegabyteBuildsIn256MiB() throws Exception {
        assertTrue(build("256m", 1, 1_000_000).lines().anyMatch(line -> line.startsWith("1 notices published, 0 errors")));
        assertTrue(List.of(dir.resolve("site").toFile().list()).contains("notice-0.html"));
    }
}
