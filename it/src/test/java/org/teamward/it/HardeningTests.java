package org.teamward.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every response carries, read from the raw headers on the wire (a browser's view of cookies
 * would hide a missing attribute): security headers, no caching of private data, no server
 * announcement, a SameSite session cookie, and Faces forms that refuse cross-site posts and foreign
 * view state without naming an exception.
 */
abstract class HardeningTests {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  static String origin() {
    URI base = URI.create(Server.base());
    return base.getScheme() + "://" + base.getAuthority();
  }

  static String viewState(String html) {
    Matcher m = VIEW_STATE.matcher(html);
    assertThat(m.find()).as("the page has a view state").isTrue();
    return m.group(1);
  }

  /** A browser-like session: cookies kept, signed in through the form. */
  static RequestSpecification signedIn(CookieFilter cookies) {
    String login = Api.anonymous().filter(cookies).get("/login.xhtml").asString();
    Api.anonymous()
        .filter(cookies)
        .header("Origin", origin())
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("login", "login")
        .formParam("login:email", Api.ADMIN_EMAIL)
        .formParam("login:password", Api.ADMIN_PASSWORD)
        .formParam("login:signIn", "")
        .formParam("jakarta.faces.ViewState", viewState(login))
        .post("/login.xhtml")
        .then()
        .statusCode(302);
    return Api.anonymous().filter(cookies);
  }

  static void assertHardened(Response response, String label) {
    assertThat(response.header("X-Content-Type-Options")).as(label).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).as(label).isEqualTo("same-origin");
    assertThat(response.header("Content-Security-Policy"))
        .as(label)
        .contains("frame-ancestors 'none'")
        .contains("default-src");
    assertThat(response.header("X-Powered-By")).as(label).isNull();
    String server = response.header("Server");
    assertThat(server == null ? "" : server).as(label).isBlank();
    // plain HTTP here, and no trusted proxy: no HSTS, whatever the client claims
    assertThat(response.header("Strict-Transport-Security")).as(label).isNull();
  }

  static Stream<String> anonymousPaths() {
    return Stream.of(
        "/login.xhtml",
        "/api",
        "/api/me",
        "/api/no-such-thing",
        "/openapi",
        "/health",
        "/no-such-page.xhtml",
        "/jakarta.faces.resource/css/teamward.css.xhtml");
  }

  @ParameterizedTest(name = "GET {0}")
  @MethodSource("anonymousPaths")
  void everyResponseIsHardened(String path) {
    Response response =
        Api.anonymous().header("X-Forwarded-Proto", "https").redirects().follow(false).get(path);
    assertHardened(response, path);
  }

  @Test
  void authenticatedApiAnswersAreNotCached() {
    Response me = Api.admin().bearer().get("/api/me");
    me.then().statusCode(200);
    assertHardened(me, "/api/me");
    assertThat(me.header("Cache-Control")).contains("no-store");
    assertThat(me.header("Content-Security-Policy")).startsWith("default-src 'none'");
    Response list = Api.admin().basic().get("/api/projects");
    list.then().statusCode(200);
    assertThat(list.header("Cache-Control")).contains("no-store");
  }

  @Test
  void theSessionCookieIsSameSiteLaxOnTheWire() {
    Response login = Api.anonymous().get("/login.xhtml");
    List<String> cookies = login.headers().getValues("Set-Cookie");
    assertThat(cookies).anyMatch(c -> c.startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(c -> c.startsWith("JSESSIONID"))
        .allSatisfy(
            c -> {
              assertThat(c.toLowerCase()).contains("; samesite=lax");
              assertThat(c.toLowerCase()).contains("; httponly");
            });
  }

  @Test
  void signedInPagesAreNotCached() {
    Response home = signedIn(new CookieFilter()).get("/index.xhtml");
    home.then().statusCode(200);
    assertHardened(home, "/index.xhtml");
    assertThat(home.headers().getValues("Cache-Control")).contains("no-store");
  }

  private static final Pattern SCRIPT = Pattern.compile("<script\\b[^>]*>");
  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  /**
   * Pages allow only their own scripts and those carrying the response's nonce: no inline handler
   * and no eval, so an injected script or attribute cannot run. Every script a page writes carries
   * the nonce, and the response has one policy, not a second that would undo the first.
   */
  @Test
  void pagesRunOnlyScriptsWithTheResponsesNonce() {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    for (String page : List.of("/login.xhtml", "/time/bookings.xhtml", "/admin/users.xhtml")) {
      Response response =
          (page.equals("/login.xhtml") ? Api.anonymous() : session).get(page);
      assertThat(response.statusCode()).as(page).isEqualTo(200);
      List<String> policies = response.headers().getValues("Content-Security-Policy");
      assertThat(policies).as(page).hasSize(1);
      String scripts =
          Stream.of(policies.get(0).split(";"))
              .map(String::trim)
              .filter(d -> d.startsWith("script-src"))
              .findFirst()
              .orElseThrow();
      assertThat(scripts).as(page).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      Matcher nonce = NONCE.matcher(scripts);
      assertThat(nonce.find()).as(page + ": " + scripts).isTrue();
      Matcher script = SCRIPT.matcher(response.asString());
      int count = 0;
      while (script.find()) {
        assertThat(script.group()).as(page).contains("nonce=\"" + nonce.group(1) + "\"");
        count++;
      }
      assertThat(count).as(page + ": scripts").isPositive();
      assertThat(response.asString()).as(page).doesNotContainPattern(" on(click|change|complete)=\"");
    }
  }

  @Test
  void aCrossSitePostIsRefused() {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    String page = session.get("/projects/projects.xhtml").asString();
    String state = viewState(page);
    for (String[] header :
        new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
      Response post =
          Api.anonymous()
              .filter(cookies)
              .header(header[0], header[1])
              .contentType("application/x-www-form-urlencoded")
              .formParam("projects", "projects")
              .formParam("jakarta.faces.ViewState", state)
              .post("/projects/projects.xhtml");
      assertThat(post.statusCode()).as(header[0]).isEqualTo(403);
      assertThat(post.contentType()).contains("html");
      assertThat(post.asString()).contains("id=\"errorText\"");
    }
    // the same post from our own origin is accepted: the refusal is about the origin alone
    Response own =
        Api.anonymous()
            .filter(cookies)
            .header("Origin", origin())
            .contentType("application/x-www-form-urlencoded")
            .formParam("projects", "projects")
            .formParam("jakarta.faces.ViewState", state)
            .post("/projects/projects.xhtml");
    assertThat(own.statusCode()).isEqualTo(200);
  }

  @Test
  void anotherViewsStateGetsTheErrorPageNamingNoException() {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    String foreign = viewState(session.get("/index.xhtml").asString());
    session.get("/projects/projects.xhtml").then().statusCode(200);
    Response full =
        Api.anonymous()
            .filter(cookies)
            .contentType("application/x-www-form-urlencoded")
            .formParam("projects", "projects")
            .formParam("jakarta.faces.ViewState", foreign)
            .post("/projects/projects.xhtml");
    assertThat(full.statusCode()).as("the client's mistake, not the server's").isEqualTo(400);
    assertNamesNoFailure(full.asString());
    assertThat(full.asString()).contains("id=\"errorText\"");
    Response ajax =
        Api.anonymous()
            .filter(cookies)
            .header("Faces-Request", "partial/ajax")
            .contentType("application/x-www-form-urlencoded")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", "projects")
            .formParam("jakarta.faces.partial.execute", "@all")
            .formParam("projects", "projects")
            .formParam("jakarta.faces.ViewState", foreign)
            .post("/projects/projects.xhtml");
    assertNamesNoFailure(ajax.asString());
    assertThat(ajax.asString()).contains("errorText");
  }

  /**
   * A sign-in form posted with a view state the server does not know (its session ended, or the
   * value was made up) answers the sign-in page afresh with a note, as a normal page: no error
   * page, and nothing in the server's log (the log scan, which runs last, checks that).
   */
  @Test
  void anExpiredOrForgedViewStateOnTheSignInPageAnswersTheSignInPageWithANote() {
    String stale = viewState(Api.anonymous().get("/login.xhtml").asString());
    for (String state :
        List.of(
            stale,
            "-4218049712345678901:-1234567890123456789",
            "0:0",
            "garbage",
            ":::",
            "",
            "\u00e9\u0000<script>",
            "x".repeat(4000))) {
      Response post =
          Api.anonymous()
              .header("Origin", origin())
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded; charset=UTF-8")
              .formParam("login", "login")
              .formParam("login:email", "nobody@teamward.test")
              .formParam("login:password", "not-a-password")
              .formParam("login:signIn", "")
              .formParam("jakarta.faces.ViewState", state)
              .post("/login.xhtml");
      String label = "view state " + (state.length() > 40 ? state.substring(0, 40) : state);
      assertThat(post.statusCode()).as(label).isEqualTo(200);
      assertThat(post.asString())
          .as(label)
          .contains("Your session expired; please sign in again")
          .contains("id=\"login:email\"")
          .contains("id=\"login:signIn\"")
          .doesNotContain("id=\"errorText\"");
      assertNamesNoFailure(post.asString());
      // the page is usable: its fresh view state is one the server knows
      assertThat(viewState(post.asString())).isNotEqualTo(state);
    }
  }

  /**
   * Nothing about what failed: no exception class, package or stack frame. (Every page's PrimeFaces
   * settings name {@code ViewExpiredException} as the key of the error page that web.xml maps it
   * to; that is configuration, not a failure.)
   */
  static void assertNamesNoFailure(String body) {
    assertThat(body)
        .doesNotContain("ArrayIndexOutOfBounds")
        .doesNotContain("java.lang.")
        .doesNotContain("Caused by")
        .doesNotContain("\tat ")
        .doesNotContain("<error-name>");
  }
}
