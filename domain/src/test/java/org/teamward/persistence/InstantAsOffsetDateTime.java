package org.teamward.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Maps {@link Instant} to TIMESTAMP WITH TIME ZONE. JPA 3.1 and EclipseLink 4.0 know {@link
 * OffsetDateTime} but not {@link Instant}, which they would otherwise serialize into a binary value
 * that the schema's timestamp columns refuse.
 *
 * <p>The application needs the same converter in its main sources; until it has one, the tests
 * register this copy so that they run against the real schema.
 */
@Converter(autoApply = true)
public class InstantAsOffsetDateTime implements AttributeConverter<Instant, OffsetDateTime> {

  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime value) {
    return value == null ? null : value.toInstant();
  }
}
