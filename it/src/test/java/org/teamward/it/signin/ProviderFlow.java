package org.teamward.it.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.teamward.it.support.Server;
import org.teamward.it.support.WebClient;

/**
 * One browser's way through a sign-in with the company's identity provider, on the wire: its own
 * cookies for Teamward and Keycloak, and no redirect followed on its own, so that a test can stop
 * at any step, change the provider's answer, or send it twice.
 */
public final class ProviderFlow {

  private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*>");
  private static final Pattern ACTION = Pattern.compile("action=\"([^\"]+)\"");

  private final HttpClient http =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /**
   * Cookies by host and port, as a browser keeps them for these plain-HTTP addresses. Not the JDK's
   * {@code CookieManager}: it sends Keycloak's {@code Version=1} cookies back in RFC 2965 form
   * (quoted, with {@code $Path}), which Keycloak does not read.
   */
  private final Map<String, Map<String, String>> cookies = new HashMap<>();

  /** The Teamward this browser signs in to. */
  private final String teamward;

  ProviderFlow() {
    this(Server.loopback());
  }

  public ProviderFlow(String teamward) {
    this.teamward = teamward;
  }

  /**
   * Another browser window of the same person: signed in at the provider (its cookies), but not at
   * Teamward.
   */
  ProviderFlow withProviderCookiesOnly() {
    ProviderFlow other = new ProviderFlow(teamward);
    String teamwardHost = URI.create(teamward).getAuthority();
    cookies.forEach(
        (host, jar) -> {
          if (!host.equals(teamwardHost)) {
            other.cookies.put(host, new HashMap<>(jar));
          }
        });
    return other;
  }

  /** Another client holding a copy of this browser's cookies for Teamward. */
  public WebClient teamwardCookies() {
    WebClient copy = new WebClient();
    copy.cookies.putAll(cookies.getOrDefault(URI.create(teamward).getAuthority(), Map.of()));
    return copy;
  }

  /** Teamward's start of a provider sign-in: answers where it sends the browser. */
  public URI start() {
    HttpResponse<String> started = get(URI.create(teamward + "/sso/start"));
    assertThat(started.statusCode()).as("/sso/start redirects").isEqualTo(302);
    return location(started);
  }

  /**
   * Signs in at the provider's form (or not at all, when this browser is signed in there already):
   * answers where the provider sends the browser back, with its code and state.
   */
  public URI atProvider(URI authorization, String username, String password) {
    HttpResponse<String> page = get(authorization);
    if (page.statusCode() == 302) {
      return location(page);
    }
    assertThat(page.statusCode()).as("the provider's sign-in page").isEqualTo(200);
    Matcher form = LOGIN_FORM.matcher(page.body());
    assertThat(form.find()).as("the provider's sign-in form").isTrue();
    Matcher action = ACTION.matcher(form.group());
    assertThat(action.find()).isTrue();
    HttpResponse<String> answer =
        post(
            URI.create(action.group(1).replace("&amp;", "&")),
            Map.of("username", username, "password", password, "credentialId", ""));
    assertThat(answer.statusCode()).as("the provider accepts the password").isEqualTo(302);
    return location(answer);
  }

  /** The provider's answer, handed to Teamward. */
  public HttpResponse<String> callback(URI callback) {
    return get(callback);
  }

  /** The whole way: start, the provider's form, and Teamward's answer to the callback. */
  HttpResponse<String> signIn(String username, String password) {
    return callback(atProvider(start(), username, password));
  }

  /** Whether Teamward's start page opens for this browser, rather than the sign-in page. */
  public boolean signedIn() {
    HttpResponse<String> index = get(URI.create(teamward + "/index.xhtml"));
    return index.statusCode() == 200 && !index.body().contains("id=\"login:signIn\"");
  }

  HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  HttpResponse<String> post(URI uri, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    String authority = request.uri().getAuthority();
    Map<String, String> jar = cookies.computeIfAbsent(authority, a -> new LinkedHashMap<>());
    HttpRequest withCookies = request;
    if (!jar.isEmpty()) {
      String header =
          jar.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; "));
      withCookies =
          HttpRequest.newBuilder(request, (name, value) -> true).header("Cookie", header).build();
    }
    try {
      HttpResponse<String> response = http.send(withCookies, HttpResponse.BodyHandlers.ofString());
      for (String setCookie : response.headers().allValues("Set-Cookie")) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
          String name = pair.substring(0, eq).strip();
          String value = pair.substring(eq + 1).strip().replace("\"", "");
          boolean expired =
              value.isEmpty() || setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
          if (expired) {
            jar.remove(name);
          } else {
            jar.put(name, value);
          }
        }
      }
      return response;
    } catch (IOException e) {
      throw new AssertionError(request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  static URI location(HttpResponse<?> response) {
    return URI.create(
        response
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no Location: " + response.statusCode())));
  }

  /** The query of an address as name and value, decoded. */
  static Map<String, String> query(URI uri) {
    Map<String, String> values = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        values.put(
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return values;
  }

  /** The address with one query value replaced (or added). */
  static URI with(URI uri, String name, String value) {
    Map<String, String> values = query(uri);
    values.put(name, value);
    String query =
        values.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    String text = uri.toString();
    int q = text.indexOf('?');
    return URI.create((q < 0 ? text : text.substring(0, q)) + "?" + query);
  }
}
