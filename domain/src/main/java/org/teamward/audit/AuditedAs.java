package org.teamward.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name under which the audit log records the use cases of a class, where it is not the class's
 * own. A feature whose use cases live in several classes keeps one name for all of them, so that
 * its actions ({@code Attendance.checkIn}) stay what the stored events, their sentences in the web
 * UI and every export have always said, however the code is arranged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditedAs {

  /** The feature's name, e.g. {@code Attendance}. */
  String value();
}
