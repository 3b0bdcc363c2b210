package org.teamward.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.absence.AbsenceDraft;
import org.teamward.access.accounts.NewUser;
import org.teamward.access.accounts.UserChange;
import org.teamward.access.accounts.UserGroupDraft;
import org.teamward.access.credentials.AccessAuthorisationDraft;
import org.teamward.attendance.Punch;
import org.teamward.employee.EmployeeDraft;
import org.teamward.project.ProjectDraft;
import org.teamward.time.TimeBookingDraft;

/**
 * The web forms let no one type more than the domain's drafts accept: each text input's {@code
 * maxlength} is the {@code @Size} of the component it fills, so that the browser stops where the
 * API answers 400. (Longer input that reaches the server anyway meets the same constraint.)
 */
class FormLimitsTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** Page, input id, the record the input fills, and the component. */
  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("projects/projects.xhtml", "code", ProjectDraft.class, "code"),
        Arguments.of("projects/projects.xhtml", "name", ProjectDraft.class, "name"),
        Arguments.of(
            "employees/employees.xhtml", "personnelNumber", EmployeeDraft.class, "personnelNumber"),
        Arguments.of("employees/employees.xhtml", "firstName", EmployeeDraft.class, "firstName"),
        Arguments.of("employees/employees.xhtml", "lastName", EmployeeDraft.class, "lastName"),
        Arguments.of("employees/employees.xhtml", "email", EmployeeDraft.class, "email"),
        Arguments.of("employees/employees.xhtml", "department", EmployeeDraft.class, "department"),
        Arguments.of("absences/absences.xhtml", "note", AbsenceDraft.class, "note"),
        Arguments.of("time/bookings.xhtml", "description", TimeBookingDraft.class, "description"),
        Arguments.of("admin/groups.xhtml", "name", UserGroupDraft.class, "name"),
        Arguments.of("admin/groups.xhtml", "description", UserGroupDraft.class, "description"),
        Arguments.of("admin/groups.xhtml", "renameName", UserGroupDraft.class, "name"),
        Arguments.of(
            "admin/groups.xhtml", "renameDescription", UserGroupDraft.class, "description"),
        Arguments.of("admin/access.xhtml", "name", AccessAuthorisationDraft.class, "name"),
        Arguments.of(
            "admin/access.xhtml", "description", AccessAuthorisationDraft.class, "description"),
        Arguments.of("admin/users.xhtml", "email", NewUser.class, "email"),
        Arguments.of("admin/users.xhtml", "name", NewUser.class, "name"),
        Arguments.of("admin/users.xhtml", "password", NewUser.class, "password"),
        Arguments.of("admin/users.xhtml", "editName", UserChange.class, "name"),
        Arguments.of("terminal/index.html", "number", Punch.class, "personnelNumber"));
  }

  /** Texts the web offers as a choice from a list, which cannot be too long. */
  private static final Set<String> CHOSEN =
      Set.of("EmployeeDraft.timeZone", "UserGroupDraft.departments");

  @ParameterizedTest(name = "{0} #{1} = {2}.{3}")
  @MethodSource("inputs")
  void anInputAllowsAsManyCharactersAsItsComponent(
      String page, String id, Class<? extends Record> draft, String component) throws IOException {
    assertThat(maxlength(page, id)).isEqualTo(size(draft, component));
  }

  @Test
  void everyBoundedTextOfAFormsDraftHasAnInput() {
    Set<String> covered =
        inputs()
            .map(a -> ((Class<?>) a.get()[2]).getSimpleName() + "." + a.get()[3])
            .collect(Collectors.toCollection(HashSet::new));
    covered.addAll(CHOSEN);
    Set<String> bounded =
        inputs()
            .map(a -> (Class<?>) a.get()[2])
            .distinct()
            .flatMap(
                draft ->
                    Arrays.stream(draft.getRecordComponents())
                        .filter(c -> sizeOf(c) != null)
                        .map(c -> draft.getSimpleName() + "." + c.getName()))
            .collect(Collectors.toSet());
    assertThat(covered).containsAll(bounded);
  }

  private static int maxlength(String page, String id) throws IOException {
    String source = Files.readString(WEBAPP.resolve(page));
    Matcher tag = Pattern.compile("<[^>]*\\bid=\"" + id + "\"[^>]*>").matcher(source);
    assertThat(tag.find()).as(page + " has #" + id).isTrue();
    Matcher max = Pattern.compile("maxlength=\"(\\d+)\"").matcher(tag.group());
    assertThat(max.find()).as(page + " #" + id + " has a maxlength").isTrue();
    return Integer.parseInt(max.group(1));
  }

  private static int size(Class<? extends Record> draft, String component) {
    RecordComponent found =
        Arrays.stream(draft.getRecordComponents())
            .filter(c -> c.getName().equals(component))
            .findFirst()
            .orElseThrow();
    Size size = sizeOf(found);
    assertThat(size).as(draft.getSimpleName() + "." + component + " has @Size").isNotNull();
    return size.max();
  }

  /** {@code @Size} on a text, or on the texts of a collection. */
  private static Size sizeOf(RecordComponent component) {
    Size direct = component.getAnnotatedType().getAnnotation(Size.class);
    if (direct != null) {
      return direct;
    }
    return component.getAnnotatedType()
            instanceof java.lang.reflect.AnnotatedParameterizedType parameterized
        ? List.of(parameterized.getAnnotatedActualTypeArguments()).stream()
            .map(t -> t.getAnnotation(Size.class))
            .filter(s -> s != null)
            .findFirst()
            .orElse(null)
        : null;
  }
}
