package org.vacancypress.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vacancypress.core.BuildRequest;
import org.vacancypress.core.Generator;

/**
 * The pages of one saved notice rebuilt in a warm JVM, as {@code vacancy:serve} rebuilds them
 * with its one generator, without the PDFs and the server: a build of every page, then one
 * notice's title changed and the pages built again, once a save; the wall and the process's CPU
 * time of each rebuild, printed with their medians.
 *
 * <p>{@code java org.vacancypress.bench.WarmRebuild <notices folder> <site folder> [<saves>]}
 */
public final class WarmRebuild {

    private WarmRebuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: WarmRebuild <notices folder> <site folder> [<saves>]");
            System.exit(2);
        }
        Path notices = Path.of(args[0]);
        int saves = args.length == 3 ? Integer.parseInt(args[2]) : 20;
        Generator generator = new Generator(BuildRequest.of(notices, Path.of(args[1]))
                .withToday(LocalDate.of(2026, 9, 1)));
        System.out.println("first build: " + generator.html().renderSummary());
        Path notice = notices.resolve("notice-00001.yaml");
        String original = Files.readString(notice, StandardCharsets.UTF_8);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        try {
            for (int save = 1; save <= saves; save++) {
                Files.writeString(notice, original.replaceFirst("(?m)^title: .*$", "title: Saved " + save),
                        StandardCharsets.UTF_8);
                long cpuBefore = os.getProcessCpuTime();
                long start = System.nanoTime();
                String summary = generator.html().renderSummary();
                wall.add((System.nanoTime() - start) / 1e6);
                cpu.add((os.getProcessCpuTime() - cpuBefore) / 1e6);
                if (save == 1) {
                    System.out.println("a rebuild: " + summary);
                }
            }
        } finally {
            Files.writeString(notice, original, StandardCharsets.UTF_8);
        }
        System.out.printf("rebuilds, wall: %s ms, median %.0f ms%n", shown(wall), median(wall));
        System.out.printf("rebuilds, CPU: %s ms, median %.0f ms%n", shown(cpu), median(cpu));
    }

    private static String shown(List<Double> millis) {
        return String.join(", ", millis.stream().map(ms -> String.format("%.0f", ms)).toList());
    }

    private static double median(List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
    }
}
