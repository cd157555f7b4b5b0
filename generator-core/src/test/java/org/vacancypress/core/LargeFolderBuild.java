package org.vacancypress.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a JVM of its own with a small heap by {@link SizeTest}: writes {@code count} notices
 * (the real 2018 notice, each with its own reference and, to make it large, {@code extraBytes}
 * more context), builds their pages, and exits 0 only if the build succeeded.
 */
public final class LargeFolderBuild {

    private LargeFolderBuild() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int extraBytes = Integer.parseInt(args[2]);
        String notice = Fixtures.validNotice();
        String extra = extraBytes == 0 ? "" : "  " + "Migration is part of the fabric of Libya. ".repeat(extraBytes / 43) + "\n\n";
        Path folder = Fixtures.folderWith(work, "notice-0", notice);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("notice-" + i + ".yaml"), notice
                    .replace("VN 2018/195 (P)", "VN 2030/" + i + " (P)")
                    .replace("context: |\n", "context: |\n" + extra));
        }
        BuildResult result = new Generator(Fixtures.request(folder, work.resolve("site"))).html();
        System.out.println(result.noticesPublished() + " notices published, " + result.errorCount() + " errors, in "
                + result.elapsed().toMillis() + " ms, heap max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB");
        System.exit(result.succeeded() && result.noticesPublished() == count ? 0 : 1);
    }
}
