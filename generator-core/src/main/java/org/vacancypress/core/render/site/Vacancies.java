package org.vacancypress.core.render.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vacancypress.core.resolve.NoticeFacts;

/**
 * The published notices as the site's lists show them: grouped into vacancies (one reference,
 * several languages), the archive's years, the filters' values and the search index.
 */
public final class Vacancies {

    private Vacancies() {
    }

    /**
     * One vacancy as the lists show it: the notices of one reference are one vacancy in several
     * languages, shown by the one in the site's language (else the first language's).
     *
     * @param place the duty station as the filters name it, one name across spellings and scripts
     * @param languages the languages of its notices, for the filter
     * @param versions every language's notice, linked from the entry
     * @param countries the countries of its duty stations, each once, for the filter
     * @param places its duty stations as the filters name them ({@code LY:Tripoli}), each once
     */
    public record Vacancy(NoticeFacts notice, String place, List<String> languages, List<Version> versions,
            List<String> countries, List<String> places) {
    }

    /** The vacancy's notice in one language. */
    public record Version(String language, String languageName, String dir, String page) {
    }

    /** The closed vacancies of one year, the archive's section. */
    public record Year(String year, List<Vacancy> vacancies) {
    }

    /** The notices grouped by reference, each group in the order of its first notice, the site's language first. */
    static List<List<PublishedNotice>> byReference(List<PublishedNotice> notices, Predicate<NoticeFacts> inSiteLanguage) {
        Map<String, List<PublishedNotice>> groups = new LinkedHashMap<>();
        notices.forEach(n -> groups.computeIfAbsent(n.facts().reference(), r -> new ArrayList<>()).add(n));
        return groups.values().stream().map(versions -> versions.stream()
                .sorted(Comparator.comparing((PublishedNotice n) -> !inSiteLanguage.test(n.facts()))
                        .thenComparing(n -> n.facts().language()))
                .toList()).toList();
    }

    static Vacancy vacancy(List<PublishedNotice> versions, Places places) {
        NoticeFacts shown = versions.get(0).facts();
        return new Vacancy(shown, places.name(shown.country(), shown.city()),
                versions.stream().map(n -> n.facts().language()).toList(),
                versions.stream().map(PublishedNotice::facts)
                        .map(n -> new Version(n.language(), n.languageName(), n.dir(), n.page())).toList(),
                shown.dutyStations().stream().map(NoticeFacts.Station::country).filter(c -> !c.isEmpty()).distinct()
                        .toList(),
                shown.dutyStations().stream().filter(s -> !s.country().isEmpty() && !s.city().isEmpty())
                        .map(s -> s.country() + ":" + places.name(s.country(), s.city())).distinct().toList());
    }

    /** The day a notice stopped taking applications, when it says: the day it was cancelled, else its closing date. */
    static Optional<String> endedIso(NoticeFacts notice) {
        return notice.cancellation().flatMap(NoticeFacts.Cancelled::dateIso).or(notice::closesIso);
    }

    /** The closed vacancies by the year they closed in (or were cancelled), latest first; the order within a year is kept. */
    static List<Year> byYear(List<Vacancy> closed) {
        Map<String, List<Vacancy>> years = new LinkedHashMap<>();
        closed.forEach(v -> years.computeIfAbsent(endedIso(v.notice()).orElse(v.notice().updatedIso()).substring(0, 4),
                year -> new ArrayList<>()).add(v));
        return years.entrySet().stream().map(year -> new Year(year.getKey(), List.copyOf(year.getValue()))).toList();
    }

    /** The values candidates filter the open vacancies by, each once, in a stable order. */
    static Map<String, Object> filters(List<Vacancy> open) {
        Map<String, String> countries = new TreeMap<>();
        Map<String, TreeSet<String>> cities = new TreeMap<>();
        for (Vacancy vacancy : open) {
            for (NoticeFacts.Station station : vacancy.notice().dutyStations()) {
                if (!station.country().isEmpty()) {
                    countries.put(station.countryNameInSite(), station.country());
                    cities.computeIfAbsent(station.country(), c -> new TreeSet<>());
                }
            }
            vacancy.places().forEach(place -> cities.get(place.substring(0, place.indexOf(':')))
                    .add(place.substring(place.indexOf(':') + 1)));
        }
        List<Map<String, Object>> locations = new ArrayList<>();
        countries.forEach((name, code) -> locations.add(Json.object("code", code, "name", name,
                "cities", List.copyOf(cities.get(code)))));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("locations", locations);
        filters.put("grades", distinct(open.stream().flatMap(v -> v.notice().grade().stream())));
        filters.put("staffCategories", distinct(open.stream().flatMap(v -> v.notice().staffCategory().stream())));
        filters.put("contractTypes", distinct(open.stream().map(v -> v.notice().contractType())));
        filters.put("languages", distinct(open.stream().flatMap(v -> v.languages().stream())));
        filters.put("occupationalGroups", distinct(open.stream().flatMap(v -> v.notice().occupationalGroups().stream())));
        return filters;
    }

    static List<String> distinct(Stream<String> values) {
        return List.copyOf(values.collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * Each open vacancy's searchable words, by the page name its entry has: the words of its
     * notices in every language, each once. The index page's script searches them.
     */
    static Map<String, Object> searchIndex(List<List<PublishedNotice>> open) {
        Map<String, Object> index = new LinkedHashMap<>();
        for (List<PublishedNotice> versions : open) {
            index.put(versions.get(0).facts().name(), String.join(" ", versions.stream()
                    .flatMap(n -> n.searchWords().stream()).flatMap(words -> Stream.of(words.split(" ")))
                    .collect(Collectors.toCollection(LinkedHashSet::new))));
        }
        return index;
    }
}
