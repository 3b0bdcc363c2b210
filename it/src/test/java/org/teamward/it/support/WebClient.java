package org.teamward.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second web client next to the browser: it signs in through the real sign-in form (its view
 * state, nonce and session cookie) and then requests pages with its cookies only, so that a test
 * sees what another device, or a copied cookie, gets from the server.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

  public final Map<String, String> cookies = new HashMap<>();

  /**
   * The nonce of a page's response, which a browser's copy of the page posts back with each form
   * (PrimeFaces' script puts it into the forms; read here from the policy header, as the browser
   * learns it).
   */
  public static String nonce(Response page) {
    Matcher nonce = NONCE.matcher(String.valueOf(page.header("Content-Security-Policy")));
    if (!nonce.find()) {
      throw new AssertionError("no nonce in the policy of the page");
    }
    return nonce.group(1);
  }

  /** Another client holding a copy of the browser's cookies: its session, seen from elsewhere. */
  public static WebClient copyOf(Browser browser) {
    WebClient copy = new WebClient();
    browser.driver.manage().getCookies().forEach(c -> copy.cookies.put(c.getName(), c.getValue()));
    return copy;
  }

  /** Opens the sign-in page (a session before sign-in), then signs in; answers the response. */
  public Response signIn(String email, String password) {
    Response page = get("/login.xhtml");
    cookies.putAll(page.getCookies());
    Matcher viewState = VIEW_STATE.matcher(page.asString());
    if (!viewState.find()) {
      throw new AssertionError("no view state on the sign-in page");
    }
    Response answer =
        given()
            .baseUri(Server.base())
            .redirects()
            .follow(false)
            .cookies(cookies)
            .contentType("application/x-www-form-urlencoded")
            .formParam("login", "login")
            .formParam("login:email", email)
            .formParam("login:password", password)
            .formParam("login:signIn", "")
            .formParam("jakarta.faces.ViewState", viewState.group(1))
            .formParam("primefaces.nonce", nonce(page))
            .post("/login.xhtml");
    cookies.putAll(answer.getCookies());
    return answer;
  }

  /** A page with this client's cookies, not following redirects. */
  public Response get(String path) {
    return given().baseUri(Server.base()).redirects().follow(false).cookies(cookies).get(path);
  }

  /** Whether a page opens signed in, rather than sending the client to the sign-in page. */
  public boolean signedIn() {
    Response index = get("/index.xhtml");
    return index.statusCode() == 200 && !index.asString().contains("id=\"login:signIn\"");
  }
}
