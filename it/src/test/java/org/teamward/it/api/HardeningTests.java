package org.teamward.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.filter.cookie.CookieFilter;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.teamward.it.audit.LogScanTests;
import org.teamward.it.support.Api;
import org.teamward.it.support.Server;
import org.teamward.it.support.WebClient;

/**
 * What every response carries, read from the raw headers on the wire (a browser's view of cookies
 * would hide a missing attribute): security headers, no caching of private data, no server
 * announcement, a SameSite session cookie, and Faces forms that refuse cross-site posts and foreign
 * view state without naming an exception.
 */
public abstract class HardeningTests {

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
    Response login = Api.anonymous().filter(cookies).get("/login.xhtml");
    signInForm(cookies, login, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)
        .formParam("primefaces.nonce", WebClient.nonce(login))
        .post("/login.xhtml")
        .then()
        .statusCode(302);
    return Api.anonymous().filter(cookies);
  }

  /** The sign-in form of {@code login} filled in as a browser would, but without the nonce. */
  static RequestSpecification signInForm(
      CookieFilter cookies, Response login, String email, String password) {
    return Api.anonymous()
        .filter(cookies)
        .header("Origin", origin())
        .redirects()
        .follow(false)
        .contentType("application/x-www-form-urlencoded")
        .formParam("login", "login")
        .formParam("login:email", email)
        .formParam("login:password", password)
        .formParam("login:signIn", "")
        .formParam("jakarta.faces.ViewState", viewState(login.asString()));
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
   * The one policy of a page's response, its script sources without {@code 'unsafe-inline'} or
   * {@code 'unsafe-eval'}, and every script of the page carrying the nonce that policy names, and
   * no inline event handler. Answers the nonce.
   */
  static String assertScriptsNeedTheNonce(Response response, String label) {
    List<String> policies = response.headers().getValues("Content-Security-Policy");
    assertThat(policies).as(label).hasSize(1);
    assertThat(policies.get(0)).as(label).doesNotContain("unsafe-eval");
    String scripts =
        Stream.of(policies.get(0).split(";"))
            .map(String::trim)
            .filter(d -> d.startsWith("script-src"))
            .findFirst()
            .orElseThrow();
    assertThat(scripts).as(label).startsWith("script-src 'self' ").doesNotContain("unsafe-inline");
    Matcher nonce = NONCE.matcher(scripts);
    assertThat(nonce.find()).as(label + ": " + scripts).isTrue();
    String value = nonce.group(1);
    assertThat(nonce.find()).as(label + ": one nonce").isFalse();
    Matcher script = SCRIPT.matcher(response.asString());
    int count = 0;
    while (script.find()) {
      assertThat(script.group()).as(label).contains("nonce=\"" + value + "\"");
      count++;
    }
    assertThat(count).as(label + ": scripts").isPositive();
    assertThat(response.asString())
        .as(label)
        .doesNotContainPattern(" on(click|change|complete|keydown|submit|load)=\"");
    return value;
  }

  /**
   * Pages allow only their own scripts and those carrying the response's nonce: no inline handler
   * and no eval, so an injected script or attribute cannot run. Every script a page writes carries
   * the nonce, the response has one policy, not a second that would undo the first, and each
   * response has a nonce of its own.
   */
  @Test
  void pagesRunOnlyScriptsWithTheResponsesNonce() {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    for (String page : List.of("/login.xhtml", "/time/bookings.xhtml", "/admin/users.xhtml")) {
      RequestSpecification client = page.equals("/login.xhtml") ? Api.anonymous() : session;
      Response first = client.get(page);
      assertThat(first.statusCode()).as(page).isEqualTo(200);
      String nonce = assertScriptsNeedTheNonce(first, page);
      Response second = client.get(page);
      assertThat(assertScriptsNeedTheNonce(second, page + " again"))
          .as(page + ": a nonce per response")
          .isNotEqualTo(nonce);
    }
  }

  /**
   * A post with this page's view state but without the nonce the page's response gave, or with
   * another, is none of our pages' forms: it answers the error page with 400 before anything is
   * done (here a sign-in with the right password does not sign in), names no failure, has a fresh
   * nonce of its own, and logs no SEVERE. The same post with the page's nonce signs in.
   */
  @Test
  void aPostWithoutItsPagesNonceIsRefusedAndDoesNothing() throws IOException {
    String another = WebClient.nonce(Api.anonymous().get("/login.xhtml"));
    long logBefore = LogScanTests.logSize();
    for (String nonce :
        java.util.Arrays.asList(
            null, "", another, "garbage", "\u00e9\u0000<script>", "x".repeat(4000))) {
      String label =
          "nonce " + (nonce == null ? "none" : nonce.substring(0, Math.min(20, nonce.length())));
      CookieFilter cookies = new CookieFilter();
      Response login = Api.anonymous().filter(cookies).get("/login.xhtml");
      RequestSpecification form = signInForm(cookies, login, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD);
      if (nonce != null) {
        form.formParam("primefaces.nonce", nonce);
      }
      Response post = form.post("/login.xhtml");
      assertThat(post.statusCode()).as(label).isEqualTo(400);
      assertThat(post.contentType()).as(label).contains("html");
      assertThat(post.asString()).as(label).contains("id=\"errorText\"");
      assertNamesNoFailure(post.asString());
      assertHardened(post, label);
      assertThat(post.headers().getValues("Set-Cookie"))
          .as(label + ": no new session, as after a sign-in")
          .noneMatch(c -> c.startsWith("JSESSIONID="));
      String fresh = assertScriptsNeedTheNonce(post, label);
      assertThat(fresh).as(label).isNotEqualTo(nonce).isNotEqualTo(WebClient.nonce(login));
      Response home = Api.anonymous().filter(cookies).redirects().follow(false).get("/index.xhtml");
      assertThat(home.statusCode() == 200 && !home.asString().contains("id=\"login:signIn\""))
          .as(label + ": signed in")
          .isFalse();
    }
    assertThat(LogScanTests.logSince(logBefore))
        .as("what the refused posts logged")
        .noneMatch(line -> line.contains("SEVERE") || line.contains("WARNING"));
    CookieFilter cookies = new CookieFilter();
    Response login = Api.anonymous().filter(cookies).get("/login.xhtml");
    signInForm(cookies, login, Api.ADMIN_EMAIL, Api.ADMIN_PASSWORD)
        .formParam("primefaces.nonce", WebClient.nonce(login))
        .post("/login.xhtml")
        .then()
        .statusCode(302);
  }

  /**
   * On a signed-in page too: with the page's nonce a post is taken; without it, the same post
   * answers the error page with 400; and an AJAX post with another page's nonce gets the error page
   * as its update instead of an exception. None of them logs a SEVERE. (A refused post replaces the
   * page's view, and with it the nonce the view kept, so the AJAX post is made on a page opened
   * afresh.)
   */
  @Test
  void signedInPostsWithoutTheNonceAreRefused() throws IOException {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    long logBefore = LogScanTests.logSize();
    Response page = session.get("/projects/projects.xhtml");
    String state = viewState(page.asString());
    Response own =
        Api.anonymous()
            .filter(cookies)
            .header("Origin", origin())
            .contentType("application/x-www-form-urlencoded")
            .formParam("projects", "projects")
            .formParam("jakarta.faces.ViewState", state)
            .formParam("primefaces.nonce", WebClient.nonce(page))
            .post("/projects/projects.xhtml");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.asString()).doesNotContain("id=\"errorText\"");
    Response full =
        Api.anonymous()
            .filter(cookies)
            .header("Origin", origin())
            .contentType("application/x-www-form-urlencoded")
            .formParam("projects", "projects")
            .formParam("jakarta.faces.ViewState", state)
            .post("/projects/projects.xhtml");
    assertThat(full.statusCode()).isEqualTo(400);
    assertThat(full.asString()).contains("id=\"errorText\"");
    assertNamesNoFailure(full.asString());
    assertScriptsNeedTheNonce(full, "refused full post");
    String postedNonce = WebClient.nonce(Api.anonymous().get("/login.xhtml"));
    Response ajax =
        Api.anonymous()
            .filter(cookies)
            .header("Origin", origin())
            .header("Faces-Request", "partial/ajax")
            .contentType("application/x-www-form-urlencoded")
            .formParam("jakarta.faces.partial.ajax", "true")
            .formParam("jakarta.faces.source", "projects")
            .formParam("jakarta.faces.partial.execute", "@all")
            .formParam("projects", "projects")
            .formParam(
                "jakarta.faces.ViewState",
                viewState(session.get("/projects/projects.xhtml").asString()))
            .formParam("primefaces.nonce", postedNonce)
            .post("/projects/projects.xhtml");
    assertThat(ajax.statusCode()).isEqualTo(200);
    assertNamesNoFailure(ajax.asString());
    assertThat(ajax.asString()).contains("errorText").doesNotContain("CSP");
    // the browser's page keeps its policy, so the update's scripts keep the nonce it posted
    Matcher scriptNonce = Pattern.compile("nonce=\"([^\"]*)\"").matcher(ajax.asString());
    while (scriptNonce.find()) {
      assertThat(scriptNonce.group(1)).isEqualTo(postedNonce);
    }
    assertThat(LogScanTests.logSince(logBefore))
        .as("what the refused posts logged")
        .noneMatch(line -> line.contains("SEVERE") || line.contains("WARNING"));
  }

  @Test
  void aCrossSitePostIsRefused() {
    CookieFilter cookies = new CookieFilter();
    RequestSpecification session = signedIn(cookies);
    Response projects = session.get("/projects/projects.xhtml");
    String state = viewState(projects.asString());
    String nonce = WebClient.nonce(projects);
    for (String[] header :
        new String[][] {{"Origin", "https://evil.example"}, {"Sec-Fetch-Site", "cross-site"}}) {
      Response post =
          Api.anonymous()
              .filter(cookies)
              .header(header[0], header[1])
              .contentType("application/x-www-form-urlencoded")
              .formParam("projects", "projects")
              .formParam("jakarta.faces.ViewState", state)
              .formParam("primefaces.nonce", nonce)
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
            .formParam("primefaces.nonce", nonce)
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
    Response stalePage = Api.anonymous().get("/login.xhtml");
    String stale = viewState(stalePage.asString());
    String staleNonce = WebClient.nonce(stalePage);
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
      RequestSpecification form =
          Api.anonymous()
              .header("Origin", origin())
              .redirects()
              .follow(false)
              .contentType("application/x-www-form-urlencoded; charset=UTF-8")
              .formParam("login", "login")
              .formParam("login:email", "nobody@teamward.test")
              .formParam("login:password", "not-a-password")
              .formParam("login:signIn", "")
              .formParam("jakarta.faces.ViewState", state);
      if (state.equals(stale)) {
        // what a browser's copy of the stale page posts
        form.formParam("primefaces.nonce", staleNonce);
      } else if (state.equals("0:0")) {
        form.formParam("primefaces.nonce", "garbage");
      }
      Response post = form.post("/login.xhtml");
      String label = "view state " + (state.length() > 40 ? state.substring(0, 40) : state);
      assertThat(post.statusCode()).as(label).isEqualTo(200);
      assertThat(post.asString())
          .as(label)
          .contains("Your session expired; please sign in again")
          .contains("id=\"login:email\"")
          .contains("id=\"login:signIn\"")
          .doesNotContain("id=\"errorText\"");
      assertNamesNoFailure(post.asString());
      // the page is usable: its fresh view state is one the server knows, its nonce its own
      assertThat(viewState(post.asString())).isNotEqualTo(state);
      assertThat(assertScriptsNeedTheNonce(post, label)).isNotEqualTo(staleNonce);
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
