package org.teamward.web.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which posts count as coming from Teamward's own pages, directly and behind a proxy. */
class SameOriginPostsTest {

  private static final Optional<String> NONE = Optional.empty();
  private static final Optional<String> PUBLIC = Optional.of("teamward.example.com");

  @Test
  void aPostFromThePageItWasSentToIsSameSite() {
    assertThat(SameOriginPosts.isCrossSite(null, "http://node-a:8080", "node-a:8080", NONE))
        .isFalse();
    assertThat(SameOriginPosts.isCrossSite("same-origin", null, "node-a:8080", NONE)).isFalse();
  }

  @Test
  void behindAProxyThatSendsItsOwnHostThePublicAddressCounts() {
    assertThat(
            SameOriginPosts.isCrossSite(
                "same-origin", "https://teamward.example.com", "10.0.0.7:8080", NONE))
        .as("without TEAMWARD_PUBLIC_URL the node cannot know")
        .isTrue();
    assertThat(
            SameOriginPosts.isCrossSite(
                "same-origin", "https://teamward.example.com", "10.0.0.7:8080", PUBLIC))
        .isFalse();
  }

  @Test
  void anotherSiteIsRefusedWhateverIsConfigured() {
    assertThat(
            SameOriginPosts.isCrossSite(
                null, "https://evil.example", "teamward.example.com", PUBLIC))
        .isTrue();
    assertThat(
            SameOriginPosts.isCrossSite(
                "cross-site", "https://teamward.example.com", "teamward.example.com", PUBLIC))
        .isTrue();
    assertThat(SameOriginPosts.isCrossSite(null, "null", "teamward.example.com", PUBLIC)).isTrue();
    assertThat(SameOriginPosts.isCrossSite(null, "http://null", null, NONE))
        .as("no Host header")
        .isTrue();
  }
}
