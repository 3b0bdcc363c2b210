package org.teamward.it.project;

import static org.teamward.it.support.ApiSteps.code;
import static org.teamward.it.support.ApiSteps.post;
import static org.teamward.it.support.ApiSteps.put;
import static org.teamward.it.support.ApiSteps.read;
import static org.teamward.it.support.ApiSteps.total;
import static org.teamward.it.support.Operation.Relation.NONE;
import static org.teamward.it.support.WebSteps.PROJECTS;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.teamward.it.support.ApiSteps;
import org.teamward.it.support.Browser;
import org.teamward.it.support.Control;
import org.teamward.it.support.Operation;
import org.teamward.it.support.Operation.Fixture;
import org.teamward.it.support.Operation.Outcome;
import org.teamward.it.support.WebSteps;

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
              Control create =
                  WebSteps.page(b, "/projects/projects.xhtml", By.id("projects:create"));
              if (!create.offered()) {
                return create.absent();
              }
              create.click(b);
              b.visible(By.id("projects:code"));
              b.type(By.id("projects:code"), f.text("code"));
              b.type(By.id("projects:name"), "Web");
              b.click(By.id("projects:save"));
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
              b.visible(By.id("projects:name"));
              b.type(By.id("projects:name"), "Renamed");
              b.click(By.id("projects:save"));
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
    b.open("/projects/projects.xhtml");
    if (WebSteps.refused(b)) {
      return Control.absent(Outcome.REFUSED);
    }
    b.type(By.id("projects:search"), f.text("code"));
    b.click(By.id("projects:filter"));
    WebSteps.waitForRows(b, PROJECTS, f.text("code"));
    return WebSteps.row(b, PROJECTS, f.text("code"), action);
  }
}
