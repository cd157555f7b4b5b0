package org.vacancypress.core.render.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.vacancypress.core.resolve.NoticeFacts;
import org.vacancypress.core.resolve.OrganizationView;

/**
 * The site's {@code jobs.json}: every published notice, open and closed, with what a job board
 * needs to list it and link to it, in the format its published schema describes.
 */
final class JobsExport {

    private JobsExport() {
    }

    /** Writes the export of the published notices, in the order given, each job made as it is written. */
    static void write(Optional<URI> baseUrl, OrganizationView organization, Stream<PublishedNotice> notices,
            OutputStream out) throws IOException {
        Writer json = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Json.write(Json.object("$schema", SiteFiles.address(baseUrl, SiteFiles.JOBS_SCHEMA),
                "version", SiteFiles.JOBS_VERSION, "organization", organization.name(),
                "jobs", notices.map(notice -> job(notice, baseUrl))), json);
        json.write('\n');
        json.flush();
    }

    /** The JSON Schema of jobs.json, as shipped. */
    static byte[] schema() {
        return resource(SiteFiles.JOBS_SCHEMA);
    }

    private static Map<String, Object> job(PublishedNotice published, Optional<URI> baseUrl) {
        NoticeFacts n = published.facts();
        Map<String, Object> job = Json.object(
                "reference", n.reference(),
                "title", n.title(),
                "status", n.cancellation().isPresent() ? "cancelled" : n.open() ? "open" : "closed",
                "cancelledOn", n.cancellation().flatMap(NoticeFacts.Cancelled::dateIso).orElse(null),
                "language", n.language(),
                "country", n.country(),
                "countryIso3", n.countryIso3(),
                "countryName", n.countryNameInSite(),
                "city", n.city(),
                "homeBased", n.dutyStations().get(0).homeBased() ? true : null,
                "dutyStations", n.dutyStations().size() > 1 ? n.dutyStations().stream().map(JobsExport::station).toList()
                        : null,
                // null for a post without grade or staff category (an NGO's)
                "grade", n.grade().orElse(null),
                "staffCategory", n.staffCategory().orElse(null),
                "contractType", n.contractType(),
                "occupationalGroups", n.occupationalGroups(),
                "datePosted", n.opensIso(),
                "closes", n.closesIso().orElse(null),
                "extendedFrom", n.originalClosesIso().orElse(null),
                "validThrough", n.closesAt().orElse(null),
                "updated", n.updatedIso(),
                "url", SiteFiles.address(baseUrl, n.page()),
                "pdfUrl", published.pdf().map(pdf -> SiteFiles.address(baseUrl, pdf)).orElse(null),
                "applyUrl", n.open() ? n.applyUrl().orElse(null) : null,
                "salary", n.salary().map(JobsExport::salary).orElse(null));
        job.values().removeIf(value -> value == null);
        return job;
    }

    private static Map<String, Object> station(NoticeFacts.Station station) {
        return Json.object("country", station.country(), "countryIso3", station.countryIso3(), "city", station.city(),
                "homeBased", station.homeBased());
    }

    private static Map<String, Object> salary(NoticeFacts.SalaryFacts salary) {
        Map<String, Object> amount = Json.object("currency", salary.currency(), "minimum", salary.minimum());
        salary.maximum().ifPresent(maximum -> amount.put("maximum", maximum));
        amount.put("period", salary.period());
        return amount;
    }

    private static byte[] resource(String file) {
        String name = "/org/vacancypress/core/" + file.substring(file.indexOf('/') + 1);
        try (InputStream in = JobsExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
