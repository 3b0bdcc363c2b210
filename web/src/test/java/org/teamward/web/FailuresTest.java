package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.teamward.failure.Rule;
import org.teamward.failure.Violations;

/**
 * A form shows each violation next to its field, in the viewer's language, worded by the rule's key
 * and never by the domain's English text: rewording that text cannot lose the translation.
 */
class FailuresTest {

  private static final FormFields FORM =
      FormFields.of("bookingForm")
          .field("projectId", "bookings:project", "col.project")
          .field("date", "bookings:date", "col.date")
          .field("description", "bookings:description", "col.description")
          .field("durationMinutes", "bookings:minutes", "bookings.minutes");

  @Test
  void eachRuleIsWordedFromItsKeyWithTheLabel() {
    BundleMessages en = new BundleMessages("messages.properties", Locale.ENGLISH);
    refuse(
        en,
        new Violations()
            .required("projectId", null)
            .inDateWindow("date", LocalDate.of(2226, 1, 1))
            .optionalText("description", "x".repeat(1001), 1000)
            .check(false, "durationMinutes", Rule.DURATION_RANGE, "whatever", 1, 1440));
    assertThat(en.shown)
        .containsExactly(
            "bookings:project=Project: please fill this in.",
            "bookings:date=Date: must be between 1970-01-01 and 2200-12-31.",
            "bookings:description=Description: at most 1,000 characters, please.",
            "bookings:minutes=Duration (minutes): between 1 and 1440 minutes, please.");
  }

  @Test
  void germanReadsGerman() {
    BundleMessages de = new BundleMessages("messages_de.properties", Locale.GERMAN);
    refuse(
        de,
        new Violations()
            .required("projectId", null)
            .inDateWindow("date", LocalDate.of(2226, 1, 1))
            .optionalText("description", "x".repeat(1001), 1000));
    assertThat(de.shown)
        .containsExactly(
            "bookings:project=Projekt: Bitte ausfüllen.",
            "bookings:date=Datum: Muss zwischen 1970-01-01 und 2200-12-31 liegen.",
            "bookings:description=Beschreibung: Bitte höchstens 1.000 Zeichen.");
  }

  @Test
  void theEnglishTextDoesNotMatter() {
    BundleMessages en = new BundleMessages("messages.properties", Locale.ENGLISH);
    refuse(en, new Violations().check(false, "projectId", Rule.REQUIRED, "Pick a project!"));
    assertThat(en.shown).containsExactly("bookings:project=Project: please fill this in.");
  }

  @Test
  void aRuleWithoutTextOfItsOwnReadsAsNotValid() {
    BundleMessages en = new BundleMessages("messages.properties", Locale.ENGLISH);
    refuse(en, new Violations().check(false, "date", "date must be a weekday"));
    assertThat(en.shown).containsExactly("bookings:date=Date: this value is not valid.");
  }

  @Test
  void aViolationOfNoFieldOnTheFormGoesToTheFormsMessages() {
    BundleMessages en = new BundleMessages("messages.properties", Locale.ENGLISH);
    refuse(en, new Violations().required("employeeId", null));
    assertThat(en.shown).containsExactly("bookingForm=employeeId is required");
  }

  private static void refuse(BundleMessages messages, Violations violations) {
    Failures failures = new Failures();
    failures.messages = messages;
    Object result =
        failures.attempt(
            () -> {
              violations.throwIfAny();
              return "saved";
            },
            FORM);
    assertThat(result).isNull();
  }

  /** The bundle as the page reads it, without a running Faces; shown messages are recorded. */
  static final class BundleMessages extends Messages {
    final Properties bundle = new Properties();
    final Locale locale;
    final List<String> shown = new ArrayList<>();

    BundleMessages(String name, Locale locale) {
      this.locale = locale;
      try (InputStream in = FailuresTest.class.getResourceAsStream(name)) {
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean has(String key) {
      return bundle.containsKey(key);
    }

    @Override
    public String text(String key, Object... args) {
      String pattern = bundle.getProperty(key, key);
      return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public void errorAt(String clientId, String text) {
      shown.add(clientId + "=" + text);
    }

    @Override
    public void errorText(String text) {
      shown.add(text);
    }
  }
}
