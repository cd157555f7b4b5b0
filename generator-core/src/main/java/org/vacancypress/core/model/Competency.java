package org.vacancypress.core.model;

/** A value or competency of the framework: "Teamwork: Develops and promotes...". */
public record Competency(String name, String description) {
}
