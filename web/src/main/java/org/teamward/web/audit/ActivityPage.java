package org.teamward.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.teamward.audit.AccessTrace;
import org.teamward.audit.AuditLog;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.PagedModel;

/** "Who saw my records": the caller's own access traces, latest first. */
@Named
@ViewScoped
public class ActivityPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AuditLog log;
  @Inject Failures failures;

  private transient PagedModel<AccessTrace> model;

  public PagedModel<AccessTrace> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(() -> log.whoSawMine(new PageRequest(offset, limit))),
              AccessTrace::getId);
    }
    return model;
  }
}
