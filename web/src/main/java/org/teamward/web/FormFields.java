package org.teamward.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A form as the use case's violations meet it: for each field name the use case (and the API) uses,
 * the input that shows it and the bundle key of its label. A violation is shown once, next to its
 * input, in the form's words; what concerns no field goes to the form's own messages.
 *
 * @param messages the client id under which the form's messages component ({@code p:messages
 *     for=…}) shows what concerns no field
 */
public record FormFields(String messages, Map<String, Field> fields) {

  /** An input: its client id and the bundle key of its label. */
  public record Field(String clientId, String labelKey) {}

  public FormFields {
    fields = Map.copyOf(fields);
  }

  /**
   * A form whose inputs are named by client id and label key in pairs after each API field name:
   * {@code of("bookings:dialog", "projectId", "bookings:project", "col.project", …)}.
   */
  public static FormFields of(String messages, String... triples) {
    if (triples.length % 3 != 0) {
      throw new IllegalArgumentException("field, client id, label key: in threes");
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    for (int i = 0; i < triples.length; i += 3) {
      fields.put(triples[i], new Field(triples[i + 1], triples[i + 2]));
    }
    return new FormFields(messages, fields);
  }

  public Field field(String name) {
    return fields.get(name);
  }
}
