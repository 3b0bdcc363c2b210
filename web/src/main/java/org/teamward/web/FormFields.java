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

  /** A form with no inputs yet; add them with {@link #field}. */
  public static FormFields of(String messages) {
    return new FormFields(messages, Map.of());
  }

  /** This form and one more input, named as the use case (and the API) names its field. */
  public FormFields field(String name, String clientId, String labelKey) {
    Map<String, Field> more = new LinkedHashMap<>(fields);
    more.put(name, new Field(clientId, labelKey));
    return new FormFields(messages, more);
  }

  public Field field(String name) {
    return fields.get(name);
  }

  /** From this many inputs on, a form's messages may be out of sight: it gets a summary. */
  static final int LONG = 6;

  /** Whether the form is long enough to summarise its violations at its top. */
  public boolean isLong() {
    return fields.size() >= LONG;
  }
}
