package org.teamward.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teamward.audit.AuditFilter;
import org.teamward.audit.AuditLog;
import org.teamward.audit.AuditRow;
import org.teamward.audit.Outcome;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;
import org.teamward.web.shell.Navigation;

/**
 * The audit log: filters, a lazily paged table, and the CSV download of what the filters select.
 * Dates are days in the caller's time zone; "to" includes its whole day.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;
  @Inject Failures failures;
  @Inject Navigation nav;
  @Inject Messages messages;

  private String actor;
  private String type;
  private LocalDate from;
  private LocalDate to;
  private Outcome outcome;
  private transient PagedModel<AuditRow> model;

  /** The names of the targets of the page shown, read once per page the table loads. */
  private transient Map<String, String> targetNames = Map.of();

  private transient List<AuditRow> namedFor;

  public PagedModel<AuditRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(() -> log.list(filter(), new PageRequest(offset, limit))),
              AuditRow::id);
    }
    return model;
  }

  /**
   * What the event did, as a sentence in the reader's language; an action the bundle does not know
   * reads as its code.
   */
  public String action(AuditRow event) {
    String key = "audit.action." + event.action();
    return messages.has(key) ? messages.text(key) : event.action();
  }

  /** The record the event is about, by name where it still exists, else by type and id. */
  public String target(AuditRow event) {
    if (event.targetType() == null) {
      return null;
    }
    List<AuditRow> shown = model == null ? null : model.getWrappedData();
    if (shown != namedFor) {
      namedFor = shown;
      Map<String, String> names =
          shown == null ? null : failures.attempt(() -> log.targetNames(shown));
      targetNames = names == null ? Map.of() : names;
    }
    String name = targetNames.get(event.targetKey());
    return name != null ? name : event.targetType() + " #" + event.targetId();
  }

  AuditFilter filter() {
    return new AuditFilter(
        blankToNull(actor), blankToNull(type), start(from), start(dayAfter(to)), outcome);
  }

  private static LocalDate dayAfter(LocalDate day) {
    return day == null ? null : day.plusDays(1);
  }

  private Instant start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(nav.getZone()).toInstant();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The download's address with the filters as they are applied now, for {@link AuditDownload}. */
  public String getExportQuery() {
    AuditFilter filter = filter();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("actor", filter.actor());
    parameters.put("type", filter.type());
    parameters.put("from", filter.from());
    parameters.put("to", filter.to());
    parameters.put("outcome", filter.outcome());
    List<String> pairs = new ArrayList<>();
    parameters.forEach(
        (name, value) -> {
          if (value != null) {
            pairs.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
          }
        });
    return String.join("&", pairs);
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public void setOutcome(Outcome outcome) {
    this.outcome = outcome;
  }
}
