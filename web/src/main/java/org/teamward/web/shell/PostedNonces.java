package org.teamward.web.shell;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;
import org.primefaces.util.Constants;

/**
 * Every form of a page posts back the nonce of the response that rendered it (PrimeFaces' CSP mode,
 * see web.xml, puts it into each form). PrimeFaces compares it with the nonce it keeps in the view,
 * but only when it renders the answer, after the action ran, and it throws there: a raw or forged
 * post would change data and then answer 500 with a stack trace. So the comparison runs here,
 * before the posted values are even read, with PrimeFaces' own check: a missing or wrong nonce with
 * a view state that belongs to this page answers like another page's view state, the error page
 * with 400, a FINE line in the log, and nothing done.
 *
 * <p>A page rendered in place of a posted one (the sign-in page for an expired view, the error page
 * in place of a refused post, and the error pages of the container and of OmniFaces) gets a nonce
 * of its own, which it otherwise could not have: on a postback PrimeFaces takes the nonce from the
 * post, and that post's is missing or not to be trusted. The only way PrimeFaces offers to give it
 * one is the request itself, so the request reads as if it had posted the new nonce ({@link
 * Posting}).
 */
public class PostedNonces implements PhaseListener {

  private static final Logger LOG = Logger.getLogger(PostedNonces.class.getName());

  /** The request parameter a page's forms carry the nonce in. */
  static final String NONCE = Constants.RequestParams.NONCE_PARAM;

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  /**
   * Before a view is restored: an error page shown for a post (the container's, for a refused
   * cross-site post, or OmniFaces' for an exception) is a fresh page and gets a fresh nonce, as the
   * post's is missing or not to be trusted. Before the posted values are applied, the first phase
   * of a postback whose view was restored: the nonce check. (A view state that cannot be restored
   * never gets there; {@link ExpiredViews} answers it.)
   */
  @Override
  public void beforePhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW && isErrorPage(faces)) {
      answerWith(faces, PrimeFacesContext.getCspState(faces).generateNonce());
    } else if (event.getPhaseId() == PhaseId.APPLY_REQUEST_VALUES) {
      try {
        // compares the posted nonce with the view's; the result is kept for rendering the answer
        PrimeFacesContext.getCspState(faces).getNonce();
      } catch (CspException e) {
        LOG.log(Level.FINE, "A postback carried a missing or wrong nonce", e);
        ExpiredViews.refuse(faces);
      }
    }
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    // nothing: both checks run before their phase
  }

  private static boolean isErrorPage(FacesContext faces) {
    return faces.getExternalContext().getRequestMap().get(RequestDispatcher.ERROR_STATUS_CODE)
        != null;
  }

  /**
   * Gives {@code fresh}, a view about to be rendered in place of the posted one, a nonce: the view
   * keeps it, and the request reads as if it had posted it, so that PrimeFaces' check on rendering
   * agrees and every script of the answer carries it. A full page gets a new one, named in its own
   * policy. An AJAX update keeps the nonce it posted if that is one PrimeFaces could have made: the
   * browser's page keeps the policy of the response that loaded it, whose nonce is the one the page
   * posts, and would refuse the update's scripts under any other.
   */
  static void renew(FacesContext faces, UIViewRoot fresh) {
    String posted = faces.getExternalContext().getRequestParameterMap().get(NONCE);
    String nonce =
        faces.getPartialViewContext().isAjaxRequest() && isWellFormed(posted)
            ? posted
            : PrimeFacesContext.getCspState(faces).generateNonce();
    if (!fresh.isTransient()) {
      fresh.getViewMap(true).put(NONCE, nonce);
    }
    answerWith(faces, nonce);
  }

  /** Whether PrimeFaces could have made the nonce: Base64 of a UUID, as its check demands. */
  static boolean isWellFormed(String nonce) {
    if (nonce == null || nonce.isEmpty() || nonce.length() > 64) {
      return false;
    }
    try {
      UUID.fromString(new String(Base64.getDecoder().decode(nonce), StandardCharsets.UTF_8));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Lets the request read as if it had posted {@code nonce}. */
  private static void answerWith(FacesContext faces, String nonce) {
    ExternalContext external = faces.getExternalContext();
    external.setRequest(new Posting((HttpServletRequest) external.getRequest(), nonce));
  }

  /** The request with one nonce in place of whatever it posted. */
  static final class Posting extends HttpServletRequestWrapper {

    private final String nonce;

    Posting(HttpServletRequest request, String nonce) {
      super(request);
      this.nonce = nonce;
    }

    @Override
    public String getParameter(String name) {
      return NONCE.equals(name) ? nonce : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put(NONCE, new String[] {nonce});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
