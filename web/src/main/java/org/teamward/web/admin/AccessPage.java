package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.teamward.access.credentials.AccessAuthorisation;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.credentials.CreatedAccessAuthorisation;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.web.Failures;
import org.teamward.web.Messages;

/**
 * API access authorisations: the list and what is done to its rows, and the password shown once
 * after creating or changing it. The form's state is {@link AccessForm}, its choices {@link
 * AccessChoices}, and the effective rights in words before saving {@link AccessPreview}.
 */
@Named
@ViewScoped
public class AccessPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccessAuthorisations authorisations;
  @Inject AccessForm form;
  @Inject Failures failures;
  @Inject Messages messages;

  private List<AccessRow> rows;

  // Transient: the password shown once is never written into the session that nodes replicate.
  private transient CreatedAccessAuthorisation shown;

  public List<AccessRow> getRows() {
    if (rows == null) {
      Page<AccessAuthorisation> page =
          failures.attempt(() -> authorisations.list(PageRequest.first(PageRequest.MAX_LIMIT)));
      rows = page == null ? List.of() : page.items().stream().map(AccessRow::of).toList();
    }
    return rows;
  }

  /** Opens an empty form. */
  public void startNew() {
    form.open();
    shown = null;
  }

  /** Opens the form with a row's settings. */
  public void startEdit(AccessRow row) {
    form.open(row);
    shown = null;
  }

  public void cancel() {
    form.close();
  }

  public void save() {
    AccessAuthorisationDraft draft = form.draft();
    if (form.editId() == null) {
      shown = failures.attempt(() -> authorisations.create(draft));
      if (shown != null) {
        messages.info("access.created");
        form.close();
        rows = null;
      }
    } else {
      long id = form.editId();
      Long version = form.editVersion();
      if (failures.attempt(() -> authorisations.update(id, version, draft)) != null) {
        messages.info("access.saved");
        form.close();
        rows = null;
      }
    }
  }

  public void changePassword(long id) {
    shown = failures.attempt(() -> authorisations.regeneratePassword(id));
    if (shown != null) {
      messages.info("access.passwordChanged");
    }
    rows = null;
  }

  public void revoke(long id) {
    if (failures.attempt(() -> authorisations.revoke(id, null))) {
      messages.info("access.revoked");
    }
    rows = null;
  }

  public CreatedAccessAuthorisation getShown() {
    return shown;
  }
}
