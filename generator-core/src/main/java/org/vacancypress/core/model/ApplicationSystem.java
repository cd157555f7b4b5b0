package org.vacancypress.core.model;

import java.util.Optional;

/**
 * Where candidates apply: an address of the organization's application system, or an e-mail
 * address (one of the two); internal candidates may have their own address.
 */
public record ApplicationSystem(String name, Optional<String> url, Optional<String> email,
        Optional<String> internalUrl) {
}
