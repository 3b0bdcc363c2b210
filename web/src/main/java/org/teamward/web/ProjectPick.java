package org.teamward.web;

import java.io.Serializable;

/**
 * One project as a picker shows and submits it: the id, and the label the person chose by. Like
 * {@link EmployeePick}, a picker keeps this, never the entity.
 *
 * @param label the project's code and name
 */
public record ProjectPick(long id, String label) implements Serializable {

  public static ProjectPick of(long id, String code, String name) {
    return new ProjectPick(id, code + " · " + name);
  }

  /** The id of a pick, or null for none ("all" in a filter). */
  public static Long idOf(ProjectPick pick) {
    return pick == null ? null : pick.id();
  }
}
