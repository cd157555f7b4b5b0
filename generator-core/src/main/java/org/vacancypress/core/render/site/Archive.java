package org.vacancypress.core.render.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The archive of closed vacancies in pages of so many, most recently closed first, as Hugo
 * pages its lists: {@value SiteFiles#ARCHIVE} is the first page, {@code archive-2.html} the
 * next, each vacancy on exactly one. Pages sit beside the others, so that a page's relative
 * addresses (the stylesheet, the notices) stay the same.
 */
public final class Archive {

    /**
     * Where a page of the archive is among its pages, for the pager: the pages before and after,
     * and links to the first, the last and those near it.
     *
     * @param file the page's own file
     * @param total how many closed vacancies the archive lists on all its pages
     */
    public record Pager(int page, int pages, String file, int total, Optional<String> previous,
            Optional<String> next, List<PageLink> links) {
    }

    /** A page the pager links; {@code gapBefore} when pages between it and the link before are not linked. */
    public record PageLink(int number, String file, boolean current, boolean gapBefore) {
    }

    /** Pages linked on either side of the current one. */
    private static final int NEAR = 2;

    private final List<List<PublishedNotice>> vacancies;
    private final int pageSize;
    private final int pages;
    private final List<List<PublishedNotice>> closedByPage = new ArrayList<>();

    /**
     * @param closed the closed notices, most recently closed first
     * @param vacancies the same notices grouped by vacancy, in that order
     */
    Archive(List<PublishedNotice> closed, List<List<PublishedNotice>> vacancies, int pageSize) {
        this.vacancies = vacancies;
        this.pageSize = pageSize;
        this.pages = Math.max(1, (vacancies.size() + pageSize - 1) / pageSize);
        Map<String, Integer> pageOf = new HashMap<>();
        for (int i = 0; i < vacancies.size(); i++) {
            pageOf.put(vacancies.get(i).get(0).facts().reference(), i / pageSize);
        }
        IntStream.range(0, pages).forEach(page -> closedByPage.add(new ArrayList<>()));
        closed.forEach(notice -> closedByPage.get(pageOf.get(notice.facts().reference())).add(notice));
    }

    /** The archive's page {@code number}, from 1: {@value SiteFiles#ARCHIVE}, then {@code archive-2.html}. */
    static String page(int number) {
        return number == 1 ? SiteFiles.ARCHIVE : "archive-" + number + ".html";
    }

    int pages() {
        return pages;
    }

    /** How many vacancies the archive lists on all its pages. */
    int vacancies() {
        return vacancies.size();
    }

    /** The vacancies on page {@code number}, each its notices in every language. */
    List<List<PublishedNotice>> vacanciesOn(int number) {
        return vacancies.subList((number - 1) * pageSize, Math.min(vacancies.size(), number * pageSize));
    }

    /** The closed notices on page {@code number}, in the order of all of them. */
    List<PublishedNotice> closedOn(int number) {
        return closedByPage.get(number - 1);
    }

    Pager pager(int page) {
        List<PageLink> links = new ArrayList<>();
        int last = 0;
        for (int number = 1; number <= pages; number++) {
            if (number == 1 || number == pages || Math.abs(number - page) <= NEAR) {
                links.add(new PageLink(number, page(number), number == page, number > last + 1));
                last = number;
            }
        }
        return new Pager(page, pages, page(page), vacancies.size(),
                page > 1 ? Optional.of(page(page - 1)) : Optional.empty(),
                page < pages ? Optional.of(page(page + 1)) : Optional.empty(), List.copyOf(links));
    }
}
