package org.teamward.access;

import jakarta.validation.constraints.Size;
import java.util.Set;

/** A change to an account; every null field stays as it is. */
public record UserChange(@Size(max = 200) String name, Set<Long> groups, Boolean active) {}
