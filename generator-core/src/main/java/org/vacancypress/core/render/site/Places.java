package org.vacancypress.core.render.site;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.vacancypress.core.resolve.NoticeFacts;

/**
 * The duty stations of the published notices as places, so that a candidate filters by a city
 * once whatever its spelling or script: names of one country that differ only in case, accents,
 * spaces and punctuation ("Port Vila", "Port-Vila") are one place, and so are the names that
 * translations of one vacancy give its duty station ("Tripoli", "طرابلس"). A place is named as
 * the site's language spells it, else by its first spelling.
 */
final class Places {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> names;
    /** Each spelling's key, worked out once: a thousand notices name a few dozen places. */
    private final Map<String, String> keys = new HashMap<>();

    Places(List<NoticeFacts> notices, Predicate<NoticeFacts> inSiteLanguage) {
        notices.forEach(n -> n.dutyStations().forEach(station -> find(key(station))));
        // The n-th duty station of one vacancy's translations is one place.
        notices.stream().collect(Collectors.groupingBy(NoticeFacts::reference))
                .values().forEach(versions -> versions.forEach(n -> {
                    List<NoticeFacts.Station> first = versions.get(0).dutyStations();
                    for (int i = 0; i < Math.min(first.size(), n.dutyStations().size()); i++) {
                        if (n.dutyStations().get(i).country().equals(first.get(i).country())) {
                            join(key(first.get(i)), key(n.dutyStations().get(i)));
                        }
                    }
                }));
        Comparator<NoticeFacts> siteLanguageFirst = Comparator
                .comparing((NoticeFacts n) -> !inSiteLanguage.test(n)).thenComparing(NoticeFacts::city);
        names = new HashMap<>();
        notices.stream().sorted(siteLanguageFirst).flatMap(n -> n.dutyStations().stream())
                .forEach(station -> names.putIfAbsent(find(key(station)), station.city()));
    }

    /** The name of the place a notice's duty station is: the one the filters offer. */
    String name(String country, String city) {
        return names.getOrDefault(find(key(country, city)), city);
    }

    private String key(NoticeFacts.Station station) {
        return key(station.country(), station.city());
    }

    /** The country and the city's letters and digits, in lower case without accents. */
    private String key(String country, String city) {
        return keys.computeIfAbsent(country + "\u0000" + city, spelling -> country + ":" + NOT_LETTERS.matcher(
                MARKS.matcher(Normalizer.normalize(city, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT))
                .replaceAll(" ").strip());
    }

    private String find(String key) {
        String root = key;
        while (!parent.getOrDefault(root, root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(key, root);
        return root;
    }

    private void join(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            // The smaller key becomes the root, so the grouping does not depend on the notices' order.
            parent.put(rootA.compareTo(rootB) < 0 ? rootB : rootA, rootA.compareTo(rootB) < 0 ? rootA : rootB);
        }
    }
}
