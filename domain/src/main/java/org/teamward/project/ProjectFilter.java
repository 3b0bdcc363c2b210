package org.teamward.project;

/**
 * Narrows the project list; every field is optional.
 *
 * @param text part of the code or name, case-insensitive
 */
public record ProjectFilter(String text, ProjectStatus status) {

  public static final ProjectFilter ALL = new ProjectFilter(null, null);
}
