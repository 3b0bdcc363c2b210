package org.teamward.project;

import static org.teamward.access.rights.Effect.READ;
import static org.teamward.access.rights.Effect.WRITE;
import static org.teamward.access.rights.Permission.PROJECT_CREATE;
import static org.teamward.access.rights.Permission.PROJECT_DELETE;
import static org.teamward.access.rights.Permission.PROJECT_EDIT;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.teamward.access.rights.Caller;
import org.teamward.access.rights.Grant;
import org.teamward.access.rights.Requires;
import org.teamward.access.rights.UseCases;
import org.teamward.failure.Conflict;
import org.teamward.failure.NotFound;
import org.teamward.paging.Page;
import org.teamward.paging.PageRequest;
import org.teamward.paging.QueryFilter;

/** The project use cases. */
@UseCases
public class Projects {

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject ProjectPolicy policy;

  /**
   * The projects by code, read in SQL as rows: the one list of the web and the API. Each row says
   * what the caller may do with it; projects belong to nobody, so the policy decides on the grant
   * alone, once for the page.
   */
  @Requires(value = PROJECT_VIEW, effect = READ)
  public Page<ProjectRow> list(ProjectFilter filter, PageRequest page) {
    Grant grant = caller.grant();
    boolean mayEdit = policy.canEdit(grant).allowed();
    boolean mayArchive = policy.canArchive(grant).allowed();
    boolean mayDelete = policy.canDelete(grant).allowed();
    return new QueryFilter()
        .matching(filter.text(), "p.code", "p.name")
        .and(
            "p.status = :status", "status", filter.status() == null ? null : filter.status().name())
        .rows(
            em,
            ProjectRow.COLUMNS,
            "project p",
            "",
            "p.id",
            "p.code, p.id",
            page,
            columns -> ProjectRow.ofColumns(columns, mayEdit, mayArchive, mayDelete));
  }

  @Requires(value = PROJECT_VIEW, effect = READ)
  public Project get(long id) {
    policy.canView(caller.grant()).orThrow("view projects");
    return find(id);
  }

  @Requires(value = PROJECT_CREATE, effect = WRITE)
  public Project create(ProjectDraft draft) {
    policy.canCreate(caller.grant()).orThrow("create projects");
    draft.validate();
    requireUniqueCode(draft.code(), null);
    Project project = new Project();
    apply(project, draft);
    em.persist(project);
    return project;
  }

  @Requires(value = PROJECT_EDIT, effect = WRITE)
  public Project update(long id, Long expectedVersion, ProjectDraft draft) {
    policy.canEdit(caller.grant()).orThrow("edit projects");
    Project project = find(id);
    project.checkVersion(expectedVersion);
    draft.validate();
    requireUniqueCode(draft.code(), id);
    apply(project, draft);
    return project;
  }

  /** Closes the project to new bookings; idempotent, so a retried request does no harm. */
  @Requires(value = PROJECT_EDIT, effect = WRITE)
  public Project archive(long id, Long expectedVersion) {
    policy.canArchive(caller.grant()).orThrow("archive projects");
    Project project = find(id);
    project.checkVersion(expectedVersion);
    project.setStatus(ProjectStatus.ARCHIVED);
    return project;
  }

  /** Deletes a project nobody booked on; booked projects are archived instead, keeping history. */
  @Requires(value = PROJECT_DELETE, effect = WRITE)
  public void delete(long id, Long expectedVersion) {
    policy.canDelete(caller.grant()).orThrow("delete projects");
    Project project = find(id);
    project.checkVersion(expectedVersion);
    long bookings =
        em.createQuery("select count(b) from TimeBooking b where b.project = :project", Long.class)
            .setParameter("project", project)
            .getSingleResult();
    if (bookings > 0) {
      throw new Conflict(
          "The project has "
              + bookings
              + " time bookings and cannot be deleted. Archive it instead.");
    }
    em.remove(project);
  }

  private Project find(long id) {
    return NotFound.ifNull(em.find(Project.class, id), "project");
  }

  private void requireUniqueCode(String code, Long exceptId) {
    boolean taken =
        !em.createQuery(
                "select p.id from Project p where p.code = :code and p.id <> :id", Long.class)
            .setParameter("code", code.trim())
            .setParameter("id", exceptId == null ? -1L : exceptId)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new Conflict("Another project already has the code " + code.trim() + ".");
    }
  }

  private static void apply(Project project, ProjectDraft draft) {
    project.setCode(draft.code().trim());
    project.setName(draft.name().trim());
    project.setBudgetHours(draft.budgetHours());
    if (draft.status() != null) {
      project.setStatus(draft.status());
    }
  }
}
