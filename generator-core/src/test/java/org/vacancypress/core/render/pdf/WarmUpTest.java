package org.vacancypress.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vacancypress.core.render.site.Logo;

/** What the warm-up document leaves in a renderer changes no later document by a byte. */
class WarmUpTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    private static final Optional<Logo> LOGO = Optional.of(Logo.of("_data/logo.svg",
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"10\"><rect width=\"40\" height=\"10\""
                    + " fill=\"#0b4f8a\"/><text x=\"2\" y=\"8\" font-family=\"DejaVu Sans\">IOM</text></svg>")
                    .getBytes(StandardCharsets.UTF_8)));

    private static String page(String language) {
        String dir = language.equals("ar") ? "rtl" : "ltr";
        String text = language.equals("ar") ? "مسؤول الحماية الوطنية في <strong>بنغازي</strong>"
                : "An <strong>officer</strong> in <em>Geneva</em>, <code>VN 2030/500</code>";
        return "<!DOCTYPE html><html lang=\"" + language + "\" dir=\"" + dir + "\"><head><meta charset=\"utf-8\">"
                + "<title>Officer</title><meta name=\"subject\" content=\"A notice\"><style>body { font-family: \"DejaVu Sans\" }"
                + " code { font-family: \"DejaVu Sans Mono\" }</style></head><body><main><img src=\""
                + LOGO.orElseThrow().printAddress() + "\" alt=\"IOM\"><h1>Officer</h1><p>" + text + "</p><h2>Duties</h2>"
                + "<ul><li>Plan</li><li><a href=\"https://example.org/apply\">Apply</a></li></ul>"
                + "<table><tr><th>Grade</th><td>P-3</td></tr></table></main></body></html>";
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void aPageRendersTheSameAfterTheWarmUpAsInARendererOfItsOwn(String language) throws IOException {
        PdfRenderer warmed = new PdfRenderer(Optional.empty(), LOGO);
        warmed.warmUp();
        assertArrayEquals(new PdfRenderer(Optional.empty(), LOGO).render(page(language), DAY),
                warmed.render(page(language), DAY));
    }
}
