package org.teamward.project;

import static org.teamward.access.rights.Permission.PROJECT_CREATE;
import static org.teamward.access.rights.Permission.PROJECT_DELETE;
import static org.teamward.access.rights.Permission.PROJECT_EDIT;
import static org.teamward.access.rights.Permission.PROJECT_VIEW;

import jakarta.enterprise.context.ApplicationScoped;
import org.teamward.access.rights.Decision;
import org.teamward.access.rights.Grant;

/**
 * Who may do what with projects. Projects belong to no employee, so there is no own/other axis and
 * no employee scope: only the state and the permission count.
 */
@ApplicationScoped
public class ProjectPolicy {

  public Decision canView(Grant grant) {
    return Decision.allowIf(grant.has(PROJECT_VIEW));
  }

  public Decision canCreate(Grant grant) {
    return Decision.allowIf(grant.has(PROJECT_CREATE));
  }

  public Decision canEdit(Grant grant) {
    return Decision.allowIf(grant.has(PROJECT_EDIT));
  }

  /** Archiving is an edit: it keeps the bookings but closes the project to new ones. */
  public Decision canArchive(Grant grant) {
    return canEdit(grant);
  }

  /** The right alone; a project with bookings is refused as a conflict by the service. */
  public Decision canDelete(Grant grant) {
    return Decision.allowIf(grant.has(PROJECT_DELETE));
  }

  /** Archived projects take no new bookings; existing ones stay as they are. */
  public boolean acceptsBookings(Project project) {
    return acceptsBookings(project.getStatus());
  }

  public boolean acceptsBookings(ProjectStatus status) {
    return status == ProjectStatus.ACTIVE;
  }
}
