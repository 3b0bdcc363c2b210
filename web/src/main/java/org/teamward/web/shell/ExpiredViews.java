package org.teamward.web.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A post with a view state the server does not know (the session ended, the server restarted, or
 * the value was made up) is no error: it answers the sign-in page, fresh, with a note that the
 * session expired, as a normal 200 page. A post with a state the server knows but cannot restore
 * for this page (another page's, or one tampered with) answers the error page with 400. Handled
 * here, neither reaches the log as an error with its stack trace: anyone can send such a post, and
 * nothing went wrong on the server. A post whose view state is this page's but whose nonce is not
 * ({@link PostedNonces}) gets the same 400.
 *
 * <p>Installed in faces-config after OmniFaces' {@code FullAjaxExceptionHandlerFactory}, so that it
 * wraps that and sees the exceptions first; everything else goes on to it.
 */
public class ExpiredViews extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ExpiredViews.class.getName());

  /** The page a post with an expired view lands on. */
  static final String SIGN_IN = "/login.xhtml";

  /** The page a post with another view's state lands on (400). */
  static final String ERROR = "/error.xhtml";

  public ExpiredViews(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    boolean expired = false;
    boolean unusable = false;
    for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        events.hasNext(); ) {
      ExceptionQueuedEventContext event = events.next().getContext();
      if (isExpiredView(event.getException())) {
        events.remove();
        expired = true;
      } else if (event.getPhaseId() == PhaseId.RESTORE_VIEW && posted(faces)) {
        // The state named a view of this session, but not this one (or was tampered with), and
        // restoring it failed. The page itself builds (its GET shows it), so this is the client's.
        LOG.log(Level.FINE, "A posted view state could not be restored", event.getException());
        events.remove();
        unusable = true;
      }
    }
    if (expired) {
      show(faces, SIGN_IN);
      String text =
          faces.getApplication().getResourceBundle(faces, "msg").getString("login.expired");
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, text, null));
    } else if (unusable) {
      refuse(faces);
    }
    getWrapped().handle();
  }

  /**
   * Answers a postback the client got wrong with the error page and 400 (an AJAX request gets it as
   * the whole page, status 200, as Faces' AJAX expects), and runs none of its phases.
   */
  static void refuse(FacesContext faces) {
    if (!faces.getPartialViewContext().isAjaxRequest()) {
      faces.getExternalContext().setResponseStatus(400);
    }
    show(faces, ERROR);
  }

  /** A postback, asked of the request: the view root a postback would need is what failed. */
  private static boolean posted(FacesContext faces) {
    return faces
        .getExternalContext()
        .getRequestParameterMap()
        .containsKey(ResponseStateManager.VIEW_STATE_PARAM);
  }

  static boolean isExpiredView(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Renders a fresh {@code viewId}, with a nonce of its own, in place of the view that could not be
   * restored or taken.
   */
  private static void show(FacesContext faces, String viewId) {
    UIViewRoot fresh = faces.getApplication().getViewHandler().createView(faces, viewId);
    faces.setViewRoot(fresh);
    PostedNonces.renew(faces, fresh);
    if (faces.getPartialViewContext().isAjaxRequest()) {
      faces.getPartialViewContext().setRenderAll(true);
    }
    faces.renderResponse();
  }

  /** Wraps the factory before it in faces-config. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViews(getWrapped().getExceptionHandler());
    }
  }
}
