package org.teamward.web.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.teamward.access.rights.Permission;

/**
 * Every page that guards itself names a {@link MenuPage} in a string of its XHTML, which the
 * expression language turns into the constant only when the page is opened: this resolves them all
 * at build time, so that a renamed constant fails here and not as an error page.
 */
class MenuPageTest {

  private static final Pattern REQUIRE = Pattern.compile("pageAccess\\.require\\('(\\w+)'\\)");

  @Test
  void everyGuardedPageNamesAMenuPageAndEachMenuPageGuardsOnePage() throws IOException {
    List<String> named = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = REQUIRE.matcher(Files.readString(file));
        while (m.find()) {
          named.add(m.group(1));
        }
      }
    }
    assertThat(named)
        .as("the pages' names resolve to menu pages, one page each")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(MenuPage.values()).map(Enum::name).toList());
  }

  @Test
  void aRefusedPageNamesTheRightsItsUseCasesDeclare() {
    assertThat(MenuPage.BOOKINGS.rights()).contains(Permission.TIME_BOOK_OWN);
    assertThat(MenuPage.ABSENCES.rights()).containsExactly(Permission.ABSENCE_VIEW);
    assertThat(MenuPage.ACTIVITY.rights()).isEmpty();
    assertThat(MenuPage.DASHBOARD.rights())
        .as("both use cases' rights, once each, in the catalogue's order")
        .isSorted()
        .doesNotHaveDuplicates()
        .containsAll(MenuPage.BOOKINGS.rights());
  }
}
