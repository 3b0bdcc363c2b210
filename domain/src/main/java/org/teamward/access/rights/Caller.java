package org.teamward.access.rights;

import jakarta.enterprise.context.RequestScoped;

/**
 * The caller of the current request, as the security module's mechanism identified it: the client's
 * address and the {@link Grant} that {@link Authentication} computed from the request's credential.
 * The mechanism fills it in, so the grant is computed once per request and the domain never reads
 * the HTTP request. A request no credential identified is anonymous: there is no second way to a
 * grant.
 */
@RequestScoped
public class Caller {

  private Grant grant = Grant.ANONYMOUS;
  private String clientIp;
  private boolean arrived;

  /**
   * For the mechanism, as a request arrives and before it verifies anything, so that the seam can
   * audit a refused credential: the client's address as the mechanism resolved it (the socket's
   * peer, or the forwarded address from a trusted proxy); the domain never reads headers.
   */
  public void arrivedFrom(String clientIp) {
    this.clientIp = clientIp;
    this.arrived = true;
  }

  /**
   * For the mechanism, once it verified the request's credential: the grant the request is judged
   * by. A request may be authenticated more than once (a sign-in form authenticates within the
   * page's own request); the last grant counts.
   */
  public void identify(Grant grant) {
    this.grant = grant;
  }

  public Grant grant() {
    return grant;
  }

  /** The client's address, for the audit log; null outside a request. */
  public String clientIp() {
    return clientIp;
  }

  /**
   * Whether a request came through the mechanism, rather than this being a scheduled or start-up
   * task. Not whether the request context is active: CDI activates it for timers too.
   */
  public boolean inRequest() {
    return arrived;
  }
}
