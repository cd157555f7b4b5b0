package org.vacancypress.core.model;

import java.util.Optional;

/** Where candidates apply; internal candidates may have their own address. */
public record ApplicationSystem(String name, String url, Optional<String> internalUrl) {
}
