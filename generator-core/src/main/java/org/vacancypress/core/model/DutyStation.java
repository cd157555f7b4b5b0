package org.vacancypress.core.model;

/** Where a post is based: a city and an ISO 3166-1 alpha-2 country code. */
public record DutyStation(String city, String country) {
}
