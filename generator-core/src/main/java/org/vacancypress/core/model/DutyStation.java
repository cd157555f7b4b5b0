package org.vacancypress.core.model;

/**
 * Where a post is based: a city and an ISO 3166-1 alpha-2 country code. A home-based post is
 * done from the candidate's home: its country, when it has one, is where that home must be, and
 * it may name no city.
 *
 * @param city the city, or empty for a home-based post that names none
 * @param country the country code, or empty for a post home-based anywhere
 */
public record DutyStation(String city, String country, boolean homeBased) {
}
