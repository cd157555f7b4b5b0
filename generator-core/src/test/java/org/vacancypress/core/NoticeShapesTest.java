package org.vacancypress.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The UN system's common notice shapes beyond one open post in one city: a cancelled notice, an
 * extended closing date, several duty stations or a home-based post, a consultancy's duration.
 * Each is written into a real notice and read back from its page, PDF, structured data, list,
 * feeds and jobs.json.
 */
class NoticeShapesTest {

    private static final URI BASE = URI.create("https://careers.example.org/jobs/");
    private static final String COORDINATOR = "protection-coordinator-tripoli-2018";
    private static final String REFERENCE = "VN 2018/195 (P)";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The 2018 notice with {@code change} applied to its text, built on {@code day} with feeds and PDFs. */
    private Path build(String folder, LocalDate day, UnaryOperator<String> change) {
        Path notices = Fixtures.folderWith(dir.resolve(folder), COORDINATOR, change.apply(Fixtures.validNotice()));
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve(folder + "-site")).withToday(day)
                .withBaseUrl(BASE)).build();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        return dir.resolve(folder + "-site");
    }

    private List<String> problems(String folder, UnaryOperator<String> change) {
        Path notices = Fixtures.folderWith(dir.resolve(folder), COORDINATOR, change.apply(Fixtures.validNotice()));
        return new Generator(Fixtures.request(notices, dir.resolve(folder + "-site"))).html().problems().stream()
                .map(Object::toString).toList();
    }

    private static String withPosting(String notice, String lines) {
        return notice.replace("  closes: 2018-08-23\n", "  closes: 2018-08-23\n" + lines);
    }

    private static String withStations(String notice, String stations) {
        return notice.replace("dutyStation:\n  city: Tripoli\n  country: LY\n", stations);
    }

    @Test
    void aCancelledNoticeKeepsItsPageSaysSoAndLeavesTheListFeedsAndJobBoards() throws Exception {
        Path site = build("cancelled", LocalDate.of(2018, 8, 20), notice -> notice + "status: cancelled\n"
                + "cancellation:\n  date: 2018-08-16\n  reason: The post has been abolished.\n");
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        assertEquals("This vacancy has been cancelled. It was cancelled on 16 August 2018. The post has been abolished."
                + " The notice is kept for reference.", page.selectFirst(".status-cancelled").text());
        assertTrue(page.select("script[type=application/ld+json]").isEmpty(), "job boards drop it");
        assertTrue(page.select(".apply, #how-to-apply").isEmpty(), "no way to apply");
        assertEquals("archive.html", page.selectFirst(".back a").attr("href"));

        assertTrue(Fixtures.page(site.resolve("index.html")).select(".vacancies > li").isEmpty(), "not open");
        Document archive = Fixtures.page(site.resolve("archive.html"));
        Element archived = archive.selectFirst("li[data-name=" + COORDINATOR + "]");
        assertEquals("Status Cancelled on 16 August 2018", archived.selectFirst(".closes").text());
        assertFalse(Files.readString(site.resolve("feed.xml")).contains("<entry"), "no feed entry");
        assertFalse(Files.exists(site.resolve("feeds/LY.xml")), "no country feed for it");
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains(COORDINATOR));
        JsonNode job = job(site);
        assertEquals("cancelled", job.get("status").asText());
        assertEquals("2018-08-16", job.get("cancelledOn").asText());
        assertFalse(job.has("applyUrl"));
        String pdf = pdfText(site);
        assertTrue(pdf.contains("This vacancy has been cancelled."), pdf);

        Path stated = build("cancelled-bare", LocalDate.of(2018, 8, 20), notice -> notice + "status: cancelled\n");
        assertEquals("This vacancy has been cancelled. The notice is kept for reference.",
                Fixtures.page(stated.resolve(COORDINATOR + ".html")).selectFirst(".status-cancelled").text());

        // Cancelled in December before a January closing date: archived in the year it was cancelled.
        Path early = build("cancelled-early", LocalDate.of(2026, 12, 21), notice -> notice
                .replace("  opens: 2018-08-10\n  closes: 2018-08-23\n", "  opens: 2026-12-10\n  closes: 2027-01-15\n")
                + "status: cancelled\ncancellation:\n  date: 2026-12-20\n");
        assertEquals(List.of("2026"), Fixtures.page(early.resolve("archive.html")).select("section.year h2").eachText());
    }

    @Test
    void aCancellationWithoutTheCancelledStatusIsAnError() {
        List<String> problems = problems("not-cancelled", notice -> notice + "cancellation:\n  reason: Abolished.\n");
        assertTrue(problems.stream().anyMatch(p -> p.contains(COORDINATOR + ".yaml:") && p.contains("add 'status: cancelled'")),
                problems.toString());
        assertTrue(problems("wrong-status", notice -> notice + "status: withdrawn\n").stream()
                .anyMatch(p -> p.contains("'status' must be one of active, cancelled")));
    }

    @Test
    void anExtendedClosingDateKeepsTheFirstOneOnThePageAndClosesOnTheNewOne() throws Exception {
        // On 25 August the notice is open only because it was extended.
        Path site = build("extended", LocalDate.of(2018, 8, 25), notice -> withPosting(notice, "  extendedTo: 2018-08-30\n"));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        assertEquals("30 August 2018, 23:59 (Geneva, Switzerland) (extended from 23 August 2018)",
                page.select(".facts div:has(dt:contains(Closing date)) dd").text());
        assertEquals("2018-08-23", page.selectFirst(".facts time[datetime=2018-08-23]").attr("datetime"));
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("2018-08-30T23:59:00+02:00", posting.get("validThrough").asText());
        assertEquals(List.of(COORDINATOR), Fixtures.page(site.resolve("index.html")).select(".vacancies > li")
                .eachAttr("data-name"));
        assertEquals("Apply by 30 August 2018 for Protection Coordinator, reference VN 2018/195 (P)",
                page.selectFirst(".apply a").text());
        assertEquals("2018-08-30", job(site).get("closes").asText());
        assertEquals("2018-08-23", job(site).get("extendedFrom").asText());
        String pdf = pdfText(site);
        // The PDF's text keeps the dates, isolated runs, apart from the sentence around them.
        assertTrue(pdf.contains("(extended from )") && pdf.contains("23 August 2018"), pdf);

        Path after = build("extended-after", LocalDate.of(2018, 8, 31), notice -> withPosting(notice, "  extendedTo: 2018-08-30\n"));
        assertEquals("This vacancy is closed. Applications closed on 30 August 2018. The notice is kept for reference.",
                Fixtures.page(after.resolve(COORDINATOR + ".html")).selectFirst(".status-closed").text());
    }

    @Test
    void anExtensionMustBeLaterThanAClosingDate() {
        List<String> earlier = problems("earlier", notice -> withPosting(notice, "  extendedTo: 2018-08-20\n"));
        assertTrue(earlier.stream().anyMatch(p -> p.contains("'posting.extendedTo' (2018-08-20) is not after"
                + " 'posting.closes' (2018-08-23)")), earlier.toString());
        List<String> none = problems("no-closing", notice -> notice.replace("  closes: 2018-08-23\n",
                "  extendedTo: 2018-08-30\n"));
        assertTrue(none.stream().anyMatch(p -> p.contains("give the first closing date as 'closes'")), none.toString());
    }

    @Test
    void aPostInSeveralDutyStationsIsInEachPlaceOfThePageTheListTheFeedsAndTheJobPosting() throws Exception {
        Path site = build("stations", LocalDate.of(2018, 8, 20), notice -> notice.replace("grade: P-3\n",
                "otherDutyStations:\n  - city: Benghazi\n    country: LY\n  - city: Tunis\n    country: TN\ngrade: P-3\n"));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        Element stations = page.selectFirst(".facts div:has(dt:contains(Duty stations))");
        assertEquals(List.of("Tripoli, Libya", "Benghazi, Libya", "Tunis, Tunisia"), stations.select(".station").eachText());
        assertEquals("Protection Coordinator (P-3), Tripoli · Benghazi · Tunis – IOM", page.title());
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals(3, posting.get("jobLocation").size());
        assertEquals("Tunis", posting.at("/jobLocation/2/address/addressLocality").asText());
        assertEquals("TN", posting.at("/jobLocation/2/address/addressCountry").asText());
        assertFalse(posting.has("jobLocationType"));

        Document index = Fixtures.page(site.resolve("index.html"));
        assertEquals(List.of("", "LY", "LY:Benghazi", "LY:Tripoli", "TN", "TN:Tunis"),
                index.select("select[name=location] option").eachAttr("value"));
        Element entry = index.selectFirst("li[data-name=" + COORDINATOR + "]");
        assertEquals("LY|TN", entry.attr("data-countries"));
        assertEquals("LY:Tripoli|LY:Benghazi|TN:Tunis", entry.attr("data-places"));
        assertEquals("Tripoli, Libya · Benghazi, Libya · Tunis, Tunisia", entry.selectFirst(".place dd").text());
        assertTrue(Files.readString(site.resolve("feeds/TN.xml")).contains(BASE + COORDINATOR + ".html"),
                "a post in two countries is in both countries' feeds");
        assertTrue(Files.readString(site.resolve("feeds/LY.xml")).contains(BASE + COORDINATOR + ".html"));
        JsonNode job = job(site);
        assertEquals(3, job.get("dutyStations").size());
        assertEquals("TUN", job.at("/dutyStations/2/countryIso3").asText());
        String pdf = pdfText(site);
        assertTrue(pdf.contains("Duty stations:") && pdf.contains("Tunisia"), pdf);
    }

    @Test
    void everyDutyStationsCityIsCheckedAsTheFirstOnesIs() {
        List<String> found = problems("station-defect", notice -> notice.replace("grade: P-3\n",
                "otherDutyStations:\n  - city: Benghazi\n    country: LY\n  - city: TunisÃ©\n    country: TN\ngrade: P-3\n"));
        assertTrue(found.stream().anyMatch(p -> p.contains(COORDINATOR + ".yaml:") && p.contains("'TunisÃ©'")
                && p.contains("[encoding-damage]")), found.toString());
        String line = found.stream().filter(p -> p.contains("'TunisÃ©'")).findFirst().orElseThrow();
        String at = line.substring(line.indexOf(".yaml:") + 6);
        assertEquals(Fixtures.validNotice().lines().takeWhile(l -> !l.startsWith("grade:")).count() + 4,
                Long.parseLong(at.substring(0, at.indexOf(':'))), line);
    }

    @Test
    void aHomeBasedPostIsTelecommuteForJobBoardsWithTheCountryItMayBeDoneFrom() throws Exception {
        Path site = build("home", LocalDate.of(2018, 8, 20), notice -> withStations(notice,
                "dutyStation:\n  homeBased: true\n  country: LY\n"));
        Document page = Fixtures.page(site.resolve(COORDINATOR + ".html"));
        assertEquals("Home-based, Libya", page.select(".facts div:has(dt:contains(Duty station)) dd").text());
        JsonNode posting = JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
        assertEquals("TELECOMMUTE", posting.get("jobLocationType").asText());
        assertEquals("Country", posting.at("/applicantLocationRequirements/@type").asText());
        assertEquals("LY", posting.at("/applicantLocationRequirements/name").asText());
        assertFalse(posting.has("jobLocation"), "no office to go to");
        assertEquals("Home-based, Libya", Fixtures.page(site.resolve("index.html"))
                .selectFirst("li[data-name=" + COORDINATOR + "] .place dd").text());
        assertTrue(job(site).get("homeBased").asBoolean());

        Path anywhere = build("anywhere", LocalDate.of(2018, 8, 20), notice -> withStations(notice,
                "dutyStation:\n  homeBased: true\notherDutyStations:\n  - city: Tripoli\n    country: LY\n"));
        Document anywherePage = Fixtures.page(anywhere.resolve(COORDINATOR + ".html"));
        assertEquals(List.of("Home-based", "Tripoli, Libya"), anywherePage.select(".facts .station").eachText());
        JsonNode hybrid = JSON.readTree(anywherePage.selectFirst("script[type=application/ld+json]").data());
        assertEquals("TELECOMMUTE", hybrid.get("jobLocationType").asText());
        assertEquals("Tripoli", hybrid.at("/jobLocation/address/addressLocality").asText());
        assertFalse(hybrid.has("applicantLocationRequirements"), "a home anywhere names no country");

        List<String> cityless = problems("cityless", notice -> withStations(notice, "dutyStation:\n  country: LY\n"));
        assertTrue(cityless.stream().anyMatch(p -> p.contains("missing required field 'dutyStation.city'")),
                cityless.toString());
        List<String> wrongCountry = problems("wrong-country", notice -> notice.replace("grade: P-3\n",
                "otherDutyStations:\n  - city: Tunis\n    country: tn\ngrade: P-3\n"));
        assertTrue(wrongCountry.stream().anyMatch(p -> p.contains("unknown country code 'tn' (did you mean 'TN'?)")),
                wrongCountry.toString());
    }

    /**
     * The new messages in the notice's language: a French, a Spanish and an Arabic notice,
     * cancelled, with an extended closing date, in two duty stations, one home-based.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "programme-assistant-ctip-port-vila-2023-fr|fr|Ce poste a été annulé. Il a été annulé le 10 mars 2023. L’avis est conservé pour référence.|(prolongée, initialement le 17 mars 2023)|Lieux d’affectation|Télétravail depuis le domicile, Vanuatu",
        "programme-assistant-ctip-port-vila-2023|es|Esta vacante ha sido cancelada. Se canceló el 10 de marzo de 2023. El anuncio se conserva como referencia.|(prorrogada, inicialmente el 17 de marzo de 2023)|Lugares de destino|Teletrabajo desde el domicilio, Vanuatu",
        "national-protection-officer-avm-tripoli-2025-ar|ar|أُلغيت هذه الوظيفة. أُلغيت في 10 مارس 2023. يُحتفظ بالإعلان للرجوع إليه.|(مُدِّد، وكان الموعد الأصلي 25 أبريل 2025)|مراكز العمل|العمل من المنزل، ليبيا"})
    void theNewMessagesAreInTheNoticesLanguage(String name, String language, String banner, String extended,
            String stationsLabel, String homeBased) throws IOException {
        String country = language.equals("ar") ? "LY" : "VU";
        Document page = pageIn(name, language, text -> {
            String closes = text.replaceAll("(?s).*\n  closes: (\\S+)\n.*", "$1");
            return text.replace("  closes: " + closes + "\n", "  closes: " + closes + "\n  extendedTo: "
                    + LocalDate.parse(closes).plusDays(7) + "\n")
                    .replaceFirst("(?m)^grade:", "otherDutyStations:\n  - homeBased: true\n    country: " + country
                            + "\ngrade:")
                    + "status: cancelled\ncancellation:\n  date: 2023-03-10\n";
        });
        assertEquals(banner, plain(page.selectFirst(".status-cancelled").text()));
        assertTrue(plain(page.selectFirst(".facts").text()).contains(extended), page.selectFirst(".facts").text());
        Element stations = page.select(".facts > div").stream().filter(div -> div.selectFirst(".stations") != null)
                .findFirst().orElseThrow();
        assertEquals(stationsLabel, plain(stations.selectFirst("dt").text()));
        assertEquals(homeBased, plain(stations.select(".station").last().text()));
    }

    /**
     * A consultancy's duration in days or months and its fee by the day or the month, in each
     * language, with the count's form the language gives it ("1 mes", "11 شهرًا").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "protection-coordinator-tripoli-2018|en|durationDays: 20|currency: USD\\nminimum: 500\\nperiod: day|Fixed-term, 20 days|USD 500 a day",
        "programme-assistant-ctip-port-vila-2023-fr|fr|durationDays: 1|currency: USD\\nminimum: 4000\\nperiod: month|Courte durée spéciale, 1 jour|4 000 USD par mois",
        "programme-assistant-ctip-port-vila-2023|es|durationMonths: 1|currency: USD\\nminimum: 500\\nperiod: day|Corto plazo especial, 1 mes|500 USD al día",
        "national-protection-officer-avm-tripoli-2025-ar|ar|durationMonths: 11|currency: USD\\nminimum: 450\\nperiod: day|قصير الأجل خاص، 11 شهرًا|450 USD يوميًا"})
    void aConsultancysDurationAndFeeReadRightInEachLanguage(String name, String language, String duration, String fee,
            String appointment, String salary) throws IOException {
        Document page = pageIn(name, language, text -> text.replaceFirst("(?m)^  durationMonths: .*$", "  " + duration)
                .replaceFirst("(?m)^  extensible: .*\n", "")
                .replaceFirst("(?m)^posting:", "salary:\n  " + fee.replace("\\n", "\n  ") + "\nposting:"));
        List<String> facts = page.select(".facts dd").eachText().stream().map(NoticeShapesTest::plain).toList();
        assertTrue(facts.contains(appointment), facts.toString());
        assertTrue(facts.contains(salary), facts.toString());
    }

    /**
     * The page of the real notice {@code name} changed by {@code change}, in {@code language}: the
     * English Port Vila notice becomes a Spanish one (its French version left out).
     */
    private Document pageIn(String name, String language, UnaryOperator<String> change)
            throws IOException {
        Path notices = Fixtures.copyOfNotices(dir);
        String text = change.apply(Fixtures.read(notices.resolve(name + ".yaml")));
        if (language.equals("es")) {
            text = text.replace("reference: SVN 2023/041 (GS)", "reference: SVN 2023/041 (GS)\nlanguage: es");
            Files.delete(notices.resolve(name + "-fr.yaml"));
        }
        Files.writeString(notices.resolve(name + ".yaml"), text);
        BuildResult result = new Generator(Fixtures.request(notices, dir.resolve("site"))).html();
        assertTrue(result.succeeded(), () -> result.problems().toString());
        return Fixtures.page(dir.resolve("site").resolve(name + ".html"));
    }

    /** French typography's no-break spaces, as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    private static JsonNode job(Path site) throws IOException {
        for (JsonNode job : JSON.readTree(site.resolve("jobs.json").toFile()).get("jobs")) {
            if (job.get("reference").asText().equals(REFERENCE)) {
                return job;
            }
        }
        throw new AssertionError("no job " + REFERENCE + " in jobs.json");
    }

    private static String pdfText(Path site) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(site.resolve(COORDINATOR + ".pdf").toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
