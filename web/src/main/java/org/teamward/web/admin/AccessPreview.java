package org.teamward.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.access.credentials.AccessAuthorisations;
import org.teamward.access.rights.Permission;
import org.teamward.failure.UseCaseFailure;
import org.teamward.web.Messages;

/**
 * The effective rights of the access form in words, before saving. The domain decides what may be
 * given; the preview only explains.
 */
@Named
@ViewScoped
public class AccessPreview implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject AccessAuthorisations authorisations;
  @Inject AccessForm form;
  @Inject Messages messages;

  private transient AccessAuthorisationDraft previewed;
  private transient AccessAuthorisations.Preview result;

  /**
   * What the form would allow, or null while the form cannot say yet. Asked several times while a
   * page renders, so it is computed once per state of the form (the draft is a value).
   */
  public AccessAuthorisations.Preview getResult() {
    if (!form.isEditing() || form.getOptions().isEmpty()) {
      return null;
    }
    AccessAuthorisationDraft draft = form.draft();
    if (!draft.equals(previewed)) {
      previewed = draft;
      try {
        result = authorisations.preview(draft);
      } catch (UseCaseFailure e) {
        // an unknown employee or similar: the save will say what is wrong, field by field
        result = null;
      }
    }
    return result;
  }

  /**
   * The effective rights in one sentence, e.g. "May check in and out for the 12 employees of
   * Logistics, from 10.20.0.0/16 only."
   */
  public String getEffectiveRights() {
    AccessAuthorisations.Preview preview = getResult();
    if (preview == null) {
      return null;
    }
    String optionWords =
        form.getOptions().stream()
            .map(Permission::valueOf)
            .sorted()
            .map(p -> messages.text("permission." + p.name()))
            .collect(Collectors.joining(", "));
    String whom =
        switch (form.getScopeKind()) {
          case ALL -> messages.text("access.preview.forAll", preview.employees());
          case DEPARTMENTS ->
              messages.text(
                  "access.preview.forDepartments",
                  preview.employees(),
                  String.join(", ", preview.departments()));
          case EMPLOYEES -> messages.text("access.preview.forChosen", preview.employees());
        };
    List<String> list = form.networkList();
    String where =
        list.isEmpty()
            ? messages.text("access.preview.fromAnywhere")
            : messages.text("access.preview.from", String.join(", ", list));
    return messages.text("access.preview.sentence", optionWords, whom, where);
  }
}
