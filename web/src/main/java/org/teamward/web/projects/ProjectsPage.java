package org.teamward.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.primefaces.PrimeFaces;
import org.teamward.access.rights.Caller;
import org.teamward.paging.PageRequest;
import org.teamward.project.Project;
import org.teamward.project.ProjectDraft;
import org.teamward.project.ProjectFilter;
import org.teamward.project.ProjectPolicy;
import org.teamward.project.ProjectRow;
import org.teamward.project.ProjectStatus;
import org.teamward.project.Projects;
import org.teamward.web.Failures;
import org.teamward.web.FormFields;
import org.teamward.web.Messages;
import org.teamward.web.PagedModel;

/**
 * Projects: a paged list with a search, and one dialog for creating and editing. View scoped
 * because the dialog keeps the edited project's id and version between opening and saving, so a
 * save over someone else's change is refused as stale.
 */
@Named
@ViewScoped
public class ProjectsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Projects projects;
  @Inject ProjectPolicy policy;
  @Inject Caller caller;
  @Inject Failures failures;
  @Inject Messages messages;

  private String text;
  private ProjectStatus status;
  private transient PagedModel<ProjectRow> model;

  private Long editId;
  private Long editVersion;
  private String code;
  private String name;
  private BigDecimal budgetHours;
  private ProjectStatus editStatus = ProjectStatus.ACTIVE;

  public PagedModel<ProjectRow> getModel() {
    if (model == null) {
      model =
          new PagedModel<>(
              (offset, limit) ->
                  failures.attempt(
                      () ->
                          projects.list(
                              new ProjectFilter(text, status), new PageRequest(offset, limit))),
              ProjectRow::id);
    }
    return model;
  }

  public boolean isCanCreate() {
    return policy.canCreate(caller.grant()).allowed();
  }

  public boolean isCanEdit() {
    return policy.canEdit(caller.grant()).allowed();
  }

  public boolean isCanDelete() {
    return policy.canDelete(caller.grant()).allowed();
  }

  public void create() {
    editId = null;
    editVersion = null;
    code = null;
    name = null;
    budgetHours = null;
    editStatus = ProjectStatus.ACTIVE;
  }

  public void edit(ProjectRow project) {
    editId = project.id();
    editVersion = project.version();
    code = project.code();
    name = project.name();
    budgetHours = project.budgetHours();
    editStatus = project.status();
  }

  /** The project dialog's inputs, by the use case's field names. */
  static final FormFields FORM =
      FormFields.of("projectForm")
          .field("code", "projects:code", "projects.code")
          .field("name", "projects:name", "projects.name")
          .field("budgetHours", "projects:budget", "projects.budget")
          .field("status", "projects:editStatus", "col.status");

  public void save() {
    ProjectDraft draft = new ProjectDraft(code, name, budgetHours, editStatus);
    Project saved =
        failures.attempt(
            () ->
                editId == null
                    ? projects.create(draft)
                    : projects.update(editId, editVersion, draft),
            FORM);
    if (saved != null) {
      messages.info(editId == null ? "projects.created" : "projects.saved");
      PrimeFaces.current().ajax().addCallbackParam("saved", true);
    }
  }

  /** The row actions, each for the row the request names, at the version it shows. */
  public void editRow() {
    getModel().requested(messages).ifPresent(this::edit);
  }

  public void archiveRow() {
    getModel().requested(messages).ifPresent(p -> archive(p.id(), p.version()));
  }

  public void deleteRow() {
    getModel().requested(messages).ifPresent(p -> delete(p.id(), p.version()));
  }

  public void archive(long id, long version) {
    if (failures.attempt(() -> projects.archive(id, version)) != null) {
      messages.info("projects.archived");
    }
  }

  public void delete(long id, long version) {
    if (failures.attempt(() -> projects.delete(id, version))) {
      messages.info("projects.deleted");
    }
  }

  public ProjectStatus[] getStatuses() {
    return ProjectStatus.values();
  }

  public boolean isEditing() {
    return editId != null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public ProjectStatus getStatus() {
    return status;
  }

  public void setStatus(ProjectStatus status) {
    this.status = status;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getBudgetHours() {
    return budgetHours;
  }

  public void setBudgetHours(BigDecimal budgetHours) {
    this.budgetHours = budgetHours;
  }

  public ProjectStatus getEditStatus() {
    return editStatus;
  }

  public void setEditStatus(ProjectStatus editStatus) {
    this.editStatus = editStatus;
  }
}
