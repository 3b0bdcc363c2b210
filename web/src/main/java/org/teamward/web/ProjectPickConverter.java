package org.teamward.web;

import jakarta.faces.convert.FacesConverter;

/** A project picker's value (see {@link PickConverter}). */
@FacesConverter("projectPick")
public class ProjectPickConverter extends PickConverter<ProjectPick> {

  public ProjectPickConverter() {
    super(ProjectPick::new, ProjectPick::id);
  }
}
