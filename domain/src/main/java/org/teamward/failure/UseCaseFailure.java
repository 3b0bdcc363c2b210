package org.teamward.failure;

/**
 * Why a use case refused. Each channel maps the subclasses the same way: the API to a problem+json
 * status, the web UI to a message. Messages are written for the end user and never carry secrets.
 */
public abstract class UseCaseFailure extends RuntimeException {
  protected UseCaseFailure(String message) {
    super(message, null, false, false);
  }
}
