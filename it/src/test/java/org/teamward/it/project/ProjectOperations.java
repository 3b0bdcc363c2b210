package org.teamward.it.project;

import static org.teamward.it.support.ApiSteps.code;
import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.NONE;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teamward.it.pages.ProjectsPage;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;

/** The catalogue's project entries: projects belong to nobody, so their relation is NONE. */
public final class ProjectOperations {

  private ProjectOperations() {}

  public static List<Operation> all() {
    return List.of(
        new Operation(
            "Projects.create",
            "PROJECT_CREATE",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_CREATE"),
            Set.of("PROJECT_VIEW"),
            actor -> new Fixture(actor).with("code", code()),
            (f, device) ->
                post(device, "/api/projects", Map.of("code", f.text("code"), "name", "API")),
            (f, b) -> {
              Control create = ProjectsPage.createButton(b);
              if (!create.offered()) {
                return create.absent();
              }
              create.click(b);
              ProjectsPage page = new ProjectsPage(b);
              page.fillNew(f.text("code"), "Web");
              page.save();
              return Outcome.ALLOWED;
            },
            f -> total("/api/projects?q=" + f.text("code"))),
        new Operation(
            "Projects.update",
            "PROJECT_EDIT",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            Set.of("PROJECT_VIEW"),
            ApiSteps::withProject,
            (f, device) ->
                put(
                    device,
                    "/api/projects/" + f.id("project"),
                    Map.of("code", f.text("code"), "name", "Renamed")),
            (f, b) -> {
              Control edit = row(b, f, "edit");
              if (!edit.offered()) {
                return edit.absent();
              }
              edit.click(b);
              ProjectsPage page = new ProjectsPage(b);
              page.rename("Renamed");
              page.save();
              return Outcome.ALLOWED;
            },
            f -> read("/api/projects/" + f.id("project"))),
        new Operation(
            "Projects.archive",
            "PROJECT_EDIT",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            Set.of("PROJECT_VIEW"),
            ApiSteps::withProject,
            (f, device) ->
                ApiSteps.transition(device, "/api/projects/" + f.id("project") + "/archive"),
            (f, b) -> row(b, f, "archive").confirm(b),
            f -> read("/api/projects/" + f.id("project"))),
        new Operation(
            "Projects.delete",
            "PROJECT_DELETE",
            NONE,
            Set.of("PROJECT_VIEW", "PROJECT_DELETE"),
            Set.of("PROJECT_VIEW", "PROJECT_EDIT"),
            ApiSteps::withProject,
            (f, device) -> ApiSteps.delete(device, "/api/projects/" + f.id("project")),
            (f, b) -> row(b, f, "delete").confirm(b),
            f -> read("/api/projects/" + f.id("project"))));
  }

  private static Control row(Browser b, Fixture f, String action) {
    ProjectsPage page = ProjectsPage.open(b);
    if (page.refused()) {
      return Control.absent(Outcome.REFUSED);
    }
    page.search(f.text("code"));
    return page.rowAction(f.text("code"), action);
  }
}
